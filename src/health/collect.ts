import type pg from 'pg';
import { healthFindings } from './findings.js';
import { readMigrationStatus } from './migration-status.js';
import {
  readBlocked,
  readConnections,
  readDatabaseSize,
  readLargestTables,
  readLongRunning,
  readOldTransactions,
  readUngrantedLocks,
} from './queries.js';
import type { CollectHealthOptions, HealthReport, HealthResult, HealthThresholds } from './types.js';

export const DEFAULT_TOP_TABLES = 10;

/**
 * One health snapshot of the database `client` is connected to, and the findings its thresholds
 * give. Read-only; it serves both the db-health report and apply-migration's `health` gate.
 * Queries run one after another on the one client (pg does not pipeline).
 */
export async function collectHealth(client: pg.Client, thresholds: HealthThresholds, opts: CollectHealthOptions = {}): Promise<HealthResult> {
  const conn = await readConnections(client);
  const report: HealthReport = {
    database: conn.database,
    connections: conn.connections,
    maxConnections: conn.maxConnections,
    databaseSizeBytes: await readDatabaseSize(client),
    longRunning: await readLongRunning(client, thresholds.longRunningSeconds),
    oldTransactions: await readOldTransactions(client, thresholds.maxTransactionAgeSeconds),
    blocked: await readBlocked(client),
    ungrantedLocks: await readUngrantedLocks(client),
    tables: await readLargestTables(client, opts.topTables ?? DEFAULT_TOP_TABLES),
  };
  let migrationsTableMissing = false;
  if (opts.services) {
    const status = await readMigrationStatus(client, opts.services);
    report.migrations = status.statuses;
    migrationsTableMissing = !status.tableExists;
  }
  return { report, findings: healthFindings(report, thresholds, { migrationsTableMissing }) };
}
