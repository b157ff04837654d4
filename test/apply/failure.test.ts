import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { runApply } from '../../src/apply/run.js';
import { createBackup } from '../../src/backup/create.js';
import { locatePrisma, runPrisma } from '../../src/prisma/cli.js';
import { makeTempDir } from '../helpers/tmp.js';
import { makeFixture, migrationRows, type Fixture } from './fixture.js';

const M1 = '20240102000000_add_profile';
const BROKEN = '20240103000000_add_audit_log';
const M3 = '20240104000000_add_settings';
// An error in the middle of the file, after statements that changed the schema and the data.
const BROKEN_SQL = [
  'CREATE TABLE "AuditLog" ("id" SERIAL PRIMARY KEY, "entry" TEXT NOT NULL);',
  'INSERT INTO "AuditLog" ("entry") VALUES (\'first; entry with a semicolon\');',
  'ALTER TABLE "User" ADD COLUMN "auditCount" INTEGER NOT NULL DEFAULT 0;',
  'SELECT 1 / 0;',
  'CREATE TABLE "NeverReached" ("id" INTEGER);',
  '',
].join('\n');

let fx: Fixture | undefined;
let tmp: { dir: string; cleanup: () => void } | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
  tmp?.cleanup();
  tmp = undefined;
});

async function exists(relation: string): Promise<boolean> {
  return (await fx!.db.query('SELECT to_regclass($1) IS NOT NULL AS ok', [relation])).rows[0].ok;
}

describe('PostgreSQL\'s own error for a failed migration (issue 13, item 6)', () => {
  it('shows the SQLSTATE, message and position in migration.sql, or the detail of a data error, not Prisma\'s "external connector error"', async () => {
    fx = await makeFixture();
    const base = { repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' };
    fx.addMigration('20240102000000_typo', 'CREATE TABLE "A" ("id" INTEGER);\n-- a comment\nSELECT 1;  SELEC 2;\n');
    const r = await runApply(base);
    expect(r.status).toBe('failed');
    expect(r.recovery!.error).toBe('ERROR 42601: syntax error at or near "SELEC" (migration.sql line 3, column 12)');
    const finding = r.report.findings.find((f) => f.rule === 'migrate-deploy')!;
    expect(finding.message).toContain('ERROR 42601: syntax error at or near "SELEC" (migration.sql line 3, column 12)');
    expect(finding.message).not.toContain('external connector error');
    expect(await exists('public."A"')).toBe(false); // the replay left nothing either

    // A data error has no position but a code and PostgreSQL's detail.
    const cli = locatePrisma(fx.root);
    expect((await runPrisma(cli, ['migrate', 'resolve', '--rolled-back', '20240102000000_typo'], { cwd: fx.root, databaseUrl: fx.db.url })).code).toBe(0);
    fx.addMigration('20240102000000_typo', 'CREATE TABLE "A" ("id" INTEGER);\n');
    await fx.db.query(`INSERT INTO "User" VALUES (1, 'a@x.io')`);
    fx.addMigration('20240103000000_seed_admin', 'INSERT INTO "User" ("id", "email") VALUES (1, \'admin@x.io\');\n');
    const dup = await runApply(base);
    expect(dup.status).toBe('failed');
    expect(dup.recovery!.error).toBe('ERROR 23505: duplicate key value violates unique constraint "User_pkey"; DETAIL: Key (id)=(1) already exists.');
  });
});

describe('a migration that fails mid-file', () => {
  it('names the migration and the PostgreSQL error, proves nothing of it remains, and the printed recovery works', async () => {
    fx = await makeFixture({ migrations: { [M1]: 'CREATE TABLE "Profile" ("id" INTEGER PRIMARY KEY);\n' } });
    const base = { repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' };
    expect((await runApply(base)).status).toBe('applied');

    tmp = makeTempDir('backups');
    const backup = await createBackup({ databaseUrl: fx.db.url, environment: 'dev', directory: tmp.dir });
    fx.addMigration(BROKEN, BROKEN_SQL);
    fx.addMigration(M3, 'CREATE TABLE "Settings" ("id" INTEGER PRIMARY KEY);\n');

    const r = await runApply({ ...base, backupDirectory: tmp.dir });
    expect(r.status).toBe('failed');
    expect(r.pendingBefore).toBe(2);
    expect(r.applied).toEqual([]);
    const rec = r.recovery!;
    expect(rec.failedMigration).toBe(BROKEN);
    expect(rec.error).toMatch(/division by zero/);
    expect(rec.partialChanges).toBe('none');
    expect(rec.notStarted).toEqual([M3]);
    expect(rec.facts.join('\n')).toMatch(/verified: the schema catalog is exactly as it was before the deploy/);

    // Exactly what is left in _prisma_migrations: the two finished rows, and one failed row for
    // the broken migration (finished_at NULL, rolled_back_at NULL, 0 steps, the error in logs).
    const rows = await migrationRows(fx.db);
    expect(rows.map((x) => x.migration_name)).toEqual(['20240101000000_init', M1, BROKEN]);
    expect(rows[0]!.finished_at).not.toBeNull();
    expect(rows[1]!.finished_at).not.toBeNull();
    expect(rows[2]).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(rows[2]!.logs).toMatch(/division by zero/);
    expect(rec.migrationsTable).toContain(`row for ${BROKEN} with finished_at NULL, rolled_back_at NULL and applied_steps_count 0`);
    // And in the schema: nothing of the broken file, not even its first statements.
    expect(await exists('public."AuditLog"')).toBe(false);
    expect((await fx.db.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'auditCount'`)).rows[0].n).toBe(0);
    expect(await exists('public."Settings"')).toBe(false);

    // The exact commands: resolve, and restore of this very backup.
    expect(rec.steps.join('\n')).toContain(`npx prisma migrate resolve --rolled-back ${BROKEN}`);
    expect(rec.steps.join('\n')).toContain(`npx migration-gates restore --backup ${backup.manifestPath} --target-database-url "$DATABASE_URL"`);
    const finding = r.report.findings.find((f) => f.rule === 'migrate-deploy')!;
    expect(finding).toMatchObject({ severity: 'error', file: `prisma/migrations/${BROKEN}/migration.sql` });
    expect(finding.message).toContain(BROKEN);
    expect(finding.message).toMatch(/division by zero/);
    const recovery = r.report.sections!.find((s) => s.title === 'Failure and recovery')!.markdown;
    expect(recovery).toContain('**Partial changes:** none');

    // A new apply is blocked by history-integrity (P3009) with the same command.
    const blocked = await runApply(base);
    expect(blocked.status).toBe('blocked');
    const hi = blocked.gates.find((g) => g.name === 'history-integrity')!.outcome;
    expect(hi.status).toBe('fail');
    expect(hi.reason).toContain(BROKEN);
    expect(hi.remedy).toContain(`npx prisma migrate resolve --rolled-back ${BROKEN}`);

    // Follow the printed recovery with the real Prisma CLI: resolve, fix the file, apply again.
    const cli = locatePrisma(fx.root);
    const resolved = await runPrisma(cli, ['migrate', 'resolve', '--rolled-back', BROKEN], { cwd: fx.root, databaseUrl: fx.db.url });
    expect(resolved.code, resolved.stderr).toBe(0);
    fx.addMigration(BROKEN, BROKEN_SQL.replace('SELECT 1 / 0;\n', ''));
    const fixed = await runApply(base);
    expect(fixed.status).toBe('applied');
    expect(fixed.applied).toEqual([BROKEN, M3]);
    expect(await exists('public."NeverReached"')).toBe(true);
  });

  it('when earlier migrations of the same deploy finished: they stay, the failed one is rolled back whole', async () => {
    fx = await makeFixture({ migrations: { [M1]: 'CREATE TABLE "Profile" ("id" INTEGER PRIMARY KEY);\n', [BROKEN]: BROKEN_SQL } });
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' });
    expect(r.status).toBe('failed');
    expect(r.applied).toEqual(['20240101000000_init', M1]);
    expect(r.recovery!.finishedThisRun).toEqual(['20240101000000_init', M1]);
    expect(r.recovery!.partialChanges).toBe('none');
    expect(r.recovery!.facts.join('\n')).toMatch(/no BEGIN\/COMMIT of its own, so PostgreSQL ran it as one implicit transaction/);
    expect(r.recovery!.steps.join('\n')).toContain('no backup was verified for this run; to go back to your last one: npx migration-gates restore --backup <manifest.json>');
    expect(await exists('public."Profile"')).toBe(true);
    expect(await exists('public."AuditLog"')).toBe(false);
    const rows = await migrationRows(fx.db);
    expect(rows.map((x) => [x.migration_name, x.finished_at === null])).toEqual([
      ['20240101000000_init', false],
      [M1, false],
      [BROKEN, true],
    ]);
  });

  it('a migration with its own COMMIT leaves partial changes, and the report says which', async () => {
    const sql = 'CREATE TABLE "Kept" ("id" INTEGER);\nCOMMIT;\nBEGIN;\nCREATE TABLE "Lost" ("id" INTEGER);\nSELECT 1 / 0;\n';
    fx = await makeFixture();
    const base = { repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' };
    expect((await runApply(base)).status).toBe('applied');
    fx.addMigration(BROKEN, sql);
    const r = await runApply(base);
    expect(r.status).toBe('failed');
    const rec = r.recovery!;
    expect(rec.partialChanges).toBe('present');
    expect(rec.catalogChanges.added).toContain('relation public."Kept" (r)');
    expect(rec.catalogChanges.added.some((o) => o.includes('"Lost"'))).toBe(false);
    expect(rec.facts.join('\n')).toMatch(/controls transactions itself \(line 2: COMMIT/);
    expect(rec.steps.join('\n')).toContain(`npx prisma migrate resolve --applied ${BROKEN}`);
    expect(await exists('public."Kept"')).toBe(true);
    expect(await exists('public."Lost"')).toBe(false);
  });
});
