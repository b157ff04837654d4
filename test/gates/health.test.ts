import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { healthGate } from '../../src/gates/health.js';
import { makeFixture, prismaDeploy, type Fixture } from '../apply/fixture.js';
import { gateContext } from './context.js';

let fx: Fixture | undefined;
const sessions: pg.Client[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.end().catch(() => undefined);
  await fx?.cleanup();
  fx = undefined;
});

async function session(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: fx!.db.url });
  await c.connect();
  sessions.push(c);
  return c;
}

async function evaluate() {
  const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url: fx!.db.url, environment: 'prod' });
  try {
    return await healthGate.evaluate(ctx);
  } finally {
    await close();
  }
}

describe('health', () => {
  it('passes on a quiet database', async () => {
    fx = await makeFixture();
    const o = await evaluate();
    expect(o.status).toBe('pass');
    expect(o.reason).toMatch(/^\d+\/\d+ connections, 0 old transaction\(s\), 0 waiting lock\(s\)$/);
  });

  it('fails on a transaction older than max-transaction-age-seconds, naming its pid', async () => {
    fx = await makeFixture();
    fx.config.health.maxTransactionAgeSeconds = 1;
    const idle = await session();
    await idle.query('BEGIN');
    await idle.query('SELECT txid_current()');
    const pid = (await idle.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await new Promise((r) => setTimeout(r, 1500));
    const o = await evaluate();
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(/1 transaction\(s\) older than 1s/);
    expect(o.details!.join('\n')).toContain(`pid ${pid}: transaction open`);
    expect(o.remedy).toContain(`pg_terminate_backend(pid) for pid in (${pid})`);
  });

  it('fails while a lock request waits (pg_locks NOT granted)', async () => {
    fx = await makeFixture();
    await prismaDeploy(fx.root, fx.db.url);
    const a = await session();
    const b = await session();
    await a.query('BEGIN');
    await a.query('LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE');
    const holderPid = (await a.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const waiting = b.query('SELECT count(*) FROM "User"').catch(() => undefined);
    for (let i = 0; i < 50; i++) {
      const n = (await a.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n;
      if (n) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const o = await evaluate();
    await a.query('ROLLBACK');
    await waiting;
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(/1 lock request\(s\) waiting \(pg_locks WHERE NOT granted\)/);
    expect(o.details!.join('\n')).toMatch(new RegExp(`waits \\d+s for pid ${holderPid}: `));
    expect(o.remedy).toContain(`pg_terminate_backend(pid) for pid in (${holderPid})`);
  });

  it('fails when connections reach max-connections-ratio of max_connections', async () => {
    fx = await makeFixture();
    await session();
    fx.config.health.maxConnectionsRatio = 0.001;
    const o = await evaluate();
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(/\d+ of \d+ connections in use \(\d+%, limit 0%\)/);
  });
});
