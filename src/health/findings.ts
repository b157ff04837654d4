import type { Finding } from '../report/finding.js';
import type { HealthReport, HealthThresholds } from './types.js';

/** Health rule ids: stable, so apply's health gate and the db-health report name them alike. */
export const HEALTH_RULES = {
  connections: 'health-connections',
  longRunning: 'health-long-running-query',
  oldTransaction: 'health-old-transaction',
  blocked: 'health-blocked-session',
  failedMigration: 'health-failed-migration',
  pendingMigration: 'health-pending-migration',
  noMigrationsTable: 'health-no-migrations-table',
  incomplete: 'health-incomplete',
} as const;

/** Below the error ratio, connections at this fraction of it are a warning (0.9 -> 0.72). */
export const CONNECTION_WARNING_FACTOR = 0.8;

/**
 * Thresholds -> findings. Connections at or over `maxConnectionsRatio` of max_connections are an
 * error (new connections, a migration's included, would be refused); long-running queries, old
 * transactions and blocked sessions are warnings (a migration would queue behind their locks);
 * a failed migration is an error (Prisma refuses to deploy: P3009); pending ones are notices.
 */
export function healthFindings(report: HealthReport, t: HealthThresholds, opts: { migrationsTableMissing?: boolean } = {}): Finding[] {
  const out: Finding[] = [];
  const ratio = report.maxConnections > 0 ? report.connections / report.maxConnections : 0;
  const pct = `${Math.round(ratio * 100)}%`;
  // A small epsilon: 72/100 must reach 0.9 * 0.8 despite floating point.
  const reaches = (limit: number) => ratio + 1e-9 >= limit;
  if (reaches(t.maxConnectionsRatio * CONNECTION_WARNING_FACTOR)) {
    const error = reaches(t.maxConnectionsRatio);
    out.push({
      rule: HEALTH_RULES.connections,
      severity: error ? 'error' : 'warning',
      message: `${report.connections} of ${report.maxConnections} connections in use (${pct}; ${error ? 'limit' : 'warning at'} ${Math.round(t.maxConnectionsRatio * (error ? 100 : 100 * CONNECTION_WARNING_FACTOR))}%)`,
      why: 'when max_connections is reached, new connections (the application\'s and the migration\'s) are refused',
      fix: 'find idle or stuck sessions: SELECT pid, usename, application_name, state, query_start FROM pg_stat_activity ORDER BY query_start; use a pooler (PgBouncer) or lower the pool size',
    });
  }
  for (const q of report.longRunning) {
    out.push({
      rule: HEALTH_RULES.longRunning,
      severity: 'warning',
      message: `query of pid ${q.pid} has been running for ${q.durationSeconds}s (over ${t.longRunningSeconds}s): ${q.query}`,
      why: 'a long query holds locks and snapshots: a migration queues behind it and everything queues behind the migration',
      fix: `inspect it, then if it is stuck: SELECT pg_cancel_backend(${q.pid}); (or pg_terminate_backend(${q.pid}))`,
    });
  }
  for (const x of report.oldTransactions) {
    out.push({
      rule: HEALTH_RULES.oldTransaction,
      severity: 'warning',
      message: `transaction of pid ${x.pid} is ${x.ageSeconds}s old (over ${t.maxTransactionAgeSeconds}s, state ${x.state || 'unknown'})`,
      why: 'an old transaction keeps its locks and stops VACUUM from removing dead rows',
      fix: `end it in the application, or: SELECT pg_terminate_backend(${x.pid});`,
    });
  }
  for (const b of report.blocked) {
    out.push({
      rule: HEALTH_RULES.blocked,
      severity: 'warning',
      message: `pid ${b.blockedPid} has waited ${b.waitSeconds}s for a lock held by pid ${b.blockingPid}: ${b.blockedQuery}`,
      why: `the blocking session (${b.blockingQuery || 'no query text'}) holds a lock others wait for; a migration would join the queue`,
      fix: `end the blocking transaction, or: SELECT pg_terminate_backend(${b.blockingPid});`,
    });
  }
  for (const u of report.unreadable ?? []) {
    out.push({
      rule: HEALTH_RULES.incomplete,
      severity: 'warning',
      message: `not read: ${u.what}; ${u.reason}`,
      why: 'db-health never waits for a lock (it would join the queue it reports on); what it could not read is named instead',
      fix: 'see the blocked sessions and their blockers above; end the blocking transaction or wait for it, then run db-health again',
    });
  }
  for (const s of report.migrations ?? []) {
    for (const name of s.failed) {
      out.push({
        rule: HEALTH_RULES.failedMigration,
        severity: 'error',
        message: `migration ${name} of service ${s.service} failed and is not resolved`,
        why: 'Prisma refuses to deploy while a migration is marked failed (P3009)',
        fix: `fix the database, then: npx prisma migrate resolve --rolled-back ${name} (or --applied ${name} if it completed by hand)`,
      });
    }
    if (s.pending.length) {
      out.push({
        rule: HEALTH_RULES.pendingMigration,
        severity: 'notice',
        message: `${s.pending.length} pending migration(s) for service ${s.service}: ${s.pending.join(', ')}`,
        fix: 'apply them with the apply-migration action (or npx prisma migrate deploy after review)',
      });
    }
  }
  if (opts.migrationsTableMissing && (report.migrations?.length ?? 0) > 0) {
    out.push({
      rule: HEALTH_RULES.noMigrationsTable,
      severity: 'notice',
      message: 'the database has no _prisma_migrations table: no migration was ever applied to it',
      fix: 'check the database URL (and ?schema=), or apply the migrations with apply-migration',
    });
  }
  return out;
}
