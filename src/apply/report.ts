import { mdEscape } from '../report/markdown.js';
import { cellCode } from '../report/table-cell.js';
import { safeLogLine } from '../security/log-line.js';
import type { Finding } from '../report/finding.js';
import type { Report } from '../report/report.js';
import type { GateResult } from '../gates/types.js';
import type { ApplyPlan } from './plan.js';
import type { RecoveryInfo } from './recovery.js';

/** Inline code that a name with backticks cannot break out of. */
export function inlineCode(text: string): string {
  const t = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}

/** A fenced block that the content (SQL from a PR) cannot close early. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}

const ICON = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skip', 'apply-time': '⏳ checked at apply time' } as const;

export function gatesTable(gates: readonly GateResult[]): string {
  const rows = gates.map((g) => {
    const o = g.outcome;
    const status = o.overridden ? '⚠️ overridden' : ICON[o.status];
    const extra = [
      ...(o.details ?? []).slice(0, 20).map((d) => `<br>• ${mdEscape(d)}`),
      o.status === 'fail' && o.remedy ? `<br>_Next:_ ${mdEscape(o.remedy)}` : '',
    ].join('');
    return `| ${cellCode(g.name)} | ${status} | ${mdEscape(o.reason)}${extra} |`;
  });
  return ['| Gate | Result | Details |', '|---|---|---|', ...rows].join('\n');
}

export function planTable(plan: ApplyPlan, applied: readonly string[], recovery: RecoveryInfo | undefined): string {
  if (!plan.pending.length) return `_Nothing pending: all ${plan.local.length} migration(s) of ${mdEscape(plan.migrationsDir)} are applied._`;
  const state = (name: string): string =>
    applied.includes(name) ? '✅ applied' : recovery?.failedMigration === name ? '❌ failed' : recovery ? '⏸️ not started' : '⏳ pending';
  const rows = plan.pending.map((m, i) => `| ${i + 1} | ${cellCode(m.name)} | ${cellCode(m.checksum.slice(0, 12))} | ${state(m.name)} |`);
  return [`${plan.pending.length} pending migration(s) in ${inlineCode(plan.migrationsDir)}:`, '', '| # | Migration | SHA-256 | State |', '|---|---|---|---|', ...rows].join('\n');
}

/** Control characters (terminal escapes) from a PR's SQL never reach a terminal or log raw. */
export function printable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

export function sqlSection(plan: ApplyPlan, sqlOf: (name: string) => string): string {
  return plan.pending.map((m) => `#### ${inlineCode(m.name)}\n\n${fenced(printable(sqlOf(m.name)), 'sql')}`).join('\n\n') || '_Nothing pending._';
}

/** The SQL for a log: every line numbered, so no line of it can start a workflow command (`::`). */
export function sqlLogLines(name: string, sql: string): string[] {
  const lines = printable(sql).replace(/\n$/, '').split('\n');
  const w = String(lines.length).length;
  return [safeLogLine(`-- ${printable(name)} (${lines.length} line(s))`), ...lines.map((l, i) => `${String(i + 1).padStart(w)} │ ${l}`)];
}

export function recoverySection(r: RecoveryInfo): string {
  const lines = [
    r.failedMigration ? `**Failed migration:** ${inlineCode(r.failedMigration)}` : '**No migration was started.**',
    r.error ? `**PostgreSQL error:** ${inlineCode(r.error)}` : '',
    `**Partial changes:** ${r.partialChanges === 'none' ? 'none' : r.partialChanges === 'present' ? 'yes, they remain (listed below)' : 'possible (the migration commits on its own)'}`,
    `**_prisma_migrations:** ${mdEscape(r.migrationsTable)}`,
    '',
    ...r.facts.map((f) => `- ${mdEscape(f)}`),
    '',
    '**Next steps:**',
    ...r.steps.map((s, i) => `${i + 1}. ${stepMarkdown(s)}`),
  ];
  return lines.filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n');
}

/** Show the command part of a step as code, so it can be copied as is. */
function stepMarkdown(step: string): string {
  const m = /^(.*?: )((?:npx|cd) .*)$/.exec(step);
  if (!m) return mdEscape(step);
  return `${mdEscape(m[1]!)}${inlineCode(m[2]!)}`;
}

export interface ApplyReportInput {
  status: 'applied' | 'nothing-pending' | 'dry-run' | 'blocked' | 'failed';
  environment: string;
  database: string;
  dryRun: boolean;
  gates: GateResult[];
  findings: Finding[];
  plan: ApplyPlan;
  applied: string[];
  recovery: RecoveryInfo | undefined;
  prismaOutput: string | undefined;
  sqlOf: (name: string) => string;
  overrideReason: string | undefined;
  actor: string | undefined;
  notes: string[];
  facts: Record<string, unknown>;
}

export function buildApplyReport(i: ApplyReportInput): Report {
  const n = i.plan.pending.length;
  const title = {
    applied: `apply ${i.environment}: ${i.applied.length} migration(s) applied to ${i.database}`,
    'nothing-pending': `apply ${i.environment}: nothing pending on ${i.database}`,
    'dry-run': `apply ${i.environment} (dry run): ${n} migration(s) would be applied to ${i.database}`,
    blocked: `apply ${i.environment}: blocked by ${i.gates.filter((g) => g.outcome.status === 'fail').length} gate(s); nothing applied to ${i.database}`,
    failed: `apply ${i.environment}: FAILED${i.recovery?.failedMigration ? ` at ${i.recovery.failedMigration}` : ''} on ${i.database}`,
  }[i.status];
  const sections: NonNullable<Report['sections']> = [{ title: 'Gates', markdown: gatesTable(i.gates) }];
  const overridden = i.gates.filter((g) => g.outcome.overridden);
  if (overridden.length) {
    sections.push({
      title: 'Override',
      markdown: `⚠️ ${overridden.map((g) => inlineCode(g.name)).join(', ')} overridden${i.actor ? ` by ${inlineCode(i.actor)}` : ''}: ${mdEscape(i.overrideReason ?? '')}`,
    });
  }
  sections.push({ title: i.dryRun ? 'Plan (dry run: nothing was changed)' : 'Plan', markdown: planTable(i.plan, i.applied, i.recovery) });
  if (i.dryRun && n) sections.push({ title: 'SQL of the pending migrations', markdown: sqlSection(i.plan, i.sqlOf) });
  if (i.recovery) sections.push({ title: 'Failure and recovery', markdown: recoverySection(i.recovery) });
  if (i.notes.length) sections.push({ title: 'Notes', markdown: i.notes.map((x) => `- ${mdEscape(x)}`).join('\n') });
  if (i.recovery && i.prismaOutput) {
    const tail = i.prismaOutput.split('\n').filter((l) => l.trim()).slice(-40).join('\n');
    sections.push({ title: 'Prisma output (last lines)', markdown: fenced(tail) });
  }
  return { tool: 'apply-migration', title, findings: i.findings, sections, facts: i.facts };
}
