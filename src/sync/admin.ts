import type pg from 'pg';
import { quoteIdent, quoteLiteral } from '../postgres/quote.js';

/**
 * Database-level operations on the staging server, through a connection to its maintenance
 * database (a database cannot be renamed or dropped from a session connected to it).
 */
export async function databaseExists(admin: pg.Client, name: string): Promise<boolean> {
  const r = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return (r.rowCount ?? 0) > 0;
}

export async function listDatabases(admin: pg.Client): Promise<string[]> {
  const r = await admin.query<{ datname: string }>('SELECT datname FROM pg_database ORDER BY datname');
  return r.rows.map((x) => x.datname);
}

/**
 * A fresh, empty database from template0 in the source's encoding, closed to PUBLIC while it holds
 * unmasked data (only its owner, us, can connect until the swap).
 */
export async function createDatabase(admin: pg.Client, name: string, encoding: string): Promise<void> {
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING ${quoteLiteral(encoding)}`);
  } catch {
    // The encoding may not suit the server's locale: the server's default then.
    await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`);
  }
  await admin.query(`REVOKE ALL ON DATABASE ${quoteIdent(name)} FROM PUBLIC`);
}

/** Drop, ending any session in it (WITH (FORCE) from PostgreSQL 13, terminate-then-drop before). */
export async function dropDatabase(admin: pg.Client, name: string, serverMajor: number): Promise<void> {
  if (serverMajor >= 13) {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    return;
  }
  await terminateConnections(admin, name);
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
}

/** End every other session connected to `name`; returns how many there were. */
export async function terminateConnections(admin: pg.Client, name: string): Promise<number> {
  const r = await admin.query<{ n: number }>(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [name],
  );
  return r.rows[0]?.n ?? 0;
}

export async function setAllowConnections(admin: pg.Client, name: string, allow: boolean): Promise<void> {
  await admin.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS ${allow ? 'true' : 'false'}`);
}

export async function renameDatabase(admin: pg.Client, from: string, to: string): Promise<void> {
  await admin.query(`ALTER DATABASE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
}

/**
 * Give `to` the database-level privileges `from` has (CONNECT, CREATE, TEMPORARY per role), so the
 * apps that could connect to the old staging can connect to the new one. A NULL ACL is the
 * default: CONNECT and TEMPORARY for PUBLIC.
 */
export async function copyDatabaseAcl(admin: pg.Client, from: string | undefined, to: string): Promise<void> {
  type Grant = { grantee: string | null; privilege: string };
  let grants: Grant[] = [
    { grantee: null, privilege: 'CONNECT' },
    { grantee: null, privilege: 'TEMPORARY' },
  ];
  if (from) {
    const r = await admin.query<{ grantee: string | null; privilege: string; has_acl: boolean }>(
      `SELECT CASE WHEN a.grantee = 0 THEN NULL ELSE pg_get_userbyid(a.grantee) END AS grantee, a.privilege_type AS privilege, true AS has_acl
         FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a
        WHERE d.datname = $1 AND a.grantee <> d.datdba`,
      [from],
    );
    const acl = await admin.query<{ isnull: boolean }>('SELECT datacl IS NULL AS isnull FROM pg_database WHERE datname = $1', [from]);
    if (acl.rows[0] && !acl.rows[0].isnull) grants = r.rows;
  }
  for (const g of grants) {
    if (!/^(CONNECT|CREATE|TEMPORARY)$/.test(g.privilege)) continue;
    await admin.query(`GRANT ${g.privilege} ON DATABASE ${quoteIdent(to)} TO ${g.grantee === null ? 'PUBLIC' : quoteIdent(g.grantee)}`);
  }
}

/** One sync per staging database at a time, server-wide (a session-level advisory lock). */
export async function tryLockSync(admin: pg.Client, staging: string): Promise<boolean> {
  const r = await admin.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext('migration-gates sync'), hashtext($1)) AS ok`, [staging]);
  return r.rows[0]?.ok === true;
}

export async function unlockSync(admin: pg.Client, staging: string): Promise<void> {
  await admin.query(`SELECT pg_advisory_unlock(hashtext('migration-gates sync'), hashtext($1))`, [staging]);
}
