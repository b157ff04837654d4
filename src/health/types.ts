import type { Finding } from '../report/finding.js';
import type { ServiceConfig } from '../config/types.js';

/** Contract of the health module (src/health/): the db-health report and apply's health gate. */
export interface HealthThresholds {
  longRunningSeconds: number;
  maxConnectionsRatio: number;
  maxTransactionAgeSeconds: number;
}

export interface HealthReport {
  /** The database the report is about (`current_database()`); sessions, locks and tables are scoped to it. */
  database?: string;
  /** Client connections on the whole server (max_connections is server-wide), our own excluded. */
  connections: number;
  maxConnections: number;
  databaseSizeBytes: number;
  longRunning: { pid: number; durationSeconds: number; state: string; query: string }[];
  oldTransactions: { pid: number; ageSeconds: number; state: string; query: string }[];
  blocked: { blockedPid: number; blockingPid: number; blockedQuery: string; blockingQuery: string; waitSeconds: number }[];
  ungrantedLocks: number;
  tables: { schema: string; name: string; totalBytes: number; rowEstimate: number }[];
  migrations?: HealthMigrationStatus[];
  /**
   * What could not be read, and why: a table whose size would wait for a lock, a query that hit
   * the short lock_timeout or the statement timeout. Reported, never waited for.
   */
  unreadable?: { what: string; reason: string }[];
}

export interface HealthMigrationStatus {
  service: string;
  applied: number;
  pending: string[];
  failed: string[];
}

/** Migration status needs the repository: its root and the services in it (see resolveServices). */
export interface HealthServicesInput {
  repoRoot: string;
  services: ServiceConfig[];
  /** Schema that holds `_prisma_migrations` (Prisma's `?schema=`); default `public`. */
  schema?: string;
}

export interface CollectHealthOptions {
  services?: HealthServicesInput;
  /** How many of the largest tables to list (default 10). */
  topTables?: number;
}

export interface HealthResult {
  report: HealthReport;
  findings: Finding[];
}
