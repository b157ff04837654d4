import pg from 'pg';
import { UserError } from '../errors.js';
import { redact } from '../security/redact.js';
import { describeTarget, type DatabaseTarget } from './url.js';

export type Client = pg.Client;

export interface ConnectOptions {
  applicationName?: string;
  /** Seconds to wait for the server to answer. */
  connectTimeoutSeconds?: number;
  /** Open the session read-only (`default_transaction_read_only`): the sync source and health reads. */
  readOnly?: boolean;
  statementTimeoutMs?: number;
}

/**
 * Connect with a clear, redacted error: which server, what went wrong, what to check next.
 * pg's own messages can carry the URL, so they pass through `redact`.
 */
export async function connect(target: DatabaseTarget, opts: ConnectOptions = {}): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: libpqCompatible(target.url),
    application_name: opts.applicationName ?? 'migration-gates',
    connectionTimeoutMillis: (opts.connectTimeoutSeconds ?? 15) * 1000,
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
  });
  // pg reads the database name with decodeURI, which leaves %3B, %24, %2F... encoded; libpq and
  // psql decode them all. The name parseDatabaseUrl decoded is the one to connect to.
  (client as unknown as { connectionParameters: { database: string } }).connectionParameters.database = target.database;
  // An idle client whose server goes away emits 'error'; without a listener that kills the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    if (opts.readOnly) await client.query('SET default_transaction_read_only = on');
  } catch (err) {
    await client.end().catch(() => undefined);
    const msg = redact(err instanceof Error ? err.message : String(err));
    throw new UserError(`cannot connect to ${describeTarget(target)}: ${msg}`, {
      why: 'the database must be reachable from this runner with these credentials',
      next: `test it with: psql "<url>" -c 'SELECT 1' (check host, port, firewall, password and sslmode)`,
      cause: err,
    });
  }
  return client;
}

/**
 * node-postgres reads `sslmode=require` as verify-full, unlike libpq, psql and Prisma, where it
 * means "encrypt, do not verify". A URL that works with Prisma must work here too, so such URLs
 * get libpq's semantics (`uselibpqcompat=true`); verify-ca/verify-full still verify.
 */
export function libpqCompatible(url: string): string {
  try {
    const u = new URL(url);
    if (u.searchParams.has('sslmode') && !u.searchParams.has('uselibpqcompat')) u.searchParams.set('uselibpqcompat', 'true');
    return u.toString();
  } catch {
    return url;
  }
}

/** Run `fn` with a connected client and always close it. */
export async function withClient<T>(target: DatabaseTarget, fn: (c: pg.Client) => Promise<T>, opts: ConnectOptions = {}): Promise<T> {
  const c = await connect(target, opts);
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Server major version, e.g. 15, from `server_version_num`. */
export async function serverMajorVersion(c: pg.Client): Promise<number> {
  const r = await c.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
  return Math.floor(Number(r.rows[0]!.v) / 10000);
}
