import { UserError } from '../errors.js';

/** `keep-old`: a whole number, 0 or more; empty means the config's value. */
export function parseKeepOld(value: string | undefined, flag = 'keep-old'): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new UserError(`${flag} is "${value}"`, { why: 'expected how many previous staging copies to keep: a whole number, 0 or more', next: `set ${flag} to 1 (the default)` });
  }
  return n;
}

/** true/false flags given as text (CLI `--strict false`, action inputs). */
export function parseBoolText(value: string | undefined, flag: string): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UserError(`${flag} is "${value}"`, { why: 'expected true or false', next: `set ${flag} to true or false` });
}
