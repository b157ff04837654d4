import { afterEach, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/commands/check.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { runPrCheck } from '../../src/pr/run.js';
import { summarize } from '../../src/report/finding.js';
import type { GitRepo } from '../helpers/git.js';
import { ADD_NAME_SQL, check, INIT_SQL, MIG, SCHEMA, SCHEMA_V1, serviceRepo } from './helpers.js';

// Issue 9, item 1: only what the PR introduces fails it. What the same checks find on the merge
// base is one notice "already on <base> since <commit>", and never changes the exit code.

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const ADD_BIO_SQL = '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "bio" TEXT;\n';
const SCHEMA_V2 = SCHEMA_V1.replace('email String @unique', 'email String @unique\n  bio   String?');
const STRAY = 'prisma/migrations/20230101000000_legacy_users/migration.sql';

/** Runs `migration-gates check` in-process and returns its exit code (stdout is the report). */
async function cliExit(dir: string): Promise<number> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await checkCommand.run({ values: { 'base-ref': 'main', format: 'json', 'fail-on': 'error' }, positionals: [], cwd: dir });
  } finally {
    process.stdout.write = write;
  }
}

describe('a problem already on the base branch', () => {
  it('a stray prisma/migrations folder on the base is one notice naming the commit that added it; the PR passes', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration('prisma/migrations', '20230101000000_legacy_users', INIT_SQL);
    const since = repo.commit('legacy stray folder').slice(0, 7);
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.write(SCHEMA, SCHEMA_V2).migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('feat: bio');
    const r = await check(repo);
    const f = r.findings.filter((x) => x.rule === 'migration-outside-service');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'notice', file: STRAY });
    expect(f[0]!.message).toMatch(new RegExp(`^already on main since ${since}[0-9a-f]*: prisma/migrations holds 1 migration`));
    expect(summarize(r.findings)).toMatchObject({ errors: 0, warnings: 0 });
    expect(await cliExit(repo.dir)).toBe(0);
  });

  it('still a notice when the PR changes the count of the stray folder\'s migrations (the key is not the message\'s numbers)', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration('prisma/migrations', '20230101000000_legacy_users', INIT_SQL).commit('legacy');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.migration('prisma/migrations', '20230102000000_legacy_names', ADD_NAME_SQL).commit('more legacy');
    const f = (await check(repo)).findings.filter((x) => x.rule === 'migration-outside-service');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'notice', message: expect.stringContaining('holds 2 migration(s)') });
  });

  it('the PR that introduces the stray folder gets the error, and the CLI exits 1', async () => {
    repo = serviceRepo();
    repo.migration('prisma/migrations', '20230101000000_legacy_users', INIT_SQL).commit('stray');
    const r = await check(repo);
    expect(r.findings.find((x) => x.rule === 'migration-outside-service')).toMatchObject({ severity: 'error', file: STRAY });
    expect(summarize(r.findings).errors).toBe(1);
    expect(await cliExit(repo.dir)).toBe(1);
  });

  it('a migration_lock.toml missing on the base is a notice "since <merge base>"; removing it in the PR is an error', async () => {
    repo = serviceRepo();
    repo.checkout('main').remove(`${MIG}/migration_lock.toml`);
    const mergeBase = repo.commit('no lock').slice(0, 7);
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.write(SCHEMA, SCHEMA_V2).migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('feat');
    const r = await check(repo);
    expect(r.findings.filter((x) => x.rule === 'migration-lock')).toEqual([
      expect.objectContaining({ severity: 'notice', message: `already on main since ${mergeBase}: ${MIG}/migration_lock.toml is missing (service auth-service)` }),
    ]);
    expect(await cliExit(repo.dir)).toBe(0);

    repo.cleanup();
    repo = serviceRepo();
    repo.remove(`${MIG}/migration_lock.toml`).commit('rm lock');
    expect((await check(repo)).findings.find((x) => x.rule === 'migration-lock')).toMatchObject({ severity: 'error' });
  });

  it('an old folder without migration.sql on the base is a notice; a new one in the PR is an error', async () => {
    repo = serviceRepo();
    repo.checkout('main').write(`${MIG}/20240103000000_half_done/README.md`, 'sql lost\n').commit('broken folder');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.write(`${MIG}/20240301000000_add_user_bio/README.md`, 'forgot the sql\n').commit('mine');
    const f = (await check(repo, { replay: false })).findings.filter((x) => x.rule === 'invalid-migration-folder');
    expect(f.map((x) => [x.file, x.severity])).toEqual([
      [`${MIG}/20240103000000_half_done`, 'notice'],
      [`${MIG}/20240301000000_add_user_bio`, 'error'],
    ]);
  });

  it('pr-check: a lint finding of a base migration the PR edits is a notice; the edit itself is the error', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration(MIG, '20240103000000_index_user_name', 'CREATE INDEX "User_name_idx" ON "User"("name");\n').commit('index');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.migration(MIG, '20240103000000_index_user_name', '-- reviewed: small table\nCREATE INDEX "User_name_idx" ON "User"("name");\n').commit('comment the index');
    const report = await runPrCheck({ repoRoot: repo.dir, config: defaultConfig(), baseRef: 'main' });
    const index = report.findings.filter((x) => x.rule === 'create-index-not-concurrently');
    expect(index).toHaveLength(1);
    expect(index[0]).toMatchObject({ severity: 'notice', message: expect.stringMatching(/^already on main since [0-9a-f]{7}/) });
    expect(report.findings.find((x) => x.rule === 'edited-migration')).toMatchObject({ severity: 'error' });
    expect(summarize(report.findings).errors).toBe(1);
  });

  it('pr-check: a new lint finding the edit adds to a base migration stays what it is', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration(MIG, '20240103000000_index_user_name', 'CREATE INDEX "User_name_idx" ON "User"("name");\n').commit('index');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.migration(MIG, '20240103000000_index_user_name', 'CREATE INDEX "User_name_idx" ON "User"("name");\nCREATE INDEX "User_email_name_idx" ON "User"("email", "name");\n').commit('second index');
    const report = await runPrCheck({ repoRoot: repo.dir, config: defaultConfig(), baseRef: 'main' });
    const index = report.findings.filter((x) => x.rule === 'create-index-not-concurrently');
    expect(index).toHaveLength(2);
    expect(index.filter((x) => x.severity === 'notice')).toHaveLength(1);
    expect(index.filter((x) => x.severity !== 'notice')).toHaveLength(1);
    expect(index.find((x) => x.severity !== 'notice')!.statement).toContain('User_email_name_idx');
  });
});
