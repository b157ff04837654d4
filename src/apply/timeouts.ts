import { UserError } from '../errors.js';
import { withParams, type DatabaseTarget } from '../postgres/url.js';

/** A PostgreSQL duration as written for a GUC: digits and an optional unit (bare = ms). */
const DURATION = /^(\d+)\s*(ms|s|min|h|d)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

export interface Duration {
  /** Normalized for PostgreSQL, e.g. `5s`, `0` (off). */
  pg: string;
  ms: number;
}

/**
 * Parse `5s`, `500ms`, `2min`, `0`. Strict on purpose: the value goes into the `options`
 * connection parameter, where a space would start another `-c` setting.
 */
export function parseDuration(value: string, input: string): Duration {
  const m = DURATION.exec(value.trim());
  if (!m) {
    throw new UserError(`${input} is "${value}", not a duration`, {
      why: 'expected a whole number with an optional unit: ms, s, min, h or d (e.g. 5s, 500ms, 10min; 0 turns it off)',
      next: `set ${input}: 5s`,
    });
  }
  const unit = m[2] ?? 'ms';
  return { pg: m[1] === '0' ? '0' : `${m[1]}${unit}`, ms: Number(m[1]) * UNIT_MS[unit]! };
}

/**
 * The deploy's URL: lock_timeout and statement_timeout as `-c` settings in the `options`
 * parameter (libpq's, honoured by node-postgres and Prisma's engines), after any options the
 * URL already carries.
 */
export function withSessionTimeouts(target: DatabaseTarget, lock: Duration, statement: Duration | undefined): DatabaseTarget {
  const existing = new URL(target.url).searchParams.get('options');
  const ours = [`-c lock_timeout=${lock.pg}`, ...(statement ? [`-c statement_timeout=${statement.pg}`] : [])].join(' ');
  return withParams(target, { options: existing ? `${existing} ${ours}` : ours });
}
