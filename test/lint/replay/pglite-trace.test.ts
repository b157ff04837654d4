import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openReplayer, type MigrationTrace, type Replayer, type ReplayStatement } from '../../../src/lint/replay/index.js';

/** Statements one per line, as the lint engine hands them over (line = 1-based start). */
function stmts(...sql: string[]): ReplayStatement[] {
  return sql.map((s, i) => ({ sql: s, line: i + 1 }));
}

const lock = (t: MigrationTrace, i: number, table: string) => t.statements[i]!.locks.find((l) => l.table === table)?.mode;

// A Prisma-shaped history: quoted identifiers, an enum, a relation, unique and plain indexes.
const HISTORY = [
  {
    name: '20240101000000_init',
    sql: `-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(10) NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "age" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`,
  },
  {
    name: '20240102000000_more',
    sql: `CREATE TABLE "Audit" ("id" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "n" INTEGER, "label" VARCHAR(10), "twice" INTEGER GENERATED ALWAYS AS ("n" * 2) STORED);
CREATE INDEX "Audit_lower_idx" ON "Audit"(lower("label")) WHERE "n" > 0;
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_n_check" CHECK ("n" >= 0) NOT VALID;
CREATE SCHEMA "billing";
CREATE TABLE "billing"."Invoice" ("id" INTEGER PRIMARY KEY, "userId" INTEGER REFERENCES "User"("id"));
ALTER TYPE "Role" ADD VALUE 'OWNER';
INSERT INTO "User" ("email", "age") VALUES ('a@x.io', 30), ('b@x.io', 40);
INSERT INTO "Audit" ("n", "label") VALUES (1, 'one'), (2, 'two');
CREATE TABLE "Locked1" ("id" INTEGER, "n" INTEGER);
CREATE TABLE "Locked2" ("id" INTEGER, "n" INTEGER, "v" VARCHAR(10));
`,
  },
  // A grant to a role that exists on the real servers only: the replay creates it.
  { name: '20240103000000_grant', sql: 'GRANT SELECT ON "User" TO "app_reader";\nALTER TABLE "Post" OWNER TO app_owner;\n' },
];

describe('PGlite replay: facts and trace', () => {
  let r: Replayer;
  const progress: string[] = [];

  beforeAll(async () => {
    r = await openReplayer({ history: HISTORY, onProgress: (l) => progress.push(l) });
  });
  afterAll(async () => {
    await r?.close();
  });

  test('replays the history in the embedded PostgreSQL and reports a final progress line', () => {
    expect(r.engine).toBe('pglite');
    expect(r.cache).toBe('off');
    expect(r.replayed).toBe(3);
    expect(r.serverVersion).toMatch(/^18\./);
    expect(r.skipped).toEqual([]);
    expect(progress.at(-1)).toMatch(/^replay: replayed 3 migrations in [\d.]+ s \([\d.]+\/s\)$/);
  });

  test('facts: tables, columns with format_type, identity and generated columns', async () => {
    const f = await r.facts();
    expect([...f.tables.keys()].sort()).toEqual(['billing.Invoice', 'public.Audit', 'public.Locked1', 'public.Locked2', 'public.Post', 'public.User']);
    const user = f.table('User')!;
    expect(user.schema).toBe('public');
    expect(user.relfilenode).toBeGreaterThan(0);
    expect(user.columns.map((c) => [c.name, c.type, c.notNull])).toEqual([
      ['id', 'integer', true],
      ['email', 'character varying(10)', true],
      ['role', '"Role"', true],
      ['age', 'integer', false],
      ['createdAt', 'timestamp(3) without time zone', true],
    ]);
    expect(user.columns.find((c) => c.name === 'role')!.default).toBe(`'USER'::"Role"`);
    expect(user.columns.find((c) => c.name === 'id')!.default).toBe(`nextval('"User_id_seq"'::regclass)`);
    expect(user.columns.find((c) => c.name === 'age')!.default).toBeUndefined();
    const audit = f.table('Audit', 'public')!;
    expect(audit.columns.find((c) => c.name === 'id')!.identity).toBe('always');
    expect(audit.columns.find((c) => c.name === 'twice')).toMatchObject({ generated: 'stored', default: '(n * 2)' });
    expect(f.table('Invoice')).toBeUndefined();
    expect(f.table('Invoice', 'billing')!.columns.map((c) => c.name)).toEqual(['id', 'userId']);
  });

  test('facts: indexes (unique, primary, partial, expression) and constraints (pk, fk, check NOT VALID)', async () => {
    const f = await r.facts();
    const user = f.table('User')!;
    expect(user.indexes.find((i) => i.name === 'User_email_key')).toMatchObject({ columns: ['email'], unique: true, primary: false, valid: true, partial: false, method: 'btree' });
    expect(user.indexes.find((i) => i.name === 'User_pkey')).toMatchObject({ columns: ['id'], unique: true, primary: true });
    const idx = f.table('Audit')!.indexes.find((i) => i.name === 'Audit_lower_idx')!;
    expect(idx).toMatchObject({ columns: [null], partial: true, unique: false });
    expect(idx.definition).toContain('lower((label)::text)');
    const fk = f.table('Post')!.constraints.find((c) => c.name === 'Post_authorId_fkey')!;
    expect(fk).toMatchObject({ type: 'f', columns: ['authorId'], validated: true, refTable: 'public.User', refColumns: ['id'] });
    expect(fk.definition).toBe('FOREIGN KEY ("authorId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE RESTRICT');
    expect(f.table('Invoice', 'billing')!.constraints.find((c) => c.type === 'f')).toMatchObject({ refTable: 'public.User', refColumns: ['id'] });
    expect(f.table('Audit')!.constraints.find((c) => c.name === 'Audit_n_check')).toMatchObject({ type: 'c', validated: false, definition: 'CHECK ((n >= 0)) NOT VALID' });
    expect(user.constraints.find((c) => c.type === 'p')).toMatchObject({ name: 'User_pkey', columns: ['id'] });
  });

  test('facts: enums with their labels in order', async () => {
    const f = await r.facts();
    expect(f.enums.get('public.Role')).toEqual(['USER', 'ADMIN', 'OWNER']);
  });

  test('pre-existing tables versus tables the migration creates', async () => {
    const t = await r.trace('20240201000000_new_table', stmts(
      'CREATE TABLE "Comment" ("id" SERIAL PRIMARY KEY, "postId" INTEGER NOT NULL)',
      'CREATE INDEX "Comment_postId_idx" ON "Comment"("postId")',
      'ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id")',
    ));
    expect(t.ok).toBe(true);
    expect(t.preExisting.has('public.Post')).toBe(true);
    expect(t.preExisting.has('public.Comment')).toBe(false);
    expect(t.before.table('Comment')).toBeUndefined();
    expect(t.after.table('Comment')!.indexes.map((i) => i.name).sort()).toEqual(['Comment_pkey', 'Comment_postId_idx']);
    // Locks are reported for pre-existing tables only: the new table's own locks are not.
    expect(t.statements[0]!.locks).toEqual([]);
    expect(t.statements[1]!.locks).toEqual([]);
    expect(t.statements[2]!.locks).toEqual([{ table: 'public.Post', mode: 'ShareRowExclusiveLock' }]);
    // Committed: the next migration sees it as pre-existing.
    expect((await r.facts()).table('Comment')).toBeDefined();
  });

  test('CREATE INDEX takes a SHARE lock and rewrites nothing', async () => {
    const t = await r.trace('m_index', stmts('CREATE INDEX "User_age_idx" ON "User"("age")'));
    expect(t.statements[0]).toMatchObject({ index: 0, traced: true, rewritten: [], locks: [{ table: 'public.User', mode: 'ShareLock' }] });
    expect(t.after.table('User')!.indexes.some((i) => i.name === 'User_age_idx')).toBe(true);
  });

  test('ADD COLUMN with a volatile default rewrites the table; a constant default does not', async () => {
    const t = await r.trace('m_defaults', stmts(
      'ALTER TABLE "User" ADD COLUMN "score" INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE "Audit" ADD COLUMN "token" DOUBLE PRECISION NOT NULL DEFAULT random()',
    ));
    expect(t.ok).toBe(true);
    expect(t.statements[0]!.rewritten).toEqual([]);
    expect(lock(t, 0, 'public.User')).toBe('AccessExclusiveLock');
    expect(t.statements[1]!.rewritten).toEqual(['public.Audit']);
    expect(lock(t, 1, 'public.Audit')).toBe('AccessExclusiveLock');
    expect(t.after.table('Audit')!.relfilenode).not.toBe(t.before.table('Audit')!.relfilenode);
    expect(t.after.table('User')!.relfilenode).toBe(t.before.table('User')!.relfilenode);
  });

  test('SET NOT NULL takes ACCESS EXCLUSIVE without a rewrite', async () => {
    const t = await r.trace('m_not_null', stmts('ALTER TABLE "User" ALTER COLUMN "age" SET NOT NULL'));
    expect(t.statements[0]).toMatchObject({ locks: [{ table: 'public.User', mode: 'AccessExclusiveLock' }], rewritten: [] });
    expect(t.after.table('User')!.columns.find((c) => c.name === 'age')!.notNull).toBe(true);
  });

  test('ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT with its weaker lock', async () => {
    const t = await r.trace('m_not_valid', stmts(
      'ALTER TABLE "Locked1" ADD CONSTRAINT "Locked1_n_check" CHECK ("n" > 0) NOT VALID',
      'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey2" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID',
    ));
    expect(lock(t, 0, 'public.Locked1')).toBe('AccessExclusiveLock');
    expect(lock(t, 1, 'public.Post')).toBe('ShareRowExclusiveLock');
    expect(lock(t, 1, 'public.User')).toBe('ShareRowExclusiveLock');
    expect(t.after.table('Locked1')!.constraints.find((c) => c.name === 'Locked1_n_check')).toMatchObject({ type: 'c', validated: false });
    expect(t.after.table('Post')!.constraints.find((c) => c.name === 'Post_authorId_fkey2')).toMatchObject({ type: 'f', validated: false });
    const v = await r.trace('m_validate', stmts('ALTER TABLE "Locked1" VALIDATE CONSTRAINT "Locked1_n_check"'));
    expect(v.statements[0]!.locks).toEqual([{ table: 'public.Locked1', mode: 'ShareUpdateExclusiveLock' }]);
    expect(v.after.table('Locked1')!.constraints.find((c) => c.name === 'Locked1_n_check')!.validated).toBe(true);
  });

  test('ALTER TYPE varchar(10) -> varchar(20) does not rewrite; integer -> bigint does', async () => {
    const t = await r.trace('m_types', stmts(
      'ALTER TABLE "Locked2" ALTER COLUMN "v" SET DATA TYPE VARCHAR(20)',
      'ALTER TABLE "Locked2" ALTER COLUMN "n" SET DATA TYPE BIGINT',
    ));
    expect(t.ok).toBe(true);
    expect(t.statements[0]!.rewritten).toEqual([]);
    expect(lock(t, 0, 'public.Locked2')).toBe('AccessExclusiveLock');
    expect(t.statements[1]!.rewritten).toEqual(['public.Locked2']);
    // ACCESS EXCLUSIVE is held since statement 0: not new here (the rewrite's index rebuild adds
    // a SHARE lock, which is), but still held while the statement runs.
    expect(lock(t, 1, 'public.Locked2')).toBe('ShareLock');
    expect(t.statements[1]!.held).toEqual([{ table: 'public.Locked2', mode: 'AccessExclusiveLock' }]);
    expect(t.after.table('Locked2')!.columns.map((c) => c.type)).toEqual(['integer', 'bigint', 'character varying(20)']);
  });

  test('a failing statement carries its PostgreSQL error; the migration stops and rolls back', async () => {
    const t = await r.trace('m_fails', stmts(
      'ALTER TABLE "Post" ADD COLUMN "slug" TEXT',
      'ALTER TABLE "Post" ADD COLUMN "title" TEXT',
      'ALTER TABLE "Post" ADD COLUMN "never" TEXT',
    ));
    expect(t.ok).toBe(false);
    expect(t.statements).toHaveLength(2);
    expect(t.statements[1]!.error).toEqual({ message: 'column "title" of relation "Post" already exists', code: '42701' });
    expect(t.statements[1]!.unsupported).toBeUndefined();
    // Rolled back as production would: the first statement's column is gone too.
    expect(t.after.table('Post')!.columns.some((c) => c.name === 'slug')).toBe(false);
    expect((await r.facts()).table('Post')!.columns.some((c) => c.name === 'slug')).toBe(false);
  });

  test('CREATE INDEX CONCURRENTLY runs outside the transaction, untraced', async () => {
    const t = await r.trace('m_concurrently', stmts(
      'ALTER TABLE "Locked1" ADD COLUMN "k" INTEGER',
      'CREATE INDEX CONCURRENTLY "Locked1_k_idx" ON "Locked1"("k")',
      'DROP INDEX CONCURRENTLY "User_age_idx"',
      'ALTER TABLE "Locked1" ADD COLUMN "j" INTEGER',
    ));
    expect(t.ok).toBe(true);
    expect(t.statements.map((s) => s.traced)).toEqual([true, false, false, true]);
    expect(t.statements[1]!.locks).toEqual([]);
    // A new transaction after the concurrent statements: the lock is new again.
    expect(lock(t, 3, 'public.Locked1')).toBe('AccessExclusiveLock');
    expect(t.after.table('Locked1')!.indexes.find((i) => i.name === 'Locked1_k_idx')).toMatchObject({ valid: true, columns: ['k'] });
    expect(t.after.table('User')!.indexes.some((i) => i.name === 'User_age_idx')).toBe(false);
  });

  test("the migration's own BEGIN/COMMIT are no-ops; a missing role is created, not a failure", async () => {
    const t = await r.trace('m_tx', stmts('BEGIN', 'GRANT SELECT ON "Post" TO "report_role"', 'ALTER TABLE "Post" ADD COLUMN "extra" TEXT', 'COMMIT'));
    expect(t.ok).toBe(true);
    expect(t.statements.map((s) => [s.traced, s.error, s.unsupported])).toEqual([
      [false, undefined, undefined],
      [true, undefined, undefined],
      [true, undefined, undefined],
      [false, undefined, undefined],
    ]);
    expect(lock(t, 2, 'public.Post')).toBe('AccessExclusiveLock');
  });
});
