import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminQuery, createTestDatabase } from '../helpers/pg.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';
import { databasesLike, dropFamily } from './fixture.js';

// Built by: node scripts/build.mjs cli
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** pg_dump / pg_restore sessions (libpq tools report their program name) on the given databases. */
async function toolSessions(databases: string[]): Promise<string[]> {
  const r = await adminQuery(`SELECT application_name FROM pg_stat_activity WHERE datname = ANY($1) AND application_name IN ('pg_dump', 'pg_restore') AND state = 'active'`, [databases]);
  return r.rows.map((x: { application_name: string }) => x.application_name);
}

describe('cancelling a sync (issue 13, item 12)', () => {
  it("SIGTERM forwards to the pipe's pg_dump and pg_restore, waits for them, and leaves staging as it was", async () => {
    expect(existsSync(CLI), 'run: node scripts/build.mjs cli').toBe(true);
    const prod = await createTestDatabase('mgs_prod');
    cleanups.push(prod.drop);
    const stg = await createTestDatabase('mgs_stg');
    cleanups.push(() => dropFamily(stg.name));
    // A CHECK that sleeps 50 ms a row: pg_restore's COPY into the copy takes seconds, long enough to cancel it.
    await prod.query(`CREATE FUNCTION slow_ok(int) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.05); RETURN true; END $$;
      CREATE TABLE accounts (id int PRIMARY KEY, note text);
      INSERT INTO accounts SELECT g, md5(g::text) FROM generate_series(1, 300) g;`);
    // Added valid (not NOT VALID), so pg_dump puts it in CREATE TABLE and the restore's COPY runs it per row.
    await prod.query(`ALTER TABLE accounts ADD CONSTRAINT accounts_id_check CHECK (slow_ok(id))`);
    await stg.query(`CREATE TABLE accounts (id int PRIMARY KEY, note text); INSERT INTO accounts VALUES (1, 'staging')`);

    const repo = makeTempDir('sync-cancel');
    cleanups.push(repo.cleanup);
    // No personal columns here: an empty rule set (the guide's defaults would look for users).
    mkdirSync(path.join(repo.dir, '.github'));
    writeFileSync(path.join(repo.dir, '.github', 'migration-gates.yml'), 'version: 1\nsync:\n  masking: {}\n');
    const child = spawn(process.execPath, [CLI, 'sync', '--source-database-url', prod.url, '--target-database-url', stg.url, '--no-backup'], { cwd: repo.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const done = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    cleanups.push(() => void child.kill('SIGKILL'));
    const until = Date.now() + 30_000;
    for (;;) {
      const copies = (await databasesLike(stg.name)).filter((d) => d !== stg.name);
      if (copies.length && (await toolSessions(copies)).includes('pg_restore')) break;
      if (Date.now() > until) throw new Error(`pg_restore never started:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGTERM');
    expect(await done, stderr).toBe(143);
    expect(stderr).toContain('SIGTERM received');
    const family = await databasesLike(stg.name);
    expect(await toolSessions([prod.name, ...family])).toEqual([]);
    expect((await stg.query('SELECT note FROM accounts')).rows).toEqual([{ note: 'staging' }]);
  }, 90_000);
});
