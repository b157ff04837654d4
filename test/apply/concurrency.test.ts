import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runApply } from '../../src/apply/run.js';
import { PRISMA_ADVISORY_LOCK_KEY } from '../../src/apply/advisory-lock.js';
import { makeFixture, migrationRows, tableMigrations, type Fixture } from './fixture.js';

let fx: Fixture | undefined;
const clients: pg.Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.end().catch(() => undefined);
  await fx?.cleanup();
  fx = undefined;
});

async function session(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  clients.push(c);
  return c;
}

describe('two applies at once on one database', () => {
  it('run one after the other: the second waits, re-plans and finds nothing pending; each migration is recorded once', async () => {
    fx = await makeFixture({ migrations: tableMigrations(15) });
    const opts = { repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' };
    const logsA: string[] = [];
    const logsB: string[] = [];
    const [a, b] = await Promise.all([runApply({ ...opts, onLog: (l) => logsA.push(l) }), runApply({ ...opts, onLog: (l) => logsB.push(l) })]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual(['applied', 'nothing-pending']);
    const [winner, loser, loserLogs] = a.status === 'applied' ? [a, b, logsB] : [b, a, logsA];
    expect(winner.applied).toHaveLength(16);
    expect(loser.pendingBefore).toBe(16);
    expect(loser.applied).toEqual([]);
    expect(loserLogs.some((l) => l.startsWith('waiting for another migration-gates apply'))).toBe(true);
    expect(loser.report.sections!.find((s) => s.title === 'Notes')!.markdown).toMatch(/another deploy applied 16 of the 16 planned migration/);
    const rows = await migrationRows(fx.db);
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => r.migration_name)).size).toBe(16);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('waits for a deploy by another tool holding Prisma\'s lock, then fails clearly after advisory-lock-timeout', async () => {
    fx = await makeFixture({ migrations: tableMigrations(2) });
    const other = await session(fx.db.url);
    await other.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    const otherPid = (await other.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const logs: string[] = [];
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop', advisoryLockTimeout: '1500ms', onLog: (l) => logs.push(l) });
    expect(r.status).toBe('failed');
    expect(r.recovery!.failedMigration).toBeUndefined();
    expect(r.recovery!.error).toMatch(new RegExp(`another prisma migrate deploy on this database \\(pid ${otherPid}`));
    expect(r.recovery!.migrationsTable).toContain('unchanged');
    expect(r.recovery!.steps.join(' ')).toMatch(/concurrency: group/);
    expect(logs.some((l) => l.startsWith('waiting for another prisma migrate deploy'))).toBe(true);
    expect((await fx.db.query(`SELECT to_regclass('public._prisma_migrations') IS NULL AS none`)).rows[0].none).toBe(true);
    const f = r.report.findings.find((x) => x.rule === 'migrate-deploy')!;
    expect(f.message).toMatch(/failed before applying anything/);
  });

  it('once the other deploy releases Prisma\'s lock, the waiting apply proceeds', async () => {
    fx = await makeFixture({ migrations: tableMigrations(2) });
    const other = await session(fx.db.url);
    await other.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    const logs: string[] = [];
    const pending = runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop', onLog: (l) => logs.push(l) });
    // Release only once the apply is seen waiting: it cannot have started Prisma before.
    for (let i = 0; i < 200 && !logs.some((l) => l.startsWith('waiting for another prisma migrate deploy')); i++) await new Promise((res) => setTimeout(res, 100));
    expect(logs.some((l) => l.startsWith('waiting for another prisma migrate deploy'))).toBe(true);
    await other.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    const r = await pending;
    expect(r.status).toBe('applied');
    expect(r.applied).toHaveLength(3);
  });
});
