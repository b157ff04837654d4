import { sortFindings, summarize } from './finding.js';
import type { Report } from './report.js';

/** `{ findings, summary }`: the CLI's --format json and the action's `report` file. */
export function renderJson(report: Report): string {
  const summary = { tool: report.tool, ...summarize(report.findings), ...(report.facts ?? {}) };
  const out: Record<string, unknown> = { findings: sortFindings(report.findings), summary };
  if (report.checklist) out.checklist = report.checklist;
  return JSON.stringify(out, null, 2) + '\n';
}
