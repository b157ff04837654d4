import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locatePrisma, runPrisma } from '../../src/prisma/cli.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { DATASOURCE, makePrismaProject } from '../helpers/prisma-project.js';
import { runBundle, type RunnerResult } from '../helpers/runner.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';

// Runs the bundles already in dist/ (built with: node scripts/build.mjs sync-staging db-health cli).
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const PASSWORD = `Pw-${randomBytes(6).toString('hex')}`;
const ROLE = `mg_health_e2e_${randomBytes(3).toString('hex')}`;

let db: TestDatabase;
let project: { root: string; cleanup: () => void };
let url: string;

beforeAll(async () => {
  db = await createTestDatabase('mgeh');
  project = makePrismaProject({
    schema: `${DATASOURCE}\nmodel User {\n  id Int @id\n}\n`,
    migrations: {
      '20240101000000_init': 'CREATE TABLE "User" ("id" INTEGER NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n',
      '20240102000000_add_email': 'ALTER TABLE "User" ADD COLUMN "email" TEXT;\nSELECT 1/0;\n',
    },
  });
  await runPrisma(locatePrisma(project.root), ['migrate', 'deploy'], { cwd: project.root, databaseUrl: db.url });
  await db.query(`INSERT INTO "User" SELECT g FROM generate_series(1, 5000) g; ANALYZE "User"`);
  await adminQuery(`CREATE ROLE "${ROLE}" LOGIN PASSWORD '${PASSWORD}' IN ROLE pg_read_all_data, pg_read_all_stats`);
  url = db.url.replace('postgres@', `${ROLE}:${encodeURIComponent(PASSWORD)}@`);
});

afterAll(async () => {
  await db?.drop();
  await adminQuery(`DROP ROLE IF EXISTS "${ROLE}"`);
  project?.cleanup();
});

function shown(r: RunnerResult): string {
  return r.allText
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

describe('db-health bundle (as the runner runs it)', () => {
  it('reports connections, size, tables and a failed migration; fails on error; never prints the password', async () => {
    const sleeper = new pg.Client({ connectionString: db.url });
    await sleeper.connect();
    const pid = (await sleeper.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const sleeping = sleeper.query('SELECT pg_sleep(20)').catch(() => undefined);
    try {
      await new Promise((r) => setTimeout(r, 1500));
      const r = await runBundle('db-health', {
        eventName: 'schedule',
        cwd: project.root,
        inputs: { 'database-url': url, 'long-running-seconds': '1', 'top-tables': '5', 'fail-on': 'error', config: '', 'working-directory': '.' },
      });
      expect(r.code).toBe(1); // the failed migration is an error
      expect(Number(r.outputs.connections)).toBeGreaterThanOrEqual(1);
      expect(Number(r.outputs['max-connections'])).toBeGreaterThan(0);
      expect(Number(r.outputs['database-size-bytes'])).toBeGreaterThan(1_000_000);
      expect(r.outputs.errors).toBe('1');
      expect(Number(r.outputs.warnings)).toBeGreaterThanOrEqual(1);
      expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'error', props: { title: 'health-failed-migration' } }));
      expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'warning', props: { title: 'health-long-running-query' }, message: expect.stringContaining(`pid ${pid}`) }));
      expect(r.summary).toContain('### Largest tables');
      expect(r.summary).toMatch(/public\.User \| .* \| 5,000 \|/);
      expect(r.summary).toMatch(/\| root \| 1 \| 0 \| ❌ 20240102000000\\_add\\_email \|/);
      expect(r.summary).toMatch(/SELECT pg\\_sleep\\\(20\\\)/);
      expect(shown(r)).not.toContain(PASSWORD);
      expect(shown(r)).not.toContain(encodeURIComponent(PASSWORD));
    } finally {
      await adminQuery('SELECT pg_cancel_backend($1)', [pid]);
      await sleeping;
      await sleeper.end();
    }
  });

  it('a healthy database outside any repository passes; bad inputs say what to set', async () => {
    const empty = makeTempDir('e2e-health-empty');
    try {
      const ok = await runBundle('db-health', { eventName: 'schedule', cwd: empty.dir, inputs: { 'database-url': url, 'fail-on': 'error' } });
      expect(ok.code, ok.stdout).toBe(0);
      expect(ok.outputs.errors).toBe('0');
      expect(ok.summary).not.toContain('### Migrations');
      const bad = await runBundle('db-health', { eventName: 'schedule', cwd: empty.dir, inputs: { 'database-url': url, 'long-running-seconds': 'soon' } });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/::error::long-running-seconds is "soon"%0AWhy: expected a positive number%0ANext: set long-running-seconds/);
      const none = await runBundle('db-health', { eventName: 'schedule', cwd: empty.dir, inputs: { 'database-url': '' } });
      expect(none.stdout).toMatch(/::error::input database-url is empty/);
      expect(shown(ok) + shown(bad)).not.toContain(PASSWORD);
    } finally {
      empty.cleanup();
    }
  });
});

describe('migration-gates health (CLI)', () => {
  const cli = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [CLI, 'health', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 60_000 });
    return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  };

  it('--format json: findings and the summary facts', () => {
    const r = cli(['--database-url', url, '--format', 'json', '--long-running-seconds', '1'], project.root);
    expect(r.code).toBe(1); // the failed migration
    const out = JSON.parse(r.stdout) as { findings: { rule: string }[]; summary: Record<string, unknown> };
    expect(out.findings.map((f) => f.rule)).toContain('health-failed-migration');
    expect(out.summary).toMatchObject({ tool: 'db-health', errors: 1 });
    expect(typeof out.summary.connections).toBe('number');
    expect(typeof out.summary.maxConnections).toBe('number');
    expect(out.summary.databaseSizeBytes as number).toBeGreaterThan(0);
    expect(Array.isArray(out.summary.longRunning)).toBe(true);
    expect(Array.isArray(out.summary.blocked)).toBe(true);
    expect((out.summary.tables as { name: string }[])[0]!.name).toBe('User');
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('text by default, exit 0 when healthy, exit 2 on a usage error', () => {
    const empty = makeTempDir('e2e-health-cli');
    try {
      const ok = cli(['--database-url', url], empty.dir);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/^Database health: mg_health_e2e_\w+@127\.0\.0\.1:5432\/mgeh_/);
      expect(ok.stdout).toContain('Largest tables:');
      const bad = cli(['--database-url', url, '--top-tables', '2.5'], empty.dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--top-tables is "2.5"/);
      const none = cli([], empty.dir);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/no database to check/);
      expect(ok.stdout + bad.stderr).not.toContain(PASSWORD);
    } finally {
      empty.cleanup();
    }
  });
});
