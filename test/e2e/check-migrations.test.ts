import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git.js';
import { createTestDatabase } from '../helpers/pg.js';
import { makePrismaProject } from '../helpers/prisma-project.js';
import { runBundle } from '../helpers/runner.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';
import { canaryExists } from '../migrations/helpers.js';

// Runs the bundles already in dist/ (built with: node scripts/build.mjs check-migrations cli).
const BUNDLE = path.join(REPO_ROOT, 'dist/check-migrations/index.js');
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples/services/auth-service');
const SVC = 'services/auth-service';
const MIG = `${SVC}/prisma/migrations`;

/** A repository holding the sample auth-service on main, with a feature branch checked out. */
function sampleRepo(feature = 'feature/add-user-profile'): GitRepo {
  const repo = new GitRepo('e2e');
  cpSync(EXAMPLE, path.join(repo.dir, SVC), { recursive: true });
  repo.commit('auth-service');
  repo.checkout(feature, true);
  return repo;
}

function prEvent(number: number, head: string) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: 'Add user profile',
      state: 'open',
      head: { ref: head, sha: 'f'.repeat(40), repo: { full_name: 'acme/girok' } },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/girok' } },
      user: { login: 'dev' },
    },
    repository: { full_name: 'acme/girok', name: 'girok', owner: { login: 'acme' } },
    sender: { login: 'dev' },
  };
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  for (const f of [BUNDLE, CLI]) if (!existsSync(f)) throw new Error(`${f} is missing: run node scripts/build.mjs check-migrations cli`);
});

describe('dist/check-migrations as the runner runs it', () => {
  const github = new FakeGitHub();
  let repo: GitRepo;
  const runnerTemp = makeTempDir('runner-temp');
  beforeAll(async () => {
    await github.start();
    repo = sampleRepo(`feat/$(touch\${IFS}pwned);"x'`);
    // An edited migration (error), a non-descriptive name (warning), a schema change (drift notice).
    const init = `${MIG}/20240115093000_init/migration.sql`;
    repo.write(init, readFileSync(path.join(repo.dir, init), 'utf8').replace('"email" TEXT NOT NULL', '"email" VARCHAR(320) NOT NULL'));
    repo.migration(MIG, '20240301120000_wip', 'ALTER TABLE "User" ADD COLUMN "avatarUrl" TEXT;\n');
    repo.write(`${SVC}/prisma/schema.prisma`, readFileSync(path.join(repo.dir, SVC, 'prisma/schema.prisma'), 'utf8').replace('  providerId String?\n', '  providerId String?\n  avatarUrl  String?\n'));
    repo.commit('feat: avatar');
  });
  afterAll(async () => {
    await github.stop();
    repo?.cleanup();
    runnerTemp.cleanup();
  });

  const run = () =>
    runBundle('check-migrations', {
      cwd: repo.dir,
      event: prEvent(42, 'feature'),
      inputs: { 'github-token': 'ghs_faketoken', comment: 'true', 'fail-on': 'error' },
      env: { GITHUB_API_URL: github.url, RUNNER_TEMP: runnerTemp.dir },
    });

  it('fails the step, sets outputs, annotates, summarises with the checklist and posts one comment', async () => {
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ errors: '1', warnings: '1', notices: '1' });
    expect(JSON.parse(r.outputs['new-migrations']!)).toEqual([`${MIG}/20240301120000_wip/migration.sql`]);

    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.summary).toMatchObject({ tool: 'check-migrations', errors: 1, warnings: 1, notices: 1, base: 'main' });
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['edited-migration', 'migration-name', 'schema-drift']);
    expect(report.checklist.find((i: { text: string }) => i.text === 'Migration name is clear and descriptive')).toMatchObject({ status: 'failed', findings: ['migration-name'] });

    const error = r.annotations.find((a) => a.level === 'error')!;
    expect(error.props).toMatchObject({ file: `${MIG}/20240115093000_init/migration.sql`, line: '4' });
    expect(error.props.title).toContain('edited-migration');
    expect(error.message).toContain('Fix:');
    expect(r.annotations.find((a) => a.level === 'warning')!.props.file).toBe(`${MIG}/20240301120000_wip/migration.sql`);
    expect(r.annotations.find((a) => a.level === 'notice')!.message).toContain('shadow-database-url');

    expect(r.summary).toContain('Migration review checklist');
    expect(r.summary).toMatch(/\[x\] ✅ Migration files are included/);
    expect(r.summary).toMatch(/\[ \] ❌ Migration name is clear and descriptive — failed: `migration-name`/);
    expect(r.summary).toMatch(/\[ \] 👀 No data loss potential — not checked by this step/);
    expect(r.summary).toContain('edited-migration');
    expect(r.stdout).toContain('::error::migration-gates: migration history: 1 error(s)');

    expect(github.comments.size).toBe(1);
    const [comment] = [...github.comments.values()];
    expect(comment!.issue).toBe(42);
    expect(comment!.body).toContain('<!-- migration-gates:check-migrations -->');
    expect(github.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
    expect(github.requests[0]!.headers.authorization).toBe('token ghs_faketoken');
    expect(canaryExists(repo.dir)).toBe(false);
  });

  it('a second run updates the same comment instead of adding one', async () => {
    const r = await run();
    expect(r.code).toBe(1);
    expect(github.comments.size).toBe(1);
    expect(github.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
    expect(github.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(r.stdout).toContain('PR comment updated');
  });

  it('fail-on: never reports the same findings without failing', async () => {
    const r = await runBundle('check-migrations', { cwd: repo.dir, event: prEvent(42, 'f'), inputs: { comment: 'false', 'fail-on': 'never' }, env: { RUNNER_TEMP: runnerTemp.dir } });
    expect(r.code).toBe(0);
    expect(r.outputs.errors).toBe('1');
  });
});

describe('dist/check-migrations: clean PRs, drift, and bad input', () => {
  it('passes a clean PR and runs drift with the real Prisma CLI, masking the shadow password', async () => {
    const repo = sampleRepo();
    const shadow = await createTestDatabase('e2e');
    const runnerTemp = makeTempDir('runner-temp');
    try {
      // The offline Prisma recipe (prisma.config.ts with its adapter) beside the sample service.
      makePrismaProject({ schema: readFileSync(path.join(EXAMPLE, 'prisma/schema.prisma'), 'utf8'), dir: path.join(repo.dir, SVC) });
      repo.git('checkout', '-q', 'main');
      repo.commit('prisma config');
      repo.checkout('feature/profile', true);
      const schema = `${SVC}/prisma/schema.prisma`;
      repo.write(schema, readFileSync(path.join(repo.dir, schema), 'utf8').replace('  providerId String?\n', '  providerId String?\n  avatarUrl  String?\n'));
      repo.migration(MIG, '20240301120000_add_user_avatar_url', '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "avatarUrl" TEXT;\n');
      repo.commit('feat: avatar');
      const url = shadow.url.replace('postgres@', 'postgres:Sup3r-S3cret-pw@');
      const r = await runBundle('check-migrations', {
        cwd: repo.dir,
        event: prEvent(7, 'feature/profile'),
        inputs: { 'shadow-database-url': url, comment: 'false' },
        env: { RUNNER_TEMP: runnerTemp.dir },
      });
      expect(r.code).toBe(0);
      expect(r.outputs).toMatchObject({ errors: '0', warnings: '0', notices: '0' });
      expect(r.stdout).toContain('schema-drift: auth-service: no drift');
      expect(r.stdout).toContain('::add-mask::');
      expect(r.allText.replace(/::add-mask::.*/g, '')).not.toContain('Sup3r-S3cret-pw');
      expect(r.summary).toMatch(/\[x\] ✅ Migration name is clear and descriptive/);
      expect(r.summary).toContain('migrations reproduce the schema');
    } finally {
      repo.cleanup();
      runnerTemp.cleanup();
      await shadow.drop();
    }
  });

  it('outside a pull_request and without base-ref, fails with what to set', async () => {
    const repo = sampleRepo();
    try {
      const r = await runBundle('check-migrations', { cwd: repo.dir, eventName: 'push', event: {}, inputs: {} });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::error::no base branch to compare with');
      expect(r.stdout).toContain('set base-ref: develop');
    } finally {
      repo.cleanup();
    }
  });

  it('an invalid fail-on input is refused with the accepted values', async () => {
    const repo = sampleRepo();
    try {
      const r = await runBundle('check-migrations', { cwd: repo.dir, event: prEvent(1, 'x'), inputs: { 'fail-on': 'sometimes' } });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error::input fail-on is "sometimes".*expected error, warning or never/s);
    } finally {
      repo.cleanup();
    }
  });
});

describe('dist/cli: check, services, config', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = sampleRepo();
  });
  afterAll(() => repo?.cleanup());

  it('check --format json: exit 0 when clean, 1 on error findings, with {findings, summary}', () => {
    let r = cli(['check', '--base-ref', 'main', '--format', 'json'], repo.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ findings: [], summary: { errors: 0, tool: 'check-migrations' } });

    repo.remove(`${MIG}/20240122141500_add_user_profile`);
    r = cli(['check', '--base-ref', 'main', '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings[0]).toMatchObject({ rule: 'deleted-migration', severity: 'error', file: `${MIG}/20240122141500_add_user_profile/migration.sql` });
    expect(out.summary.errors).toBe(1);
    expect(cli(['check', '--base-ref', 'main', '--fail-on', 'never', '--format', 'json'], repo.dir).code).toBe(0);
    repo.git('checkout', '--', MIG);
  });

  it('check defaults to develop when it exists, else main (text format)', () => {
    let r = cli(['check'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('check-migrations: main at');
    repo.git('branch', 'develop', 'main');
    r = cli(['check'], repo.dir);
    expect(r.stderr).toContain('check-migrations: develop at');
    repo.git('branch', '-D', 'develop');
  });

  it('check: exit 2 on usage and environment errors, with the next step', () => {
    let r = cli(['check', '--base-ref', 'nope'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('base branch "nope" is not in this checkout');
    expect(r.stderr).toContain('Next:');
    r = cli(['check', '--format', 'xml'], repo.dir);
    expect(r.code).toBe(2);
    r = cli(['check', '--bogus'], repo.dir);
    expect(r.code).toBe(2);
    r = cli(['check', '--fail-on', 'maybe'], repo.dir);
    expect(r.code).toBe(2);
  });

  it('services --format json prints a job matrix', () => {
    const r = cli(['services', '--format', 'json'], repo.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      include: [{ service: 'auth-service', root: SVC, schema: `${SVC}/prisma/schema.prisma`, migrations: MIG }],
    });
  });

  it('config prints the effective config, and exits 2 with the key path and line when invalid', () => {
    let r = cli(['config', '--format', 'json'], repo.dir);
    expect(r.code).toBe(0);
    const eff = JSON.parse(r.stdout);
    expect(Object.keys(eff.environments)).toEqual(['dev', 'staging', 'prod']);
    expect(eff.services[0]).toMatchObject({ name: 'auth-service', discovered: true });
    repo.write('.github/migration-gates.yml', 'environments:\n  prod:\n    branch: main\n    database: app\n    databse: x\n');
    r = cli(['config'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 5: environments.prod.databse: unknown key');
    r = cli(['check', '--base-ref', 'main'], repo.dir);
    expect(r.code).toBe(2);
    repo.remove('.github');
  });
});
