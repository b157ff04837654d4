import { UserError } from '../errors.js';
import type { FailOn } from '../report/finding.js';

export function parseFailOn(v: unknown): FailOn {
  const s = typeof v === 'string' && v ? v : 'error';
  if (s === 'error' || s === 'warning' || s === 'never') return s;
  throw new UserError(`--fail-on ${s} is not supported`, { why: 'expected error, warning or never', next: 'use --fail-on error' });
}
