/**
 * The one surface the replay needs from a database, so the PGlite and real-PostgreSQL (shadow)
 * engines share the history, trace and catalog code.
 */
export interface SqlSession {
  /** One statement with parameters; rows as plain objects. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A script sent as one simple query: PostgreSQL runs it as one implicit transaction, as Prisma does. */
  exec(script: string): Promise<void>;
  /** A script of several statements in one round trip; the rows of each statement, in order. */
  batch(script: string): Promise<Record<string, unknown>[][]>;
}

/** A PostgreSQL error as both engines report it. */
export interface SqlError {
  message: string;
  /** SQLSTATE, e.g. `42P07`. */
  code?: string;
  detail?: string;
  hint?: string;
}

export function toSqlError(err: unknown): SqlError {
  if (err && typeof err === 'object') {
    const e = err as { message?: unknown; code?: unknown; detail?: unknown; hint?: unknown };
    const out: SqlError = { message: typeof e.message === 'string' ? e.message : String(err) };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) out.code = e.code;
    if (typeof e.detail === 'string' && e.detail) out.detail = e.detail;
    if (typeof e.hint === 'string' && e.hint) out.hint = e.hint;
    return out;
  }
  return { message: String(err) };
}
