import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.js';

/**
 * The published CLI, as a user gets it: `npm pack` of this repository, installed into an empty
 * folder outside it (no node_modules above, no network: the package has no dependencies), then run
 * with `npx migration-gates` there. The committed dist/ is what gets packed.
 */
const run = (cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }, timeout: 300_000 });

function hasNodeModulesAbove(dir: string): boolean {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'node_modules'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

describe('the npm package', () => {
  let work: string;
  let app: string;
  let files: string[];
  let manifest: { dependencies?: object; private?: boolean; bin?: Record<string, string> };

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'mg-pack-'));
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], REPO_ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const info = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    files = info[0]!.files.map((f) => f.path).sort();
    manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as typeof manifest;
    app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), '{ "name": "user-app", "version": "1.0.0", "private": true }\n');
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '-D', path.join(work, info[0]!.filename)], app);
    expect(installed.status, installed.stderr).toBe(0);
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is publishable and ships the CLI with what it loads, not the actions, tests or examples', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({}); // the bundle is self-contained
    expect(manifest.bin).toEqual({ 'migration-gates': 'dist/cli/index.js' });
    for (const f of ['dist/cli/index.js', 'dist/package.json', 'dist/vendor/pglite/dist/index.js', 'dist/vendor/pglite/dist/pglite.wasm', 'dist/vendor/libpg-query/wasm/libpg-query.wasm', 'README.md', 'package.json']) {
      expect(files).toContain(f);
    }
    const outside = files.filter((f) => !/^dist\/(cli|vendor)\//.test(f) && !['dist/package.json', 'README.md', 'package.json', 'LICENSE'].includes(f));
    expect(outside).toEqual([]);
  });

  it('installs into an empty folder with no node_modules around it and runs as `npx migration-gates`', () => {
    expect(app.startsWith(REPO_ROOT)).toBe(false);
    expect(hasNodeModulesAbove(app)).toBe(false);
    const help = run('npx', ['--no-install', 'migration-gates', '--help'], app);
    expect(help.status, help.stderr).toBe(0);
    for (const c of ['pr-check', 'check', 'lint', 'backup', 'apply', 'sync', 'health']) expect(help.stdout).toContain(`  ${c}`);
  });

  it('lints a folder of migrations with the embedded PostgreSQL replay', () => {
    const migrations = path.join(app, 'prisma', 'migrations');
    const add = (name: string, sql: string) => {
      mkdirSync(path.join(migrations, name), { recursive: true });
      writeFileSync(path.join(migrations, name, 'migration.sql'), sql);
    };
    add('20240101000000_init', 'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n');
    add('20240102000000_add_email_index', 'CREATE INDEX "User_email_idx" ON "User"("email");\n');
    writeFileSync(path.join(migrations, 'migration_lock.toml'), 'provider = "postgresql"\n');
    writeFileSync(path.join(app, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n');
    const r = run('npx', ['--no-install', 'migration-gates', 'lint', 'prisma/migrations/20240102000000_add_email_index', '--format', 'json'], app);
    expect(r.stderr).not.toMatch(/Cannot find (module|package)|is not a function/);
    expect([0, 1]).toContain(r.status);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; table?: string; observed?: boolean }[]; summary: { engine: string; replayNotes: string[] } };
    // The history was replayed in the PGlite shipped in the package, and the lock was observed there.
    expect(report.summary.engine).toBe('pglite');
    expect(report.summary.replayNotes.join('\n')).toMatch(/replayed with embedded PGlite \(PostgreSQL \d+/);
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'create-index-not-concurrently', table: 'User', observed: true }));
    const text = run('npx', ['--no-install', 'migration-gates', 'lint', 'prisma/migrations/20240102000000_add_email_index'], app);
    expect(text.stdout + text.stderr).toMatch(/replay: starting the embedded PostgreSQL \(PGlite 0\.5\.16, vendored\)/);
  });

  it('checks the history of a git repository', () => {
    const repo = path.join(work, 'repo');
    mkdirSync(repo);
    const git = (...args: string[]) => {
      const r = run('git', args, repo);
      expect(r.status, r.stderr).toBe(0);
    };
    git('init', '-q', '-b', 'develop');
    git('config', 'user.email', 'dev@example.com');
    git('config', 'user.name', 'Dev');
    git('config', 'commit.gpgsign', 'false');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
      writeFileSync(path.join(repo, rel), text);
    };
    write('prisma/schema.prisma', 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id Int @id\n}\n');
    write('prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n');
    write('prisma/migrations/20240101000000_init/migration.sql', 'CREATE TABLE "User" ("id" INTEGER NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'init');
    git('checkout', '-q', '-b', 'feature/edit');
    write('prisma/migrations/20240101000000_init/migration.sql', 'CREATE TABLE "User" ("id" BIGINT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n');
    git('commit', '-q', '-am', 'edit an applied migration');
    const r = run(path.join(app, 'node_modules', '.bin', 'migration-gates'), ['check', '--base-ref', 'develop', '--format', 'json'], repo);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; file?: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'edited-migration', file: 'prisma/migrations/20240101000000_init/migration.sql' }));
  });
});
