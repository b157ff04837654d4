import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, writeFileSync, readFileSync } from 'node:fs';
import { backupGate } from '../../src/gates/backup.js';
import { createBackup } from '../../src/backup/create.js';
import { makeFixture, prismaDeploy, type Fixture } from '../apply/fixture.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';
import { gateContext } from './context.js';

let fx: Fixture | undefined;
let other: TestDatabase | undefined;
let dir: { dir: string; cleanup: () => void } | undefined;
afterEach(async () => {
  await fx?.cleanup();
  await other?.drop();
  dir?.cleanup();
  fx = undefined;
  other = undefined;
  dir = undefined;
});

async function setup() {
  fx = await makeFixture();
  await prismaDeploy(fx.root, fx.db.url);
  dir = makeTempDir('backups');
  return createBackup({ databaseUrl: fx.db.url, environment: 'prod', directory: dir.dir });
}

async function evaluate(extra: { backupManifest?: string; backupDirectory?: string; now?: Date }) {
  const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url: fx!.db.url, environment: 'prod', ...extra });
  try {
    return await backupGate.evaluate(ctx);
  } finally {
    await close();
  }
}

describe('backup', () => {
  it('passes with a fresh verified backup of this database, given as a manifest or found in a directory', async () => {
    const b = await setup();
    const o = await evaluate({ backupManifest: b.manifestPath });
    expect(o.status).toBe('pass');
    expect(o.reason).toMatch(new RegExp(`^backup ${b.manifest.backupId} verified \\(SHA-256 [0-9a-f]{12}…\\), 0 min old$`));
    expect(o.details).toEqual([`manifest: ${b.manifestPath}`]);
  });

  it('fails without a backup, naming the step that takes one', async () => {
    fx = await makeFixture();
    const o = await evaluate({});
    expect(o).toMatchObject({ status: 'fail', reason: 'no backup given (backup-manifest and backup-directory are empty); prod requires one' });
    expect(o.remedy).toMatch(/run the backup-before-deploy action \(or: npx migration-gates backup --environment prod/);
  });

  it('fails when the dump no longer has its recorded SHA-256', async () => {
    const b = await setup();
    appendFileSync(b.dumpPath, 'x');
    const o = await evaluate({ backupManifest: b.manifestPath });
    expect(o.status).toBe('fail');
    expect(o.details!.join('\n')).toMatch(/bytes, the manifest says \d+ \(changed\)/);
    expect(o.details!.join('\n')).toMatch(/has SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64} \(corrupt or replaced\)/);
  });

  it('fails when the backup is older than backup-max-age-minutes', async () => {
    const b = await setup();
    const o = await evaluate({ backupManifest: b.manifestPath, now: new Date(Date.now() + 61 * 60_000) });
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(/the backup was taken 61 min ago .*; prod accepts at most 60 min/);
  });

  it('fails when the backup is of another database, or predates the current migration', async () => {
    const b = await setup();
    other = await createTestDatabase('mgb');
    const foreign = await createBackup({ databaseUrl: other.url, environment: 'prod', directory: dir!.dir });
    let o = await evaluate({ backupManifest: foreign.manifestPath });
    expect(o.status).toBe('fail');
    expect(o.reason).toContain(`the backup is of 127.0.0.1:5432/${other.name}, not of 127.0.0.1:5432/${fx!.db.name}`);

    // The directory holds backups of both databases: the newest of *this* one is chosen.
    o = await evaluate({ backupDirectory: dir!.dir });
    expect(o.status).toBe('pass');
    expect(o.details).toEqual([`manifest: ${b.manifestPath}`]);

    fx!.addMigration('20240102000000_add_profile', 'CREATE TABLE "Profile" ("id" INTEGER PRIMARY KEY);\n');
    await prismaDeploy(fx!.root, fx!.db.url);
    o = await evaluate({ backupManifest: b.manifestPath });
    expect(o.status).toBe('fail');
    expect(o.reason).toContain('the backup was taken at migration 20240101000000_init, the database is now at 20240102000000_add_profile');
  });

  it('fails on a manifest that is not valid, and on an empty backup directory', async () => {
    const b = await setup();
    const m = JSON.parse(readFileSync(b.manifestPath, 'utf8'));
    writeFileSync(b.manifestPath, JSON.stringify({ ...m, sha256: 'nope' }));
    let o = await evaluate({ backupManifest: b.manifestPath });
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(/backup manifest .* is invalid/);
    expect(o.details!.join('\n')).toMatch(/sha256: must be 64 lowercase hex digits/);
    const empty = makeTempDir('nobackups');
    o = await evaluate({ backupDirectory: empty.dir });
    empty.cleanup();
    expect(o.reason).toBe(`no backup of database ${fx!.db.name} in ${empty.dir}`);
  });
});
