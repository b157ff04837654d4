import { collectHealth } from '../health/collect.js';
import type { Gate } from './types.js';

/**
 * A pre-flight from the guide's "Monitoring" and "Performance Issues": a migration waits behind
 * old transactions and queued locks (and everything queues behind it), and needs a free
 * connection slot.
 */
export const healthGate: Gate = {
  name: 'health',
  description: 'no transaction older than health.max-transaction-age-seconds, no ungranted lock, connections under health.max-connections-ratio of max_connections',
  async evaluate(ctx) {
    const t = ctx.config.health;
    const { report } = await collectHealth(ctx.client, t, { topTables: 0 });
    const problems: string[] = [];
    const details: string[] = [];
    if (report.oldTransactions.length) {
      problems.push(`${report.oldTransactions.length} transaction(s) older than ${t.maxTransactionAgeSeconds}s`);
      for (const x of report.oldTransactions.slice(0, 10)) details.push(`pid ${x.pid}: transaction open ${x.ageSeconds}s (${x.state}) ${x.query}`);
    }
    if (report.ungrantedLocks > 0) {
      problems.push(`${report.ungrantedLocks} lock request(s) waiting (pg_locks WHERE NOT granted)`);
      for (const b of report.blocked.slice(0, 10)) details.push(`pid ${b.blockedPid} waits ${b.waitSeconds}s for pid ${b.blockingPid}: ${b.blockingQuery}`);
    }
    const ratio = report.maxConnections ? report.connections / report.maxConnections : 0;
    if (ratio >= t.maxConnectionsRatio) {
      problems.push(`${report.connections} of ${report.maxConnections} connections in use (${Math.round(ratio * 100)}%, limit ${Math.round(t.maxConnectionsRatio * 100)}%)`);
    }
    const facts = `${report.connections}/${report.maxConnections} connections, ${report.oldTransactions.length} old transaction(s), ${report.ungrantedLocks} waiting lock(s)`;
    if (!problems.length) return { status: 'pass', reason: facts };
    const pids = [...new Set([...report.oldTransactions.map((x) => x.pid), ...report.blocked.map((b) => b.blockingPid)])];
    return {
      status: 'fail',
      reason: `the database is not ready for a migration: ${problems.join('; ')}`,
      remedy:
        `wait for the sessions to finish and dispatch again; see them with: npx migration-gates health --database-url "$DATABASE_URL"` +
        (pids.length ? `; to end one: SELECT pg_terminate_backend(pid) for pid in (${pids.slice(0, 10).join(', ')})` : ''),
      details,
    };
  },
};
