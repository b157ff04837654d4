import { renderJson } from '../report/json.js';
import { renderText } from '../report/terminal.js';
import { shouldFail, summarize, type FailOn } from '../report/finding.js';
import type { Report } from '../report/report.js';
import { redact } from '../security/redact.js';
import { UserError } from '../errors.js';

export type Format = 'text' | 'json' | 'sarif';

export function parseFormat(v: unknown, allowed: Format[] = ['text', 'json']): Format {
  const f = (typeof v === 'string' ? v : 'text') as Format;
  if (!allowed.includes(f)) throw new UserError(`--format ${String(v)} is not supported here`, { why: `expected ${allowed.join(', ')}`, next: `use --format ${allowed.join(' or --format ')}` });
  return f;
}

/** Print a report in the chosen format and return the exit code (1 when it should fail). */
export function printReport(report: Report, format: Format, failOn: FailOn = 'error', sarif?: () => string): number {
  const text = format === 'json' ? renderJson(report) : format === 'sarif' && sarif ? sarif() : renderText(report, process.stdout.isTTY === true);
  process.stdout.write(redact(text));
  return shouldFail(summarize(report.findings), failOn) ? 1 : 0;
}
