import type { Config } from '../config/types.js';
import type { Finding } from '../report/finding.js';
import type { KeyedHashMethod } from './masking/keyed-hash.js';
import type { SwapHooks } from './swap.js';
import type { UnmaskedCheck } from './verify.js';

export interface SyncOptions {
  /** Production: read only, never written. */
  sourceUrl: string;
  /** Staging: replaced by a masked copy. */
  targetUrl: string;
  config: Config;
  /** The checked-out repository: its schema.prisma maps models and fields to tables and columns for masking. */
  repoRoot?: string;
  /** Previous staging copies to keep (`<staging>_old_<stamp>`); default config.sync.keepOld. */
  keepOld?: number;
  /** PII guard: fail on personal-looking columns without a rule; default config.sync.strict. */
  strict?: boolean;
  /** Secret for keyed-hash. */
  maskingSalt?: string;
  /** Back up the current staging first (default true). */
  backup?: boolean;
  backupDirectory?: string;
  /** Guards, PII check and the plan only: nothing is created, renamed or dropped. */
  dryRun?: boolean;
  log?: (line: string) => void;
  progressIntervalMs?: number;
  /** pg_restore --jobs for indexes and constraints (default 2). */
  restoreJobs?: number;
  /** Folders to look for pg_dump/pg_restore in (default PATH, then /usr/lib/postgresql/<N>/bin). */
  searchPath?: string[];
  /** Database on the staging server to connect to for CREATE/RENAME/DROP DATABASE (default postgres). */
  maintenanceDatabase?: string;
  now?: () => Date;
  /** Force a keyed-hash method (tests of the fallbacks); default: the best the server has. */
  keyedHashMethod?: KeyedHashMethod;
  hooks?: SyncHooks;
}

export interface SyncHooks extends SwapHooks {
  /** After the data is in the copy, before masking. */
  afterLoad?: (copy: string) => Promise<void>;
}

export type SyncStatus = 'synced' | 'dry-run' | 'refused' | 'verification-failed';

export interface SyncTablePlan {
  table: string;
  rowEstimate: number;
  bytes: number;
  masked: { column: string; strategy: string }[];
}

export interface SyncTableResult {
  table: string;
  sourceRows: number;
  stagingRows: number;
  maskedColumns: string[];
}

export interface SyncResult {
  status: SyncStatus;
  findings: Finding[];
  /** user@host:port/db, no password. */
  source: string;
  target: string;
  staging: string;
  /** The copy built (or that would be built): `<staging>_sync_<stamp>`. */
  copy: string;
  /** Where the previous staging went. */
  oldDatabase?: string;
  /** Old copies dropped beyond keep-old (or, in a dry run, that would be). */
  dropped: string[];
  /** Half-made copies of an interrupted run, dropped first. */
  strays: string[];
  /** A staging restored from its newest old copy (an earlier run died between the renames). */
  recovered?: string;
  keepOld: number;
  plan: SyncTablePlan[];
  tables: SyncTableResult[];
  unmasked: UnmaskedCheck[];
  unmaskedPii: { table: string; column: string; type: string; suggestion: string }[];
  /** Ready-to-paste `sync.masking` YAML when the PII guard found uncovered columns. */
  piiSnippet?: string;
  keyedHashMethod?: KeyedHashMethod;
  backup?: { dumpPath: string; manifestPath: string; sizeBytes: number; sha256: string };
  transfer?: { bytes: number; sha256: string; seconds: number };
  terminatedConnections?: number;
  /** Seconds per step. */
  timings: Record<string, number>;
}
