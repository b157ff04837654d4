import { sortFindings, summarize } from './finding.js';
import type { Report } from './report.js';

/** Plain text for people at a terminal (the CLI's default format). */
export function renderText(report: Report, color = false): string {
  const paint = (c: number, s: string) => (color ? `\u001b[${c}m${s}\u001b[0m` : s);
  const tag = { error: paint(31, 'error'), warning: paint(33, 'warning'), notice: paint(36, 'notice') } as const;
  const lines = [paint(1, report.title), ''];
  for (const f of sortFindings(report.findings)) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}  ` : '';
    lines.push(`${where}${tag[f.severity]} [${f.rule}] ${f.message}`);
    if (f.why) lines.push(`    why: ${f.why}`);
    if (f.fix) lines.push(`    fix: ${f.fix.replace(/\n/g, '\n         ')}`);
    if (f.docsUrl) lines.push(`    docs: ${f.docsUrl}`);
  }
  if (report.checklist?.length) {
    lines.push('', 'Review checklist:');
    const mark = { passed: '[x]', failed: '[!]', review: '[ ]' } as const;
    for (const i of report.checklist) lines.push(`  ${mark[i.status]} ${i.text}${i.status === 'failed' ? ` (${i.findings.join(', ')})` : i.note ? ` (${i.note})` : ''}`);
  }
  for (const sec of report.sections ?? []) lines.push('', `${sec.title}:`, sec.markdown);
  const s = summarize(report.findings);
  lines.push('', `${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s)`);
  return lines.join('\n') + '\n';
}
