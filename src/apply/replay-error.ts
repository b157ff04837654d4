import { connect } from '../postgres/connect.js';
import { quoteIdent } from '../postgres/quote.js';
import type { DatabaseTarget } from '../postgres/url.js';

/** PostgreSQL's own error fields, as the server sent them. */
export interface PgErrorFacts {
  code: string;
  message: string;
  detail?: string;
  hint?: string;
  /** Where in migration.sql, when PostgreSQL gives a position (syntax and name errors do). */
  line?: number;
  column?: number;
}

/** `ERROR 42601: syntax error at or near "SELEC" (migration.sql line 3, column 1)`, then detail and hint. */
export function formatPgError(e: PgErrorFacts): string {
  const where = e.line ? ` (migration.sql line ${e.line}, column ${e.column})` : '';
  return [`ERROR ${e.code}: ${e.message}${where}`, e.detail ? `DETAIL: ${e.detail}` : '', e.hint ? `HINT: ${e.hint}` : ''].filter(Boolean).join('; ');
}

/**
 * Prisma's schema engine reports a failed script as "external connector error" with at most the
 * message; the SQLSTATE, detail, hint and position are lost. They are read back by running the
 * same script once more in a transaction that is always rolled back, with a 1 s lock_timeout and a
 * 10 s statement_timeout, in the migration's schema. The caller only does this for a migration
 * verified to have left nothing behind and that neither controls transactions nor holds
 * statements that refuse a transaction block, so the replay changes nothing.
 */
export async function replayForError(target: DatabaseTarget, sql: string): Promise<PgErrorFacts | undefined> {
  const c = await connect(target, { applicationName: 'migration-gates apply (error details)', connectTimeoutSeconds: 10 });
  try {
    await c.query('BEGIN');
    await c.query(`SET LOCAL lock_timeout = '1s'; SET LOCAL statement_timeout = '10s'; SET LOCAL search_path TO ${quoteIdent(target.schema)}`);
    try {
      await c.query(sql); // simple protocol: the whole script, positions relative to it
      return undefined;
    } catch (err) {
      const e = err as { code?: string; message?: string; detail?: string; hint?: string; position?: string };
      if (!e.code) return undefined;
      const facts: PgErrorFacts = { code: e.code, message: e.message ?? '', ...(e.detail ? { detail: e.detail } : {}), ...(e.hint ? { hint: e.hint } : {}) };
      const pos = Number(e.position);
      if (pos > 0) {
        // PostgreSQL counts characters from 1 over the whole query string.
        const before = [...sql].slice(0, pos - 1).join('');
        const lines = before.split('\n');
        facts.line = lines.length;
        facts.column = [...lines.at(-1)!].length + 1;
      }
      return facts;
    }
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
    await c.end().catch(() => undefined);
  }
}
