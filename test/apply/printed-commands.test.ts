import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runApply } from '../../src/apply/run.js';
import { createBackup } from '../../src/backup/create.js';
import { runBackupJob } from '../../src/backup/job.js';
import { backupReport } from '../../src/backup/report.js';
import { loadConfig } from '../../src/config/load.js';
import { quoteIdent } from '../../src/postgres/quote.js';
import { adminQuery, createTestDatabase, urlFor, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir, REPO_ROOT } from '../helpers/tmp.js';
import { makeFixture, migrationRows, prismaDeploy, type Fixture } from './fixture.js';

// Built by: node scripts/build.mjs cli (the printed commands run the CLI as a user's shell would).
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A bin folder whose `npx migration-gates` is this build's CLI; every other npx call is the real one. */
let shimBin: string;
beforeAll(() => {
  expect(existsSync(CLI), 'run: node scripts/build.mjs cli').toBe(true);
  const t = makeTempDir('npx-shim');
  shimBin = t.dir;
  const realNpx = spawnSync('bash', ['-c', 'command -v npx'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(
    path.join(shimBin, 'npx'),
    `#!/bin/bash\nif [ "$1" = migration-gates ]; then shift; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"; fi\nexec ${JSON.stringify(realNpx)} "$@"\n`,
  );
  chmodSync(path.join(shimBin, 'npx'), 0o755);
  return t.cleanup;
});

/** Run a printed command exactly as printed: its text, handed to bash. */
function runPrinted(command: string, cwd: string, env: Record<string, string>): { code: number; out: string } {
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, ...env, PATH: `${shimBin}:${process.env.PATH}` }, timeout: 180_000 });
  return { code: r.status ?? 1, out: `${r.stdout}\n${r.stderr}` };
}

/** The command part of a recovery step (`...: <command>`), as the summary shows it for copying. */
function commandOf(step: string): string {
  const m = /: ((?:npx|\(cd) .*)$/.exec(step);
  if (!m) throw new Error(`no command in step: ${step}`);
  return m[1]!;
}

describe('printed commands run as printed (issue 13, items 5 and 10)', () => {
  it("backup's restore command, for a database named app_d\"q;$(touch pwned) reached through a percent-encoded URL", async () => {
    const name = 'app_d"q;$(touch pwned)';
    await adminQuery(`CREATE DATABASE ${quoteIdent(name)}`);
    cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).then(() => undefined));
    const url = urlFor(encodeURIComponent(name));
    expect(url).toContain('%3B%24');
    const repo = makeTempDir('hostile');
    cleanups.push(repo.cleanup);
    mkdirSync(path.join(repo.dir, '.github'));
    // Production, so restore demands --confirm with the exact name.
    writeFileSync(path.join(repo.dir, '.github', 'migration-gates.yml'), `version: 1\nenvironments:\n  prod:\n    branch: main\n    database: '${name}'\n    production: true\n`);
    const config = loadConfig(repo.dir);

    const { default: pg } = await import('pg');
    const direct = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: name });
    direct.on('error', () => undefined);
    await direct.connect();
    cleanups.push(() => direct.end().catch(() => undefined));
    await direct.query('CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes SELECT g, md5(g::text) FROM generate_series(1, 20) g');
    const job = await runBackupJob({ databaseUrl: url, config, directory: path.join(repo.dir, 'back ups'), store: { kind: 'directory' }, retentionDays: 30, verify: true });
    expect(job.manifest.database).toBe(name);
    await direct.query('DELETE FROM notes WHERE id > 5');

    const md = backupReport(job).sections!.find((s) => s.title === 'Restore')!.markdown;
    const printed = /```bash\n(.*)\n```/.exec(md)![1]!;
    expect(printed).toContain("--confirm 'app_d\"q;$(touch pwned)'");
    const r = runPrinted(printed, repo.dir, { DATABASE_URL: url });
    expect(r.code, r.out).toBe(0);
    expect((await direct.query('SELECT count(*)::int AS n FROM notes')).rows[0].n).toBe(20);
    expect(readdirSync(repo.dir)).not.toContain('pwned');
  }, 120_000);

  it('after a failed prod deploy of a migration staging applied: resolve, fix here and re-run, restore, each as printed; never "edit migration.sql" (item 4)', async () => {
    const M1 = '20240102000000_create_setting';
    const X = '20240103000000_seed_plan_setting';
    const fx: Fixture = await makeFixture({ migrations: { [M1]: 'CREATE TABLE "Setting" ("key" TEXT NOT NULL, "value" TEXT NOT NULL, CONSTRAINT "Setting_pkey" PRIMARY KEY ("key"));\n' } });
    cleanups.push(() => fx.cleanup());
    const stg: TestDatabase = await createTestDatabase('mga_stg');
    cleanups.push(stg.drop);
    mkdirSync(path.join(fx.root, 'deploy'));
    writeFileSync(
      path.join(fx.root, 'deploy', 'gates.yml'),
      [
        'version: 1',
        'environments:',
        `  dev: { branch: develop, database: ${stg.name}_dev }`,
        `  staging: { branch: 'release/*', database: ${stg.name}, gates: { tls: false } }`,
        `  prod: { branch: main, database: ${fx.db.name}, production: true, gates: { tls: false } }`,
      ].join('\n') + '\n',
    );
    const config = loadConfig(fx.root, 'deploy/gates.yml');
    await prismaDeploy(fx.root, fx.db.url);
    await prismaDeploy(fx.root, stg.url);
    // Production has a row someone added by hand; staging does not.
    await fx.db.query(`INSERT INTO "Setting" VALUES ('plan', 'enterprise')`);
    fx.addMigration(X, `INSERT INTO "Setting" ("key", "value") VALUES ('plan', 'free');\n`);
    await prismaDeploy(fx.root, stg.url); // staging ran X fine

    const backup = await createBackup({ databaseUrl: fx.db.url, environment: 'prod', directory: path.join(fx.root, 'backups') });
    const r = await runApply({
      repoRoot: fx.root,
      config,
      databaseUrl: fx.db.url,
      environment: 'prod',
      ref: 'refs/heads/main',
      confirm: fx.db.name,
      backupManifest: backup.manifestPath,
      stagingDatabaseUrl: stg.url,
      overrideReason: "reviewed by the DBA (Kim's sign-off)",
    });
    expect(r.gates.filter((g) => g.outcome.status === 'fail')).toEqual([]);
    expect(r.status).toBe('failed');
    const rec = r.recovery!;
    expect(rec.failedMigration).toBe(X);
    expect(rec.error).toMatch(/^ERROR 23505: duplicate key value violates unique constraint "Setting_pkey"/);
    const steps = rec.steps.join('\n');
    // Never "edit migration.sql" for a migration staging applied; say why instead.
    expect(steps).not.toMatch(/fix [^\n]*migration\.sql|editing it is safe/);
    expect(rec.facts.join('\n')).toContain('do not edit its migration.sql');

    const env = { DATABASE_URL: fx.db.url, STAGING_DATABASE_URL: stg.url, GITHUB_REF: 'refs/heads/main' };
    const resolve = commandOf(rec.steps.find((s) => s.startsWith('mark the failed attempt rolled back'))!);
    const rerun = commandOf(rec.steps.find((s) => s.startsWith('if the cause is in this database'))!);
    const restore = commandOf(rec.steps.find((s) => s.startsWith('or restore the backup'))!);
    expect(rerun).toContain('--config deploy/gates.yml');
    expect(rerun).toContain(`--backup-manifest ${backup.manifestPath}`);
    expect(rerun).toContain(`--override-reason 'reviewed by the DBA (Kim'\\''s sign-off)'`);
    expect(rerun).toContain(`--confirm ${fx.db.name}`);
    expect(restore).toContain(`--confirm ${fx.db.name}`);

    // 1. resolve, as printed.
    const resolved = runPrinted(resolve, fx.root, env);
    expect(resolved.code, resolved.out).toBe(0);
    // 2. fix the cause in this database (the hand-made row), then the printed re-run applies X.
    await fx.db.query(`DELETE FROM "Setting" WHERE "key" = 'plan'`);
    const again = runPrinted(rerun, fx.root, env);
    expect(again.code, again.out).toBe(0);
    expect((await migrationRows(fx.db)).filter((m) => m.migration_name === X && m.finished_at)).toHaveLength(1);
    expect((await fx.db.query(`SELECT value FROM "Setting" WHERE "key" = 'plan'`)).rows).toEqual([{ value: 'free' }]);
    // 3. the printed restore (production: it carries --confirm) brings back the database as backed up.
    const restored = runPrinted(restore, fx.root, env);
    expect(restored.code, restored.out).toBe(0);
    expect((await fx.db.query(`SELECT value FROM "Setting" WHERE "key" = 'plan'`)).rows).toEqual([{ value: 'enterprise' }]);
  }, 300_000);
});
