import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCatalog, type Catalog } from '../../../src/lint/replay/facts.js';
import { pgliteSession } from '../../../src/lint/replay/pglite-engine.js';
import { loadPglite } from '../../../src/lint/replay/pglite-loader.js';
import type { SqlSession } from '../../../src/lint/replay/session.js';
import { traceMigration } from '../../../src/lint/replay/trace.js';
import type { SchemaFacts } from '../../../src/lint/replay/types.js';

/**
 * After a traced migration, only the tables it touched are read again. Each case checks that the
 * incremental catalog equals a full read of the same database.
 */
function plain(f: SchemaFacts): unknown {
  const sort = <T>(m: ReadonlyMap<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return { tables: sort(f.tables), enums: sort(f.enums) };
}

describe('incremental catalog after a trace', () => {
  let db: PGlite;
  let session: SqlSession;
  let catalog: Catalog;
  const limits = { engine: 'pglite' as const, engineLabel: 'PGlite', missingExtensions: new Set<string>() };

  beforeAll(async () => {
    const rt = await loadPglite();
    db = await rt.PGlite.create({});
    session = pgliteSession(db);
    await session.exec(`CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "role" "Role" NOT NULL DEFAULT 'USER', "email" TEXT);
CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "userId" INTEGER NOT NULL REFERENCES "User"("id"), "title" TEXT);
CREATE INDEX "Post_title_idx" ON "Post"("title");
CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY, "postId" INTEGER REFERENCES "Post"("id"));
CREATE TABLE "Untouched" ("id" INTEGER PRIMARY KEY, "kind" "Role");
CREATE SCHEMA "archive";`);
    catalog = await readCatalog(session);
  });
  afterAll(async () => {
    await db?.close();
  });

  test.each([
    ['a renamed table, referenced by a foreign key elsewhere', ['ALTER TABLE "User" RENAME TO "Account"'], 'partial'],
    ['a renamed column a foreign key points at', ['ALTER TABLE "Post" RENAME COLUMN "id" TO "postKey"'], 'partial'],
    ['a new table with a foreign key to an old one', ['CREATE TABLE "Like" ("id" SERIAL PRIMARY KEY, "postId" INTEGER REFERENCES "Post"("postKey"))'], 'partial'],
    ['a renamed index (only the index is locked)', ['ALTER INDEX "Post_title_idx" RENAME TO "Post_title_key2"'], 'partial'],
    ['DROP TABLE ... CASCADE drops a foreign key on another table', ['DROP TABLE "Tag" CASCADE'], 'partial'],
    ['a table moved to another schema', ['ALTER TABLE "Like" SET SCHEMA "archive"'], 'partial'],
    ['an enum value added', ["ALTER TYPE \"Role\" ADD VALUE 'OWNER'"], 'partial'],
    ['an enum type renamed (read whole)', ['ALTER TYPE "Role" RENAME TO "AccountRole"'], 'full'],
    ['a concurrent index (read whole)', ['CREATE INDEX CONCURRENTLY "Account_email_idx" ON "Account"("email")'], 'full'],
    ['a failing migration leaves the catalog as it was', ['ALTER TABLE "Account" ADD COLUMN "x" INTEGER', 'ALTER TABLE "Nope" ADD COLUMN "y" INTEGER'], 'rolled back'],
  ])('%s', async (_label, sqls, mode) => {
    const { trace, after } = await traceMigration(
      session,
      'm',
      sqls.map((sql, i) => ({ sql, line: i + 1 })),
      { limits, createRole: undefined, before: catalog },
    );
    expect(trace.ok).toBe(mode !== 'rolled back');
    if (mode === 'rolled back') expect(after).toBe(catalog);
    const full = await readCatalog(session);
    expect(plain(after.facts)).toEqual(plain(full.facts));
    expect([...after.oids.entries()].sort()).toEqual([...full.oids.entries()].sort());
    // Untouched tables keep their very objects: they were not read again.
    if (mode === 'partial') expect(after.facts.tables.get('public.Untouched')).toBe(catalog.facts.tables.get('public.Untouched'));
    catalog = after;
  });

  test('a column added to a referenced table does not read the tables referring to it again', async () => {
    const { after } = await traceMigration(session, 'm2', [{ sql: 'ALTER TABLE "Account" ADD COLUMN "z" INTEGER', line: 1 }], {
      limits,
      createRole: undefined,
      before: catalog,
    });
    expect(after.facts.tables.get('public.Account')!.columns.map((c) => c.name)).toContain('z');
    // Post has a foreign key to Account: its facts did not change, and were not read again.
    expect(after.facts.tables.get('public.Post')).toBe(catalog.facts.tables.get('public.Post'));
    expect(plain(after.facts)).toEqual(plain((await readCatalog(session)).facts));
  });
});
