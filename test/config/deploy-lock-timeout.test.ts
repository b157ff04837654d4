import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runApply } from '../../src/apply/run.js';
import { parseConfig } from '../../src/config/load.js';
import { makeFixture, type Fixture } from '../apply/fixture.js';

describe('deploy.lock-timeout: one value for apply and lint', () => {
  it('defaults to 5s; a duration, 0, off or false set it; anything else is a configuration error', () => {
    expect(parseConfig('version: 1\n', 'cfg.yml', '/repo').deploy.lockTimeout).toBe('5s');
    expect(parseConfig('deploy:\n  lock-timeout: 2s\n', 'cfg.yml', '/repo').deploy.lockTimeout).toBe('2s');
    expect(parseConfig('deploy:\n  lock-timeout: off\n', 'cfg.yml', '/repo').deploy.lockTimeout).toBe('0');
    expect(parseConfig('deploy:\n  lock-timeout: 0\n', 'cfg.yml', '/repo').deploy.lockTimeout).toBe('0');
    expect(parseConfig('deploy:\n  lock-timeout: false\n', 'cfg.yml', '/repo').deploy.lockTimeout).toBe('0');
    expect(() => parseConfig('deploy:\n  lock-timeout: 5s -c x=1\n', 'cfg.yml', '/repo')).toThrow(/deploy.*lock-timeout/s);
  });
});

let fx: Fixture | undefined;
let holder: pg.Client | undefined;
afterEach(async () => {
  await holder?.end().catch(() => undefined);
  holder = undefined;
  await fx?.cleanup();
  fx = undefined;
});

describe('apply-migration reads deploy.lock-timeout when its input is not given', () => {
  it('a lock held by another session fails the deploy after the configured timeout', async () => {
    fx = await makeFixture();
    fx.config.deploy.lockTimeout = '1s';
    const base = { repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' };
    expect((await runApply(base)).status).toBe('applied');
    fx.addMigration('20240102000000_add_user_nickname', 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n');
    holder = new pg.Client({ connectionString: fx.db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT count(*) FROM "User"');
    const r = await runApply(base);
    expect(r.status).toBe('failed');
    expect(r.recovery!.error).toMatch(/canceling statement due to lock timeout/);
    expect(r.recovery!.facts.join('\n')).toMatch(/\(1s\)/);
    await holder.query('ROLLBACK');
  });
});
