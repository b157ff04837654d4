import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git.js';
import { runBundle } from '../helpers/runner.js';
import { makeTempDir } from '../helpers/tmp.js';

const SCHEMA = `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  name  String?\n}\n`;
const INIT = `-- CreateTable\nCREATE TABLE "User" (\n    "id" SERIAL NOT NULL,\n    "email" TEXT NOT NULL,\n    "name" TEXT,\n    CONSTRAINT "User_pkey" PRIMARY KEY ("id")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n`;
const M = 'services/auth-service/prisma/migrations';

/** The root action (action.yml -> dist/pr-check): history rules + lint, one sticky comment. */
describe('root action dist/pr-check, run as the runner runs it', () => {
  const gh = new FakeGitHub();
  let repo: GitRepo;
  // Our own RUNNER_TEMP: the report file must outlive the run to be read.
  const runnerTemp = makeTempDir('prcheck-temp');

  beforeAll(async () => {
    await gh.start();
    repo = new GitRepo('prcheck');
    repo.git('checkout', '-q', '-b', 'develop');
    repo
      .write('services/auth-service/prisma/schema.prisma', SCHEMA)
      .write(`${M}/migration_lock.toml`, 'provider = "postgresql"\n')
      .migration(M, '20240101000000_init', INIT);
    repo.commit('init');
    repo.checkout('feature/$(touch${IFS}pwned);"x\'', true);
    repo.write('services/auth-service/prisma/schema.prisma', SCHEMA.replace('name  String?', 'bio   String?'));
    repo.migration(M, '20240301000000_update', 'ALTER TABLE "User" DROP COLUMN "name";\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\n');
    repo.commit('feature');
  });

  afterAll(async () => {
    await gh.stop();
    repo.cleanup();
    runnerTemp.cleanup();
  });

  const event = () => ({
    action: 'synchronize',
    number: 42,
    pull_request: { number: 42, base: { ref: 'develop', sha: repo.git('rev-parse', 'develop') }, head: { ref: 'feature/x', sha: repo.git('rev-parse', 'HEAD') } },
    repository: { full_name: 'acme/girok' },
  });

  it('reports history and lint findings in one comment, then updates that comment', async () => {
    const inputs = { 'working-directory': repo.dir, 'github-token': 'ghs_fake', comment: 'true', 'fail-on': 'error', cache: 'false' };
    const r = await runBundle('pr-check', { inputs, event: event(), env: { GITHUB_API_URL: gh.url, RUNNER_TEMP: runnerTemp.dir }, cwd: repo.dir });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(Number(r.outputs.warnings)).toBeGreaterThanOrEqual(1);
    const rules = r.annotations.map((a) => a.props.title ?? '');
    expect(rules.some((t) => t.startsWith('drop-column'))).toBe(true);
    expect(rules.some((t) => t.startsWith('migration-name'))).toBe(true);
    const dropCol = r.annotations.find((a) => a.props.title?.startsWith('drop-column'))!;
    expect(dropCol.props.file).toBe(`${M}/20240301000000_update/migration.sql`);
    expect(dropCol.props.line).toBe('1');
    expect(r.summary).toContain('Migration review checklist');
    expect(r.summary).toMatch(/No data loss potential — failed/);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.summary.tool).toBe('pr-check');
    expect(JSON.parse(r.outputs['new-migrations']!)).toEqual([`${M}/20240301000000_update/migration.sql`]);
    expect(gh.comments.size).toBe(1);
    const first = [...gh.comments.values()][0]!;
    expect(first.body).toContain('<!-- migration-gates:pr-check -->');

    const again = await runBundle('pr-check', { inputs, event: event(), env: { GITHUB_API_URL: gh.url, RUNNER_TEMP: runnerTemp.dir }, cwd: repo.dir });
    expect(again.code).toBe(1);
    expect(gh.comments.size).toBe(1);
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(existsSync(path.join(repo.dir, 'pwned'))).toBe(false);
  });

  it('fails with the fix when there is no base branch to compare with', async () => {
    const r = await runBundle('pr-check', { inputs: { 'working-directory': repo.dir, comment: 'false' }, event: {}, eventName: 'push', cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::no base branch to compare with/);
    expect(r.stdout).toContain('base-ref');
  });
});
