import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { ruleDocsUrl } from '../../src/report/finding.js';
import type { GitRepo } from '../helpers/git.js';
import { ADD_NAME_SQL, BASE_HOSTILE, canaryExists, check, FEATURE_HOSTILE, INIT_SQL, MIG, rules, SCHEMA, SCHEMA_V1, serviceRepo } from './helpers.js';

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const SCHEMA_V2 = SCHEMA_V1.replace('email String @unique', 'email String @unique\n  bio   String?');
const ADD_BIO_SQL = '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "bio" TEXT;\n';

/** Findings other than the "drift not checked" notice. */
const problems = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => !(f.rule === 'schema-drift' && f.severity === 'notice'));

describe('a clean pull request', () => {
  it('a schema change with its migration passes every rule and says how to enable drift', async () => {
    repo = serviceRepo();
    repo.write(SCHEMA, SCHEMA_V2).migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('feat: bio');
    const r = await check(repo);
    expect(problems(r)).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'schema-drift', severity: 'notice', fix: expect.stringContaining('shadow-database-url') });
    expect([...r.ran]).toEqual(['history']);
  });

  it('a PR that touches no migration has no findings at all', async () => {
    repo = serviceRepo();
    repo.write('README.md', 'docs\n').commit('docs');
    const r = await check(repo);
    expect(r.findings).toEqual([]);
  });
});

describe('schema-without-migration', () => {
  it('fails when schema.prisma changed and no migration folder was added', async () => {
    repo = serviceRepo();
    repo.write(SCHEMA, SCHEMA_V2).commit('schema only');
    const r = await check(repo);
    const f = r.findings.find((x) => x.rule === 'schema-without-migration');
    expect(f).toMatchObject({ severity: 'error', file: SCHEMA, docsUrl: ruleDocsUrl('schema-without-migration') });
    expect(f!.fix).toContain('prisma migrate dev --name');
  });

  it('passes when a migration for the service was added with the schema change', async () => {
    repo = serviceRepo();
    repo.write(SCHEMA, SCHEMA_V2).migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('x');
    expect(rules(await check(repo))).not.toContain('schema-without-migration');
  });
});

describe('edited-migration', () => {
  it('fails on an edited migration.sql of the base branch, pointing at the changed line', async () => {
    repo = serviceRepo();
    repo.write(`${MIG}/20240101000000_init/migration.sql`, INIT_SQL.replace('"email" TEXT NOT NULL', '"email" VARCHAR(320) NOT NULL')).commit('edit');
    const r = await check(repo);
    const f = r.findings.find((x) => x.rule === 'edited-migration');
    expect(f).toMatchObject({ severity: 'error', file: `${MIG}/20240101000000_init/migration.sql`, line: 4 });
    expect(f!.message).toContain('20240101000000_init');
    expect(rules(r)).toEqual(['edited-migration', 'schema-drift']);
  });

  it('passes when the PR edits a migration it adds itself', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('add');
    repo.migration(MIG, '20240301000000_add_user_bio', `${ADD_BIO_SQL}-- reviewed\n`).commit('edit own');
    expect(rules(await check(repo))).not.toContain('edited-migration');
  });
});

describe('deleted-migration and renamed-migration', () => {
  it('fails on a deleted migration folder', async () => {
    repo = serviceRepo();
    repo.remove(`${MIG}/20240102000000_add_user_name`).commit('rm');
    const r = await check(repo);
    expect(r.findings.filter((f) => f.rule === 'deleted-migration').map((f) => f.file)).toEqual([`${MIG}/20240102000000_add_user_name/migration.sql`]);
  });

  it('a whole service removed (schema and migrations together) is one warning that says so (issue 9)', async () => {
    repo = serviceRepo();
    repo.remove('services').commit('rm service');
    const r = await check(repo);
    const f = r.findings.filter((x) => x.rule === 'deleted-migration');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', file: SCHEMA, message: expect.stringContaining('service auth-service was removed') });
  });

  it('deleting a stray migrations folder that belongs to no service (what migration-outside-service asks) is no finding (issue 9)', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration('prisma/migrations', '20230101000000_legacy_users', INIT_SQL).commit('stray');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.remove('prisma').commit('remove the stray folder');
    const r = await check(repo);
    expect(r.changes.files.filter((f) => f.status === 'D').map((f) => f.path)).toEqual(['prisma/migrations/20230101000000_legacy_users/migration.sql']);
    expect(r.findings).toEqual([]);
  });

  it('fails when a service\'s migrations directory disappears but its schema stays', async () => {
    repo = serviceRepo();
    repo.remove(MIG).commit('rm migrations');
    const r = await check(repo);
    const f = r.findings.filter((x) => x.rule === 'deleted-migration');
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it('fails on a renamed folder as one rename, not a delete plus an add', async () => {
    repo = serviceRepo();
    repo.move(`${MIG}/20240102000000_add_user_name`, `${MIG}/20240102000000_add_display_name`).commit('mv');
    const r = await check(repo);
    expect(rules(r).filter((x) => x !== 'schema-drift')).toEqual(['renamed-migration']);
    expect(r.findings[0]!.message).toContain('20240102000000_add_user_name was renamed to 20240102000000_add_display_name');
    expect(r.findings[0]!.fix).toContain('git mv');
  });
});

describe('out-of-order-migration', () => {
  function parallel(mine: string) {
    repo = serviceRepo({ base: 'develop' });
    repo.checkout('develop');
    repo.migration(MIG, '20240305000000_add_oauth_provider_table', 'CREATE TABLE "OAuthConfig" ("id" TEXT NOT NULL);\n').commit('B merged first');
    repo.checkout('feature/work');
    repo.migration(MIG, mine, ADD_BIO_SQL).commit('A');
    return repo;
  }

  it('another branch merged a newer migration first: without a replay, a warning that it is not proven, with both fixes', async () => {
    const r = await check(parallel('20240301000000_add_user_profile'), { baseRef: 'develop', replay: false });
    const f = r.findings.find((x) => x.rule === 'out-of-order-migration');
    // Issue 9: graded by replay; not proven is a warning (was an error before).
    expect(f).toMatchObject({ severity: 'warning', file: `${MIG}/20240301000000_add_user_profile/migration.sql` });
    expect(f!.message).toContain('20240305000000_add_oauth_provider_table');
    expect(f!.message).toContain('could not be proven');
    expect(f!.fix).toContain('git rebase origin/develop');
    expect(f!.fix).toContain(`rm -rf ${MIG}/20240301000000_add_user_profile`);
    expect(f!.fix).toContain('prisma migrate dev --name add_user_profile');
    expect(f!.why).toContain(`git mv ${MIG}/20240301000000_add_user_profile ${MIG}/`);
  });

  it('passes when the new migration sorts after the base branch\'s newest', async () => {
    const r = await check(parallel('20240310000000_add_user_profile'), { baseRef: 'develop' });
    expect(rules(r)).not.toContain('out-of-order-migration');
  });
});

describe('duplicate-migration-timestamp', () => {
  it('fails when a new folder reuses an existing timestamp', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240102000000_add_user_bio', ADD_BIO_SQL).commit('dup');
    const r = await check(repo, { replay: false });
    const f = r.findings.find((x) => x.rule === 'duplicate-migration-timestamp');
    expect(f!.message).toContain('20240102000000_add_user_name');
    expect(rules(r)).toContain('out-of-order-migration');
  });

  it('fails when two branches picked the same second and the other merged first', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration(MIG, '20240301000000_add_oauth_table', ADD_BIO_SQL).commit('other');
    repo.checkout('feature/work').migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('mine');
    expect(rules(await check(repo, { replay: false }))).toContain('duplicate-migration-timestamp');
  });
});

describe('invalid-migration-folder', () => {
  it.each([
    ['001_add_user_bio', 'is not named'],
    ['20241399000000_add_user_bio', 'not a valid UTC date'],
    ['2024030100000_add_user_bio', 'is not named'],
  ])('fails on the folder name %s', async (folder, text) => {
    repo = serviceRepo();
    repo.migration(MIG, folder, ADD_BIO_SQL).commit('bad name');
    const f = (await check(repo)).findings.find((x) => x.rule === 'invalid-migration-folder');
    expect(f?.message).toContain(text);
  });

  it('fails on a folder without migration.sql', async () => {
    repo = serviceRepo();
    repo.write(`${MIG}/20240301000000_add_user_bio/README.md`, 'forgot the sql\n').commit('no sql');
    const f = (await check(repo)).findings.find((x) => x.rule === 'invalid-migration-folder');
    expect(f).toMatchObject({ severity: 'error', file: `${MIG}/20240301000000_add_user_bio`, message: expect.stringContaining('has no migration.sql') });
  });

  it('leaves legacy names already on the base branch alone', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration(MIG, '0001_legacy', 'SELECT 1;\n').commit('legacy');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('ok');
    expect(rules(await check(repo))).not.toContain('invalid-migration-folder');
  });
});

describe('empty-migration', () => {
  it('warns on a migration with only comments', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_user_bio', '-- This is an empty migration.\n/* nothing */\n').commit('empty');
    const f = (await check(repo)).findings.find((x) => x.rule === 'empty-migration');
    expect(f).toMatchObject({ severity: 'warning', line: 1 });
  });

  it('passes a migration with a statement after comments', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_user_bio', `-- why\n${ADD_BIO_SQL}`).commit('ok');
    expect(rules(await check(repo))).not.toContain('empty-migration');
  });
});

describe('migration-name', () => {
  it.each(['wip', 'fix_2', 'update', 'a', '123', 'Test'])('warns on the name %s', async (label) => {
    repo = serviceRepo();
    repo.migration(MIG, `20240301000000_${label}`, ADD_BIO_SQL).commit('x');
    const f = (await check(repo)).findings.find((x) => x.rule === 'migration-name');
    expect(f).toMatchObject({ severity: 'warning', file: `${MIG}/20240301000000_${label}/migration.sql` });
  });

  it('passes a descriptive name', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_user_profile', ADD_BIO_SQL).commit('x');
    expect(rules(await check(repo))).not.toContain('migration-name');
  });

  it('follows config.migrations: forbidden names, minimum length and pattern', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('x');
    const config = defaultConfig();
    config.migrations.namePattern = '^(create|drop|alter)_';
    let f = (await check(repo, { config })).findings.find((x) => x.rule === 'migration-name');
    expect(f?.message).toContain('name-pattern');
    config.migrations.namePattern = undefined;
    config.migrations.minNameLength = 20;
    f = (await check(repo, { config })).findings.find((x) => x.rule === 'migration-name');
    expect(f?.message).toContain('shorter than 20');
    config.migrations.minNameLength = 3;
    config.migrations.forbiddenNames = ['add_user_bio'];
    f = (await check(repo, { config })).findings.find((x) => x.rule === 'migration-name');
    expect(f?.message).toContain('says nothing');
  });

  it('lint.rules can re-grade or switch off a history rule', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_wip', ADD_BIO_SQL).commit('x');
    const config = defaultConfig();
    config.lint.rules['migration-name'] = 'error';
    expect((await check(repo, { config })).findings.find((x) => x.rule === 'migration-name')?.severity).toBe('error');
    config.lint.rules['migration-name'] = 'off';
    expect(rules(await check(repo, { config }))).not.toContain('migration-name');
  });
});

describe('migration-lock', () => {
  it('fails when migration_lock.toml is missing', async () => {
    repo = serviceRepo();
    repo.remove(`${MIG}/migration_lock.toml`).commit('rm lock');
    const f = (await check(repo)).findings.find((x) => x.rule === 'migration-lock');
    expect(f?.message).toContain('is missing');
  });

  it('fails when the provider is not postgresql, with the line', async () => {
    repo = serviceRepo();
    repo.write(`${MIG}/migration_lock.toml`, '# comment\n\nprovider = "mysql"\n').commit('mysql');
    const f = (await check(repo)).findings.filter((x) => x.rule === 'migration-lock');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, message: expect.stringContaining('"mysql"') });
  });

  it('passes a lock file edit that keeps the provider (comments reworded, a newline) (issue 9)', async () => {
    repo = serviceRepo();
    repo.write(`${MIG}/migration_lock.toml`, "# Prisma writes this file\n\nprovider = 'postgresql' # pinned\n\n").commit('touch lock');
    expect(rules(await check(repo))).not.toContain('migration-lock');
  });

  it('fails when the PR changes the provider, naming both', async () => {
    repo = serviceRepo();
    repo.checkout('main').write(`${MIG}/migration_lock.toml`, 'provider = "cockroachdb"\n').commit('cockroach');
    repo.checkout('feature/work').git('rebase', '-q', 'main');
    repo.write(`${MIG}/migration_lock.toml`, 'provider = "postgresql"\n').commit('back to postgres');
    const f = (await check(repo)).findings.find((x) => x.rule === 'migration-lock');
    expect(f).toMatchObject({ severity: 'error', line: 1, message: expect.stringContaining('from "cockroachdb" to "postgresql"') });
  });

  it('passes an untouched lock file', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_user_bio', ADD_BIO_SQL).commit('x');
    expect(rules(await check(repo))).not.toContain('migration-lock');
  });
});

describe('migration-outside-service', () => {
  it('fails on a stray prisma/migrations at the root beside services/*/prisma', async () => {
    repo = serviceRepo();
    repo.migration('prisma/migrations', '20240301000000_add_user_bio', ADD_BIO_SQL).commit('stray');
    const f = (await check(repo)).findings.find((x) => x.rule === 'migration-outside-service');
    expect(f).toMatchObject({ file: 'prisma/migrations/20240301000000_add_user_bio/migration.sql', message: expect.stringContaining('belongs to no discovered service') });
  });

  it('fails on a service missing from the configured services list', async () => {
    repo = serviceRepo();
    repo.write('services/billing/prisma/schema.prisma', SCHEMA_V1).migration('services/billing/prisma/migrations', '20240301000000_init', INIT_SQL).commit('billing');
    const config = defaultConfig();
    config.services = [{ name: 'auth-service', root: 'services/auth-service', schema: SCHEMA, migrations: MIG }];
    const f = (await check(repo, { config })).findings.find((x) => x.rule === 'migration-outside-service');
    expect(f?.message).toContain('services/billing/prisma/migrations');
    expect(f?.fix).toContain('services:');
  });

  it('passes when every migrations folder has its service', async () => {
    repo = serviceRepo();
    repo.write('services/billing/prisma/schema.prisma', SCHEMA_V1).migration('services/billing/prisma/migrations', '20240301000000_init', INIT_SQL);
    repo.write('services/billing/prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n').commit('billing');
    const r = await check(repo);
    expect(r.changes.services.map((s) => s.service.name)).toEqual(['auth-service', 'billing']);
    expect(rules(r)).not.toContain('migration-outside-service');
  });
});

describe('hostile names', () => {
  it('branch and folder names with quotes, $() and ; are data, never commands', async () => {
    repo = serviceRepo({ base: BASE_HOSTILE, feature: FEATURE_HOSTILE });
    const folder = `20240301000000_add "quoted" $(touch pwned);'x'`;
    repo.migration(MIG, folder, ADD_BIO_SQL).write(SCHEMA, SCHEMA_V2).commit('$(touch pwned)');
    const r = await check(repo, { baseRef: BASE_HOSTILE });
    const f = r.findings.find((x) => x.rule === 'migration-name');
    expect(f?.message).toContain('characters other than letters');
    expect(r.changes.base.ref).toBe(BASE_HOSTILE);
    expect(rules(r)).not.toContain('schema-without-migration');
    expect(canaryExists(repo.dir)).toBe(false);
  });

  it('suggested commands quote hostile paths so copy-pasting them runs nothing', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration(MIG, '20240305000000_add_oauth_table', ADD_BIO_SQL).commit('other');
    repo.checkout('feature/work').migration(MIG, `20240301000000_x$(touch pwned)`, ADD_BIO_SQL).commit('mine');
    const f = (await check(repo, { replay: false })).findings.find((x) => x.rule === 'out-of-order-migration');
    expect(f!.fix).toContain(`rm -rf '${MIG}/20240301000000_x$(touch pwned)'`);
    expect(f!.fix).toContain(`--name 'x$(touch pwned)'`);
    expect(f!.why).toContain(`git mv '${MIG}/20240301000000_x$(touch pwned)' '${MIG}/`);
  });
});
