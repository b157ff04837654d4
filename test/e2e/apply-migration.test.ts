import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mdEscape } from '../../src/report/markdown.js';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { adminQuery } from '../helpers/pg.js';
import { runBundle, type RunnerResult } from '../helpers/runner.js';
import { REPO_ROOT } from '../helpers/tmp.js';
import { databaseFingerprint, makeFixture, migrationRows, tableMigrations, type Fixture } from '../apply/fixture.js';

// Built by: node scripts/build.mjs apply-migration cli (e2e tests build nothing themselves).
const BUNDLE = path.join(REPO_ROOT, 'dist', 'apply-migration', 'index.js');
const PASSWORD = 'Sup3r-s3cret!';
const ROLE = `mg_apply_${randomBytes(3).toString('hex')}`;

let fx: Fixture;
let url: string;
beforeAll(async () => {
  expect(existsSync(BUNDLE), 'run: node scripts/build.mjs apply-migration cli').toBe(true);
  await adminQuery(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'`);
});
afterAll(async () => {
  await adminQuery(`DROP ROLE IF EXISTS ${ROLE}`);
});

async function freshFixture(migrations: Record<string, string>): Promise<void> {
  fx = await makeFixture({ migrations });
  await adminQuery(`ALTER DATABASE "${fx.db.name}" OWNER TO ${ROLE}`);
  // The guide's three tiers, each pointed at this test's database (the config the action reads).
  mkdirSync(path.join(fx.root, '.github'), { recursive: true });
  writeFileSync(
    path.join(fx.root, '.github', 'migration-gates.yml'),
    ['version: 1', 'environments:', ...[['dev', 'develop'], ['staging', 'release/*'], ['prod', 'main']].flatMap(([e, b]) => [`  ${e}:`, `    branch: ${b}`, `    database: ${fx.db.name}`])].join('\n') + '\n',
  );
  url = `postgresql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:5432/${fx.db.name}?schema=public`;
}

function dispatch(ref: string, inputs: Record<string, string>): Promise<RunnerResult> {
  return runBundle('apply-migration', {
    inputs,
    event: { ref, inputs: { environment: inputs.environment ?? '', confirm: inputs.confirm ?? '', 'dry-run': inputs['dry-run'] ?? 'false' } },
    eventName: 'workflow_dispatch',
    env: { GITHUB_REF: ref, GITHUB_ACTOR: 'octocat', GITHUB_SHA: 'a'.repeat(40) },
    cwd: fx.root,
    timeoutMs: 180_000,
  });
}

/** The password appears nowhere the runner would show: only in its own ::add-mask:: commands, which come first. */
function expectNoPassword(r: RunnerResult): void {
  const lines = r.allText.split('\n');
  const firstMask = lines.findIndex((l) => l.startsWith('::add-mask::'));
  expect(firstMask).toBeGreaterThanOrEqual(0);
  const shown = lines.filter((l) => !l.startsWith('::add-mask::'));
  for (const secret of [PASSWORD, encodeURIComponent(PASSWORD)]) {
    expect(shown.filter((l) => l.includes(secret))).toEqual([]);
  }
  // Masks are registered before any other line is printed.
  expect(lines.slice(0, firstMask).filter((l) => l.trim())).toEqual([]);
}

describe('apply-migration bundle, run as the runner runs it (workflow_dispatch)', () => {
  it('applies to dev from develop: outputs, summary, and the database state', async () => {
    await freshFixture(tableMigrations(2));
    try {
      const r = await dispatch('refs/heads/develop', { 'database-url': url, environment: 'dev' });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const applied = ['20240101000000_init', '20240102000001_create_table_1', '20240102000002_create_table_2'];
      expect(JSON.parse(r.outputs.applied!)).toEqual(applied);
      expect(r.outputs['pending-before']).toBe('3');
      expect(r.outputs.status).toBe('applied');
      expect(r.outputs.environment).toBe('dev');
      expect(r.outputs.errors).toBe('0');
      expect(r.outputs['failed-migration']).toBe('');
      const plan = JSON.parse(r.outputs.plan!);
      expect(plan.pending.map((m: { name: string }) => m.name)).toEqual(applied);
      expect(plan.service).toBe('root');
      expect(r.outputs.summary).toMatch(/migration-gates-apply-summary\.md$/);
      expect(r.summary).toContain(`## ✅ ${mdEscape(`apply dev: 3 migration(s) applied to ${ROLE}@127.0.0.1:5432/${fx.db.name}`)}`);
      expect(r.outputs.warnings).toBe('0');
      expect(r.summary).toContain('| `branch-environment` | ✅ pass | branch develop deploys to dev |');
      expect(r.stdout).toContain('verified: 3 migration(s) finished in _prisma_migrations');
      expect(r.stdout).toMatch(/^│ All migrations have been successfully applied\.$/m);
      expect((await migrationRows(fx.db)).map((x) => x.migration_name)).toEqual(applied);
      expectNoPassword(r);
    } finally {
      await fx.cleanup();
    }
  });

  it('refuses production from a feature branch: blocked, nothing applied, the gate in every sink', async () => {
    await freshFixture(tableMigrations(1));
    try {
      const before = await databaseFingerprint(fx.db.url);
      const r = await dispatch('refs/heads/feature/add-user-profile', {
        'database-url': url,
        environment: 'prod',
        confirm: fx.db.name,
        'staging-database-url': url.replace(fx.db.name, 'postgres'),
      });
      expect(r.code).toBe(1);
      expect(await databaseFingerprint(fx.db.url)).toBe(before);
      expect(r.outputs.status).toBe('blocked');
      expect(JSON.parse(r.outputs.applied!)).toEqual([]);
      expect(r.outputs['pending-before']).toBe('2');
      const gateErrors = r.annotations.filter((a) => a.level === 'error' && a.props.title?.startsWith('branch-environment'));
      expect(gateErrors).toHaveLength(1);
      expect(gateErrors[0]!.message).toContain('branch feature/add-user-profile maps to no environment; "prod" only deploys from main');
      expect(gateErrors[0]!.message).toContain('gh workflow run migrate.yml --ref main -f environment=prod');
      expect(r.summary).toMatch(/apply prod: blocked by \d gate\\\(s\\\); nothing applied/);
      expect(r.summary).toContain('| `branch-environment` | ❌ fail |');
      expect(r.stdout).toMatch(/::error::apply prod: blocked by \d gate\(s\)/);
      expectNoPassword(r);
    } finally {
      await fx.cleanup();
    }
  });

  it('a failing migration: the recovery commands in the summary, the failed migration as an output, no password anywhere', async () => {
    await freshFixture({ '20240102000000_add_audit': 'CREATE TABLE "Audit" (id int);\nSELECT 1/0;\n' });
    try {
      const r = await dispatch('refs/heads/develop', { 'database-url': url, environment: 'dev', 'lock-timeout': '2s' });
      expect(r.code).toBe(1);
      expect(r.outputs.status).toBe('failed');
      expect(r.outputs['failed-migration']).toBe('20240102000000_add_audit');
      expect(JSON.parse(r.outputs.applied!)).toEqual(['20240101000000_init']);
      expect(r.summary).toContain('**PostgreSQL error:** `ERROR 22012: division by zero`');
      expect(r.summary).toContain('`npx prisma migrate resolve --rolled-back 20240102000000_add_audit`');
      const ann = r.annotations.find((a) => a.props.title === 'migrate-deploy')!;
      expect(ann.props.file).toBe('prisma/migrations/20240102000000_add_audit/migration.sql');
      expectNoPassword(r);
    } finally {
      await fx.cleanup();
    }
  });

  it('a migration folder name with a newline starts no workflow command in the log (issue 13, item 7)', async () => {
    await freshFixture({ '20240102000000_x\n::error title=pwned::pwned': 'SELECT 1;\n' });
    try {
      const r = await dispatch('refs/heads/feature/x', { 'database-url': url, environment: 'prod', 'dry-run': 'true' });
      expect(r.stdout).toContain('20240102000000_x\\n::error title=pwned::pwned');
      expect(r.annotations.filter((a) => a.props.title === 'pwned' || a.message === 'pwned')).toEqual([]);
      expect(r.stdout.split('\n').filter((l) => /^\s*::error title=pwned/.test(l))).toEqual([]);
      expectNoPassword(r);
    } finally {
      await fx.cleanup();
    }
  });

  it('an invalid prisma-command: a clear error, status "error" and a summary, no raw spawn ENOENT (issue 13, item 11)', async () => {
    await freshFixture(tableMigrations(1));
    try {
      const r = await dispatch('refs/heads/develop', { 'database-url': url, environment: 'dev', 'prisma-command': 'no-such-prisma-xyz migrate' });
      expect(r.code).toBe(1);
      expect(r.outputs.status).toBe('error');
      expect(r.allText).not.toMatch(/spawn no-such-prisma-xyz ENOENT/);
      expect(r.stdout).toMatch(/::error::cannot run no-such-prisma-xyz: no such program%0AWhy: "no-such-prisma-xyz" is not installed or not on PATH/);
      expect(r.summary).toContain('apply: error, nothing was applied: cannot run no-such-prisma-xyz: no such program');
      expect(r.outputs.summary).toMatch(/migration-gates-apply-summary\.md$/);
      expectNoPassword(r);
    } finally {
      await fx.cleanup();
    }
  });

  it('dry-run: the SQL in the log with numbered lines, nothing changed; a bad input is a clear error', async () => {
    await freshFixture({ '20240102000000_add_audit': 'CREATE TABLE "Audit" (id int);\n::warning::not a command\n' });
    try {
      const before = await databaseFingerprint(fx.db.url);
      const r = await dispatch('refs/heads/develop', { 'database-url': url, environment: 'dev', 'dry-run': 'true' });
      expect(r.code).toBe(0);
      expect(await databaseFingerprint(fx.db.url)).toBe(before);
      expect(r.outputs.status).toBe('dry-run');
      expect(r.stdout).toContain('1 │ CREATE TABLE "Audit" (id int);');
      expect(r.stdout).toContain('2 │ ::warning::not a command');
      expect(r.annotations.filter((a) => a.level === 'warning' && a.message === 'not a command')).toEqual([]);

      const bad = await dispatch('refs/heads/develop', { 'database-url': url, environment: 'dev', 'lock-timeout': '5s -c search_path=evil' });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/::error::lock-timeout is "5s -c search_path=evil", not a duration%0AWhy: expected a whole number/);
      const missing = await dispatch('refs/heads/develop', { environment: 'dev' });
      expect(missing.stdout).toMatch(/::error::input database-url is empty%0AWhy: apply-migration needs the database to migrate%0ANext: pass database-url/);
      expectNoPassword(r);
      expectNoPassword(bad);
    } finally {
      await fx.cleanup();
    }
  });
});
