import * as core from '@actions/core';
import { sortFindings, type Finding } from './finding.js';

/** GitHub shows at most 10 annotations per level per step; the summary lists them all. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Emit file annotations (workflow commands on stdout), capped per level like the runner does. */
export function emitAnnotations(findings: readonly Finding[]): { emitted: number; omitted: number } {
  const used = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  for (const f of sortFindings(findings)) {
    if (used[f.severity] >= ANNOTATIONS_PER_LEVEL) {
      omitted++;
      continue;
    }
    used[f.severity]++;
    const props: core.AnnotationProperties = { title: `${f.rule}${f.docsUrl ? ` (${f.docsUrl})` : ''}` };
    if (f.file) props.file = f.file;
    if (f.line) props.startLine = f.line;
    if (f.column) props.startColumn = f.column;
    const text = [f.message, f.why ? `Why: ${f.why}` : '', f.fix ? `Fix: ${f.fix}` : '', f.docsUrl ? `Docs: ${f.docsUrl}` : '']
      .filter(Boolean)
      .join('\n');
    core[f.severity](text, props);
  }
  return { emitted: used.error + used.warning + used.notice, omitted };
}
