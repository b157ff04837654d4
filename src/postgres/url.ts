import { UserError } from '../errors.js';
import { registerSecret } from '../security/redact.js';

export interface DatabaseTarget {
  /** The URL as given, with credentials: never print it. */
  url: string;
  host: string;
  port: number;
  database: string;
  user: string;
  /** `schema` query parameter (Prisma's), default public. */
  schema: string;
}

/**
 * Parse a PostgreSQL URL and register its password (and the whole URL) as secrets before
 * anything can print them. Errors never echo the URL itself.
 */
export function parseDatabaseUrl(raw: string, label = 'database-url'): DatabaseTarget {
  const value = raw.trim();
  if (!value) {
    throw new UserError(`${label} is empty`, {
      why: 'a PostgreSQL connection URL is required for this command',
      next: `pass ${label} (e.g. a repository secret: \${{ secrets.DATABASE_URL }})`,
    });
  }
  registerSecret(value);
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UserError(`${label} is not a valid URL`, {
      why: 'expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE',
      next: `check the secret that feeds ${label}`,
    });
  }
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
    throw new UserError(`${label} uses the scheme "${u.protocol.replace(/:$/, '')}", not postgresql`, {
      why: 'migration-gates only manages PostgreSQL databases',
      next: `set ${label} to postgresql://USER:PASSWORD@HOST:PORT/DATABASE`,
    });
  }
  if (u.password) registerSecret(decodeURIComponent(u.password));
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) {
    throw new UserError(`${label} names no database`, {
      why: 'the URL path must be the database name',
      next: `append /DATABASE to ${label}`,
    });
  }
  return {
    url: value,
    host: u.hostname || 'localhost',
    port: u.port ? Number(u.port) : 5432,
    database,
    user: decodeURIComponent(u.username),
    schema: u.searchParams.get('schema') ?? 'public',
  };
}

/** A printable description: user@host:port/db, never the password. */
export function describeTarget(t: DatabaseTarget): string {
  return `${t.user ? `${t.user}@` : ''}${t.host}:${t.port}/${t.database}`;
}

/** The same server and credentials, another database (for shadow, sync and restore targets). */
export function withDatabase(t: DatabaseTarget, database: string): DatabaseTarget {
  const u = new URL(t.url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return { ...t, url: u.toString(), database };
}

/** Add or replace query parameters (e.g. `options` for lock_timeout) without touching the rest. */
export function withParams(t: DatabaseTarget, params: Record<string, string>): DatabaseTarget {
  const u = new URL(t.url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  const url = u.toString();
  registerSecret(url);
  return { ...t, url };
}

/** Same host, port and database: the sync guard's notion of "the same database". */
export function sameDatabase(a: DatabaseTarget, b: DatabaseTarget): boolean {
  const norm = (h: string) => (h === 'localhost' || h === '::1' || h === '[::1]' ? '127.0.0.1' : h.toLowerCase());
  return norm(a.host) === norm(b.host) && a.port === b.port && a.database === b.database;
}
