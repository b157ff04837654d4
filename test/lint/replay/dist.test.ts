import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPglite } from '../../../src/lint/replay/pglite-loader.js';
import { REPO_ROOT } from '../../helpers/tmp.js';

/**
 * PGlite must load from a built bundle with no node_modules anywhere: dist/ is copied to a temp
 * folder outside the repository, and bundles run there. ncc leaves PGlite external; the loader
 * finds the copy scripts/build.mjs vendors into dist/vendor/pglite.
 */
const require = createRequire(import.meta.url);

function node(script: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: opts.cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

function hasNodeModulesAbove(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'node_modules'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

const HISTORY = [
  { name: '20240101000000_init', sql: 'CREATE EXTENSION IF NOT EXISTS "pg_trgm";\nCREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);\nCREATE INDEX "User_name_trgm" ON "User" USING GIN ("name" gin_trgm_ops);\n' },
  // Forces the statement-by-statement fallback: the vendored parser (libpg-query) loads too.
  { name: '20240102000000_gis', sql: 'CREATE EXTENSION postgis;\nCREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "userId" INTEGER NOT NULL);\n' },
];

describe('replay from a copied dist/ without node_modules', () => {
  let root: string;
  let dist: string;

  beforeAll(async () => {
    // dist/ is committed: a missing bundle fails here instead of skipping the proof.
    for (const f of ['vendor/pglite/dist/index.js', 'lint-migration/index.js', 'actions/index.js']) {
      expect(existsSync(path.join(REPO_ROOT, 'dist', f)), `dist/${f} is missing: run npm run build`).toBe(true);
    }
    root = mkdtempSync(path.join(os.tmpdir(), 'mg-dist-'));
    dist = path.join(root, 'dist');
    mkdirSync(dist);
    cpSync(path.join(REPO_ROOT, 'dist', 'vendor'), path.join(dist, 'vendor'), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'dist', 'package.json'), path.join(dist, 'package.json'));
    // The action's entry and the shared actions bundle it imports.
    for (const bundle of ['lint-migration', 'actions']) {
      if (existsSync(path.join(REPO_ROOT, 'dist', bundle))) cpSync(path.join(REPO_ROOT, 'dist', bundle), path.join(dist, bundle), { recursive: true });
    }
    // The probe bundle, built as scripts/build.mjs builds the actions (same externals).
    const ncc = require('@vercel/ncc') as (input: string, opts: object) => Promise<{ code: string; assets?: Record<string, { source: Buffer | string }> }>;
    const { code } = await ncc(path.join(REPO_ROOT, 'test/lint/replay/fixtures/replay-probe.ts'), {
      cache: false,
      minify: false,
      sourceMap: false,
      quiet: true,
      externals: ['@electric-sql/pglite', 'libpg-query'],
      target: 'es2022',
    });
    mkdirSync(path.join(dist, 'replay-probe'));
    writeFileSync(path.join(dist, 'replay-probe', 'index.js'), code);
    writeFileSync(path.join(root, 'history.json'), JSON.stringify(HISTORY));
    writeFileSync(path.join(root, 'trace.json'), JSON.stringify([{ sql: 'CREATE INDEX "Post_userId_idx" ON "Post"("userId")', line: 1 }]));
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('the copy has no node_modules to fall back on', () => {
    expect(root.startsWith(REPO_ROOT)).toBe(false);
    expect(hasNodeModulesAbove(root)).toBe(false);
    // PGlite's runtime files sit beside its module, where it looks for them.
    for (const f of ['index.js', 'pglite.wasm', 'pglite.data', 'initdb.wasm', 'pg_trgm.tar.gz', 'contrib/pg_trgm.js']) {
      expect([f, existsSync(path.join(dist, 'vendor', 'pglite', 'dist', f))]).toEqual([f, true]);
    }
  });

  test('the probe bundle loads the vendored PGlite, replays, snapshots and traces', async () => {
    const cacheDir = path.join(root, 'cache');
    const first = await node(path.join(dist, 'replay-probe', 'index.js'), [path.join(root, 'history.json'), cacheDir, '-', path.join(root, 'trace.json')], { cwd: root });
    expect(first.stderr).not.toMatch(/is not a function|Cannot find (module|package)/);
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.pglite).toEqual({ dir: path.join(dist, 'vendor', 'pglite', 'dist'), vendored: true, version: '0.5.16' });
    expect([out.engine, out.cache, out.replayed, out.tables]).toEqual(['pglite', 'miss', 2, 2]);
    expect(out.skipped).toEqual(['20240102000000_gis#0:unsupported']);
    expect(out.trace.ok).toBe(true);
    expect(out.trace.statements[0].locks).toEqual([{ table: 'public.Post', mode: 'ShareLock' }]);
    expect(first.stderr).toMatch(/^replay: starting the embedded PostgreSQL \(PGlite 0\.5\.16, vendored\) with pg_trgm( from its prebuilt data directory)?$/m);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tar'))).toHaveLength(1);

    const second = await node(path.join(dist, 'replay-probe', 'index.js'), [path.join(root, 'history.json'), cacheDir], { cwd: root });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ cache: 'hit', replayed: 0, tables: 2 });
  });

  test('a prebuilt data directory beside the vendored PGlite replaces initdb; a broken one falls back to it', async () => {
    // What the build ships as dist/vendor/pglite-base-<version>.tgz: PGlite's own dump of a fresh cluster.
    const rt = await loadPglite();
    const db = await rt.PGlite.create({});
    const base = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    await db.close();
    const file = path.join(dist, 'vendor', `pglite-base-${rt.version}.tgz`);
    writeFileSync(file, base);
    const args = [path.join(root, 'history.json'), '-', '-', path.join(root, 'trace.json')];
    const withBase = await node(path.join(dist, 'replay-probe', 'index.js'), args, { cwd: root });
    expect(withBase.code).toBe(0);
    expect(withBase.stderr).toMatch(/^replay: starting the embedded PostgreSQL \(PGlite 0\.5\.16, vendored\) with pg_trgm from its prebuilt data directory$/m);
    const out = JSON.parse(withBase.stdout);
    expect([out.engine, out.cache, out.replayed, out.tables, out.trace.ok]).toEqual(['pglite', 'off', 2, 2, true]);
    expect(out.trace.statements[0].locks).toEqual([{ table: 'public.Post', mode: 'ShareLock' }]);

    writeFileSync(file, 'not a data directory');
    const broken = await node(path.join(dist, 'replay-probe', 'index.js'), args, { cwd: root });
    rmSync(file);
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(/^replay: ignoring pglite-base-0\.5\.16\.tgz \(no PG_VERSION in the archive: not a PostgreSQL data directory\); running initdb$/m);
    expect(JSON.parse(broken.stdout)).toMatchObject({ replayed: 2, tables: 2 });
  });

  test('the lint-migration action bundle replays with the vendored PGlite', async () => {
    const project = path.join(root, 'project');
    for (const m of HISTORY) {
      mkdirSync(path.join(project, 'prisma', 'migrations', m.name), { recursive: true });
      writeFileSync(path.join(project, 'prisma', 'migrations', m.name, 'migration.sql'), m.sql);
    }
    writeFileSync(path.join(project, 'prisma', 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
    writeFileSync(path.join(project, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n');
    const runnerTemp = path.join(root, 'runner-temp');
    mkdirSync(runnerTemp);
    writeFileSync(path.join(root, 'out'), '');
    writeFileSync(path.join(root, 'summary.md'), '');
    writeFileSync(path.join(root, 'event.json'), '{}');
    const r = await node(path.join(dist, 'lint-migration', 'index.js'), [], {
      cwd: project,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: path.join(root, 'out'),
        GITHUB_STEP_SUMMARY: path.join(root, 'summary.md'),
        GITHUB_EVENT_PATH: path.join(root, 'event.json'),
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_REPOSITORY: 'acme/girok',
        GITHUB_WORKSPACE: project,
        RUNNER_TEMP: runnerTemp,
        INPUT_ALL: 'true',
        INPUT_COMMENT: 'false',
        'INPUT_FAIL-ON': 'never',
      },
    });
    const text = r.stdout + r.stderr;
    expect(text).not.toMatch(/is not a function|Cannot find (module|package)|replay unavailable/);
    expect(text).toMatch(/replay: starting the embedded PostgreSQL \(PGlite 0\.5\.16, vendored\) with pg_trgm/);
    expect(r.code).toBe(0);
  });
});
