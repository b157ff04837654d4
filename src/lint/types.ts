import type { Config } from '../config/types.js';
import type { Finding } from '../report/finding.js';

/** Contract of the lint engine's entry point (src/lint/run.ts), used by the lint action, the CLI, the root PR check and apply's lint gate. */
export interface LintOptions {
  repoRoot: string;
  config: Config;
  /** PR mode: lint migrations added or changed since merge-base(baseRef, HEAD). */
  baseRef?: string;
  /** Explicit targets: migration folders, migration.sql files or migrations directories. */
  paths?: string[];
  /** Audit mode: lint the whole history. */
  all?: boolean;
  /** Lint only these migration folder names (apply's lint gate: the pending ones) of the service. */
  only?: { service: string; names: string[] };
  /** Replay in a real PostgreSQL instead of PGlite. */
  shadowDatabaseUrl?: string;
  /** Read-only URL (staging/prod) for row estimates and sizes. */
  statsDatabaseUrl?: string;
  /** Replay snapshot folder (the action keeps it across runs with @actions/cache). */
  cacheDir?: string;
  /** false: static lint only, no replay. */
  replay?: boolean;
  onProgress?: (line: string) => void;
}

export interface Suppression {
  file: string;
  line: number;
  rules: string[];
  scope: 'statement' | 'file';
  reason?: string;
  /** Rules it actually silenced. */
  matched: string[];
}

export interface LintResult {
  findings: Finding[];
  suppressions: Suppression[];
  /** Migrations linted (repository-relative migration.sql paths). */
  linted: string[];
  engine: 'pglite' | 'postgres' | 'none';
  cache: 'hit' | 'miss' | 'off';
  /** Migrations skipped because config.lint.baseline lists them (repository-relative migration.sql paths). */
  baselined?: string[];
  /** Row estimates and sizes read from stats-database-url, per affected table. */
  stats?: TableStats[];
  /** What the replay said about itself: engine version, history statements it had to skip, why it fell back. */
  replayNotes?: string[];
}

export interface TableStats {
  /** `schema.table`. */
  table: string;
  /** pg_class.reltuples (or n_live_tup when the table was never analysed); undefined when unknown. */
  rows: number | undefined;
  /** pg_total_relation_size(): table, indexes and TOAST. */
  bytes: number;
}
