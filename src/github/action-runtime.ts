import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { redact, setSecretSink } from '../security/redact.js';
import type { FailOn } from '../report/finding.js';
import { UserError } from '../errors.js';

/**
 * The one wrapper every action entry uses: secrets reach the runner's mask before any log line,
 * and any error ends as a failed step with what, why and next, redacted.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  setSecretSink((s) => core.setSecret(s));
  try {
    await main();
  } catch (err) {
    const text = redact(describeError(err));
    core.setFailed(text);
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(redact(err.stack));
  }
}

export function inputFailOn(name = 'fail-on'): FailOn {
  const v = (core.getInput(name) || 'error').trim();
  if (v !== 'error' && v !== 'warning' && v !== 'never') {
    throw new UserError(`input ${name} is "${v}"`, { why: 'expected error, warning or never', next: `set ${name}: error` });
  }
  return v;
}

export function inputBool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UserError(`input ${name} is "${v}"`, { why: 'expected true or false', next: `set ${name}: true or ${name}: false` });
}

export function inputOptional(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === '' ? undefined : v;
}

/** A secret input (database URL): registered with the mask before anything else can print it. */
export function inputSecret(name: string): string | undefined {
  const v = inputOptional(name);
  if (v) core.setSecret(v);
  return v;
}
