import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locatePrisma, runPrisma } from '../../src/prisma/cli.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makePrismaProject } from '../helpers/prisma-project.js';
import { runBundle, type RunnerResult } from '../helpers/runner.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';
import { databasesLike, dropFamily, rows } from '../sync/fixture.js';

// Runs the bundles already in dist/ (built with: node scripts/build.mjs sync-staging db-health cli).
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples/services/auth-service/prisma');

const PASSWORD = `Pw-${randomBytes(6).toString('hex')}`;
const SALT = `salt-${randomBytes(6).toString('hex')}`;
const ROLE = `mg_sync_e2e_${randomBytes(3).toString('hex')}`;

let prod: TestDatabase;
let staging: TestDatabase;
let project: { root: string; cleanup: () => void };
const asRole = (db: TestDatabase) => db.url.replace('postgres@', `${ROLE}:${encodeURIComponent(PASSWORD)}@`);

/** The sample auth-service's real migrations, applied by the real Prisma CLI, plus personal data. */
beforeAll(async () => {
  const migrations = Object.fromEntries(
    readdirSync(path.join(EXAMPLE, 'migrations'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, readFileSync(path.join(EXAMPLE, 'migrations', d.name, 'migration.sql'), 'utf8')]),
  );
  project = makePrismaProject({ schema: readFileSync(path.join(EXAMPLE, 'schema.prisma'), 'utf8'), migrations });
  prod = await createTestDatabase('mge_prod');
  staging = await createTestDatabase('mge_stg');
  const deploy = await runPrisma(locatePrisma(project.root), ['migrate', 'deploy'], { cwd: project.root, databaseUrl: prod.url });
  expect(deploy.code, deploy.stderr).toBe(0);
  await prod.query(`INSERT INTO "User" (id, email, name, "providerId") SELECT 'u' || g, 'person' || g || '@real.example.org', 'Real Person ' || g, 'gh-' || g FROM generate_series(1, 2000) g`);
  await prod.query(`INSERT INTO "Session" (id, "userId", "refreshToken", "expiresAt") SELECT 's' || g, 'u' || (1 + g % 2000), 'rt-' || md5(g::text), now() FROM generate_series(1, 4000) g`);
  await prod.query(`INSERT INTO "OAuthConfig" VALUES ('o1', 'google', 'cid', 'real-google-secret')`);
  // A role with a password (trust auth accepts it): every printed line is grepped for it.
  await adminQuery(`CREATE ROLE "${ROLE}" LOGIN CREATEDB PASSWORD '${PASSWORD}' IN ROLE pg_read_all_data`);
  await adminQuery(`ALTER DATABASE "${staging.name}" OWNER TO "${ROLE}"`);
  await staging.query(`CREATE TABLE "User" (id text PRIMARY KEY); ALTER TABLE "User" OWNER TO "${ROLE}"`);
});

afterAll(async () => {
  await prod?.drop();
  if (staging) await dropFamily(staging.name);
  await adminQuery(`DROP ROLE IF EXISTS "${ROLE}"`);
  project?.cleanup();
});

/** What the runner would show: everything but its own ::add-mask:: commands (which it consumes). */
function shown(r: RunnerResult): string {
  const lines = r.allText.split('\n');
  const firstMask = lines.findIndex((l) => l.startsWith('::add-mask::'));
  expect(firstMask).toBeGreaterThanOrEqual(0);
  return lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
}

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 120_000 });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

describe('sync-staging bundle (as the runner runs it)', () => {
  it('syncs the sample app with the default masking, sets outputs, never prints a secret', async () => {
    const backups = makeTempDir('e2e-sync-backups');
    const r = await runBundle('sync-staging', {
      eventName: 'schedule',
      cwd: project.root,
      inputs: {
        'source-database-url': asRole(prod),
        'target-database-url': asRole(staging),
        'masking-salt': SALT,
        'keep-old': '1',
        'backup-directory': backups.dir,
        strict: 'true',
        'dry-run': 'false',
        backup: 'true',
      },
      timeoutMs: 180_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.status).toBe('synced');
    expect(r.outputs.database).toBe(staging.name);
    expect(r.outputs['old-database']).toMatch(new RegExp(`^${staging.name}_old_\\d{14}$`));
    expect(r.outputs['copied-rows']).toBe(String(2000 + 4000 + 1 + 4)); // + the 4 _prisma_migrations rows
    expect(r.outputs['masked-columns']).toBe('5');
    expect(r.outputs.errors).toBe('0');
    expect(r.outputs['backup-path']).toContain(backups.dir);
    expect(r.summary).toContain('Row counts (exact, same snapshot)');
    expect(r.summary).toMatch(/public\.User \| 2,000 \| 2,000 ✅/);
    expect(r.stdout).toMatch(/copy \(pg_dump \| pg_restore\): done/);
    expect(shown(r)).not.toContain(PASSWORD);
    expect(shown(r)).not.toContain(encodeURIComponent(PASSWORD));
    expect(shown(r)).not.toContain(SALT);
    expect(shown(r)).not.toContain('real-google-secret');
    const users = await rows<{ id: string; email: string; name: string; providerId: string }>(staging.url, `SELECT id, email, name, "providerId" FROM "User" WHERE id = 'u7'`);
    expect(users).toEqual([{ id: 'u7', email: 'user_u7@test.example.com', name: 'Test User u7', providerId: 'masked_u7' }]);
    expect(await databasesLike(staging.name)).toEqual([staging.name, r.outputs['old-database']].sort());
    backups.cleanup();
  });

  it('dry-run with an unmasked personal column fails the step and prints the snippet', async () => {
    await prod.query(`ALTER TABLE "User" ADD COLUMN IF NOT EXISTS "phoneNumber" text`);
    try {
      const r = await runBundle('sync-staging', {
        eventName: 'workflow_dispatch',
        cwd: project.root,
        inputs: { 'source-database-url': asRole(prod), 'target-database-url': asRole(staging), 'dry-run': 'true', strict: '' },
      });
      expect(r.code).toBe(1);
      expect(r.outputs.status).toBe('refused');
      expect(r.annotations.some((a) => a.level === 'error' && a.message.includes('public.User.phoneNumber'))).toBe(true);
      expect(r.summary).toContain('~~~yaml');
      expect(r.summary).toContain('phoneNumber: prefix:+1555');
      expect(shown(r)).not.toContain(PASSWORD);
    } finally {
      await prod.query(`ALTER TABLE "User" DROP COLUMN IF EXISTS "phoneNumber"`);
    }
  });

  it('refuses the source as target and names the input when one is empty', async () => {
    const same = await runBundle('sync-staging', { eventName: 'schedule', cwd: project.root, inputs: { 'source-database-url': asRole(prod), 'target-database-url': asRole(prod) } });
    expect(same.code).toBe(1);
    expect(same.outputs.status).toBe('refused');
    expect(same.annotations).toContainEqual(expect.objectContaining({ level: 'error', props: { title: 'sync-target-is-source' }, message: expect.stringMatching(/^refusing to sync: the target .* is the source/) }));
    expect(shown(same)).not.toContain(PASSWORD);
    const empty = await runBundle('sync-staging', { eventName: 'schedule', cwd: project.root, inputs: { 'source-database-url': asRole(prod), 'target-database-url': '' } });
    expect(empty.code).toBe(1);
    expect(empty.stdout).toMatch(/::error::input target-database-url is empty/);
  });
});

describe('migration-gates sync (CLI)', () => {
  it('--dry-run --format json prints the plan; exit 0', () => {
    const r = cli(['sync', '--source-database-url', asRole(prod), '--target-database-url', asRole(staging), '--dry-run', '--format', 'json'], project.root);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: unknown[]; summary: { status: string; plan: { table: string; masked: unknown[] }[]; copy: string } };
    expect(out.findings).toEqual([]);
    expect(out.summary.status).toBe('dry-run');
    expect(out.summary.copy).toMatch(new RegExp(`^${staging.name}_sync_\\d{14}$`));
    expect(out.summary.plan.find((p) => p.table === 'public.User')!.masked).toHaveLength(3);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('exit 1 on a refused sync, exit 2 on a usage error', () => {
    const refused = cli(['sync', '--source-database-url', asRole(prod), '--target-database-url', asRole(prod)], project.root);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/sync-target-is-source/);
    const usage = cli(['sync', '--source-database-url', asRole(prod)], project.root);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/no target database given[\s\S]*Next: run: npx migration-gates sync/);
    const badKeep = cli(['sync', '--source-database-url', asRole(prod), '--target-database-url', asRole(staging), '--keep-old', 'two'], project.root);
    expect(badKeep.code).toBe(2);
    expect(badKeep.stderr).toMatch(/--keep-old is "two"/);
    expect(refused.stdout + refused.stderr + usage.stderr + badKeep.stderr).not.toContain(PASSWORD);
  });
});
