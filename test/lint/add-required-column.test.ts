import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { lintPullRequest, rulesOf } from './replayed.js';

/** add-required-column follows what stats-database-url knows about the table (issue 9 item 10). */
describe('add-required-column with a real stats database', () => {
  let stats: TestDatabase;
  const HISTORY = ['CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);\nCREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY, "name" TEXT);'];
  beforeAll(async () => {
    stats = await createTestDatabase('mgt_reqcol');
    await stats.query(`CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);
      INSERT INTO "User" ("email") SELECT 'u' || g || '@example.com' FROM generate_series(1, 300) g;
      CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY, "name" TEXT);
      ANALYZE "User";`);
    // VACUUM cannot share a multi-statement query: on its own, it records the empty table's 0 rows.
    await stats.query('VACUUM ANALYZE "Tag"');
  });
  afterAll(async () => {
    await stats.drop();
  });

  it('an error when the table has rows, quiet when it is empty, a warning when the count is unknown', async () => {
    const sql = 'ALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL;\nALTER TABLE "Tag" ADD COLUMN "slug" TEXT NOT NULL;';
    const withStats = await lintPullRequest(HISTORY, [sql], { shadow: true, statsDatabaseUrl: stats.url });
    const hits = withStats.perMigration[0]!.filter((f) => f.rule === 'add-required-column');
    expect(hits.map((f) => [f.table, f.severity])).toEqual([['User', 'error']]);
    expect(hits[0]!.message).toContain('~300 rows');
    const unknown = await lintPullRequest(HISTORY, [sql], { shadow: true });
    expect(unknown.perMigration[0]!.filter((f) => f.rule === 'add-required-column').map((f) => [f.table, f.severity])).toEqual([
      ['User', 'warning'],
      ['Tag', 'warning'],
    ]);
  });

  it('quiet on a table created by the same PR, and with a DEFAULT, identity or serial', async () => {
    const r = await lintPullRequest(HISTORY, [
      'CREATE TABLE "Org" ("id" SERIAL PRIMARY KEY);',
      'ALTER TABLE "Org" ADD COLUMN "ownerId" INTEGER NOT NULL;\nALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL DEFAULT \'free\';\nALTER TABLE "User" ADD COLUMN "seq" BIGINT GENERATED ALWAYS AS IDENTITY;',
    ], { shadow: true });
    expect(rulesOf(r.perMigration.flat())).not.toContain('add-required-column');
  });
});
