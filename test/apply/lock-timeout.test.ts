import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runApply } from '../../src/apply/run.js';
import { parseDuration, withSessionTimeouts } from '../../src/apply/timeouts.js';
import { parseDatabaseUrl } from '../../src/postgres/url.js';
import { UserError } from '../../src/errors.js';
import { makeFixture, migrationRows, type Fixture } from './fixture.js';

let fx: Fixture | undefined;
let holder: pg.Client | undefined;
afterEach(async () => {
  await holder?.end().catch(() => undefined);
  holder = undefined;
  await fx?.cleanup();
  fx = undefined;
});

describe('lock_timeout and statement_timeout reach the deploy session', () => {
  it('a lock held by another session fails the deploy after lock-timeout instead of hanging', async () => {
    fx = await makeFixture();
    const base = { repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' };
    expect((await runApply(base)).status).toBe('applied');
    fx.addMigration('20240102000000_add_user_nickname', 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n');

    // A long read transaction holds ACCESS SHARE on "User"; ALTER TABLE needs ACCESS EXCLUSIVE.
    holder = new pg.Client({ connectionString: fx.db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT count(*) FROM "User"');

    // The holder only lets go after runApply returns: had the deploy waited for it, this would hang.
    const r = await runApply({ ...base, lockTimeout: '1s' });
    expect(r.status).toBe('failed');
    expect(r.recovery!.failedMigration).toBe('20240102000000_add_user_nickname');
    expect(r.recovery!.error).toMatch(/canceling statement due to lock timeout/);
    expect(r.recovery!.facts.join('\n')).toMatch(/waited longer than lock-timeout \(1s\)/);
    expect(r.recovery!.steps[0]).toMatch(/find the blocking session/);
    expect(r.recovery!.partialChanges).toBe('none');
    const holderStillIn = await holder.query('SELECT now() AS t');
    expect(holderStillIn.rows).toHaveLength(1);
    await holder.query('ROLLBACK');
    const rows = await migrationRows(fx.db);
    expect(rows.at(-1)).toMatchObject({ migration_name: '20240102000000_add_user_nickname', finished_at: null, rolled_back_at: null });
  });

  it('puts both timeouts in the options parameter, after options the URL already had, so the server applies them', async () => {
    fx = await makeFixture();
    const t = parseDatabaseUrl(`${fx.db.url}?options=${encodeURIComponent('-c search_path=public')}`);
    const withT = withSessionTimeouts(t, parseDuration('3s', 'lock-timeout'), parseDuration('2min', 'statement-timeout'));
    expect(new URL(withT.url).searchParams.get('options')).toBe('-c search_path=public -c lock_timeout=3s -c statement_timeout=2min');
    const c = new pg.Client({ connectionString: withT.url });
    await c.connect();
    try {
      const r = await c.query(`SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s`);
      expect(r.rows[0]).toEqual({ l: '3s', s: '2min' });
    } finally {
      await c.end();
    }
  });

  it('rejects a timeout that is not a plain duration (it would inject settings into options)', () => {
    expect(() => parseDuration('5s -c default_transaction_read_only=off', 'lock-timeout')).toThrow(/lock-timeout is "5s -c .*", not a duration/);
    let err: unknown;
    try {
      parseDuration('soon', 'statement-timeout');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).why).toMatch(/expected a whole number with an optional unit/);
    expect((err as UserError).next).toBe('set statement-timeout: 5s');
    expect(parseDuration('0', 'statement-timeout')).toEqual({ pg: '0', ms: 0 });
    expect(parseDuration('250', 'lock-timeout')).toEqual({ pg: '250ms', ms: 250 });
    expect(parseDuration('2min', 'lock-timeout')).toEqual({ pg: '2min', ms: 120_000 });
  });
});
