import { afterEach, describe, expect, it } from 'vitest';
import { runApply } from '../../src/apply/run.js';
import { renderText } from '../../src/report/terminal.js';
import { databaseFingerprint, makeFixture, prismaDeploy, tableMigrations, type Fixture } from './fixture.js';

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

describe('dry-run', () => {
  it('prints the gates, the plan and the SQL, and leaves the database unchanged (catalog and _prisma_migrations)', async () => {
    fx = await makeFixture();
    await prismaDeploy(fx.root, fx.db.url);
    const hostile = '20240102000000_add_x`; DROP TABLE "User"; --';
    fx.addMigration('20240102000001_add_profile', 'CREATE TABLE "Profile" ("id" INTEGER PRIMARY KEY);\n-- ``` fence breaker\n');
    fx.addMigration(hostile, 'SELECT 1;\n\u001b[31m::error::injected\n');
    const before = await databaseFingerprint(fx.db.url);
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop', dryRun: true });
    expect(await databaseFingerprint(fx.db.url)).toBe(before);
    expect(r.status).toBe('dry-run');
    expect(r.dryRun).toBe(true);
    expect(r.applied).toEqual([]);
    expect(r.pendingBefore).toBe(2);
    expect(r.plan.pending.map((m) => m.name)).toEqual([hostile, '20240102000001_add_profile']);
    const titles = r.report.sections!.map((s) => s.title);
    expect(titles).toEqual(['Gates', 'Plan (dry run: nothing was changed)', 'SQL of the pending migrations']);
    const sql = r.report.sections![2]!.markdown;
    expect(sql).toContain('````sql\nCREATE TABLE "Profile" ("id" INTEGER PRIMARY KEY);\n-- ``` fence breaker\n````');
    // Terminal escapes from a PR never reach a terminal raw.
    expect(sql).not.toContain('\u001b');
    expect(sql).toContain('\ufffd[31m::error::injected');
    expect(renderText(r.report)).toContain('apply dev (dry run): 2 migration(s) would be applied to');
  });

  it('touches nothing on a database Prisma never migrated (no _prisma_migrations is created)', async () => {
    fx = await makeFixture({ migrations: tableMigrations(2) });
    const before = await databaseFingerprint(fx.db.url);
    expect(before).toContain('no _prisma_migrations');
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop', dryRun: true });
    expect(r.status).toBe('dry-run');
    expect(r.pendingBefore).toBe(3);
    expect(r.plan.tableExists).toBe(false);
    expect(await databaseFingerprint(fx.db.url)).toBe(before);
  });
});
