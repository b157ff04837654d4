import { sortFindings, summarize, type Finding } from './finding.js';
import type { ChecklistItem } from './checklist.js';
import type { Report } from './report.js';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
const CHECK = { passed: '✅', failed: '❌', review: '👀' } as const;

/** Escape text from PRs (names, SQL) so it cannot inject markdown or HTML into our comment. */
export function mdEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#|!~]/g, (c) => `\\${c}`)
    // A zero-width space after @ stops "@ops" in PR-controlled SQL from pinging anyone.
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  const t = text.replace(/\r?\n/g, ' ');
  const fence = t.includes('`') ? '`` ' : '`';
  return `${fence}${t}${fence.trim() === '``' ? ' ``' : '`'}`;
}

function location(f: Finding): string {
  if (!f.file) return '';
  return code(`${f.file}${f.line ? `:${f.line}` : ''}`);
}

export function renderFindingsTable(findings: readonly Finding[]): string {
  if (!findings.length) return '_No findings._';
  // A fix of several commands keeps one a line (<br>), so it can be copied and run as written.
  const rows = sortFindings(findings).map((f) => {
    const rule = f.docsUrl ? `[${f.rule}](${f.docsUrl})` : code(f.rule);
    const detail = [mdEscape(f.message), f.why ? `<br>_Why:_ ${mdEscape(f.why)}` : '', f.fix ? `<br>_Fix:_ ${f.fix.split('\n').map(mdEscape).join('<br>')}` : ''].join('');
    return `| ${ICON[f.severity]} ${f.severity} | ${rule} | ${location(f)} | ${detail} |`;
  });
  return ['| | Rule | Where | Finding |', '|---|---|---|---|', ...rows].join('\n');
}

export function renderChecklist(items: readonly ChecklistItem[]): string {
  return items
    .map((i) => {
      const box = i.status === 'passed' ? '[x]' : '[ ]';
      const tail = i.status === 'failed' ? ` — failed: ${i.findings.map(code).join(', ')}` : i.note ? ` — ${i.note}` : '';
      return `- ${box} ${CHECK[i.status]} ${i.text}${tail}`;
    })
    .join('\n');
}

/** The job summary and the body of the sticky comment share this rendering. */
export function renderMarkdown(report: Report): string {
  const s = summarize(report.findings);
  const head = s.errors ? '❌' : s.warnings ? '⚠️' : '✅';
  const parts = [
    `## ${head} ${mdEscape(report.title)}`,
    `**${s.errors}** error(s), **${s.warnings}** warning(s), **${s.notices}** notice(s)`,
  ];
  if (report.checklist?.length) parts.push('### Migration review checklist', renderChecklist(report.checklist));
  parts.push('### Findings', renderFindingsTable(report.findings));
  for (const sec of report.sections ?? []) parts.push(`### ${sec.title}`, sec.markdown);
  return parts.join('\n\n') + '\n';
}
