import { buildChecklist } from '../report/checklist.js';
import { mdEscape } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import type { MigrationChanges } from './changes.js';
import type { HistoryCheckResult } from './check.js';

/** Repository-relative migration.sql paths the PR adds, in apply order per service (the `new-migrations` output). */
export function newMigrationPaths(changes: MigrationChanges): string[] {
  return changes.services.flatMap((s) => s.added.map((m) => m.sqlPath));
}

/** A code span for a PR-controlled name: no backtick, pipe or newline can break out of it. */
function codeSpan(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, "'").replace(/\|/g, '\\|')}\``;
}

function changesSection(result: HistoryCheckResult): string {
  const rows = result.changes.services.flatMap((s) => [
    ...s.added.map((m) => [s.service.name, 'added', m.name]),
    ...s.modified.map((m) => [s.service.name, 'edited', m.name]),
    ...s.deleted.map((m) => [s.service.name, 'deleted', m.name]),
    ...s.renamed.map((r) => [s.service.name, 'renamed', `${r.from.name} → ${r.to.name}`]),
  ]);
  if (!rows.length) return '_No migration folder changed._';
  return ['| Service | Change | Migration |', '|---|---|---|', ...rows.map(([svc, change, name]) => `| ${mdEscape(svc!)} | ${change} | ${codeSpan(name!)} |`)].join('\n');
}

/** The check-migrations report for every sink (summary, comment, JSON, terminal). */
export function historyReport(result: HistoryCheckResult): Report {
  const { changes } = result;
  const sections: NonNullable<Report['sections']> = [
    { title: `Migration changes against ${mdEscape(changes.base.ref)}`, markdown: changesSection(result) },
  ];
  if (result.drift.length) {
    sections.push({
      title: 'Schema drift',
      markdown: result.drift
        .map((d) => `- ${mdEscape(d.service)}: ${d.outcome === 'same' ? 'migrations reproduce the schema' : d.outcome === 'different' ? 'drift found' : 'prisma migrate diff failed'} (prisma ${mdEscape(d.prismaVersion)})`)
        .join('\n'),
    });
  }
  return {
    tool: 'check-migrations',
    title: 'migration-gates: migration history',
    findings: result.findings,
    checklist: buildChecklist(result.findings, result.ran),
    sections,
    facts: {
      base: changes.base.ref,
      baseTip: changes.base.tip,
      mergeBase: changes.base.mergeBase,
      services: changes.services.map((s) => s.service.name),
      newMigrations: newMigrationPaths(changes),
      checks: [...result.ran],
    },
  };
}
