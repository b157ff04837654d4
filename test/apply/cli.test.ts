import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp.js';
import { databaseFingerprint, makeFixture, migrationRows, type Fixture } from './fixture.js';

// The built CLI (node scripts/build.mjs cli), run as a user runs it.
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

function cli(args: string[], env: Record<string, string> = {}, cwd = REPO_ROOT) {
  const { GITHUB_REF: _r, DATABASE_URL: _d, STAGING_DATABASE_URL: _s, ...base } = process.env;
  const r = spawnSync(process.execPath, [CLI, 'apply', ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

describe('migration-gates apply (CLI)', () => {
  it('--format json: { findings, summary } on stdout, progress on stderr, exit 0; the URL from $DATABASE_URL', async () => {
    expect(existsSync(CLI), 'run: node scripts/build.mjs cli').toBe(true);
    fx = await makeFixture();
    const r = cli(['--environment', 'dev', '--ref', 'develop', '--working-directory', fx.root, '--format', 'json'], { DATABASE_URL: fx.db.url });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(out.summary).toMatchObject({ tool: 'apply-migration', status: 'applied', environment: 'dev', pendingBefore: 1, applied: ['20240101000000_init'], errors: 0 });
    expect(out.summary.gates.map((g: { name: string; status: string }) => `${g.name}:${g.status}`)).toContain('branch-environment:pass');
    expect(r.stderr).toContain('verified: 1 migration(s) finished in _prisma_migrations');
    expect((await migrationRows(fx.db)).map((x) => x.migration_name)).toEqual(['20240101000000_init']);
  });

  it('exit 1 when a gate fails (the branch of the checkout, read from git, is not the environment\'s)', async () => {
    fx = await makeFixture();
    const before = await databaseFingerprint(fx.db.url);
    spawnSync('git', ['init', '-q', '-b', 'feature/x', fx.root]);
    const r = cli(['--environment', 'dev', '--working-directory', fx.root, '--dry-run'], { DATABASE_URL: fx.db.url });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error [branch-environment] branch feature/x maps to no environment; "dev" only deploys from develop');
    expect(await databaseFingerprint(fx.db.url)).toBe(before);
  });

  it('exit 2 with what, why and next for every usage, config and environment error', async () => {
    fx = await makeFixture();
    const url = { DATABASE_URL: fx.db.url };
    const wd = ['--working-directory', fx.root];
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--environment', 'dev', ...wd], {}, /no database URL\nWhy: apply needs the database to migrate\nNext: export DATABASE_URL=/],
      [['--environment', 'qa', ...wd], url, /unknown environment "qa"\nWhy: the config defines: dev, staging, prod/],
      [['--ref', 'feature/x', ...wd], url, /environment not given, and branch feature\/x maps to no environment\nWhy: the config maps branches to environments: dev <- develop; staging <- release\/\*; prod <- main/],
      [['--environment', 'dev', '--lock-timeout', 'forever', ...wd], url, /lock-timeout is "forever", not a duration/],
      [['--environment', 'dev', '--advisory-lock-timeout', '1 hour', ...wd], url, /advisory-lock-timeout is "1 hour", not a duration/],
      [['--environment', 'dev', '--service', 'billing', ...wd], url, /service "billing" not found\nWhy: the services are: root/],
      [['--environment', 'dev', '--database-url', 'mysql://u:p@h/db', ...wd], {}, /database-url uses the scheme "mysql", not postgresql/],
      [['--environment', 'dev', '--format', 'xml', ...wd], url, /--format xml is not supported here/],
      [['--environment', 'dev', '--bogus', ...wd], url, /Unknown option '--bogus'/],
    ];
    for (const [args, env, message] of cases) {
      const r = cli(args, env);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('exit 2 for a repository with several services and none chosen, or a migration folder without migration.sql', async () => {
    fx = await makeFixture();
    const mono = path.join(fx.root, 'mono');
    for (const svc of ['auth-service', 'billing-service']) {
      mkdirSync(path.join(mono, 'services', svc), { recursive: true });
      cpSync(path.join(fx.root, 'prisma'), path.join(mono, 'services', svc, 'prisma'), { recursive: true });
    }
    let r = cli(['--environment', 'dev', '--working-directory', mono], { DATABASE_URL: fx.db.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 services found; which one to apply is not given\nWhy: the services are: auth-service, billing-service\nNext: pass service: <name>/);
    rmSync(mono, { recursive: true });

    mkdirSync(path.join(fx.root, 'prisma', 'migrations', '20240105000000_empty'));
    r = cli(['--environment', 'dev', '--working-directory', fx.root], { DATABASE_URL: fx.db.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/migration folder\(s\) without migration.sql in prisma\/migrations: 20240105000000_empty/);
  });
});
