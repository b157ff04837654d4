import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readCatalog } from '../../src/sync/catalog.js';
import { applyMasking } from '../../src/sync/masking/apply.js';
import { prepareMaskingSession } from '../../src/sync/masking/session.js';
import { resolveMaskingPlan, tablesToMask } from '../../src/sync/masking/plan.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A table a view depends on, so masking must fall back to UPDATE + VACUUM FULL. */
async function viewBlockedTable(): Promise<{ db: TestDatabase; masker: pg.Client }> {
  const db = await createTestDatabase('mgs_vac');
  cleanups.push(db.drop);
  await db.query(`CREATE EXTENSION pgstattuple;
    CREATE TABLE person (id int PRIMARY KEY, email text NOT NULL);
    INSERT INTO person SELECT g, 'real' || g || '@mail.example.org' FROM generate_series(1, 50) g;
    CREATE VIEW directory AS SELECT id, email FROM person;`);
  const masker = await connect(db.url);
  await prepareMaskingSession(masker, undefined, 'md5-chain');
  return { db, masker };
}

async function connect(url: string, application_name = 'masking'): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url, application_name });
  await c.connect();
  cleanups.push(() => c.end().catch(() => undefined));
  return c;
}

type HolderKind = 'a snapshot in the copy' | 'a write transaction in another database';

/**
 * What holds back VACUUM FULL's horizon: a session of the copy whose snapshot predates the
 * masking (autovacuum's ANALYZE does this), or a write transaction anywhere on the server that
 * began before it (VACUUM's own snapshot starts there; parallel CI jobs do this).
 */
async function holdHorizon(url: string, kind: HolderKind): Promise<{ client: pg.Client; pid: number }> {
  let target = url;
  if (kind === 'a write transaction in another database') {
    const other = await createTestDatabase('mgs_vac_other');
    cleanups.push(other.drop);
    target = other.url;
  }
  const client = await connect(target, 'old-snapshot');
  if (kind === 'a snapshot in the copy') {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await client.query('SELECT 1');
  } else {
    await client.query('BEGIN');
    await client.query('CREATE TABLE busy (id int)');
  }
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  return { client, pid };
}

async function mask(masker: pg.Client, log: string[], snapshotWaitMs: number) {
  const plan = resolveMaskingPlan(await readCatalog(masker), { person: { email: { kind: 'email' } } }, {});
  return applyMasking(masker, tablesToMask(plan), { keyedHash: 'md5-chain', serverMajor: 15, log: (l) => log.push(l), rowCounts: new Map(), snapshotWaitMs });
}

async function heapVersions(db: TestDatabase): Promise<{ live: number; dead: number }> {
  const r = await db.query(`SELECT tuple_count::int AS live, dead_tuple_count::int AS dead FROM pgstattuple('person')`);
  return r.rows[0] as { live: number; dead: number };
}

describe('UPDATE fallback: no original row version left on disk', () => {
  it.each<HolderKind>(['a snapshot in the copy', 'a write transaction in another database'])('waits for %s to end, then VACUUM FULL leaves no dead version', async (kind) => {
    const { db, masker } = await viewBlockedTable();
    const holder = await holdHorizon(db.url, kind);
    setTimeout(() => void holder.client.query('COMMIT'), 1500);
    const log: string[] = [];
    const masked = await mask(masker, log, 30_000);
    expect(masked.map((m) => m.method)).toEqual(['update']);
    // Other tests' transactions on this server may be listed too: ours is there from the start.
    const waiting = log.filter((l) => l.startsWith('masking public.person: waiting for ') && l.endsWith(' to end before VACUUM FULL'));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toContain(`session pid ${holder.pid} (client backend, "old-snapshot")`);
    expect(await heapVersions(db)).toEqual({ live: 50, dead: 0 });
    expect((await db.query(`SELECT count(*)::int AS n FROM directory WHERE email LIKE 'real%'`)).rows[0].n).toBe(0);
  });

  it('fails, naming the session, when the snapshot outlives the wait', async () => {
    const { db, masker } = await viewBlockedTable();
    const holder = await holdHorizon(db.url, 'a snapshot in the copy');
    const err = await mask(masker, [], 600).then(
      () => undefined,
      (e: unknown) => e,
    );
    await holder.client.query('COMMIT');
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^masking public\.person: .* kept a snapshot from before the masking for 1 s$/);
    expect((err as Error).message).toContain(`session pid ${holder.pid} (client backend, "old-snapshot")`);
    expect((err as UserError).next).toMatch(/the copy is dropped/);
  });
});
