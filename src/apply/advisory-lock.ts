import type pg from 'pg';
import { UserError } from '../errors.js';

/** The key Prisma Migrate holds with pg_advisory_lock while it applies (one deploy per database). */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/**
 * Our own key (two-int form, so it can never equal Prisma's bigint key): held by the apply's
 * monitor session from re-plan to verification, so two migration-gates applies on one database
 * run one after the other and the second re-plans after the first finished.
 */
export const APPLY_LOCK_KEYS = [PRISMA_ADVISORY_LOCK_KEY, 1] as const;

export interface LockHolder {
  pid: number;
  application: string;
  /** Seconds since the holder's current query started. */
  seconds: number;
}

async function holderOf(client: pg.Client, classid: number, objid: number, objsubid: number): Promise<LockHolder | undefined> {
  const r = await client.query<{ pid: number; application: string | null; seconds: number | null }>(
    `SELECT l.pid, a.application_name AS application,
            extract(epoch FROM clock_timestamp() - coalesce(a.query_start, a.backend_start))::float8 AS seconds
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 AND l.objsubid = $3
        AND l.pid <> pg_backend_pid()
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      LIMIT 1`,
    [classid, objid, objsubid],
  );
  const row = r.rows[0];
  return row ? { pid: row.pid, application: row.application ?? '', seconds: Math.round(row.seconds ?? 0) } : undefined;
}

/** Who holds Prisma's migrate lock on this database, if anyone (a bigint key: classid 0, objid key, objsubid 1). */
export function migrateLockHolder(client: pg.Client): Promise<LockHolder | undefined> {
  return holderOf(client, 0, PRISMA_ADVISORY_LOCK_KEY, 1);
}

type Waited = { waitedMs: number; holder?: LockHolder };

async function waitUntil(
  attempt: () => Promise<LockHolder | undefined>,
  timeoutMs: number,
  what: string,
  onLog: (line: string) => void,
  pollMs: number,
): Promise<Waited> {
  const started = Date.now();
  let first: LockHolder | undefined;
  let lastLog = -Infinity;
  for (;;) {
    const holder = await attempt();
    if (!holder) return { waitedMs: Date.now() - started, ...(first ? { holder: first } : {}) };
    first ??= holder;
    const waited = Date.now() - started;
    if (waited >= timeoutMs) {
      throw new UserError(`${what} (pid ${holder.pid}${holder.application ? `, ${holder.application}` : ''}) is still running after ${Math.round(waited / 1000)}s`, {
        why: `Prisma applies migrations under pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY}): two deploys on one database never run at once, and this one stopped waiting`,
        next: 'let the other deploy finish and dispatch again (a concurrency: group per environment in the workflow queues dispatches instead), or raise advisory-lock-timeout',
      });
    }
    if (waited - lastLog >= 5000) {
      onLog(`waiting for ${what} to finish (pid ${holder.pid}, ${Math.round(waited / 1000)}s of at most ${Math.round(timeoutMs / 1000)}s)`);
      lastLog = waited;
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Take our apply lock on the monitor session, waiting (polling, logged) for another apply. */
export function acquireApplyLock(client: pg.Client, timeoutMs: number, onLog: (line: string) => void = () => undefined, pollMs = 200): Promise<Waited> {
  return waitUntil(
    async () => {
      const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [...APPLY_LOCK_KEYS]);
      return r.rows[0]?.ok ? undefined : ((await holderOf(client, APPLY_LOCK_KEYS[0], APPLY_LOCK_KEYS[1], 2)) ?? { pid: 0, application: '', seconds: 0 });
    },
    timeoutMs,
    'another migration-gates apply on this database',
    onLog,
    pollMs,
  );
}

export async function releaseApplyLock(client: pg.Client): Promise<void> {
  await client.query('SELECT pg_advisory_unlock($1, $2)', [...APPLY_LOCK_KEYS]);
}

/** Wait until no other deploy (any tool) holds Prisma's lock. Never takes it: Prisma does. */
export function waitForMigrateLock(client: pg.Client, timeoutMs: number, onLog: (line: string) => void = () => undefined, pollMs = 200): Promise<Waited> {
  return waitUntil(() => migrateLockHolder(client), timeoutMs, 'another prisma migrate deploy on this database', onLog, pollMs);
}
