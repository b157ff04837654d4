import { afterEach, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/commands/check.js';
import { summarize } from '../../src/report/finding.js';
import type { GitRepo } from '../helpers/git.js';
import { check, MIG, serviceRepo } from './helpers.js';

// Issue 9, item 5: out-of-order-migration graded by consequence, proven by a replay of both
// orders in the embedded PostgreSQL (base history then the new migration; all in folder order).

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** develop got `theirs` first; the feature branch adds `mine` with an older timestamp. */
function parallel(theirs: [string, string], mine: [string, string]): GitRepo {
  repo = serviceRepo({ base: 'develop' });
  repo.checkout('develop').migration(MIG, theirs[0], theirs[1]).commit('other PR merged first');
  repo.checkout('feature/work').migration(MIG, mine[0], mine[1]).commit('mine');
  return repo;
}

async function cliExit(dir: string): Promise<number> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await checkCommand.run({ values: { 'base-ref': 'develop', format: 'json', 'fail-on': 'error' }, positionals: [], cwd: dir });
  } finally {
    process.stdout.write = write;
  }
}

describe('out-of-order-migration, proven by replay', () => {
  it('independent changes: both orders build the same schema, so a warning to rename, and exit 0', async () => {
    parallel(['20240305000000_add_oauth_provider_table', 'CREATE TABLE "OAuthConfig" ("id" TEXT NOT NULL, CONSTRAINT "OAuthConfig_pkey" PRIMARY KEY ("id"));\n'], ['20240301000000_add_user_bio', 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\n']);
    const r = await check(repo!, { baseRef: 'develop' });
    const f = r.findings.filter((x) => x.rule === 'out-of-order-migration');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', file: `${MIG}/20240301000000_add_user_bio/migration.sql` });
    expect(f[0]!.message).toContain('the order was proven not to matter');
    // A runnable sequence, one command a line.
    const lines = f[0]!.fix!.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^git mv ${MIG}/20240301000000_add_user_bio ${MIG}/\\d{14}_add_user_bio$`));
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^git commit -m /), 'git push']);
    expect(summarize(r.findings).errors).toBe(0);
    expect(await cliExit(repo!.dir)).toBe(0);
  });

  it('the orders build different schemas: an error that names the differing object, and exit 1', async () => {
    parallel(['20240305000000_default_user_name', `ALTER TABLE "User" ALTER COLUMN "name" SET DEFAULT 'anonymous';\n`], ['20240301000000_default_user_name_guest', `ALTER TABLE "User" ALTER COLUMN "name" SET DEFAULT 'guest';\n`]);
    const r = await check(repo!, { baseRef: 'develop' });
    const f = r.findings.find((x) => x.rule === 'out-of-order-migration')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('build different schemas');
    expect(f.message).toContain('column public.User.name');
    expect(f.message).toContain("'guest'");
    expect(f.fix!.split('\n')).toEqual([
      'git fetch origin',
      'git rebase origin/develop',
      `rm -rf ${MIG}/20240301000000_default_user_name_guest`,
      'cd services/auth-service',
      'npx prisma migrate dev --name default_user_name_guest',
      'git add -A prisma/migrations',
      `git commit -m 'regenerate default_user_name_guest after develop'`,
      'git push --force-with-lease',
    ]);
    expect(await cliExit(repo!.dir)).toBe(1);
  });

  it('the new migration fails in folder order (it needs the other branch\'s table): an error naming the statement', async () => {
    parallel(['20240305000000_add_oauth_provider_table', 'CREATE TABLE "OAuthConfig" ("id" TEXT NOT NULL);\n'], ['20240301000000_add_oauth_scope', 'ALTER TABLE "OAuthConfig" ADD COLUMN "scope" TEXT;\n']);
    const r = await check(repo!, { baseRef: 'develop' });
    const f = r.findings.find((x) => x.rule === 'out-of-order-migration')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('in the folder order (migrate reset, new environments) 20240301000000_add_oauth_scope, statement 1 (line 1)');
    expect(f.message).toContain('"OAuthConfig" does not exist');
  });

  it('replay switched off: a warning that says the order could not be proven', async () => {
    parallel(['20240305000000_add_oauth_provider_table', 'CREATE TABLE "OAuthConfig" ("id" TEXT NOT NULL);\n'], ['20240301000000_add_user_bio', 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\n']);
    const f = (await check(repo!, { baseRef: 'develop', replay: false })).findings.find((x) => x.rule === 'out-of-order-migration')!;
    expect(f).toMatchObject({ severity: 'warning', message: expect.stringContaining('could not be proven: the replay is switched off') });
  });
});
