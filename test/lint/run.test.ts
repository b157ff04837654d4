import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { UserError } from '../../src/errors.js';
import { runLint } from '../../src/lint/run.js';
import type { LintResult } from '../../src/lint/types.js';
import { GitRepo } from '../helpers/git.js';
import { ADMIN_URL, adminQuery } from '../helpers/pg.js';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
const M = 'prisma/migrations';

const INIT = `CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "name" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");`;

/** Created in the PR's first migration: exempt there, an existing table for the second. */
const ADD_ORDERS = `CREATE TABLE "Order" ("id" SERIAL NOT NULL, "userId" INTEGER NOT NULL, "total" INTEGER NOT NULL, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Order" ADD CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Order_userId_idx" ON "Order"("userId");
CREATE INDEX "Order_total_idx" ON "Order"("total");
ALTER TABLE "Order" ADD COLUMN "note" TEXT NOT NULL;`;

/** "Order" was created by the PR's first migration: still new (empty) here. "User" existed before the PR. */
const ALTER_ORDERS = `CREATE INDEX "Order_note_idx" ON "Order"("note");
ALTER TABLE "Order" ADD COLUMN "ref" UUID NOT NULL DEFAULT gen_random_uuid();
CREATE INDEX "User_name_idx" ON "User"("name");
ALTER TABLE "User" ADD COLUMN "ref" UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE "User" DROP COLUMN "name";`;

function rulesAt(r: LintResult, file: string): string[] {
  return r.findings.filter((f) => f.file?.includes(file)).map((f) => f.rule).sort();
}

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function project(): GitRepo {
  const repo = new GitRepo('lint-run');
  repos.push(repo);
  repo.write('prisma/schema.prisma', SCHEMA);
  repo.write(`${M}/migration_lock.toml`, 'provider = "postgresql"\n');
  repo.migration(M, '20240101000000_init', INIT);
  repo.commit('init');
  return repo;
}

describe('runLint on a pull request', () => {
  it('lints only the new migrations; lock rules fire only on tables that existed before the PR (replayed)', async () => {
    const repo = project();
    repo.checkout('feature/orders', true);
    repo.migration(M, '20240201000000_add_orders', ADD_ORDERS);
    repo.migration(M, '20240202000000_alter_orders', ALTER_ORDERS);
    repo.commit('orders');
    const progress: string[] = [];
    const r = await runLint({ repoRoot: repo.dir, config: defaultConfig(), baseRef: 'main', onProgress: (l) => progress.push(l) });
    expect(r.linted).toEqual([`${M}/20240201000000_add_orders/migration.sql`, `${M}/20240202000000_alter_orders/migration.sql`]);
    expect(r.engine).toBe('pglite');
    // "Order" is new in the first migration: no lock findings there. Only the required column added after the fact.
    expect(rulesAt(r, 'add_orders')).toEqual([]);
    // In the second, "Order" is still the PR's own (empty on every environment): quiet. "User" existed
    // before the PR: its index and volatile default are hazards, seen in the replay.
    expect(rulesAt(r, 'alter_orders')).toEqual(['add-column-volatile-default', 'create-index-not-concurrently', 'drop-column', 'lock-timeout-missing']);
    const idx = r.findings.find((f) => f.rule === 'create-index-not-concurrently')!;
    expect(idx).toMatchObject({ line: 3, table: 'User', observed: true, severity: 'warning' });
    expect(r.findings.find((f) => f.rule === 'add-column-volatile-default')).toMatchObject({ line: 4, observed: true, severity: 'error' });
    expect(r.findings.find((f) => f.rule === 'lock-timeout-missing')).toMatchObject({ line: 4, severity: 'notice' });
    expect(progress.some((l) => /lint: root: linted and traced 2 migrations/.test(l))).toBe(true);
    expect(r.replayNotes?.[0]).toMatch(/replayed with embedded PGlite/);
  });

  it('reports a statement that fails on the real history, and one the embedded database cannot run', async () => {
    const repo = project();
    repo.checkout('feature/broken', true);
    repo.migration(M, '20240201000000_typo', 'SET lock_timeout = \'5s\';\nALTER TABLE "Users" ADD COLUMN "x" INTEGER;');
    repo.migration(M, '20240202000000_geo', 'CREATE EXTENSION IF NOT EXISTS "postgis";\nALTER TABLE "User" ADD COLUMN "bio" TEXT;');
    repo.commit('broken');
    const r = await runLint({ repoRoot: repo.dir, config: defaultConfig(), baseRef: 'main' });
    const unsupported = r.findings.find((f) => f.rule === 'replay-unsupported')!;
    expect(unsupported).toMatchObject({ severity: 'notice', line: 1, file: `${M}/20240202000000_geo/migration.sql` });
    expect(unsupported.message).toContain('postgis');
    const fails = r.findings.find((f) => f.rule === 'migration-fails')!;
    expect(fails).toMatchObject({ severity: 'error', line: 2, file: `${M}/20240201000000_typo/migration.sql` });
    expect(fails.message).toContain('relation "Users" does not exist');
    expect(r.findings.filter((f) => f.rule === 'migration-fails')).toHaveLength(1);
  });

  it('replays in shadow-database-url when given, and drops its scratch database', async () => {
    const repo = project();
    repo.checkout('feature/x', true);
    repo.migration(M, '20240201000000_idx', 'CREATE INDEX "User_name_idx" ON "User"("name");');
    repo.commit('x');
    const progress: string[] = [];
    const r = await runLint({ repoRoot: repo.dir, config: defaultConfig(), baseRef: 'main', shadowDatabaseUrl: ADMIN_URL, onProgress: (l) => progress.push(l) });
    expect(r.engine).toBe('postgres');
    expect(r.findings.find((f) => f.rule === 'create-index-not-concurrently')).toMatchObject({ observed: true });
    // This run's own scratch database (other test files replay in the same server concurrently).
    const scratch = progress.map((l) => /using the scratch database (migration_gates_replay_\w+)/.exec(l)?.[1]).find(Boolean);
    expect(scratch).toBeTruthy();
    const left = await adminQuery('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [scratch]);
    expect(left.rows[0].n).toBe(0);
  });

  it('a file that does not parse is reported, and it and later ones are linted from the SQL alone', async () => {
    const repo = project();
    repo.checkout('feature/y', true);
    repo.migration(M, '20240201000000_bad', 'ALTER TABLE "User" ADD COLUM "bio" TEXT;\nDROP TABLE "User";');
    repo.commit('y');
    const r = await runLint({ repoRoot: repo.dir, config: defaultConfig(), baseRef: 'main' });
    expect(r.findings.find((f) => f.rule === 'syntax-error')).toMatchObject({ line: 1, severity: 'error' });
    expect(r.findings.find((f) => f.rule === 'drop-table')).toMatchObject({ line: 2, observed: false });
    expect(r.replayNotes?.some((n) => n.includes('does not parse'))).toBe(true);
  });

  it('skips baselined migrations and lints nothing when the PR adds none', async () => {
    const repo = project();
    repo.checkout('feature/z', true);
    repo.migration(M, '20240201000000_accepted', 'DROP TABLE "User";');
    repo.commit('z');
    const config: Config = defaultConfig();
    config.lint.baseline = ['20240201000000_accepted'];
    const r = await runLint({ repoRoot: repo.dir, config, baseRef: 'main', replay: false });
    expect(r.linted).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.baselined).toEqual([`${M}/20240201000000_accepted/migration.sql`]);
  });
});

describe('runLint targets', () => {
  it('--all lints every migration of every service (audit mode)', async () => {
    const repo = project();
    repo.write('services/billing/prisma/schema.prisma', SCHEMA);
    repo.migration('services/billing/prisma/migrations', '20240101000000_init', 'CREATE TABLE "Invoice" ("id" INTEGER);\nCREATE INDEX "i" ON "Invoice"("id");');
    repo.migration('services/billing/prisma/migrations', '20240102000000_drop', 'DROP TABLE "Invoice";');
    // A migrations directory with no schema beside it belongs to no service: an audit lints it too.
    repo.migration('legacy/prisma/migrations', '20200101000000_old', 'CREATE TABLE "Old" ("id" INTEGER);');
    const r = await runLint({ repoRoot: repo.dir, config: defaultConfig(), all: true, replay: false });
    expect(r.linted).toEqual([
      `${M}/20240101000000_init/migration.sql`,
      'services/billing/prisma/migrations/20240101000000_init/migration.sql',
      'services/billing/prisma/migrations/20240102000000_drop/migration.sql',
      'legacy/prisma/migrations/20200101000000_old/migration.sql',
    ]);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['drop-table', 'lock-timeout-missing']);
    expect(r.findings.every((f) => f.file === 'services/billing/prisma/migrations/20240102000000_drop/migration.sql')).toBe(true);
  });

  it('paths: a folder, a migration.sql, a migrations directory or a loose .sql file; earlier siblings are the history', async () => {
    const repo = project();
    repo.migration(M, '20240201000000_add_orders', ADD_ORDERS);
    repo.migration(M, '20240202000000_alter_orders', ALTER_ORDERS);
    repo.write('scratch/fix.sql', 'TRUNCATE "User";');
    const one = await runLint({ repoRoot: repo.dir, config: defaultConfig(), paths: [`${M}/20240202000000_alter_orders`], replay: false });
    expect(one.linted).toEqual([`${M}/20240202000000_alter_orders/migration.sql`]);
    // The history (init, add_orders) was applied first: "Order" pre-exists (explicit paths are not a PR), its column types are known.
    expect(one.findings.map((f) => f.rule).sort()).toEqual([
      'add-column-volatile-default',
      'add-column-volatile-default',
      'create-index-not-concurrently',
      'create-index-not-concurrently',
      'drop-column',
      'lock-held-across-statements',
      'lock-timeout-missing',
    ]);
    expect(one.findings.find((f) => f.rule === 'lock-held-across-statements')!.message).toContain('ACCESS EXCLUSIVE lock on "Order" (line 2) is still held while the index build on "User" runs');
    const file = await runLint({ repoRoot: repo.dir, config: defaultConfig(), paths: [`${M}/20240201000000_add_orders/migration.sql`], replay: false });
    expect(file.linted).toEqual([`${M}/20240201000000_add_orders/migration.sql`]);
    const dir = await runLint({ repoRoot: repo.dir, config: defaultConfig(), paths: [M], replay: false });
    expect(dir.linted).toHaveLength(3);
    const loose = await runLint({ repoRoot: repo.dir, config: defaultConfig(), paths: ['scratch/fix.sql'], replay: false });
    expect(loose.findings.map((f) => [f.rule, f.file]).sort()).toEqual([
      ['lock-timeout-missing', 'scratch/fix.sql'],
      ['truncate', 'scratch/fix.sql'],
    ]);
  });

  it('only: lints the named (pending) migrations of a service, after replaying those before', async () => {
    const repo = project();
    repo.migration(M, '20240201000000_add_orders', ADD_ORDERS);
    repo.migration(M, '20240202000000_alter_orders', ALTER_ORDERS);
    const r = await runLint({ repoRoot: repo.dir, config: defaultConfig(), only: { service: 'root', names: ['20240202000000_alter_orders'] }, replay: false });
    expect(r.linted).toEqual([`${M}/20240202000000_alter_orders/migration.sql`]);
    expect(r.findings.some((f) => f.rule === 'drop-column')).toBe(true);
  });

  it.each([
    [{ paths: ['nope/123'] }, /nope\/123 does not exist/],
    [{ paths: ['prisma'] }, /prisma holds no migration\.sql/],
    [{ only: { service: 'billing', names: ['x'] } }, /no service named "billing"/],
    [{ only: { service: 'root', names: ['20990101000000_missing'] } }, /20990101000000_missing not found in prisma\/migrations/],
    [{}, /nothing to lint/],
    [{ baseRef: 'no-such-branch' }, /base branch "no-such-branch" is not in this checkout/],
  ])('bad input %o is a clear error', async (opts, message) => {
    const repo = project();
    const err = await runLint({ repoRoot: repo.dir, config: defaultConfig(), replay: false, ...opts }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(message);
    expect((err as UserError).next).toBeTruthy();
  });
});
