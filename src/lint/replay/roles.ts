import { quoteIdent } from '../../postgres/quote.js';
import { toSqlError, type SqlError, type SqlSession } from './session.js';

/**
 * GRANT ... TO app_user and ALTER ... OWNER TO app_user name roles that exist on the real servers
 * but not in a fresh PGlite. The replay creates such a role (NOLOGIN, no privileges beyond what
 * the history grants it) and runs the statement again, so the history keeps its meaning.
 */
export type RoleCreator = (role: string) => Promise<void>;

export function pgliteRoleCreator(session: SqlSession): RoleCreator {
  return async (role) => session.exec(`CREATE ROLE ${quoteIdent(role)} NOLOGIN`);
}

export function missingRole(err: SqlError): string | undefined {
  if (err.code !== '42704') return undefined;
  const m = /^role "((?:[^"]|"")+)" does not exist$/.exec(err.message);
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}

/**
 * Run `fn`; when it fails only for a missing role and roles may be created, create it and retry
 * (a statement can name several). `beforeRetry` undoes the failed attempt (ROLLBACK TO SAVEPOINT).
 * Returns the error that remains, or undefined on success.
 */
export async function attemptWithRoles(
  fn: () => Promise<void>,
  createRole: RoleCreator | undefined,
  beforeRetry?: () => Promise<void>,
): Promise<SqlError | undefined> {
  const created = new Set<string>();
  for (;;) {
    try {
      await fn();
      return undefined;
    } catch (raw) {
      const err = toSqlError(raw);
      const role = missingRole(err);
      if (!createRole || role === undefined || created.has(role) || created.size >= 20) return err;
      if (beforeRetry) await beforeRetry();
      try {
        await createRole(role);
      } catch {
        return err;
      }
      created.add(role);
    }
  }
}
