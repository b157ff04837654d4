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

/** How long any health query may wait for a lock: the report exists for the moments tables are locked. */
export const HEALTH_LOCK_TIMEOUT_MS = 1000;

/** lock_not_available (lock_timeout) and query_canceled (statement_timeout): a query that could not finish. */
function cannotFinish(err: unknown): string | undefined {
  const e = err as { code?: string; message?: string };
  if (e?.code === '55P03') return `it waited ${HEALTH_LOCK_TIMEOUT_MS} ms for a lock another session holds or queues for (${e.message})`;
  if (e?.code === '57014') return `it was cancelled (${e.message}): the statement timeout ended it`;
  return undefined;
}

/**
 * One health snapshot of the database `client` is connected to, and the findings its thresholds
 * give. Read-only; it serves both the db-health report and apply-migration's `health` gate.
 * Queries run one after another on the one client (pg does not pipeline), under a short
 * lock_timeout: sessions, blockers and long-running queries come first and take no relation lock;
 * whatever would wait for a lock is reported as unreadable instead of holding up the report.
 * The session's own lock_timeout is restored afterwards (apply's gate shares its session).
 */
export async function collectHealth(client: pg.Client, thresholds: HealthThresholds, opts: CollectHealthOptions = {}): Promise<HealthResult> {
  const previous = (await client.query<{ v: string }>(`SELECT current_setting('lock_timeout') AS v`)).rows[0]!.v;
  await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${HEALTH_LOCK_TIMEOUT_MS}ms`]);
  const unreadable: NonNullable<HealthReport['unreadable']> = [];
  const attempt = async <T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      const reason = cannotFinish(err);
      if (!reason) throw err;
      unreadable.push({ what, reason });
      return fallback;
    }
  };
  try {
    const conn = await readConnections(client);
    const report: HealthReport = {
      database: conn.database,
      connections: conn.connections,
      maxConnections: conn.maxConnections,
      longRunning: await readLongRunning(client, thresholds.longRunningSeconds),
      oldTransactions: await readOldTransactions(client, thresholds.maxTransactionAgeSeconds),
      blocked: await readBlocked(client),
      ungrantedLocks: await readUngrantedLocks(client),
      databaseSizeBytes: await attempt('database size', () => readDatabaseSize(client), 0),
      tables: [],
    };
    const top = opts.topTables ?? DEFAULT_TOP_TABLES;
    if (top > 0) {
      const sizes = await attempt('table sizes', () => readLargestTables(client, top), { tables: [], locked: [] });
      report.tables = sizes.tables;
      for (const t of sizes.locked) {
        unreadable.push({
          what: `size of ${t.schema}.${t.name}`,
          reason: `locked: pid ${t.pids.join(', ')} holds or waits for a lock on it (ACCESS EXCLUSIVE, or queued); reading its size would wait behind it`,
        });
      }
    }
    let migrationsTableMissing = false;
    if (opts.services) {
      const status = await attempt('migration status (_prisma_migrations)', () => readMigrationStatus(client, opts.services!), undefined);
      if (status) {
        report.migrations = status.statuses;
        migrationsTableMissing = !status.tableExists;
      }
    }
    if (unreadable.length) report.unreadable = unreadable;
    return { report, findings: healthFindings(report, thresholds, { migrationsTableMissing }) };
  } finally {
    await client.query(`SELECT set_config('lock_timeout', $1, false)`, [previous]).catch(() => undefined);
  }
}
