import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { parseAnnotations, parseOutputs, type RunnerResult } from '../helpers/runner.js';
import { REPO_ROOT } from '../helpers/tmp.js';

// Built by: node scripts/build.mjs lint-migration cli (e2e tests build nothing themselves).
// The whole dist/ is copied outside the repository, where no node_modules can be reached: the
// WASM parser (libpg-query) and PGlite must load from dist/vendor alone.
const M = 'prisma/migrations';
const PASSWORD = 'St4ts-Pa55word';

let dist: string;
let outside: string;
let gh: FakeGitHub;
let db: TestDatabase;
let repo: GitRepo;

function noNodeModulesAbove(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'node_modules'))) return false;
    if (path.dirname(d) === d) return true;
  }
}

/** Run a copied bundle the way the runner does (runBundle's contract, for a bundle outside the repository). */
async function runCopied(bundle: string, opts: { inputs?: Record<string, string>; event?: unknown; eventName?: string; env?: Record<string, string>; cwd: string }): Promise<RunnerResult & { outputFile: string }> {
  const t = mkdtempSync(path.join(os.tmpdir(), 'mg-runner-'));
  const outputFile = path.join(t, 'output');
  const summaryFile = path.join(t, 'summary.md');
  const eventFile = path.join(t, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  mkdirSync(path.join(t, 'temp'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: 'acme/girok',
    GITHUB_WORKSPACE: opts.cwd,
    RUNNER_TEMP: path.join(t, 'temp'),
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [bundle], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
  clearTimeout(timer);
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  const summary = readFileSync(summaryFile, 'utf8');
  // Keep the files the outputs point at (report, SARIF) readable by the test; the folder is in os.tmpdir().
  return { code, stdout, stderr, outputs, summary, annotations: parseAnnotations(stdout), allText: `${stdout}\n${stderr}\n${summary}\n${readFileSync(outputFile, 'utf8')}`, outputFile };
}

function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dist, 'cli', 'index.js'), ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const PR_EVENT = { pull_request: { number: 42, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { ref: 'feature/orders', sha: 'c'.repeat(40) } } };

beforeAll(async () => {
  for (const b of ['lint-migration', 'cli']) expect(existsSync(path.join(REPO_ROOT, 'dist', b, 'index.js')), `run: node scripts/build.mjs lint-migration cli`).toBe(true);
  outside = mkdtempSync(path.join(os.tmpdir(), 'mg-lint-e2e-'));
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(outside, 'dist'), { recursive: true });
  dist = path.join(outside, 'dist');
  expect(noNodeModulesAbove(dist)).toBe(true);
  expect(existsSync(path.join(dist, 'vendor', 'libpg-query', 'wasm', 'libpg-query.wasm'))).toBe(true);
  gh = await new FakeGitHub().start();
  db = await createTestDatabase('mgt_lint_e2e');
  await db.query(`CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL, "name" TEXT);
    INSERT INTO "User" ("email") SELECT 'u' || g FROM generate_series(1, 2000) g; ANALYZE "User";`);
  repo = new GitRepo('lint-e2e');
  repo.write('prisma/schema.prisma', 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n');
  // deploy.lock-timeout off: the migration is then the only place a lock_timeout can come from, so
  // lock-timeout-missing is a warning (a notice while the deploy sets one) and escalates on a large table.
  repo.write('.github/migration-gates.yml', 'lint:\n  large-table-rows: 1000\ndeploy:\n  lock-timeout: off\n');
  repo.migration(M, '20240101000000_init', 'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "name" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));');
  repo.commit('init');
  repo.checkout('feature/orders', true);
  repo.migration(
    M,
    '20240201000000_add_orders',
    `-- CreateTable
CREATE TABLE "Order" ("id" SERIAL NOT NULL, "userId" INTEGER NOT NULL, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"));
-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- CreateIndex
CREATE INDEX "Order_userId_idx" ON "Order"("userId");
-- migration-gates-ignore lock-timeout-missing, create-index-not-concurrently -- <b>tiny</b> table, reviewed by @ops
CREATE INDEX "User_name_idx" ON "User"("name");
ALTER TABLE "User" DROP COLUMN "name";
`,
  );
  repo.commit('orders');
});

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
  await db?.drop();
  if (outside) rmSync(outside, { recursive: true, force: true });
});

describe('lint-migration bundle, run as the runner runs it from a copy of dist/', () => {
  let first: Awaited<ReturnType<typeof runCopied>>;

  beforeAll(async () => {
    const statsUrl = db.url.replace('postgres@', `postgres:${PASSWORD}@`);
    first = await runCopied(path.join(dist, 'lint-migration', 'index.js'), {
      cwd: repo.dir,
      event: PR_EVENT,
      inputs: { 'github-token': 'ghs_test', comment: 'true', 'fail-on': 'error', cache: 'true', 'stats-database-url': statsUrl, config: '.github/migration-gates.yml' },
      env: { GITHUB_API_URL: gh.url },
    });
  });

  it('fails the step on the error and sets every output', () => {
    expect(first.code, first.allText).toBe(1);
    // drop-column, and lock-timeout-missing escalated: "User" has 2,000 rows, above lint.large-table-rows (1,000).
    expect(first.outputs).toMatchObject({ errors: '2', warnings: '1', notices: '0' });
    expect(JSON.parse(first.outputs.linted!)).toEqual([`${M}/20240201000000_add_orders/migration.sql`]);
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report.summary).toMatchObject({ tool: 'lint-migration', errors: 2, warnings: 1, engine: 'pglite' });
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['drop-column', 'lock-timeout-missing', 'unused-ignore']);
    expect(report.findings[1].message).toContain('escalated to error');
    // The replay ran (PGlite, loaded from dist/vendor) and saw the column go.
    expect(report.findings[0]).toMatchObject({ file: `${M}/20240201000000_add_orders/migration.sql`, line: 9, observed: true, table: 'User' });
    expect(report.findings[0].message).toContain('~2,000 rows');
    expect(report.summary.suppressions[0]).toMatchObject({ line: 7, matched: ['create-index-not-concurrently'], reason: '<b>tiny</b> table, reviewed by @ops' });
  });

  it('writes a SARIF 2.1.0 file', () => {
    const sarif = JSON.parse(readFileSync(first.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['drop-column', 'lock-timeout-missing', 'unused-ignore']);
    expect(results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: `${M}/20240201000000_add_orders/migration.sql` }, region: { startLine: 9 } });
    expect(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'drop-column').helpUri).toMatch(/docs\/rules\/drop-column\.md$/);
  });

  it('annotates the migration file at the statement', () => {
    const err = first.annotations.find((a) => a.level === 'error' && a.message.includes('DROP COLUMN'))!;
    expect(err.props).toMatchObject({ file: `${M}/20240201000000_add_orders/migration.sql`, line: '9' });
    expect(err.props.title).toContain('drop-column');
    const warn = first.annotations.find((a) => a.level === 'warning')!;
    expect(warn.message).toContain('ignore of "lock-timeout-missing" matches no finding on the next statement');
  });

  it('writes the job summary: findings, the guide\'s checklist, suppressions with their reason, engine and table sizes', () => {
    const s = first.summary;
    expect(s).toContain('## ❌ migration-gates: SQL lint');
    expect(s).toContain('[drop-column](https://github.com/migration-gates/migration-gates/blob/main/docs/rules/drop-column.md)');
    expect(s).toMatch(/- \[ \] ❌ No data loss potential — failed: `drop-column`/);
    expect(s).toMatch(/- \[x\] ✅ Foreign key constraints are correct/);
    expect(s).toContain('### Suppressed by ignore comments');
    // PR text is escaped: no raw HTML from a migration comment reaches the page.
    expect(s).not.toContain('<b>tiny</b>');
    expect(s).toContain('&lt;b&gt;tiny&lt;/b&gt; table');
    expect(s).toMatch(/replayed in embedded PostgreSQL \(PGlite\)/);
    expect(s).toContain('### Affected tables (stats database)');
  });

  it('posts one sticky PR comment, and updates it on the next run', async () => {
    const posted = [...gh.comments.values()];
    expect(posted).toHaveLength(1);
    expect(posted[0]!.issue).toBe(42);
    expect(posted[0]!.body).toContain('<!-- migration-gates:lint-migration -->');
    expect(posted[0]!.body).toContain('drop-column');
    expect(gh.requests.some((r) => r.headers.authorization === 'token ghs_test')).toBe(true);

    repo.migration(M, '20240201000000_add_orders', 'CREATE TABLE "Order" ("id" SERIAL NOT NULL, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"));\n');
    repo.commit('fix');
    const second = await runCopied(path.join(dist, 'lint-migration', 'index.js'), {
      cwd: repo.dir,
      event: PR_EVENT,
      inputs: { 'github-token': 'ghs_test', comment: 'true', replay: 'false' },
      env: { GITHUB_API_URL: gh.url },
    });
    expect(second.code, second.allText).toBe(0);
    expect(second.outputs).toMatchObject({ errors: '0', warnings: '0' });
    const after = [...gh.comments.values()];
    expect(after).toHaveLength(1);
    expect(after[0]!.body).toContain('## ✅ migration-gates: SQL lint');
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('never prints the stats database password', () => {
    const shown = first.allText.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.filter((l) => l.includes(PASSWORD))).toEqual([]);
    expect(first.allText).toContain(`::add-mask::${PASSWORD}`);
  });

  it('says what is missing when it has nothing to compare with', async () => {
    const r = await runCopied(path.join(dist, 'lint-migration', 'index.js'), { cwd: repo.dir, eventName: 'push', event: {}, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::lint-migration has nothing to compare with%0AWhy: this is not a pull_request event.*%0ANext: run it on pull_request, or set base-ref/);
  });

  it('lints explicit paths and the whole history with the paths and all inputs', async () => {
    const r = await runCopied(path.join(dist, 'lint-migration', 'index.js'), {
      cwd: repo.dir,
      eventName: 'push',
      inputs: { paths: `${M}/20240101000000_init\n`, all: 'false', replay: 'false', comment: 'false', 'fail-on': 'warning' },
    });
    expect(r.code, r.allText).toBe(0);
    expect(JSON.parse(r.outputs.linted!)).toEqual([`${M}/20240101000000_init/migration.sql`]);
    const all = await runCopied(path.join(dist, 'lint-migration', 'index.js'), { cwd: repo.dir, eventName: 'push', inputs: { all: 'true', replay: 'false', comment: 'false' } });
    expect(JSON.parse(all.outputs.linted!)).toHaveLength(2);
  });
});

describe('migration-gates lint (the CLI bundle, from the same copy)', () => {
  it('prints findings as text, JSON or SARIF and exits 1 on an error-level finding', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'mg-lint-cli-'));
    try {
      mkdirSync(path.join(project, M, '20240101000000_init'), { recursive: true });
      mkdirSync(path.join(project, M, '20240102000000_drop'), { recursive: true });
      writeFileSync(path.join(project, M, '20240101000000_init', 'migration.sql'), 'CREATE TABLE "T" ("id" INTEGER, "v" TEXT);');
      writeFileSync(path.join(project, M, '20240102000000_drop', 'migration.sql'), 'SET lock_timeout = \'3s\';\nALTER TABLE "T" DROP COLUMN "v";\nSELEC 1;');
      const text = await runCli(['lint', `${M}/20240102000000_drop`, '--no-replay'], project);
      expect(text.code).toBe(1);
      expect(text.stdout).toContain(`${M}/20240102000000_drop/migration.sql:2:1  error [drop-column] DROP COLUMN "T"."v" deletes its data`);
      expect(text.stdout).toContain(`${M}/20240102000000_drop/migration.sql:3:1  error [syntax-error] PostgreSQL cannot parse this statement: syntax error at or near "SELEC"`);
      const json = await runCli(['lint', `${M}/20240102000000_drop/migration.sql`, '--format', 'json'], project);
      expect(json.code).toBe(1);
      const out = JSON.parse(json.stdout);
      expect(out.summary).toMatchObject({ tool: 'lint-migration', errors: 2, engine: 'none' });
      // The file does not parse: no replay of a schema that never was, so the engine is static.
      const sarif = await runCli(['lint', '--all', '--no-replay', '--format', 'sarif', '--fail-on', 'never'], project);
      expect(sarif.code).toBe(0);
      expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(2);
      const replayed = await runCli(['lint', `${M}/20240101000000_init`, '--format', 'json'], project);
      expect(replayed.code).toBe(0);
      expect(JSON.parse(replayed.stdout).summary.engine).toBe('pglite');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('exits 2 with what, why and next on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['lint', 'nope', '--no-replay'], /nope does not exist[\s\S]*Next: check the path/],
      [['lint', '--format', 'xml', '--all'], /--format xml is not supported here/],
      [['lint', '--bogus'], /Unknown option '--bogus'/],
      [['lint', '--all', '--fail-on', 'sometimes'], /--fail-on sometimes is not supported/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, os.tmpdir());
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
