import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { collectMigrationChanges, splitMigrationPath } from '../../src/migrations/changes.js';
import type { GitRepo } from '../helpers/git.js';
import { makeTempDir } from '../helpers/tmp.js';
import { ADD_NAME_SQL, BASE_HOSTILE, FEATURE_HOSTILE, canaryExists, INIT_SQL, MIG, SCHEMA, SCHEMA_V1, serviceRepo, SVC } from './helpers.js';

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const names = (list: { name: string }[]) => list.map((m) => m.name);

describe('collectMigrationChanges', () => {
  it('classifies added, edited, deleted and renamed folders against the merge base', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240103000000_add_session', 'CREATE TABLE "Session" ("id" TEXT NOT NULL);\n');
    repo.commit('more history on main too');
    repo.checkout('main').git('merge', '-q', '--ff-only', 'feature/work');
    repo.checkout('feature/work');
    repo.write(`${MIG}/20240101000000_init/migration.sql`, `${INIT_SQL}-- edited\n`);
    repo.remove(`${MIG}/20240102000000_add_user_name`);
    repo.move(`${MIG}/20240103000000_add_session`, `${MIG}/20240103000000_create_session`);
    repo.migration(MIG, '20240201000000_add_oauth_config', 'CREATE TABLE "OAuthConfig" ("id" TEXT NOT NULL);\n');
    repo.write(SCHEMA, `${SCHEMA_V1}// touched\n`);
    repo.commit('feature');

    const c = await collectMigrationChanges(repo.dir, defaultConfig(), 'main');
    expect(c.services).toHaveLength(1);
    const s = c.services[0]!;
    expect(s.service).toMatchObject({ name: 'auth-service', root: SVC, migrations: MIG, schema: SCHEMA });
    expect(names(s.added)).toEqual(['20240201000000_add_oauth_config']);
    expect(names(s.modified)).toEqual(['20240101000000_init']);
    expect(names(s.deleted)).toEqual(['20240102000000_add_user_name']);
    expect(s.renamed.map((r) => [r.from.name, r.to.name])).toEqual([['20240103000000_add_session', '20240103000000_create_session']]);
    expect(names(s.base)).toEqual(['20240101000000_init', '20240102000000_add_user_name', '20240103000000_add_session']);
    expect(names(s.head)).toEqual(['20240101000000_init', '20240103000000_create_session', '20240201000000_add_oauth_config']);
    expect(s.schemaChanged).toBe(true);
    expect(s.lockChanged).toBe(false);
    expect(c.base.ref).toBe('main');
    expect(c.base.mergeBase).toBe(repo.git('merge-base', 'main', 'HEAD'));
    expect(c.files.map((f) => f.status).sort()).toEqual(['A', 'D', 'M', 'M', 'R']);
  });

  it('sees uncommitted and untracked migrations of a developer working locally', async () => {
    repo = serviceRepo();
    repo.migration(MIG, '20240301000000_add_profile', ADD_NAME_SQL);
    const c = await collectMigrationChanges(repo.dir, defaultConfig(), 'main');
    expect(names(c.services[0]!.added)).toEqual(['20240301000000_add_profile']);
  });

  it('takes the base tip (not the merge base) as "the base branch" and the diff from the merge base', async () => {
    repo = serviceRepo();
    repo.checkout('main');
    repo.migration(MIG, '20240301000000_other_branch_change', ADD_NAME_SQL);
    repo.commit('merged elsewhere');
    repo.checkout('feature/work');
    const c = await collectMigrationChanges(repo.dir, defaultConfig(), 'main');
    const s = c.services[0]!;
    expect(names(s.base)).toContain('20240301000000_other_branch_change');
    expect(s.added).toEqual([]);
    expect(s.deleted).toEqual([]); // missing from HEAD only because the branch is behind: not a deletion
  });

  it('handles names with spaces, quotes, $() and ; without running anything', async () => {
    // Git refuses spaces in branch names; ${IFS} is the shell's way around that.
    repo = serviceRepo({ base: BASE_HOSTILE, feature: FEATURE_HOSTILE });
    const hostile = `20240301000000_add "quoted" $(touch pwned); rm -rf x`;
    repo.migration(MIG, hostile, ADD_NAME_SQL);
    repo.commit(`feat: $(touch pwned)`);
    const c = await collectMigrationChanges(repo.dir, defaultConfig(), BASE_HOSTILE);
    expect(names(c.services[0]!.added)).toEqual([hostile]);
    expect(c.services[0]!.added[0]!.sqlPath).toBe(`${MIG}/${hostile}/migration.sql`);
    expect(canaryExists(repo.dir)).toBe(false);
  });

  it('works from a working-directory below the repository root (paths relative to it)', async () => {
    repo = serviceRepo();
    repo.write(`backend/${SCHEMA}`, SCHEMA_V1).write(`backend/${MIG}/migration_lock.toml`, 'provider = "postgresql"\n');
    repo.migration(`backend/${MIG}`, '20240101000000_init', INIT_SQL);
    repo.commit('backend');
    repo.checkout('main').git('merge', '-q', '--ff-only', 'feature/work');
    repo.checkout('feature/work');
    repo.migration(`backend/${MIG}`, '20240301000000_add_user_name', ADD_NAME_SQL);
    repo.write(`backend/${SCHEMA}`, `${SCHEMA_V1}// x\n`);
    const c = await collectMigrationChanges(path.join(repo.dir, 'backend'), defaultConfig(), 'main');
    expect(c.services.map((s) => s.service.migrations)).toEqual([MIG]);
    expect(names(c.services[0]!.added)).toEqual(['20240301000000_add_user_name']);
    expect(c.services[0]!.schemaChanged).toBe(true);
    expect(names(c.services[0]!.base)).toEqual(['20240101000000_init']);
  });

  it('reports a changed migration_lock.toml and the strays beside the services', async () => {
    repo = serviceRepo();
    repo.write(`${MIG}/migration_lock.toml`, 'provider = "postgresql"\n');
    repo.migration('prisma/migrations', '20240301000000_stray', 'SELECT 1;\n');
    const c = await collectMigrationChanges(repo.dir, defaultConfig(), 'main');
    expect(c.services[0]!.lockChanged).toBe(true);
    expect(c.strays).toEqual(['prisma/migrations']);
  });

  it('works in a shallow PR checkout (depth 1): fetches the base and deepens until the merge base exists', async () => {
    repo = serviceRepo();
    repo.checkout('main').migration(MIG, '20240201000000_add_oauth_table', ADD_NAME_SQL).commit('main moves on');
    repo.checkout('feature/work');
    for (let i = 0; i < 3; i++) repo.write(`notes-${i}.md`, 'x\n').commit(`work ${i}`);
    repo.migration(MIG, '20240301000000_add_user_bio', ADD_NAME_SQL).commit('migration');
    const clone = makeTempDir('shallow');
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature/work', `file://${repo.dir}`, clone.dir]);
      const c = await collectMigrationChanges(clone.dir, defaultConfig(), 'main');
      expect(c.base.mergeBase).toBe(repo.git('merge-base', 'main', 'feature/work'));
      expect(names(c.services[0]!.added)).toEqual(['20240301000000_add_user_bio']);
      expect(names(c.services[0]!.base)).toContain('20240201000000_add_oauth_table');
      expect(c.files.map((f) => f.path).filter((p) => p.endsWith('.md'))).toHaveLength(3);
    } finally {
      clone.cleanup();
    }
  });

  it('fails with the fix when the base branch does not exist', async () => {
    repo = serviceRepo();
    await expect(collectMigrationChanges(repo.dir, defaultConfig(), 'nope')).rejects.toMatchObject({
      message: expect.stringContaining('base branch "nope" is not in this checkout'),
      next: expect.stringContaining('fetch-depth: 0'),
      exitCode: 2,
    });
  });
});

describe('splitMigrationPath', () => {
  it('splits folder and rest, and ignores files directly in the migrations dir', () => {
    expect(splitMigrationPath('a/prisma/migrations', 'a/prisma/migrations/2024_x/migration.sql')).toEqual({ folder: '2024_x', rest: 'migration.sql' });
    expect(splitMigrationPath('a/prisma/migrations', 'a/prisma/migrations/migration_lock.toml')).toBeUndefined();
    expect(splitMigrationPath('a/prisma/migrations', 'b/prisma/migrations/x/migration.sql')).toBeUndefined();
    expect(splitMigrationPath('', 'x/migration.sql')).toEqual({ folder: 'x', rest: 'migration.sql' });
  });
});
