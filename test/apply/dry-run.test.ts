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

describe('dry-run on hostile names and missing tools (issue 13, items 7, 8, 15, 16)', () => {
  /** The cells of a markdown table row, split as GitHub splits them (on every `|` not escaped). */
  const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/);

  it('a | in a migration name leaves every table row with its own number of cells (item 8)', async () => {
    fx = await makeFixture();
    fx.addMigration('20240102000000_a|b`c', 'SELECT 1;\n');
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop', dryRun: true });
    for (const title of ['Gates', 'Plan (dry run: nothing was changed)']) {
      const rows = r.report.sections!.find((s) => s.title === title)!.markdown.split('\n').filter((l) => l.startsWith('|'));
      const width = cells(rows[0]!).length;
      for (const row of rows) expect(cells(row), row).toHaveLength(width);
    }
    expect(r.report.sections![1]!.markdown).toContain('`` 20240102000000_a\\|b`c ``');
  });

  it('a newline in a migration folder name cannot start a workflow command in the log (item 7)', async () => {
    fx = await makeFixture();
    const hostile = '20240102000000_x\n::error title=pwned::pwned';
    fx.addMigration(hostile, 'SELECT 1;\n');
    const lines: string[] = [];
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'prod', ref: 'refs/heads/feature/x', dryRun: true, onLog: (l) => lines.push(l) });
    expect(r.plan.pending.map((m) => m.name)).toContain(hostile);
    const { sqlLogLines } = await import('../../src/apply/report.js');
    const printed = [...lines, ...sqlLogLines(hostile, 'SELECT 1;\n')].flatMap((l) => l.split('\n'));
    expect(printed.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(printed.join('\n')).toContain('20240102000000_x\\n::error title=pwned::pwned');
  });

  it('without any Prisma CLI, still evaluates and reports every gate, and says the real apply would stop (item 15)', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { makePrismaProject } = await import('../helpers/prisma-project.js');
    const { SCHEMA } = await import('./fixture.js');
    // Outside the repository, so no node_modules/prisma is found walking up.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-no-prisma-'));
    try {
      makePrismaProject({ schema: SCHEMA, migrations: { '20240101000000_init': 'CREATE TABLE "User" ("id" INTEGER PRIMARY KEY);\n' }, dir });
      fx = await makeFixture();
      const r = await runApply({ repoRoot: dir, config: fx.config, databaseUrl: fx.db.url, environment: 'prod', ref: 'refs/heads/feature/profile', confirm: fx.db.name, dryRun: true });
      const branch = r.gates.find((g) => g.name === 'branch-environment')!.outcome;
      expect(branch.status).toBe('fail');
      expect(branch.reason).toContain('"prod" only deploys from main');
      expect(r.gates.map((g) => g.name)).toEqual(['branch-environment', 'confirmation', 'backup', 'staging-first', 'lint', 'history-integrity', 'health', 'tls']);
      expect(r.report.findings).toContainEqual(expect.objectContaining({ rule: 'prisma-cli', severity: 'error', message: expect.stringContaining('no Prisma CLI found') }));
      expect(r.prismaVersion).toBe('none found');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the backup gate of a dry run is "checked at apply time", and the plan passes when every other gate does (item 16)', async () => {
    fx = await makeFixture();
    const staging = fx.config.environments.find((e) => e.name === 'staging')!;
    staging.gates.tls = false; // the test server has no TLS; the other staging gates stay on
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'staging', ref: 'refs/heads/release/1.2', dryRun: true });
    const backup = r.gates.find((g) => g.name === 'backup')!.outcome;
    expect(backup.status).toBe('apply-time');
    expect(backup.reason).toMatch(/^checked at apply time: the real apply requires a verified backup of /);
    expect(r.status).toBe('dry-run');
    expect(r.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.report.sections![0]!.markdown).toContain('| `backup` | ⏳ checked at apply time |');
    // The real apply still requires it.
    const real = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'staging', ref: 'refs/heads/release/1.2' });
    expect(real.status).toBe('blocked');
    expect(real.gates.find((g) => g.name === 'backup')!.outcome.status).toBe('fail');
  });
});
