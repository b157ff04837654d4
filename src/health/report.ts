import { mdEscape } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { formatBytes } from '../sync/progress.js';
import type { HealthResult, HealthThresholds } from './types.js';

function cell(text: string): string {
  return mdEscape(text) || '—';
}

function table(head: string[], rows: string[][], empty: string): string {
  if (!rows.length) return `_${empty}_`;
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * The db-health report: findings plus the guide's monitoring tables (connections, long-running
 * queries, locks, sizes, migrations). Query text comes from other sessions: escaped, and the whole
 * report is redacted by the sinks.
 */
export function healthReport(result: HealthResult, thresholds: HealthThresholds, target: string): Report {
  const r = result.report;
  const pct = r.maxConnections ? Math.round((r.connections / r.maxConnections) * 100) : 0;
  const sections: Report['sections'] = [
    {
      title: 'Overview',
      markdown: table(
        ['Database', 'Connections', 'Size', 'Ungranted locks', 'Long-running (>' + thresholds.longRunningSeconds + ' s)', 'Blocked'],
        [[cell(target), `${r.connections} / ${r.maxConnections} (${pct}%)`, formatBytes(r.databaseSizeBytes), String(r.ungrantedLocks), String(r.longRunning.length), String(r.blocked.length)]],
        '',
      ),
    },
    {
      title: 'Long-running queries',
      markdown: table(['pid', 'Running for', 'State', 'Query (first line)'], r.longRunning.map((q) => [String(q.pid), `${q.durationSeconds} s`, cell(q.state), cell(q.query)]), `None over ${thresholds.longRunningSeconds} s.`),
    },
    {
      title: 'Old transactions',
      markdown: table(['pid', 'Open for', 'State', 'Query (first line)'], r.oldTransactions.map((q) => [String(q.pid), `${q.ageSeconds} s`, cell(q.state), cell(q.query)]), `None older than ${thresholds.maxTransactionAgeSeconds} s.`),
    },
    {
      title: 'Blocked sessions',
      markdown: table(
        ['Blocked pid', 'Waiting', 'Blocked query', 'Blocking pid', 'Blocking query'],
        r.blocked.map((b) => [String(b.blockedPid), `${b.waitSeconds} s`, cell(b.blockedQuery), String(b.blockingPid), cell(b.blockingQuery)]),
        'No session is waiting for a lock.',
      ),
    },
    {
      title: 'Largest tables',
      markdown: table(['Table', 'Total size', 'Rows (estimate)'], r.tables.map((t) => [cell(`${t.schema}.${t.name}`), formatBytes(t.totalBytes), t.rowEstimate.toLocaleString('en-US')]), 'No user tables.'),
    },
  ];
  if (r.unreadable?.length) {
    sections.push({
      title: 'Not read (a lock or a timeout stopped these)',
      markdown: table(['What', 'Why'], r.unreadable.map((u) => [cell(u.what), cell(u.reason)]), ''),
    });
  }
  if (r.migrations) {
    sections.push({
      title: 'Migrations',
      markdown: table(
        ['Service', 'Applied', 'Pending', 'Failed'],
        r.migrations.map((m) => [cell(m.service), String(m.applied), m.pending.length ? cell(m.pending.join(', ')) : '0', m.failed.length ? `❌ ${cell(m.failed.join(', '))}` : '0']),
        'No Prisma service found in the working directory.',
      ),
    });
  }
  return {
    tool: 'db-health',
    title: `Database health: ${target}`,
    findings: result.findings,
    sections,
    facts: {
      database: r.database,
      connections: r.connections,
      maxConnections: r.maxConnections,
      databaseSizeBytes: r.databaseSizeBytes,
      longRunning: r.longRunning,
      oldTransactions: r.oldTransactions,
      blocked: r.blocked,
      ungrantedLocks: r.ungrantedLocks,
      tables: r.tables,
      ...(r.unreadable ? { unreadable: r.unreadable } : {}),
      ...(r.migrations ? { migrations: r.migrations } : {}),
      thresholds,
    },
  };
}
