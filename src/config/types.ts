import type { Severity } from '../report/finding.js';

/** Gate names, in the order apply-migration evaluates them. */
export const GATE_NAMES = [
  'branch-environment',
  'confirmation',
  'backup',
  'staging-first',
  'lint',
  'history-integrity',
  'health',
  'tls',
] as const;
export type GateName = (typeof GATE_NAMES)[number];

export interface EnvironmentConfig {
  name: string;
  /** Branch names or globs (`release/*`), matched against the ref without `refs/heads/`. */
  branches: string[];
  database: string;
  githubEnvironment: string;
  production: boolean;
  gates: Record<GateName, boolean>;
  /** A backup older than this does not satisfy the backup gate. */
  backupMaxAgeMinutes: number;
}

export interface ServiceConfig {
  name: string;
  /** Repository-relative service folder (the folder that holds `prisma/`); '' for the root. */
  root: string;
  /** Repository-relative path of schema.prisma (or a multi-file schema folder). */
  schema: string;
  /** Repository-relative migrations directory. */
  migrations: string;
}

export type RuleSetting = Severity | 'off';

export type MaskStrategy =
  | { kind: 'email' }
  | { kind: 'name' }
  | { kind: 'prefix'; value: string }
  | { kind: 'random-hash' }
  | { kind: 'keyed-hash' }
  | { kind: 'constant'; value: string }
  | { kind: 'null' }
  | { kind: 'keep' };

export interface Config {
  /** Absolute path of the file read, or undefined when the defaults are in force. */
  file: string | undefined;
  environments: EnvironmentConfig[];
  /** Explicit services; empty means discover `**\/prisma/migrations`. */
  services: ServiceConfig[];
  migrations: {
    /** Names (after the timestamp) that are not descriptive. */
    forbiddenNames: string[];
    minNameLength: number;
    /** Optional regular expression every new migration name must match. */
    namePattern: string | undefined;
  };
  lint: {
    rules: Record<string, RuleSetting>;
    /** Migration folder names never linted (already applied, accepted as they are). */
    baseline: string[];
    /** Rows above which lock/rewrite findings escalate to error (needs stats-database-url). */
    largeTableRows: number;
  };
  /** The deploy session apply-migration opens (lint reads it too: what every deploy already sets). */
  deploy: {
    /** PostgreSQL lock_timeout of every deploy, e.g. `5s`; `0` when turned off. */
    lockTimeout: string;
  };
  backup: {
    retentionDays: number;
  };
  sync: {
    keepOld: number;
    strict: boolean;
    /** table -> column -> strategy. Table may be schema-qualified (`public.User`). */
    masking: Record<string, Record<string, MaskStrategy>>;
    /** Extra column-name patterns (regular expressions) the PII guard treats as personal. */
    piiPatterns: string[];
  };
  health: {
    longRunningSeconds: number;
    maxConnectionsRatio: number;
    maxTransactionAgeSeconds: number;
  };
}
