import type pg from 'pg';
import { UserError } from '../../errors.js';

/** A session whose snapshot still sees the row versions an UPDATE replaced. */
export interface SnapshotHolder {
  pid: number;
  kind: string;
  application: string;
}

export interface PurgeOptions {
  log: (line: string) => void;
  /** How long to wait for older snapshots (autovacuum's ANALYZE, a monitoring query) to end. */
  waitMs?: number;
  pollMs?: number;
}

/**
 * After the UPDATE fallback, remove every original row version from disk. VACUUM FULL keeps a
 * dead version while any snapshot may still see it: a session in this database whose snapshot is
 * older than the UPDATE (autovacuum's ANALYZE of the fresh copy), and, because VACUUM's own
 * snapshot starts at the oldest running transaction, a write transaction in any database of the
 * server that began before the UPDATE committed. So wait for those, run VACUUM FULL, and trust
 * its own count of the versions it had to keep: run it again until that is 0. Masking that
 * leaves production values in the heap files is a failure, not a warning.
 */
export async function purgeOriginalRows(client: pg.Client, table: { sql: string; name: string }, updateXid: string, opts: PurgeOptions): Promise<void> {
  const waitMs = opts.waitMs ?? 300_000;
  const deadline = Date.now() + waitMs;
  let logged = false;
  for (;;) {
    const holders = await snapshotHolders(client, updateXid);
    if (!holders.length) {
      const kept = await vacuumFull(client, table.sql);
      if (kept === 0) return;
      if (Date.now() >= deadline) {
        throw new UserError(`masking ${table.name}: VACUUM FULL had to keep ${kept} original row version(s) on disk for ${Math.round(waitMs / 1000)} s`, {
          why: 'a replication slot, or a standby with hot_standby_feedback, holds back the cleanup horizon of the staging server',
          next: 'nothing of production was kept: the copy is dropped. Drop the stale slot (pg_replication_slots), then run the sync again',
        });
      }
    } else if (Date.now() >= deadline) {
      throw new UserError(`masking ${table.name}: ${describeHolders(holders)} kept a snapshot from before the masking for ${Math.round(waitMs / 1000)} s`, {
        why: 'VACUUM FULL cannot remove original row versions such a snapshot may still read, and masking must leave no production value on disk',
        next: 'nothing of production was kept: the copy is dropped. End that session, then run the sync again',
      });
    } else if (!logged) {
      opts.log(`masking ${table.name}: waiting for ${describeHolders(holders)} to end before VACUUM FULL`);
      logged = true;
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
  }
}

/**
 * What holds back the horizon for rows the UPDATE replaced: write transactions older than it
 * anywhere on the server, snapshots older than it in this database, and prepared transactions.
 */
export async function snapshotHolders(client: pg.Client, updateXid: string): Promise<SnapshotHolder[]> {
  const r = await client.query<{ pid: number | null; kind: string | null; application: string | null }>(
    `SELECT pid, backend_type AS kind, application_name AS application
       FROM pg_stat_activity
      WHERE pid <> pg_backend_pid()
        AND ((backend_xid IS NOT NULL AND age(backend_xid) >= age($1::xid))
          OR ((datname = current_database() OR datname IS NULL) AND backend_xmin IS NOT NULL AND age(backend_xmin) >= age($1::xid)))
     UNION ALL
     SELECT NULL, 'prepared transaction', gid FROM pg_prepared_xacts WHERE age(transaction) >= age($1::xid)
     ORDER BY 1`,
    [updateXid],
  );
  return r.rows.map((h) => ({ pid: h.pid ?? 0, kind: h.kind ?? 'backend', application: h.application ?? '' }));
}

/** VACUUM (FULL, VERBOSE): returns the dead row versions it reports it could not remove yet. */
async function vacuumFull(client: pg.Client, sqlName: string): Promise<number> {
  let kept = 0;
  // The count is the first number of the detail's first line, in every message language.
  const onNotice = (n: { detail?: string }) => {
    const first = n.detail?.split('\n')[0]?.match(/\d+/);
    if (first) kept = Math.max(kept, Number(first[0]));
  };
  client.on('notice', onNotice);
  try {
    await client.query(`VACUUM (FULL, VERBOSE) ${sqlName}`);
  } finally {
    client.off('notice', onNotice);
  }
  return kept;
}

function describeHolders(holders: readonly SnapshotHolder[]): string {
  const list = holders.map((h) =>
    h.pid ? `session pid ${h.pid} (${h.kind}${h.application ? `, ${JSON.stringify(h.application)}` : ''})` : `${h.kind} ${JSON.stringify(h.application)}`,
  );
  return `${list.slice(0, 5).join(', ')}${list.length > 5 ? ` and ${list.length - 5} more` : ''}`;
}
