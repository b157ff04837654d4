import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { collectHealth } from '../../src/health/collect.js';
import { healthFindings } from '../../src/health/findings.js';
import type { HealthReport, HealthThresholds } from '../../src/health/types.js';
import { locatePrisma, runPrisma } from '../../src/prisma/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { DATASOURCE, makePrismaProject } from '../helpers/prisma-project.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const T: HealthThresholds = { longRunningSeconds: 1, maxConnectionsRatio: 0.9, maxTransactionAgeSeconds: 1 };

async function client(db: TestDatabase, name = 'test-session'): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: db.url, application_name: name });
  c.on('error', () => undefined);
  await c.connect();
  cleanups.push(() => c.end().catch(() => undefined));
  return c;
}

/** Wait until pg_stat_activity shows `pid` in the wanted condition (a real server, so poll). */
async function waitFor(observer: pg.Client, sql: string, params: unknown[], timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (((await observer.query(sql, params)).rowCount ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for: ${sql}`);
}

describe('collectHealth against a real server', () => {
  it('reports a real long-running query (pid, duration, first line) and excludes its own backend', async () => {
    const db = await createTestDatabase('mgh');
    cleanups.push(db.drop);
    const me = await client(db, 'health');
    const idle = await collectHealth(me, { ...T, longRunningSeconds: 0.001, maxTransactionAgeSeconds: 0.001 });
    expect(idle.report.longRunning).toEqual([]); // our own collecting query is never counted
    expect(idle.report.oldTransactions).toEqual([]);

    const sleeper = await client(db, 'sleeper');
    const pid = (await sleeper.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const running = sleeper.query('SELECT pg_sleep(30) -- first line\n, 2 AS second_line').catch(() => undefined);
    cleanups.push(async () => {
      await me.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
      await running;
    });
    await waitFor(me, `SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND now() - query_start > interval '1.2 seconds'`, [pid]);

    const r = await collectHealth(me, T);
    const q = r.report.longRunning.find((x) => x.pid === pid);
    expect(q).toMatchObject({ pid, state: 'active', query: 'SELECT pg_sleep(30) -- first line' });
    expect(q!.durationSeconds).toBeGreaterThanOrEqual(1);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'health-long-running-query', severity: 'warning', message: expect.stringContaining(`pid ${pid}`) }));
    expect(r.report.connections).toBeGreaterThanOrEqual(1);
    expect(r.report.maxConnections).toBeGreaterThan(0);
  });

  it('reports a real blocked query: the pair, ungranted locks and the old transaction holding the lock', async () => {
    const db = await createTestDatabase('mgh');
    cleanups.push(db.drop);
    await db.query('CREATE TABLE accounts (id int PRIMARY KEY, balance int); INSERT INTO accounts VALUES (1, 100)');
    const me = await client(db, 'health');
    const holder = await client(db, 'holder');
    const waiter = await client(db, 'waiter');
    const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const waiterPid = (await waiter.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await holder.query('BEGIN');
    await holder.query('UPDATE accounts SET balance = balance - 1 WHERE id = 1');
    const blocked = waiter.query('UPDATE accounts SET balance = balance + 1 WHERE id = 1').catch(() => undefined);
    cleanups.push(async () => {
      await holder.query('ROLLBACK').catch(() => undefined);
      await blocked;
    });
    await waitFor(me, `SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'`, [waiterPid]);
    await new Promise((r) => setTimeout(r, 1100)); // let the transaction age past 1 s

    const r = await collectHealth(me, T);
    expect(r.report.blocked).toContainEqual(
      expect.objectContaining({ blockedPid: waiterPid, blockingPid: holderPid, blockedQuery: 'UPDATE accounts SET balance = balance + 1 WHERE id = 1', blockingQuery: 'UPDATE accounts SET balance = balance - 1 WHERE id = 1' }),
    );
    expect(r.report.ungrantedLocks).toBeGreaterThanOrEqual(1);
    expect(r.report.oldTransactions.map((t) => t.pid)).toContain(holderPid);
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('health-blocked-session');
    expect(rules).toContain('health-old-transaction');
    expect(r.findings.find((f) => f.rule === 'health-blocked-session')!.fix).toContain(`pg_terminate_backend(${holderPid})`);
  });

  it('lists the largest tables with size and row estimate, and the database size', async () => {
    const db = await createTestDatabase('mgh');
    cleanups.push(db.drop);
    await db.query(`CREATE TABLE big (id int PRIMARY KEY, pad text); INSERT INTO big SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g; ANALYZE big;
      CREATE TABLE small (id int); INSERT INTO small VALUES (1); ANALYZE small;`);
    const me = await client(db);
    const r = await collectHealth(me, T, { topTables: 1 });
    expect(r.report.tables).toHaveLength(1);
    expect(r.report.tables[0]).toMatchObject({ schema: 'public', name: 'big', rowEstimate: 20000 });
    expect(r.report.tables[0]!.totalBytes).toBeGreaterThan(4_000_000);
    expect(r.report.databaseSizeBytes).toBeGreaterThan(r.report.tables[0]!.totalBytes);
    expect(r.report.database).toBe(db.name);
  });

  it('connections at or over the ratio are an error (a threshold the real count crosses)', async () => {
    const db = await createTestDatabase('mgh');
    cleanups.push(db.drop);
    const me = await client(db);
    await client(db, 'another');
    const r = await collectHealth(me, { ...T, maxConnectionsRatio: 1 / 1000 });
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'health-connections', severity: 'error' }));
    const fine = await collectHealth(me, T);
    expect(fine.findings.filter((f) => f.rule === 'health-connections')).toEqual([]);
  });

  it('migration status per service: applied, failed and pending, from _prisma_migrations and the folders', async () => {
    const db = await createTestDatabase('mgh');
    cleanups.push(db.drop);
    const project = makePrismaProject({
      schema: `${DATASOURCE}\nmodel User {\n  id Int @id\n}\n`,
      migrations: {
        '20240101000000_init': 'CREATE TABLE "User" ("id" INTEGER NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n',
        '20240102000000_add_email': 'ALTER TABLE "User" ADD COLUMN "email" TEXT;\nALTER TABLE "Nope" ADD COLUMN "x" INTEGER;\n',
        '20240103000000_add_name': 'ALTER TABLE "User" ADD COLUMN "name" TEXT;\n',
      },
    });
    cleanups.push(project.cleanup);
    const deploy = await runPrisma(locatePrisma(project.root), ['migrate', 'deploy'], { cwd: project.root, databaseUrl: db.url });
    expect(deploy.code).not.toBe(0); // the second migration fails for real

    const me = await client(db);
    const services = { repoRoot: project.root, services: [{ name: 'auth-service', root: '', schema: 'prisma/schema.prisma', migrations: 'prisma/migrations' }] };
    const r = await collectHealth(me, T, { services });
    expect(r.report.migrations).toEqual([{ service: 'auth-service', applied: 1, pending: ['20240103000000_add_name'], failed: ['20240102000000_add_email'] }]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'health-failed-migration', severity: 'error', fix: expect.stringContaining('migrate resolve --rolled-back 20240102000000_add_email') }));
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'health-pending-migration', severity: 'notice' }));

    const empty = await createTestDatabase('mgh');
    cleanups.push(empty.drop);
    const other = await client(empty);
    const none = await collectHealth(other, T, { services });
    expect(none.report.migrations).toEqual([{ service: 'auth-service', applied: 0, pending: ['20240101000000_init', '20240102000000_add_email', '20240103000000_add_name'], failed: [] }]);
    expect(none.findings.map((f) => f.rule)).toContain('health-no-migrations-table');
  });
});

describe('a table locked ACCESS EXCLUSIVE (issue 13, item 2)', () => {
  it('db-health still reports within seconds: the blocked session, its blocker, the long-running query, and the size it could not read', async () => {
    const db = await createTestDatabase('mgh');
    cleanups.push(db.drop);
    await db.query(`CREATE TABLE accounts (id int PRIMARY KEY, pad text); INSERT INTO accounts SELECT g, 'x' FROM generate_series(1, 1000) g; CREATE TABLE other (id int)`);
    const holder = await client(db, 'migration');
    const waiter = await client(db, 'app');
    const observer = await client(db, 'observer');
    const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const waiterPid = (await waiter.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE');
    const blocked = waiter.query('SELECT count(*) FROM accounts').catch(() => undefined);
    cleanups.push(async () => {
      await holder.query('ROLLBACK').catch(() => undefined);
      await blocked;
    });
    await waitFor(observer, `SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock' AND now() - query_start > interval '1.2 seconds'`, [waiterPid]);

    const { runHealth } = await import('../../src/health/run.js');
    const { defaultConfig } = await import('../../src/config/defaults.js');
    const config = defaultConfig();
    const started = Date.now();
    const { result, report } = await runHealth({ databaseUrl: db.url, config, longRunningSeconds: 1 });
    expect(Date.now() - started).toBeLessThan(15_000);
    const r = result.report;
    expect(r.blocked).toContainEqual(expect.objectContaining({ blockedPid: waiterPid, blockingPid: holderPid, blockedQuery: 'SELECT count(*) FROM accounts' }));
    expect(r.longRunning.map((q) => q.pid)).toContain(waiterPid);
    expect(r.unreadable).toContainEqual(expect.objectContaining({ what: 'size of public.accounts' }));
    expect(r.tables.map((t) => t.name)).toContain('other');
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'health-incomplete', message: expect.stringContaining('public.accounts') }));
    expect(JSON.stringify(report.sections)).toContain('Not read');

    // A query that cannot avoid the lock (migration status reads _prisma_migrations) is reported, not waited on.
    await db.query('CREATE TABLE _prisma_migrations (id text PRIMARY KEY, migration_name text, checksum text, finished_at timestamptz, rolled_back_at timestamptz, started_at timestamptz, applied_steps_count int, logs text)');
    await holder.query('LOCK TABLE _prisma_migrations IN ACCESS EXCLUSIVE MODE');
    const me = await client(db, 'health');
    const withStatus = await collectHealth(me, T, { services: { repoRoot: '/nonexistent', services: [] } });
    expect(withStatus.report.unreadable).toContainEqual(expect.objectContaining({ what: 'migration status (_prisma_migrations)', reason: expect.stringMatching(/lock/) }));
    expect(withStatus.report.blocked.map((b) => b.blockingPid)).toContain(holderPid);
    // The session's own lock_timeout is left as it was.
    expect((await me.query('SHOW lock_timeout')).rows[0].lock_timeout).toBe('0');

    // apply's health gate on the same database: a verdict, naming the blocker, in seconds.
    const { healthGate } = await import('../../src/gates/health.js');
    const gateStarted = Date.now();
    const o = await healthGate.evaluate({ config, client: me } as Parameters<typeof healthGate.evaluate>[0]);
    expect(Date.now() - gateStarted).toBeLessThan(10_000);
    expect(o.status).toBe('fail');
    expect(o.details!.join('\n')).toContain(`for pid ${holderPid}`);
  }, 40_000);
});

describe('healthFindings thresholds', () => {
  const base: HealthReport = { connections: 0, maxConnections: 100, databaseSizeBytes: 0, longRunning: [], oldTransactions: [], blocked: [], ungrantedLocks: 0, tables: [] };
  const connFinding = (n: number) => healthFindings({ ...base, connections: n }, { ...T, maxConnectionsRatio: 0.9 }).find((f) => f.rule === 'health-connections');
  it('errors at >= 90% of max_connections, warns from 72%, is silent below', () => {
    expect(connFinding(90)?.severity).toBe('error');
    expect(connFinding(89)?.severity).toBe('warning');
    expect(connFinding(72)?.severity).toBe('warning');
    expect(connFinding(71)).toBeUndefined();
  });
});
