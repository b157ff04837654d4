import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';

// Built by: node scripts/build.mjs cli (the CLI is cancelled as a terminal or a cancelled job cancels it).
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function db(): Promise<TestDatabase> {
  const d = await createTestDatabase('mgcancel');
  cleanups.push(d.drop);
  await d.query('CREATE TABLE accounts (id int PRIMARY KEY, note text); INSERT INTO accounts SELECT g, md5(g::text) FROM generate_series(1, 100) g');
  return d;
}

/** A session holding ACCESS EXCLUSIVE on accounts: pg_dump and pg_restore wait on it for as long as the test likes. */
async function lockAccounts(d: TestDatabase): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: d.url });
  c.on('error', () => undefined);
  await c.connect();
  await c.query('BEGIN');
  await c.query('LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE');
  cleanups.push(() => c.end().catch(() => undefined));
  return c;
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Client-tool sessions (pg_dump, pg_restore) still connected to the database; `waiting`: only those queued on a lock. */
async function toolSessions(database: string, waiting = false): Promise<string[]> {
  const r = await adminQuery(
    `SELECT application_name FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'migration-gates-%' AND pid <> pg_backend_pid()${waiting ? ` AND wait_event_type = 'Lock'` : ''}`,
    [database],
  );
  return r.rows.map((x: { application_name: string }) => x.application_name).filter((n) => n.startsWith('migration-gates-dump') || n === 'migration-gates-restore');
}

function cli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const done = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return { child, done, stderr: () => err };
}

describe('cancelling a backup or a restore (issue 13, item 12)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} to a backup stops pg_dump, waits for it, and leaves no .partial file`, async () => {
      expect(existsSync(CLI), 'run: node scripts/build.mjs cli').toBe(true);
      const source = await db();
      await lockAccounts(source);
      const repo = makeTempDir('cancel');
      cleanups.push(repo.cleanup);
      const dir = path.join(repo.dir, 'backups');
      const run = cli(['backup', '--database-url', source.url, '--environment', 'dev', '--directory', dir], repo.dir);
      cleanups.push(() => void run.child.kill('SIGKILL'));
      // pg_dump is connected and waiting for its lock, its partial file open.
      await waitFor('pg_dump to start', async () => (await toolSessions(source.name, true)).length > 0 && existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.partial')));
      run.child.kill(signal);
      const code = await run.done;
      expect(code, run.stderr()).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(run.stderr()).toContain(`${signal} received`);
      expect(readdirSync(dir)).toEqual([]);
      expect(await toolSessions(source.name)).toEqual([]);
    }, 60_000);
  }

  it('SIGTERM to a restore stops pg_restore and waits for it; the target is left as it was', async () => {
    const source = await db();
    const backups = makeTempDir('cancel-restore');
    cleanups.push(backups.cleanup);
    const b = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: backups.dir });
    const target = await db();
    await target.query(`UPDATE accounts SET note = 'target' WHERE id = 1`);
    const holder = await lockAccounts(target);
    mkdirSync(path.join(backups.dir, '.github'));
    writeFileSync(path.join(backups.dir, '.github', 'migration-gates.yml'), 'version: 1\n');
    const run = cli(['restore', '--backup', b.manifestPath, '--target-database-url', target.url], backups.dir);
    cleanups.push(() => void run.child.kill('SIGKILL'));
    await waitFor('pg_restore to wait for its lock', async () => (await toolSessions(target.name, true)).includes('migration-gates-restore'));
    run.child.kill('SIGTERM');
    expect(await run.done, run.stderr()).toBe(143);
    expect(await toolSessions(target.name)).toEqual([]);
    await holder.query('ROLLBACK'); // release the lock: the target's data is untouched
    expect((await target.query(`SELECT note FROM accounts WHERE id = 1`)).rows[0].note).toBe('target');
  }, 60_000);
});
