import { mdEscape } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { formatBytes, formatRows } from './table-size.js';
import type { LintResult } from './types.js';

type Section = NonNullable<Report['sections']>[number];

function code(s: string): string {
  return `\`${s.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}

/** One line on how the lint ran: engine, history cache, how many migrations. */
export function engineLine(r: LintResult): string {
  const engine =
    r.engine === 'pglite' ? 'replayed in embedded PostgreSQL (PGlite)' : r.engine === 'postgres' ? 'replayed in the shadow database' : 'static analysis only (no replay)';
  const cache = r.engine === 'none' ? '' : ` · history snapshot: ${r.cache === 'hit' ? 'cache hit' : r.cache === 'miss' ? 'cache miss (replayed and saved)' : 'not cached'}`;
  const suppressed = r.suppressions.reduce((n, s) => n + s.matched.length, 0);
  return `Linted ${r.linted.length} migration(s), ${engine}${cache} · ${suppressed} finding(s) suppressed${r.baselined?.length ? ` · ${r.baselined.length} baselined` : ''}`;
}

/**
 * The lint report's extra sections (engine and cache, suppressions with their reasons, table sizes,
 * baseline): the lint action shows them, and the root PR check appends them to its one comment.
 */
export function lintSections(r: LintResult): Section[] {
  const out: Section[] = [];
  const engine = [engineLine(r)];
  // Notes carry migration names and server messages: code spans keep them inert in markdown.
  for (const n of r.replayNotes ?? []) engine.push(`- ${code(n)}`);
  out.push({ title: 'SQL lint', markdown: engine.join('\n') });
  if (r.suppressions.length) {
    const rows = r.suppressions.map((s) => {
      const silenced = s.matched.length ? s.matched.map(code).join(', ') : '_nothing_';
      return `| ${code(`${s.file}:${s.line}`)} | ${s.scope === 'file' ? 'file' : 'next statement'} | ${s.rules.map(code).join(', ')} | ${silenced} | ${s.reason ? mdEscape(s.reason) : '_no reason given_'} |`;
    });
    out.push({ title: 'Suppressed by ignore comments', markdown: ['| Where | Scope | Ignores | Silenced | Reason |', '|---|---|---|---|---|', ...rows].join('\n') });
  }
  if (r.stats?.length) {
    const rows = [...r.stats]
      .sort((a, b) => (b.rows ?? 0) - (a.rows ?? 0))
      .map((s) => `| ${code(s.table)} | ${s.rows === undefined ? 'unknown' : `~${formatRows(s.rows)}`} | ${formatBytes(s.bytes)} |`);
    out.push({ title: 'Affected tables (stats database)', markdown: ['| Table | Rows (estimate) | Size |', '|---|---|---|', ...rows].join('\n') });
  }
  if (r.baselined?.length) {
    const shown = r.baselined.slice(0, 20).map((p) => `- ${code(p)}`);
    if (r.baselined.length > 20) shown.push(`- … and ${r.baselined.length - 20} more`);
    out.push({ title: 'Baselined (lint.baseline, not linted)', markdown: shown.join('\n') });
  }
  return out;
}
