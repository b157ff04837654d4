import { accessSync, constants, existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { run } from '../process/run.js';
import type { DatabaseTarget } from './url.js';

/** The PostgreSQL client programs one backup or restore uses, all of one major version. */
export interface ClientTools {
  pgDump: string;
  pgRestore: string;
  psql: string;
  /** pg_dump's version, e.g. "15.20". */
  version: string;
  major: number;
}

/** Where Debian/Ubuntu's postgresql-client-<N> packages install their binaries. */
export const DEBIAN_PG_LIB = '/usr/lib/postgresql';

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" -> { version: "15.20", major: 15 }; 9.6.x -> major 9. */
export function parseToolVersion(text: string): { version: string; major: number } | undefined {
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  const version = [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.');
  return { version, major: Number(m[1]) };
}

const versionCache = new Map<string, { version: string; major: number } | null>();

/** Ask a program its version; null when it does not answer like a PostgreSQL tool. */
async function toolVersion(file: string): Promise<{ version: string; major: number } | null> {
  const key = file;
  if (versionCache.has(key)) return versionCache.get(key)!;
  let v: { version: string; major: number } | null = null;
  try {
    const r = await run(file, ['--version'], { timeoutMs: 15_000 });
    if (r.code === 0) v = parseToolVersion(r.stdout) ?? null;
  } catch {
    v = null;
  }
  versionCache.set(key, v);
  return v;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** PATH first, then every /usr/lib/postgresql/<N>/bin, newest major first. */
export function defaultSearchPath(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  let versions: number[] = [];
  try {
    versions = readdirSync(DEBIAN_PG_LIB).filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => b - a);
  } catch {
    versions = [];
  }
  for (const v of versions) dirs.push(path.join(DEBIAN_PG_LIB, String(v), 'bin'));
  return dirs;
}

interface Candidate {
  dir: string;
  pgDump: string;
  pgRestore: string;
  version: string;
  major: number;
  order: number;
}

/**
 * Pick a pg_dump/pg_restore pair of the server's major or newer, highest first. pg_dump refuses a
 * server newer than itself ("aborting because of server version mismatch"), and pg_restore cannot
 * read an archive written by a newer pg_dump: a mismatch is an error that names both versions and
 * the package that fixes it, never a silent pg_dump failure later.
 */
export async function findClientTools(serverMajor: number, opts: { searchPath?: string[] } = {}): Promise<ClientTools> {
  const dirs = opts.searchPath ?? defaultSearchPath();
  const direct = opts.searchPath ? [] : debianVersionDirs();
  const seen = new Set<string>();
  const probes: { dir: string; pgDump: string; pgRestore: string; order: number }[] = [];
  const psqls: string[] = [];
  for (const dir of dirs) {
    const pgDump = path.join(dir, 'pg_dump');
    const psql = path.join(dir, 'psql');
    if (existsSync(psql) && executable(psql)) psqls.push(psql);
    const pgRestore = path.join(dir, 'pg_restore');
    if (!existsSync(pgDump) || !executable(pgDump) || !existsSync(pgRestore) || !executable(pgRestore)) continue;
    const real = realpathOr(pgDump);
    // /bin and /usr/bin are often one folder: ask each real program once.
    if (seen.has(real)) continue;
    seen.add(real);
    // Debian's pg_wrapper (a Perl script, ~0.3 s a call) only dispatches to the
    // /usr/lib/postgresql/<N>/bin programs, which are asked directly.
    if (path.basename(real) === 'pg_wrapper' && direct.length) continue;
    probes.push({ dir, pgDump, pgRestore, order: probes.length });
  }
  // Ask every candidate at once: each answer is a process start.
  const answered = await Promise.all(
    probes.map(async (p) => {
      const [v, rv] = await Promise.all([toolVersion(p.pgDump), toolVersion(p.pgRestore)]);
      return v && rv && rv.major === v.major ? { ...p, version: v.version, major: v.major } : undefined;
    }),
  );
  const candidates = answered.filter((c): c is Candidate => c !== undefined);
  const suitable = candidates.filter((c) => c.major >= serverMajor).sort((a, b) => b.major - a.major || a.order - b.order);
  const best = suitable[0];
  if (!best) throw mismatchError(serverMajor, candidates, dirs);
  const sameDir = path.join(best.dir, 'psql');
  return {
    pgDump: best.pgDump,
    pgRestore: best.pgRestore,
    psql: psqls.includes(sameDir) ? sameDir : psqls[0] ?? 'psql',
    version: best.version,
    major: best.major,
  };
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** /usr/lib/postgresql/<N>/bin folders that hold a pg_dump. */
function debianVersionDirs(): string[] {
  try {
    return readdirSync(DEBIAN_PG_LIB)
      .filter((d) => /^\d+$/.test(d))
      .map((d) => path.join(DEBIAN_PG_LIB, d, 'bin'))
      .filter((d) => existsSync(path.join(d, 'pg_dump')));
  } catch {
    return [];
  }
}

/** The fix on GitHub's Ubuntu runners and Debian: the PostgreSQL apt repository's client package. */
export function installHint(major: number): string {
  return (
    `install the PostgreSQL ${major} client from the PostgreSQL apt repository: ` +
    `sudo apt-get install -y postgresql-common && sudo /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y && ` +
    `sudo apt-get install -y postgresql-client-${major} ` +
    `(the backup-before-deploy composite action does this for you on GitHub's Ubuntu runners)`
  );
}

function mismatchError(serverMajor: number, found: Candidate[], dirs: string[]): UserError {
  if (!found.length) {
    return new UserError(`no pg_dump/pg_restore found for the PostgreSQL ${serverMajor} server`, {
      why: `none on PATH or in ${DEBIAN_PG_LIB}/<N>/bin (searched: ${dirs.join(', ') || '(nothing)'})`,
      next: installHint(serverMajor),
    });
  }
  const list = [...new Map(found.map((c) => [c.version, c])).values()].map((c) => `${c.version} (${c.pgDump})`).join(', ');
  return new UserError(`pg_dump is older than the server: found pg_dump ${list}, the server is PostgreSQL ${serverMajor}`, {
    why: `pg_dump and pg_restore must be of the server's major version (${serverMajor}) or newer; an older pg_dump aborts with "server version mismatch"`,
    next: installHint(serverMajor),
  });
}

/** libpq accepts only these URI query parameters; Prisma adds others (schema, connection_limit...). */
const LIBPQ_PARAMS = new Set([
  'host', 'hostaddr', 'port', 'dbname', 'user', 'passfile', 'channel_binding', 'connect_timeout',
  'client_encoding', 'options', 'application_name', 'fallback_application_name', 'keepalives',
  'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
  'gssencmode', 'sslmode', 'requiressl', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword',
  'sslcertmode', 'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'require_auth',
  'ssl_min_protocol_version', 'ssl_max_protocol_version', 'krbsrvname', 'gsslib', 'gssdelegation',
  'service', 'target_session_attrs', 'load_balance_hosts',
]);

/**
 * How to hand a target to pg_dump/pg_restore/psql: a libpq URL without the password (argv is
 * visible to every user of the machine through ps), the password in PGPASSWORD, and Prisma-only
 * query parameters removed (libpq rejects them: `invalid URI query parameter: "schema"`).
 */
export function libpqConnection(target: DatabaseTarget, env: NodeJS.ProcessEnv = process.env): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(target.url);
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  u.password = '';
  for (const key of [...u.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) u.searchParams.delete(key);
  // Prisma's sslmode=prefer/require/disable are libpq's too; sslaccept is Prisma-only and dropped above.
  u.protocol = 'postgresql:';
  const out: NodeJS.ProcessEnv = { ...env };
  if (password !== undefined) out.PGPASSWORD = password;
  return { dbname: u.toString(), env: out };
}
