import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENTS, DEFAULT_FORBIDDEN_NAMES, DEFAULT_MASKING } from '../../src/config/defaults.js';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir } from '../helpers/tmp.js';

let tmp: { dir: string; cleanup: () => void } | undefined;
afterEach(() => {
  tmp?.cleanup();
  tmp = undefined;
});

/** A repository folder with the given config text and migrations folders. */
function repoWith(yaml: string | undefined, migrationDirs: string[] = []): string {
  tmp = makeTempDir('cfg');
  if (yaml !== undefined) {
    mkdirSync(path.join(tmp.dir, '.github'), { recursive: true });
    writeFileSync(path.join(tmp.dir, '.github/migration-gates.yml'), yaml);
  }
  for (const d of migrationDirs) mkdirSync(path.join(tmp.dir, d), { recursive: true });
  return tmp.dir;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as UserError).exitCode).toBe(2);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: defaults', () => {
  it('no file at the default path means the guide\'s three tiers and discovery', () => {
    const cfg = loadConfig(repoWith(undefined));
    expect(cfg.file).toBeUndefined();
    expect(cfg.environments.map((e) => [e.name, e.branches, e.database, e.githubEnvironment, e.production])).toEqual([
      ['dev', ['develop'], 'dev_girok_user', 'development', false],
      ['staging', ['release/*'], 'staging_girok_user', 'staging', false],
      ['prod', ['main'], 'girok_user', 'production', true],
    ]);
    expect(cfg.environments.find((e) => e.name === 'prod')!.gates).toMatchObject({ backup: true, 'staging-first': true, confirmation: true });
    expect(cfg.environments.find((e) => e.name === 'dev')!.gates).toMatchObject({ backup: false, confirmation: false, 'branch-environment': true });
    expect(cfg.services).toEqual([]);
    expect(cfg.migrations).toEqual({ forbiddenNames: DEFAULT_FORBIDDEN_NAMES, minNameLength: 3, namePattern: undefined });
    expect(cfg.sync.masking).toEqual(DEFAULT_MASKING);
    expect(cfg.environments).not.toBe(DEFAULT_ENVIRONMENTS); // a copy: callers may not corrupt the defaults
  });

  it('an empty file is the defaults too', () => {
    const cfg = loadConfig(repoWith(''));
    expect(cfg.environments.map((e) => e.name)).toEqual(['dev', 'staging', 'prod']);
    expect(cfg.file).toMatch(/migration-gates\.yml$/);
  });

  it('a config file named explicitly must exist', () => {
    const dir = repoWith(undefined);
    expect(() => loadConfig(dir, 'ci/gates.yml')).toThrow(/config file ci\/gates\.yml does not exist/);
  });

  it('reads services, migrations and per-environment gates', () => {
    const dir = repoWith(
      `version: 1
environments:
  dev: { branch: develop, database: app_dev }
  production:
    branches: [main, hotfix/*]
    database: app
    gates: { confirmation: false }
services:
  - name: auth-service
    path: services/auth-service
  - name: billing
    path: ./services/billing/
    migrations: db/migrations
migrations:
  forbidden-names: [WIP, Temp]
  min-name-length: 8
  name-pattern: '^[a-z0-9_]+$'
`,
      ['services/auth-service/prisma/migrations', 'services/billing/db/migrations'],
    );
    const cfg = loadConfig(dir);
    expect(cfg.environments.map((e) => [e.name, e.branches, e.production, e.githubEnvironment])).toEqual([
      ['dev', ['develop'], false, 'dev'],
      ['production', ['main', 'hotfix/*'], true, 'production'],
    ]);
    expect(cfg.environments[1]!.gates).toMatchObject({ confirmation: false, backup: true, 'staging-first': true });
    expect(cfg.services).toEqual([
      { name: 'auth-service', root: 'services/auth-service', schema: 'services/auth-service/prisma/schema.prisma', migrations: 'services/auth-service/prisma/migrations' },
      { name: 'billing', root: 'services/billing', schema: 'services/billing/prisma/schema.prisma', migrations: 'services/billing/db/migrations' },
    ]);
    expect(cfg.migrations).toEqual({ forbiddenNames: ['wip', 'temp'], minNameLength: 8, namePattern: '^[a-z0-9_]+$' });
  });
});

describe('loadConfig: errors name the key path, the line and what is expected (exit 2)', () => {
  it('unknown key', () => {
    const dir = repoWith(`environments:
  prod:
    branch: main
    database: app
    databse: typo
`);
    const e = configError(() => loadConfig(dir));
    expect(e.message).toContain('line 5: environments.prod.databse: unknown key');
    expect(e.message).toMatch(/expected one of: branch, branches, database/);
    expect(e.next).toContain('npx migration-gates config');
  });

  it('unknown top-level key', () => {
    const e = configError(() => loadConfig(repoWith('servics: []\n')));
    expect(e.message).toContain('line 1: servics: unknown key (expected one of: version, environments, services');
  });

  it('bad branch glob', () => {
    const dir = repoWith(`environments:
  staging:
    branch: "release/[v1"
    database: app_staging
`);
    const e = configError(() => loadConfig(dir));
    expect(e.message).toContain('line 3: environments.staging.branch: branch pattern "release/[v1" is not a valid glob');
    expect(e.message).toContain('expected a branch name like main or a glob like release/*');
  });

  it('a bad glob inside a branches: list points at that list item', () => {
    const e = configError(() => loadConfig(repoWith('environments:\n  prod:\n    database: app\n    branches:\n      - main\n      - "bad["\n')));
    expect(e.message).toContain('line 6: environments.prod.branches[1]: branch pattern "bad[" is not a valid glob');
  });

  it('a branch written as refs/heads/... is refused with the expected form', () => {
    const e = configError(() => loadConfig(repoWith('environments:\n  prod: { branch: refs/heads/main, database: app }\n')));
    expect(e.message).toContain('without refs/heads/');
  });

  it('two environments matching one branch', () => {
    const dir = repoWith(`environments:
  staging:
    branch: release/*
    database: app_staging
  hotfix:
    branch: release/hotfix
    database: app_hotfix
`);
    const e = configError(() => loadConfig(dir));
    expect(e.message).toContain('line 6: environments.hotfix: environments "staging" and "hotfix" both match branch "release/*"');
    expect(e.message).toContain('each branch must map to one environment');
  });

  it('missing migrations directory of a configured service', () => {
    const dir = repoWith(`services:
  - name: auth-service
    path: services/auth-service
`);
    const e = configError(() => loadConfig(dir));
    expect(e.message).toContain('line 2: services[0].migrations: migrations directory services/auth-service/prisma/migrations does not exist');
    expect(e.message).toContain('npx prisma migrate dev --name init');
  });

  it('a wrong type says what is expected', () => {
    const e = configError(() => loadConfig(repoWith('migrations:\n  min-name-length: three\n')));
    expect(e.message).toMatch(/line 2: migrations\.min-name-length: .*expected number/i);
  });

  it('broken YAML gives the line', () => {
    const e = configError(() => loadConfig(repoWith('environments:\n  prod: [unclosed\n')));
    expect(e.message).toMatch(/line \d+: YAML:/);
  });

  it('duplicate keys are refused', () => {
    const e = configError(() => parseConfig('version: 1\nversion: 1\n', 'x.yml', '/nonexistent'));
    expect(e.message).toMatch(/line 2: YAML: .*[Uu]nique|line 2: YAML: .*[Dd]uplicate/);
  });

  it('an environment without a branch, and a bad name-pattern', () => {
    const e = configError(() => loadConfig(repoWith("environments:\n  prod: { database: app }\nmigrations:\n  name-pattern: '(['\n")));
    expect(e.message).toContain('environments.prod: needs branch: or branches:');
    expect(e.message).toContain('migrations.name-pattern: "([" is not a valid regular expression');
  });

  it('a service path outside the repository', () => {
    const e = configError(() => loadConfig(repoWith('services:\n  - { name: x, path: ../elsewhere }\n')));
    expect(e.message).toContain('services[0].path: "../elsewhere" must be a folder inside the repository');
  });
});
