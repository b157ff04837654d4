import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { openReplayer, type Replayer } from '../../../src/lint/replay/index.js';
import { ADMIN_URL, adminQuery } from '../../helpers/pg.js';

const HISTORY = [
  {
    name: '20240101000000_init',
    sql: `CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" VARCHAR(10) NOT NULL, "n" INTEGER, "role" "Role" NOT NULL DEFAULT 'USER', CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER NOT NULL);
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
INSERT INTO "User" ("email", "n") VALUES ('a@x.io', 1);
`,
  },
  { name: '20240102000000_ext', sql: 'CREATE EXTENSION IF NOT EXISTS "migration_gates_no_such_ext";\nCREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY);\n' },
];

async function scratchDatabases(): Promise<string[]> {
  const r = await adminQuery("SELECT datname FROM pg_database WHERE datname LIKE 'migration\\_gates\\_replay\\_%'");
  return r.rows.map((x: { datname: string }) => x.datname);
}

describe('shadow-database engine (real PostgreSQL)', () => {
  let r: Replayer;
  let before: string[];
  const log: string[] = [];
  // trust auth ignores it; it must still never be printed.
  const password = `pw-${randomBytes(6).toString('hex')}`;
  const url = ADMIN_URL.replace('postgresql://postgres@', `postgresql://postgres:${password}@`);

  beforeAll(async () => {
    before = await scratchDatabases();
    r = await openReplayer({ history: HISTORY, shadowDatabaseUrl: url, cacheDir: '/nonexistent/not-used', onProgress: (l) => log.push(l) });
  });
  afterAll(async () => {
    await r?.close();
  });

  test('replays in a scratch database on the server, with the same facts', async () => {
    expect([r.engine, r.cache, r.replayed]).toEqual(['postgres', 'off', 2]);
    expect(Number.parseInt(r.serverVersion, 10)).toBeGreaterThanOrEqual(13);
    const created = (await scratchDatabases()).filter((d) => !before.includes(d));
    expect(created).toHaveLength(1);
    expect(log[0]).toBe(`replay: using the scratch database ${created[0]} on postgres@127.0.0.1:5432/postgres (PostgreSQL ${r.serverVersion})`);
    const f = await r.facts();
    expect(f.table('User')!.columns.map((c) => [c.name, c.type, c.notNull])).toEqual([
      ['id', 'integer', true],
      ['email', 'character varying(10)', true],
      ['n', 'integer', false],
      ['role', '"Role"', true],
    ]);
    expect(f.table('User')!.indexes.find((i) => i.name === 'User_email_key')).toMatchObject({ unique: true, columns: ['email'] });
    expect(f.table('Post')!.constraints.find((c) => c.type === 'f')).toMatchObject({ refTable: 'public.User', refColumns: ['id'], validated: true });
    expect(f.enums.get('public.Role')).toEqual(['USER', 'ADMIN']);
    expect(f.table('Tag')).toBeDefined();
  });

  test('an extension the server lacks is unsupported, and the history goes on', () => {
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({ migration: '20240102000000_ext', statement: 0, kind: 'unsupported' });
    expect(r.skipped[0]!.reason).toContain('the shadow server postgres@127.0.0.1:5432/postgres cannot create extension "migration_gates_no_such_ext"');
    expect(r.skipped[0]!.reason).toContain('install it on the shadow server');
  });

  test('traces locks and rewrites on the real server', async () => {
    const t = await r.trace('20240201000000_change', [
      { sql: 'CREATE INDEX "User_n_idx" ON "User"("n")', line: 1 },
      { sql: 'ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(20)', line: 2 },
      { sql: 'ALTER TABLE "Post" ALTER COLUMN "authorId" SET DATA TYPE BIGINT', line: 3 },
      { sql: 'CREATE INDEX CONCURRENTLY "Post_authorId_idx" ON "Post"("authorId")', line: 4 },
    ]);
    expect(t.ok).toBe(true);
    expect(t.statements[0]!.locks).toEqual([{ table: 'public.User', mode: 'ShareLock' }]);
    expect(t.statements[1]).toMatchObject({ rewritten: [], locks: [{ table: 'public.User', mode: 'AccessExclusiveLock' }] });
    expect(t.statements[2]!.rewritten).toEqual(['public.Post']);
    expect(t.statements[3]!.traced).toBe(false);
    expect(t.after.table('Post')!.indexes.find((i) => i.name === 'Post_authorId_idx')!.valid).toBe(true);
  });

  test('a failing statement and a missing role (roles are per server: unsupported, not created)', async () => {
    const t = await r.trace('20240202000000_bad', [
      { sql: 'GRANT SELECT ON "User" TO "migration_gates_no_such_role"', line: 1 },
      { sql: 'ALTER TABLE "User" ALTER COLUMN "n" SET NOT NULL', line: 2 },
      { sql: 'ALTER TABLE "User" ADD COLUMN "x" INTEGER NOT NULL', line: 3 },
    ]);
    expect(t.statements[0]!.unsupported).toContain('role "migration_gates_no_such_role" does not exist on the shadow server');
    expect(t.statements[1]!.locks).toEqual([{ table: 'public.User', mode: 'AccessExclusiveLock' }]);
    // The table has a row: a NOT NULL column without a default fails, as in production.
    expect(t.statements[2]!.error).toEqual({ message: 'column "x" of relation "User" contains null values', code: '23502' });
    expect(t.ok).toBe(false);
    const roles = await adminQuery("SELECT 1 FROM pg_roles WHERE rolname = 'migration_gates_no_such_role'");
    expect(roles.rowCount).toBe(0);
  });

  test('close() drops the scratch database; nothing printed the password', async () => {
    await r.close();
    expect((await scratchDatabases()).filter((d) => !before.includes(d))).toEqual([]);
    expect(log.join('\n')).not.toContain(password);
    await expect(r.facts()).rejects.toThrow('the replayer is closed');
  });
});

describe('shadow-database engine: bad input', () => {
  test('a URL that is not PostgreSQL', async () => {
    const err = await openReplayer({ history: [], shadowDatabaseUrl: 'mysql://root@127.0.0.1/app' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('shadow-database-url uses the scheme "mysql", not postgresql');
  });

  test('an unreachable server', async () => {
    const err = await openReplayer({ history: [], shadowDatabaseUrl: 'postgresql://postgres:s3cret-pw@127.0.0.1:1/postgres' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).describe()).toMatch(/^cannot connect to postgres@127\.0\.0\.1:1\/postgres: .*\nWhy: .*\nNext: /);
    expect((err as UserError).describe()).not.toContain('s3cret-pw');
  });

  test('a user without CREATEDB gets the grant to run next', async () => {
    const role = `mgt_nocreatedb_${randomBytes(3).toString('hex')}`;
    await adminQuery(`CREATE ROLE "${role}" LOGIN NOCREATEDB`);
    try {
      const url = ADMIN_URL.replace('postgresql://postgres@', `postgresql://${role}@`);
      const err = await openReplayer({ history: [], shadowDatabaseUrl: url }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      const e = err as UserError;
      expect(e.message).toBe(`cannot create a scratch database on the shadow server ${role}@127.0.0.1:5432/postgres: permission denied to create database`);
      expect(e.next).toBe(`grant it (ALTER ROLE "${role}" CREATEDB), or omit shadow-database-url to replay in the embedded PostgreSQL`);
    } finally {
      await adminQuery(`DROP ROLE "${role}"`);
    }
  });
});
