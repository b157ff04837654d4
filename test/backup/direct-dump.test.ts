import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create.js';
import { UserError } from '../../src/errors.js';
import { findClientTools } from '../../src/postgres/client-tools.js';
import { readArchiveToc, runPgDump } from '../../src/postgres/dump.js';
import { parseDatabaseUrl } from '../../src/postgres/url.js';
import { run } from '../../src/process/run.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';
import { seedDatabase } from './fixtures.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function db(): Promise<TestDatabase> {
  const d = await createTestDatabase('mgd');
  cleanups.push(() => d.drop());
  return d;
}

function tempDir(): string {
  const t = makeTempDir('direct-dump');
  cleanups.push(t.cleanup);
  return t.dir;
}

/**
 * A bin folder whose pg_dump records its arguments, then runs the real pg_dump with them (the
 * dump itself is real); pg_restore is the real one.
 */
async function recordingTools(): Promise<{ bin: string; argsLog: string }> {
  const real = await findClientTools(15);
  const bin = path.join(tempDir(), 'bin');
  mkdirSync(bin);
  const argsLog = path.join(bin, 'args.log');
  writeFileSync(path.join(bin, 'pg_dump'), `#!/bin/sh\nprintf '%s\\n' "$@" >> '${argsLog}'\nexec '${real.pgDump}' "$@"\n`);
  chmodSync(path.join(bin, 'pg_dump'), 0o755);
  symlinkSync(real.pgRestore, path.join(bin, 'pg_restore'));
  return { bin, argsLog };
}

describe('backup: pg_dump writes the file itself', () => {
  it('dumps with --file in the exported snapshot the catalog check read, and the archive is seekable', async () => {
    const source = await db();
    await seedDatabase(source, 20);
    const { bin, argsLog } = await recordingTools();
    const dir = tempDir();
    const r = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: dir, searchPath: [bin] });

    const args = readFileSync(argsLog, 'utf8').split('\n').filter((a) => a !== '--version');
    expect(args).toContain('--format=custom');
    expect(args.filter((a) => a.startsWith(`--file=${path.resolve(dir)}/.`) && a.endsWith('.dump.partial'))).toHaveLength(1);
    expect(args.filter((a) => /^--snapshot=[0-9A-F]+-[0-9A-F]+-\d+$/.test(a))).toHaveLength(1);
    expect(r.manifest.verified).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([`${r.manifest.backupId}.dump`, `${r.manifest.backupId}.manifest.json`]);

    // A file pg_dump could seek in carries each table's data offset: pg_restore can run in parallel.
    const into = await db();
    const tools = await findClientTools(15);
    const restore = await run(tools.pgRestore, ['--jobs=2', '--no-owner', `--dbname=${into.url}`, r.dumpPath]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const toc = await readArchiveToc(r.dumpPath, tools);
    expect(toc.header['Format']).toBe('CUSTOM');
    expect((await into.query('SELECT count(*)::int AS n FROM "User"')).rows[0].n).toBe((await source.query('SELECT count(*)::int AS n FROM "User"')).rows[0].n);
  });

  it('says the dump could not be written, and leaves nothing behind, when the output path is unusable', async () => {
    const source = await db();
    const dir = tempDir();
    const blocked = path.join(dir, 'is-a-directory');
    mkdirSync(blocked);
    const err = await runPgDump({ target: parseDatabaseUrl(source.url), file: blocked, tools: await findClientTools(15) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^pg_dump of .* could not be written to disk: pg_dump: error: could not open output file/);
    expect((err as UserError).next).toMatch(/free disk space or choose another directory/);
  });
});

describe('backup CLI: pg_dump starts before the config loads', () => {
  it('a malformed config stops the running pg_dump and leaves no file behind', async () => {
    const source = await db();
    await seedDatabase(source, 20);
    const repo = tempDir();
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(path.join(repo, '.github', 'migration-gates.yml'), 'backup:\n  retention-days: soon\n');
    const dir = path.join(repo, 'backups');
    const { backupCommand } = await import('../../src/cli/commands/backup.js');
    const err = await backupCommand
      .run({ values: { 'database-url': source.url, directory: dir, environment: 'dev', format: 'json' }, positionals: [], cwd: repo })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/retention-days/);
    // The directory was created for the dump; the partial dump is gone.
    expect(readdirSync(dir)).toEqual([]);
    const dumps = await source.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'migration-gates-dump-%'`);
    expect(dumps.rows[0].n).toBe(0);
  });
});
