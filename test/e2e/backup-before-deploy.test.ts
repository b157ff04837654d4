import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/backup/manifest.js';
import { sha256File } from '../../src/backup/hash.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { runBundle } from '../helpers/runner.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';
import { FakeResultsService } from '../backup/fake-results-service.js';
import { fingerprint, seedDatabase } from '../backup/fixtures.js';

// Built beforehand by: node scripts/build.mjs backup-before-deploy cli
const BUNDLE = path.join(REPO_ROOT, 'dist', 'backup-before-deploy', 'index.js');
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

const PASSWORD = 's3cr3t-P@ss';
const ROLE = `mg_backup_${process.pid}`;
let source: TestDatabase;
let url: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  expect(existsSync(BUNDLE), `missing ${BUNDLE}: run node scripts/build.mjs backup-before-deploy cli`).toBe(true);
  await adminQuery(`DROP ROLE IF EXISTS ${ROLE}`);
  await adminQuery(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'`);
  await adminQuery(`GRANT pg_read_all_data TO ${ROLE}`);
  cleanups.push(() => adminQuery(`DROP ROLE IF EXISTS ${ROLE}`).then(() => undefined));
  source = await createTestDatabase('mge');
  cleanups.push(() => source.drop());
  await seedDatabase(source, 300);
  // The password goes over TCP to 127.0.0.1 (this machine trusts it; the masking is what is tested).
  url = `postgresql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:5432/${source.name}?schema=public`;
});

afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function tempDir(prefix: string): string {
  const t = makeTempDir(prefix);
  cleanups.push(t.cleanup);
  return t.dir;
}

function expectNoPassword(text: string): void {
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(encodeURIComponent(PASSWORD));
}

describe('backup-before-deploy bundle', () => {
  it('backs up into a directory, sets every output, writes the manifest, and never prints the password', async () => {
    const dir = tempDir('e2e-backups');
    const r = await runBundle('backup-before-deploy', {
      inputs: { 'database-url': url, environment: 'staging', directory: dir, 'retention-days': '7', verify: 'true' },
      eventName: 'workflow_dispatch',
    });
    expect(r.code, r.allText).toBe(0);
    expect(r.outputs['backup-id']).toMatch(new RegExp(`^staging-${source.name}-\\d{8}T\\d{6}Z$`));
    expect(r.outputs.path).toBe(path.join(dir, `${r.outputs['backup-id']}.dump`));
    expect(r.outputs.manifest).toBe(path.join(dir, `${r.outputs['backup-id']}.manifest.json`));
    const m = readManifest(r.outputs.manifest!);
    expect(m).toMatchObject({ backupId: r.outputs['backup-id'], environment: 'staging', database: source.name, tableCount: 6, verified: true, sha256: r.outputs.sha256 });
    expect(r.outputs['size-bytes']).toBe(String(m.sizeBytes));
    expect((await sha256File(r.outputs.path!)).sha256).toBe(r.outputs.sha256);
    expect(r.outputs.errors).toBe('0');
    // Progress and totals in the log; the summary names the backup and how to restore it.
    expect(r.stdout).toMatch(/dump: finished in .* written/);
    expect(r.stdout).toContain('verify: pg_restore --list read');
    expect(r.stdout).toContain('retention: 7 days; nothing to delete');
    expect(r.summary).toContain(r.outputs['backup-id']);
    expect(r.summary).toContain('npx migration-gates restore --backup');
    // The password was registered with the runner's mask, and appears nowhere we print.
    expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
    const printed = r.allText.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expectNoPassword(printed.join('\n'));
    expect(r.outputs.report).toMatch(/migration-gates-backup-before-deploy\.json$/);
    expectNoPassword(readFileSync(r.outputs.manifest!, 'utf8'));
  });

  it('uploads the dump and manifest as an artifact through the results service (a local fake)', async () => {
    const results = await new FakeResultsService().start();
    cleanups.push(() => results.stop());
    const r = await runBundle('backup-before-deploy', {
      inputs: { 'database-url': url, environment: 'staging', 'artifact-name': 'nightly-staging', 'retention-days': '30' },
      eventName: 'schedule',
      env: { ACTIONS_RESULTS_URL: `${results.url}/`, ACTIONS_RUNTIME_TOKEN: FakeResultsService.token() },
    });
    expect(r.code, r.allText).toBe(0);
    expect(r.outputs['artifact-name']).toBe('nightly-staging');
    expect(r.outputs['artifact-id']).toBe('1');
    const calls = results.requests.map((q) => `${q.method} ${q.path.replace(/^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\//, '')}`);
    expect(calls[0]).toBe('POST CreateArtifact');
    expect(calls.at(-1)).toBe('POST FinalizeArtifact');
    expect(results.requests[0]!.authorization).toBe(`Bearer ${FakeResultsService.token()}`);
    const create = JSON.parse(results.requests[0]!.body.toString()) as Record<string, string>;
    expect(create).toMatchObject({ workflow_run_backend_id: 'run-backend-1', workflow_job_run_backend_id: 'job-backend-1', name: 'nightly-staging' });
    // Retention: about 30 days from now.
    const days = (Date.parse(create.expires_at!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    // What reached blob storage is a zip of exactly the dump and its manifest.
    const a = results.artifacts[0]!;
    expect(a.content?.length).toBe(Number(a.size));
    const unz = tempDir('e2e-unzip');
    writeFileSync(path.join(unz, 'a.zip'), a.content!);
    const u = spawnSync('unzip', ['-q', 'a.zip', '-d', 'out'], { cwd: unz, encoding: 'utf8' });
    expect(u.status, u.stderr).toBe(0);
    const id = r.outputs['backup-id']!;
    expect(readdirSync(path.join(unz, 'out')).sort()).toEqual([`${id}.dump`, `${id}.manifest.json`]);
    const m = readManifest(path.join(unz, 'out', `${id}.manifest.json`));
    expect((await sha256File(path.join(unz, 'out', `${id}.dump`))).sha256).toBe(m.sha256);
    expectNoPassword(r.allText.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
  });

  it('without the runtime variables and without a directory, fails saying how to store it', async () => {
    const r = await runBundle('backup-before-deploy', { inputs: { 'database-url': url, environment: 'staging' }, eventName: 'workflow_dispatch' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::cannot upload the backup as a workflow artifact');
    expect(r.stdout).toContain('set the directory input');
    expectNoPassword(r.allText.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
  });

  it('an unreachable database fails the step with a redacted, actionable error', async () => {
    const bad = `postgresql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:1/${source.name}`;
    const r = await runBundle('backup-before-deploy', { inputs: { 'database-url': bad, environment: 'staging', directory: tempDir('e2e-bad') }, eventName: 'workflow_dispatch' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::cannot connect to ${ROLE}@127.0.0.1:1/${source.name}`);
    expect(r.stdout).toContain('Next:');
    expectNoPassword(r.allText.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
  });

  it('bad inputs get clear errors', async () => {
    const empty = await runBundle('backup-before-deploy', { inputs: { 'database-url': '' }, eventName: 'workflow_dispatch' });
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('::error::input database-url is empty');
    const days = await runBundle('backup-before-deploy', { inputs: { 'database-url': url, 'retention-days': 'thirty', directory: tempDir('e2e-x') }, eventName: 'workflow_dispatch' });
    expect(days.stdout).toContain('::error::input retention-days is "thirty"');
    const env = await runBundle('backup-before-deploy', { inputs: { 'database-url': url, environment: 'qa', directory: tempDir('e2e-y') }, eventName: 'workflow_dispatch' });
    expect(env.stdout).toContain('::error::unknown environment "qa"');
    const verify = await runBundle('backup-before-deploy', { inputs: { 'database-url': url, verify: 'maybe', directory: tempDir('e2e-z') }, eventName: 'workflow_dispatch' });
    expect(verify.stdout).toContain('::error::input verify is "maybe"');
  });
});

describe('migration-gates backup / restore (CLI bundle)', () => {
  function cli(args: string[], env: Record<string, string> = {}) {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, cwd: REPO_ROOT });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('backs up with --format json, then restores into a fresh database; production needs --confirm', async () => {
    const dir = tempDir('e2e-cli');
    const b = cli(['backup', '--environment', 'dev', '--directory', dir, '--format', 'json'], { DATABASE_URL: url });
    expect(b.code, b.stderr).toBe(0);
    const out = JSON.parse(b.stdout) as { findings: { rule: string; severity: string; message: string }[]; summary: Record<string, unknown> };
    // The default config's dev environment uses dev_girok_user: a warning, not a failure.
    expect(out.findings).toEqual([expect.objectContaining({ rule: 'backup-database', severity: 'warning', message: `environment dev uses database dev_girok_user in the config, but database-url names ${source.name}` })]);
    expect(out.summary).toMatchObject({ tool: 'backup-before-deploy', environment: 'dev', database: source.name, tableCount: 6, verified: true });
    expect(b.stderr).toMatch(/dump: finished in/);
    expectNoPassword(b.stdout + b.stderr);

    const target = await createTestDatabase('mgt');
    cleanups.push(() => target.drop());
    const refused = cli(['restore', '--backup', String(out.summary.manifest), '--target-database-url', target.url, '--production']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`refusing to restore into production database ${target.name} without confirmation`);
    expect(refused.stderr).toContain(`--confirm ${target.name}`);

    const ok = cli(['restore', '--backup', String(out.summary.manifest), '--target-database-url', target.url, '--production', '--confirm', target.name]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain(`restore: target postgres@127.0.0.1:5432/${target.name}`);
    expect(ok.stdout).toContain('6 tables');
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
  });

  it('exits 2 on usage errors, with the next command', () => {
    const noDir = cli(['backup', '--database-url', url]);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('--directory is missing');
    expectNoPassword(noDir.stderr);
    const noTarget = cli(['restore', '--backup', 'x.manifest.json']);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--target-database-url is missing');
    const badDays = cli(['backup', '--database-url', url, '--directory', 'b', '--retention-days', '0']);
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toContain('--retention-days is "0"');
  });
});
