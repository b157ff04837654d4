import type { SqlError } from './session.js';
import { missingRole } from './roles.js';
import { createdExtension, isEnvironmentStatement } from './statement-kind.js';

/**
 * Tells a statement the replay database cannot run for a reason of its own (an extension it
 * lacks, a file or role only the real server has) from a genuine PostgreSQL error, which the
 * migration would also hit in production.
 */
export interface ReplayLimits {
  /** `PGlite 0.5.16 (PostgreSQL 18.6)` or `the shadow server 127.0.0.1:5432`: named in reasons. */
  engineLabel: string;
  engine: 'pglite' | 'postgres';
  /** The first statement that could not run (unsupported here, a failed history statement, a failed migration), shortened: later "does not exist" errors are its consequences. */
  upstream?: string;
  /** Extensions that could not be created here. */
  missingExtensions: Set<string>;
}

export type Verdict =
  | { kind: 'unsupported'; reason: string }
  /** PGlite has no roles but its own: create this one (NOLOGIN) and run the statement again. */
  | { kind: 'missing-role'; role: string }
  | { kind: 'error' };

/** Errors that follow from an object an earlier skipped statement would have created. */
const DEPENDENT_CODES = new Set(['42704', '42883', '42P01', '42703', '3F000', '42P17']);

export function classifyFailure(err: SqlError, sql: string, limits: ReplayLimits): Verdict {
  const ext = createdExtension(sql);
  if (ext !== undefined) {
    limits.missingExtensions.add(ext);
    const remedy =
      limits.engine === 'pglite'
        ? 'pass shadow-database-url (a PostgreSQL server that has it) to replay it for real'
        : 'install it on the shadow server';
    return note(`${limits.engineLabel} cannot create extension "${ext}": ${err.message}; ${remedy}`);
  }
  const role = missingRole(err);
  if (role !== undefined) {
    if (limits.engine === 'pglite') return { kind: 'missing-role', role };
    return note(`role "${role}" does not exist on ${limits.engineLabel} (roles are per server)`);
  }
  if (isEnvironmentStatement(sql)) return note(`${limits.engineLabel} cannot run this statement here: ${err.message}`);
  // A file PGlite was built without (a library, a dictionary): not the migration's fault.
  if (limits.engine === 'pglite' && (err.code === '58P01' || err.code === '58000')) {
    return note(`${limits.engineLabel} lacks a file this needs: ${err.message}`);
  }
  if (limits.upstream && err.code && DEPENDENT_CODES.has(err.code)) {
    return { kind: 'unsupported', reason: `${err.message}, after a statement that could not run here (${limits.upstream})` };
  }
  return { kind: 'error' };
}

function note(reason: string): Verdict {
  return { kind: 'unsupported', reason };
}
