import type { LintItem } from './engine.js';
import type { TableStats } from './types.js';

/** Table sizes in findings and the report (no database access here: see stats.ts). */
export function formatRows(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  return n.toLocaleString('en-US');
}

export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u ? v.toFixed(v < 10 ? 1 : 0) : v} ${units[u]}`;
}

/** Rules whose finding is true only when the table has rows: an error then, nothing on an empty table. */
const NEEDS_ROWS = new Set(['add-required-column']);

/**
 * Add each affected table's size to its findings, and escalate lock and rewrite warnings on
 * tables above `largeTableRows` to errors (unless the config set that rule's severity itself).
 * Returns the items kept: a finding that needs rows is dropped when the table is empty.
 */
export function applyStats(items: LintItem[], stats: Map<string, TableStats>, largeTableRows: number, configured: (rule: string) => boolean): LintItem[] {
  const kept: LintItem[] = [];
  for (const item of items) {
    const s = item.tableKey ? stats.get(item.tableKey) : undefined;
    if (s && NEEDS_ROWS.has(item.finding.rule) && s.rows !== undefined) {
      if (s.rows <= 0) continue; // empty where it deploys: the statement succeeds
      if (!configured(item.finding.rule)) item.finding.severity = 'error';
    }
    kept.push(item);
    if (!s) continue;
    const f = item.finding;
    f.message += ` [${s.rows === undefined ? 'row count unknown' : `~${formatRows(s.rows)} rows`}, ${formatBytes(s.bytes)}]`;
    const large = s.rows !== undefined && s.rows > largeTableRows;
    // Only warnings escalate: a notice (lock-timeout-missing while deploy.lock-timeout bounds the wait) stays one.
    if (large && (item.category === 'lock' || item.category === 'rewrite') && f.severity === 'warning' && !configured(f.rule)) {
      f.severity = 'error';
      f.message += `: escalated to error, the table has more than ${largeTableRows.toLocaleString('en-US')} rows (lint.large-table-rows)`;
    }
  }
  return kept;
}
