import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { UserError } from '../../src/errors.js';
import { runLint } from '../../src/lint/run.js';
import { readTableStats } from '../../src/lint/stats.js';
import { lintSections } from '../../src/lint/sections.js';
import { GitRepo } from '../helpers/git.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';

const M = 'prisma/migrations';

describe('stats-database-url (a real staging database)', () => {
  let db: TestDatabase;
  let repo: GitRepo;
  beforeAll(async () => {
    db = await createTestDatabase('mgt_lintstats');
    await db.query(`CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL, "name" TEXT);
      INSERT INTO "User" ("email") SELECT 'u' || g || '@example.com' FROM generate_series(1, 5000) g;
      ANALYZE "User";
      CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY, "name" TEXT);
      INSERT INTO "Tag" ("name") VALUES ('a'), ('b');
      ANALYZE "Tag";
      CREATE SCHEMA app;
      CREATE TABLE app."Event" ("id" SERIAL PRIMARY KEY, "kind" TEXT);
      INSERT INTO app."Event" ("kind") SELECT 'k' FROM generate_series(1, 300) g;`);
    repo = new GitRepo('lint-stats');
    repo.write('prisma/schema.prisma', 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n');
    repo.migration(M, '20240101000000_init', 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL, "name" TEXT);\nCREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY, "name" TEXT);\nCREATE TABLE "Event" ("id" SERIAL PRIMARY KEY, "kind" TEXT);');
    repo.migration(M, '20240201000000_indexes', 'SET lock_timeout = \'5s\';\nCREATE INDEX "User_name_idx" ON "User"("name");\nCREATE INDEX "Tag_name_idx" ON "Tag"("name");\nALTER TABLE "User" DROP COLUMN "name";\nCREATE INDEX "Event_kind_idx" ON "Event"("kind");');
  });
  afterAll(async () => {
    repo.cleanup();
    await db.drop();
  });

  it('adds row estimates and sizes, and escalates lock findings above lint.large-table-rows', async () => {
    const config = defaultConfig();
    config.lint.largeTableRows = 1000;
    const r = await runLint({ repoRoot: repo.dir, config, paths: [`${M}/20240201000000_indexes`], statsDatabaseUrl: db.url, replay: false });
    const user = r.findings.find((f) => f.rule === 'create-index-not-concurrently' && f.table === 'User')!;
    expect(user.severity).toBe('error');
    expect(user.message).toMatch(/\[~5,000 rows, \d+ kB\]/);
    expect(user.message).toContain('escalated to error');
    const tag = r.findings.find((f) => f.rule === 'create-index-not-concurrently' && f.table === 'Tag')!;
    expect(tag.severity).toBe('warning');
    expect(tag.message).toMatch(/\[~2 rows, /);
    // Data loss is already an error: it gets the size, no escalation note.
    const drop = r.findings.find((f) => f.rule === 'drop-column')!;
    expect(drop.message).toContain('~5,000 rows');
    expect(drop.message).not.toContain('escalated');
    expect(r.stats?.map((s) => s.table).sort()).toEqual(['public.Tag', 'public.User']);
    const section = lintSections(r).find((s) => s.title.startsWith('Affected tables'))!;
    expect(section.markdown).toContain('`public.User` | ~5,000 |');
  });

  it('does not escalate a rule whose severity the config sets', async () => {
    const config = defaultConfig();
    config.lint.largeTableRows = 1000;
    config.lint.rules = { 'create-index-not-concurrently': 'notice' };
    const r = await runLint({ repoRoot: repo.dir, config, paths: [`${M}/20240201000000_indexes`], statsDatabaseUrl: db.url, replay: false });
    expect(r.findings.find((f) => f.rule === 'create-index-not-concurrently' && f.table === 'User')?.severity).toBe('notice');
  });

  it('reads tables never analysed (reltuples -1) from the live-tuple count, and Prisma\'s ?schema=', async () => {
    const url = `${db.url}?schema=app`;
    const stats = await readTableStats(url, ['public.Event', 'public.Missing']);
    expect(stats.get('public.Event')).toMatchObject({ table: 'public.Event', rows: expect.any(Number) });
    expect(stats.get('public.Event')!.bytes).toBeGreaterThan(0);
    expect(stats.has('public.Missing')).toBe(false);
  });

  it('an unreachable stats database is a clear error without the password', async () => {
    const err = await readTableStats('postgresql://ro:s3cret-pw@127.0.0.1:1/prod', ['public.User']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/cannot connect to ro@127\.0\.0\.1:1\/prod/);
    expect(String((err as UserError).describe())).not.toContain('s3cret-pw');
  });
});
