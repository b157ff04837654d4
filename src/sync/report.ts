import { mdEscape } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { formatBytes, formatDuration } from './progress.js';
import type { SyncResult } from './types.js';

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const STATUS: Record<SyncResult['status'], string> = {
  synced: 'synced',
  'dry-run': 'dry run (nothing changed)',
  refused: 'refused (nothing changed)',
  'verification-failed': 'verification failed (staging unchanged, copy dropped)',
};

/** The sync's summary: what was copied where, the counts, the masking proof and the snippet. */
export function syncReport(r: SyncResult): Report {
  const sections: NonNullable<Report['sections']> = [];
  const facts: [string, string][] = [
    ['Status', STATUS[r.status]],
    ['Source (read-only)', mdEscape(r.source)],
    ['Target', mdEscape(r.target)],
    [r.status === 'synced' ? 'Built as' : 'Copy', mdEscape(r.copy)],
  ];
  if (r.oldDatabase) facts.push([r.status === 'synced' ? 'Previous staging kept as' : 'Previous staging would be kept as', mdEscape(r.oldDatabase)]);
  if (r.recovered) facts.push(['Recovered', `${mdEscape(r.recovered)} renamed back (an earlier sync stopped between its renames)`]);
  if (r.strays.length) facts.push([r.status === 'dry-run' ? 'Half-made copies to drop' : 'Half-made copies', mdEscape(r.strays.join(', '))]);
  facts.push([`Old copies dropped (keep-old ${r.keepOld})`, r.dropped.length ? mdEscape(r.dropped.join(', ')) : 'none']);
  if (r.backup) facts.push(['Backup of the previous staging', `${mdEscape(r.backup.dumpPath)} (${formatBytes(r.backup.sizeBytes)})`]);
  if (r.transfer) facts.push(['Copied', `${formatBytes(r.transfer.bytes)} in ${formatDuration(r.transfer.seconds)}, archive SHA-256 ${r.transfer.sha256.slice(0, 16)}…`]);
  if (r.keyedHashMethod) facts.push(['keyed-hash', r.keyedHashMethod]);
  sections.push({ title: 'Sync', markdown: table(['', ''], facts) });

  if (r.tables.length) {
    sections.push({
      title: 'Row counts (exact, same snapshot)',
      markdown: table(
        ['Table', 'Production', 'Staging', 'Masked columns'],
        r.tables.map((t) => [mdEscape(t.table), t.sourceRows.toLocaleString('en-US'), `${t.stagingRows.toLocaleString('en-US')}${t.sourceRows === t.stagingRows ? ' ✅' : ' ❌'}`, mdEscape(t.maskedColumns.join(', ')) || '—']),
      ),
    });
  } else if (r.plan.length) {
    sections.push({
      title: 'Plan',
      markdown: table(
        ['Table', 'Rows (estimate)', 'Size', 'Masking'],
        r.plan.map((p) => [mdEscape(p.table), p.rowEstimate.toLocaleString('en-US'), formatBytes(p.bytes), mdEscape(p.masked.map((m) => `${m.column}: ${m.strategy}`).join(', ')) || '—']),
      ),
    });
  }
  if (r.unmasked.length) {
    sections.push({
      title: 'Masking verification (every row, in the database)',
      markdown: table(
        ['Column', 'Strategy', 'Production values left'],
        r.unmasked.map((u) => [mdEscape(`${u.table}.${u.column}`), mdEscape(u.strategy), `${u.remaining}${u.remaining ? ' ❌' : ' ✅'}`]),
      ),
    });
  }
  if (r.piiSnippet) {
    sections.push({
      title: 'Masking rules to add (paste into .github/migration-gates.yml, review each strategy)',
      markdown: `~~~yaml\n${r.piiSnippet.replace(/~~~/g, '~ ~ ~')}~~~`,
    });
  }
  if (Object.keys(r.timings).length) {
    sections.push({ title: 'Timings', markdown: table(['Step', 'Seconds'], Object.entries(r.timings).map(([k, v]) => [k, v.toFixed(1)])) });
  }
  return {
    tool: 'sync-staging',
    title: `Staging sync: ${r.staging} ${STATUS[r.status]}`,
    findings: r.findings,
    sections,
    facts: {
      status: r.status,
      source: r.source,
      target: r.target,
      staging: r.staging,
      copy: r.copy,
      oldDatabase: r.oldDatabase ?? null,
      dropped: r.dropped,
      strays: r.strays,
      recovered: r.recovered ?? null,
      keepOld: r.keepOld,
      tables: r.tables,
      plan: r.plan,
      unmasked: r.unmasked,
      unmaskedPii: r.unmaskedPii,
      piiSnippet: r.piiSnippet ?? null,
      keyedHashMethod: r.keyedHashMethod ?? null,
      backup: r.backup ?? null,
      transfer: r.transfer ?? null,
      terminatedConnections: r.terminatedConnections ?? 0,
      timings: r.timings,
    },
  };
}
