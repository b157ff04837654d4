import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/create.js';
import { restoreBackup } from '../../src/backup/restore.js';
import { UserError } from '../../src/errors.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';
import { fingerprint, seedDatabase } from './fixtures.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function db(prefix = 'mgf'): Promise<TestDatabase> {
  const d = await createTestDatabase(prefix);
  cleanups.push(() => d.drop());
  return d;
}

function tempDir(): string {
  const t = makeTempDir('backup');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('a pg_dump that fails', () => {
  it('leaves neither a dump nor a manifest, and says what the backup role lacks', async () => {
    const role = `mg_noread_${Date.now().toString(36)}`;
    await adminQuery(`CREATE ROLE ${role} LOGIN`);
    // Registered before the database, so it runs after the database (and the role's grants) is gone.
    cleanups.push(() => adminQuery(`DROP ROLE IF EXISTS ${role}`).then(() => undefined));
    const source = await db();
    await seedDatabase(source, 10);
    // It can connect and see the catalog, but not read "audit log"."who did it".
    await source.query(`GRANT USAGE ON SCHEMA public TO ${role}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}; GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const dir = tempDir();
    const url = new URL(source.url);
    url.username = role;
    const err = (await createBackup({ databaseUrl: url.toString(), environment: 'dev', directory: dir }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('pg_dump of');
    expect(err.message).toContain('permission denied for schema audit log');
    expect(err.next).toContain('pg_read_all_data');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a restore that fails half-way', () => {
  it('rolls back as one transaction: the target is exactly as it was', async () => {
    const source = await db();
    await seedDatabase(source, 30);
    const r = await createBackup({ databaseUrl: source.url, environment: 'staging', directory: tempDir() });

    // The target has a view on "User" that the backup does not know: DROP TABLE "User" fails.
    const target = await db('mgr');
    await target.query(`CREATE TABLE "User" (id int PRIMARY KEY, email text); INSERT INTO "User" VALUES (1, 'kept@example.com');
                        CREATE TABLE other (n int); INSERT INTO other VALUES (7);
                        CREATE VIEW user_emails AS SELECT email FROM "User"`);
    const before = await fingerprint(target);
    const err = (await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: target.url }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('pg_restore into');
    expect(err.message).toContain('other objects depend on it');
    expect(err.why).toContain('rolled back: the target database is unchanged');
    expect(await fingerprint(target)).toEqual(before);
    expect((await target.query(`SELECT count(*)::int AS n FROM pg_views WHERE viewname = 'user_emails'`)).rows[0].n).toBe(1);
  });

  it('a target database that does not exist is named, with how to create it', async () => {
    const source = await db();
    const r = await createBackup({ databaseUrl: source.url, environment: 'dev', directory: tempDir() });
    const err = (await restoreBackup({ backup: r.manifestPath, targetDatabaseUrl: 'postgresql://postgres@127.0.0.1:5432/mg_missing_target' }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('database "mg_missing_target" does not exist');
  });

  it('a backup path that does not exist is a clear error', async () => {
    const err = (await restoreBackup({ backup: '/nonexistent/prod.manifest.json', targetDatabaseUrl: 'postgresql://postgres@127.0.0.1:5432/postgres' }).catch((e: unknown) => e)) as UserError;
    expect(err.message).toBe('backup /nonexistent/prod.manifest.json does not exist');
    expect(err.next).toContain('ls /nonexistent');
  });
});
