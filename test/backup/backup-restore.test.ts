import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create.js';
import { findLatestManifest, readManifest } from '../../src/backup/manifest.js';
import { restoreBackup } from '../../src/backup/restore.js';
import { verifyBackup } from '../../src/backup/verify.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { UserError } from '../../src/errors.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';
import { fingerprint, seedDatabase } from './fixtures.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function db(prefix = 'mgb'): Promise<TestDatabase> {
  const d = await createTestDatabase(prefix);
  cleanups.push(() => d.drop());
  return d;
}

function tempDir(): string {
  const t = makeTempDir('backup');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('createBackup + restoreBackup', () => {
  it('backs up, verifies, and restores into a fresh database with identical content', async () => {
    const source = await db();
    await seedDatabase(source);
    const dir = tempDir();
    const lines: string[] = [];
    const r = await createBackup({ databaseUrl: source.url, environment: 'staging', directory: dir, onProgress: (l) => lines.push(l), progressIntervalMs: 50 });

    // The manifest describes the dump, and the dump is what it says.
    expect(r.manifestPath).toBe(path.join(dir, `${r.manifest.backupId}.manifest.json`));
    expect(readManifest(r.manifestPath)).toEqual(r.manifest);
    expect(r.manifest.backupId).toMatch(new RegExp(`^staging-${source.name}-\\d{8}T\\d{6}Z$`));
    expect(r.manifest).toMatchObject({ version: 1, environment: 'staging', database: source.name, host: '127.0.0.1', port: 5432, serverMajor: 15, verified: true });
    // User, Session, events (partitioned), its two partitions, "audit log"."who did it".
    expect(r.manifest.tableCount).toBe(6);
    expect(r.manifest.sizeBytes).toBe(statSync(r.dumpPath).size);
    expect(r.manifest.latestMigration).toBeNull();
    expect(readFileSync(r.dumpPath).subarray(0, 5).toString()).toBe('PGDMP');
    expect(readdirSync(dir).sort()).toEqual([`${r.manifest.backupId}.dump`, `${r.manifest.backupId}.manifest.json`]);
    expect(await verifyBackup(r.manifestPath, { deep: true })).toEqual({ ok: true, problems: [] });
    expect(lines.some((l) => l.startsWith('verify: pg_restore --list read'))).toBe(true);
    expect(lines.at(-1)).toContain(r.manifest.sha256);
    expect(lines.some((l) => /^dump: finished in .* written/.test(l))).toBe(true);

    const target = await db('mgr');
    const restoreLines: string[] = [];
    const res = await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url, onProgress: (l) => restoreLines.push(l), progressIntervalMs: 50 });
    expect(res.tables).toBe(6);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    // Sequences come back too: the next id continues where the source left off.
    expect((await target.query(`SELECT nextval('"User_id_seq"')::int AS n`)).rows[0].n).toBe(501);
    expect(restoreLines[0]).toContain(`0 existing tables`);
    expect(restoreLines.join('\n')).toContain(`backup ${r.manifest.backupId} of staging/${source.name}`);
    expect(restoreLines.some((l) => /^restore: finished in .* 5\/5 tables/.test(l))).toBe(true);
  });

  it('restores over a database that changed since the backup, and names the tables it leaves', async () => {
    const source = await db();
    await seedDatabase(source, 50);
    const dir = tempDir();
    const r = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: dir });
    const before = await fingerprint(source);
    // After the backup: rows changed, a table added by a "later migration".
    await source.query(`DELETE FROM "Session"; UPDATE "User" SET name = 'changed'; CREATE TABLE "NewThing" (id int)`);
    const lines: string[] = [];
    const res = await restoreBackup({ backup: r.dumpPath, targetDatabaseUrl: source.url, onProgress: (l) => lines.push(l) });
    expect(res.tables).toBe(7);
    const after = await fingerprint(source);
    expect(after['public.NewThing']).toEqual({ rows: 0, md5: 'd41d8cd98f00b204e9800998ecf8427e' });
    delete after['public.NewThing'];
    expect(after).toEqual(before);
    expect(lines.join('\n')).toContain('1 table(s) in the target are not in the backup and will be left as they are: public.NewThing');
  });

  it('names the latest migration applied by the real Prisma CLI', async () => {
    const { makePrismaProject, DATASOURCE } = await import('../helpers/prisma-project.js');
    const { locatePrisma, runPrisma } = await import('../../src/prisma/cli.js');
    const source = await db();
    const project = makePrismaProject({
      schema: `${DATASOURCE}\nmodel User {\n  id Int @id @default(autoincrement())\n  email String @unique\n  name String?\n}\n`,
      migrations: {
        '20240101000000_init': 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n',
        '20240201000000_add_user_name': 'ALTER TABLE "User" ADD COLUMN "name" TEXT;\n',
      },
    });
    cleanups.push(project.cleanup);
    const cli = locatePrisma(project.root);
    const deploy = await runPrisma(cli, ['migrate', 'deploy'], { cwd: project.root, databaseUrl: source.url });
    expect(deploy.code, deploy.stderr + deploy.stdout).toBe(0);

    const dir = tempDir();
    const r = await createBackup({ databaseUrl: `${source.url}?schema=public`, environment: 'prod', directory: dir });
    expect(r.manifest.latestMigration).toBe('20240201000000_add_user_name');
    expect(r.manifest.tableCount).toBe(2); // User and _prisma_migrations
    expect(findLatestManifest(dir, source.name)?.backupId).toBe(r.manifest.backupId);
  });

  it('reads the latest migration from a _prisma_migrations row written as Prisma writes it, ignoring rolled-back and failed ones', async () => {
    const source = await db();
    await source.query(`CREATE TABLE "_prisma_migrations" (
      id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL,
      logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`);
    await source.query(`INSERT INTO "_prisma_migrations" VALUES
      ('a', repeat('0', 64), '2024-01-01', '20240101000000_init', NULL, NULL, '2024-01-01', 1),
      ('b', repeat('1', 64), '2024-02-01', '20240201000000_add_profile', NULL, NULL, '2024-02-01', 1),
      ('c', repeat('2', 64), '2024-03-01', '20240301000000_bad_idea', NULL, '2024-03-02', '2024-03-01', 0),
      ('d', repeat('3', 64), NULL, '20240401000000_failed', 'boom', NULL, '2024-04-01', 0)`);
    const r = await createBackup({ databaseUrl: source.url, environment: 'staging', directory: tempDir() });
    expect(r.manifest.latestMigration).toBe('20240201000000_add_profile');
  });

  it('gives two backups in the same second distinct ids, and finds the newest per database', async () => {
    const a = await db();
    const b = await db();
    const dir = tempDir();
    const first = await createBackup({ databaseUrl: a.url, environment: 'dev', directory: dir, verify: false });
    const second = await createBackup({ databaseUrl: a.url, environment: 'dev', directory: dir, verify: false });
    const other = await createBackup({ databaseUrl: b.url, environment: 'dev', directory: dir, verify: false });
    expect(new Set([first.manifest.backupId, second.manifest.backupId]).size).toBe(2);
    expect(first.manifest.verified).toBe(false);
    expect(findLatestManifest(dir, a.name)?.backupId).toBe(second.manifest.backupId);
    expect(findLatestManifest(dir, b.name)?.backupId).toBe(other.manifest.backupId);
    expect(findLatestManifest(dir, 'nope')).toBeUndefined();
    expect(findLatestManifest(path.join(dir, 'missing'), a.name)).toBeUndefined();
  });
});

describe('a damaged backup', () => {
  it('a truncated dump fails verification, and restore refuses it before touching the target', async () => {
    const source = await db();
    await seedDatabase(source, 200);
    const r = await createBackup({ databaseUrl: source.url, environment: 'staging', directory: tempDir() });
    truncateSync(r.dumpPath, Math.floor(r.manifest.sizeBytes / 2));

    const v = await verifyBackup(r.manifestPath);
    expect(v.ok).toBe(false);
    expect(v.problems.join('\n')).toContain('truncated');
    expect(v.problems.join('\n')).toContain('SHA-256');

    const target = await db('mgr');
    await target.query(`CREATE TABLE keep_me (id int); INSERT INTO keep_me VALUES (1), (2)`);
    const before = await fingerprint(target);
    const lines: string[] = [];
    const err = (await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url, onProgress: (l) => lines.push(l) }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('failed its integrity check');
    expect(err.why).toContain('the target was not touched');
    expect(err.exitCode).toBe(1);
    expect(lines).toEqual([]);
    expect(await fingerprint(target)).toEqual(before);
  });

  it('a dump with a flipped byte (same size) fails on its SHA-256', async () => {
    const source = await db();
    await seedDatabase(source, 20);
    const r = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: tempDir() });
    const buf = readFileSync(r.dumpPath);
    buf[buf.length - 10] = buf[buf.length - 10]! ^ 0xff;
    writeFileSync(r.dumpPath, buf);
    const v = await verifyBackup(r.manifestPath, { deep: true });
    expect(v.ok).toBe(false);
    expect(v.problems).toHaveLength(1);
    expect(v.problems[0]).toContain('corrupt or replaced');
  });

  it('a missing dump and an invalid manifest are reported, not thrown', async () => {
    const source = await db();
    const dir = tempDir();
    const r = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: dir });
    const bad = path.join(dir, 'bad.manifest.json');
    writeFileSync(bad, JSON.stringify({ ...r.manifest, sha256: 'xyz', file: '../../etc/passwd' }));
    const v1 = await verifyBackup(bad);
    expect(v1.ok).toBe(false);
    expect(v1.problems[0]).toContain('sha256: must be 64 lowercase hex digits');
    expect(v1.problems[0]).toContain("file: must be a file name in the manifest's folder");
    writeFileSync(bad, '{ "version": 1, ');
    expect((await verifyBackup(bad)).problems[0]).toContain('is not valid JSON');
    const { rmSync } = await import('node:fs');
    rmSync(r.dumpPath);
    expect((await verifyBackup(r.manifestPath)).problems[0]).toContain('does not exist');
    expect(existsSync(r.manifestPath)).toBe(true);
  });

  it('a dump without a manifest needs its checksum, and a wrong one is refused', async () => {
    const source = await db();
    const dir = tempDir();
    const r = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: dir });
    const { renameSync } = await import('node:fs');
    const loose = path.join(dir, 'handmade.dump');
    renameSync(r.dumpPath, loose);
    const target = await db('mgr');
    const e1 = (await restoreBackup({ backup: loose, targetDatabaseUrl: target.url }).catch((e: unknown) => e)) as UserError;
    expect(e1.message).toContain('has no manifest');
    expect(e1.next).toContain('--sha256');
    const e2 = (await restoreBackup({ backup: loose, targetDatabaseUrl: target.url, sha256: 'ab'.repeat(32) }).catch((e: unknown) => e)) as UserError;
    expect(e2.message).toContain('not the expected');
    const ok = await restoreBackup({ backup: loose, targetDatabaseUrl: target.url, sha256: r.manifest.sha256 });
    expect(ok.tables).toBe(0);
  });
});

describe('production guard', () => {
  it('refuses a production target without the database name typed back, and accepts it with it', async () => {
    const source = await db();
    await seedDatabase(source, 10);
    const r = await createBackup({ databaseUrl: source.url, environment: 'prod', directory: tempDir() });
    const target = await db('mgp');
    await target.query('CREATE TABLE live (id int)');
    const config = defaultConfig();
    config.environments.find((e) => e.production)!.database = target.name;

    const e1 = (await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url, config }).catch((e: unknown) => e)) as UserError;
    expect(e1).toBeInstanceOf(UserError);
    expect(e1.message).toBe(`refusing to restore into production database ${target.name} without confirmation`);
    expect(e1.why).toContain(`production environment "prod"`);
    expect(e1.next).toBe(`type the database name back: --confirm ${target.name}`);

    const e2 = (await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url, config, confirm: 'girok_user' }).catch((e: unknown) => e)) as UserError;
    expect(e2.message).toContain(`confirmation "girok_user" does not match`);

    // --production forces the guard even when the config does not know the database.
    const e3 = (await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url, production: true }).catch((e: unknown) => e)) as UserError;
    expect(e3.message).toContain('refusing to restore into production');
    expect((await target.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n).toBe(1);

    const ok = await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url, config, confirm: target.name });
    expect(ok.tables).toBe(7); // the backup's six, plus "live", left as it was
    expect(await fingerprint(target)).toMatchObject(await fingerprint(source));
  });
});

describe('unreachable database', () => {
  it('fails with a clear error that never shows the password', async () => {
    const password = 'Sup3r-s3cret!pw';
    const url = `postgresql://app:${encodeURIComponent(password)}@127.0.0.1:1/girok_user?schema=public`;
    const dir = tempDir();
    const err = (await createBackup({ databaseUrl: url, environment: 'prod', directory: dir }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    const text = err.describe();
    expect(text).toContain('cannot connect to app@127.0.0.1:1/girok_user');
    expect(text).toContain('Next:');
    expect(text).not.toContain(password);
    expect(text).not.toContain(encodeURIComponent(password));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a database that does not exist is named', async () => {
    const err = (await createBackup({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/no_such_db_mg', environment: 'dev', directory: tempDir() }).catch((e: unknown) => e)) as UserError;
    expect(err.message).toContain('database "no_such_db_mg" does not exist');
  });
});
