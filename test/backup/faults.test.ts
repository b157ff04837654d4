import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBackupJob } from '../../src/backup/job.js';
import { readManifest } from '../../src/backup/manifest.js';
import { backupReport } from '../../src/backup/report.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function db(): Promise<TestDatabase> {
  const d = await createTestDatabase('mgbf');
  cleanups.push(d.drop);
  await d.query('CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes SELECT g, md5(g::text) FROM generate_series(1, 50) g');
  return d;
}

function tempDir(): string {
  const t = makeTempDir('backup-faults');
  cleanups.push(t.cleanup);
  return t.dir;
}

const NINETY_DAYS_AGO = new Date(Date.now() - 90 * 86_400_000);

function age(file: string): void {
  utimesSync(file, NINETY_DAYS_AGO, NINETY_DAYS_AGO);
}

/** The config's environments pointed at `database` (or at nothing, for the unknown case). */
function config(database?: string) {
  const c = defaultConfig();
  if (database) for (const e of c.environments) e.database = database;
  return c;
}

function job(source: TestDatabase, directory: string, opts: { environment?: string; database?: string } = {}) {
  return runBackupJob({
    databaseUrl: source.url,
    ...(opts.environment ? { environment: opts.environment } : {}),
    config: config(opts.database ?? source.name),
    directory,
    store: { kind: 'directory' },
    retentionDays: 30,
    verify: true,
  });
}

describe('retention deletes only what migration-gates wrote (issue 13, item 1)', () => {
  it('keeps a hand-made dump and a foreign manifest, 90 days old, and lists them as not ours', async () => {
    const source = await db();
    const dir = tempDir();
    const manual = path.join(dir, 'manual-before-pg16-upgrade.dump');
    const terraform = path.join(dir, 'terraform-state.manifest.json');
    writeFileSync(manual, 'PGDMP precious');
    writeFileSync(terraform, JSON.stringify({ version: 4, terraform_version: '1.7.0', resources: [] }));
    // An orphan named like one of ours but with no manifest of ours naming it: not provably ours.
    const orphan = path.join(dir, 'prod-girok_user-20240101T000000Z.dump');
    writeFileSync(orphan, 'PGDMP');
    for (const f of [manual, terraform, orphan]) age(f);

    const first = await job(source, dir, { environment: 'prod' });
    expect(existsSync(manual)).toBe(true);
    expect(existsSync(terraform)).toBe(true);
    expect(existsSync(orphan)).toBe(true);
    expect(first.deleted).toEqual([]);
    expect([...first.notOurs].sort()).toEqual([manual, orphan, terraform].sort());
    const md = renderMarkdown(backupReport(first));
    expect(md).toContain('Not ours, kept');
    expect(md).toContain('manual-before-pg16-upgrade.dump');

    // An old backup of ours (its manifest dated 90 days back) is still deleted once a newer one exists.
    const m = readManifest(first.manifestPath);
    const old = path.join(dir, 'prod-x-20200101T000000Z');
    writeFileSync(`${old}.dump`, 'PGDMP');
    writeFileSync(`${old}.manifest.json`, JSON.stringify({ ...m, backupId: 'prod-x-20200101T000000Z', database: source.name, file: 'prod-x-20200101T000000Z.dump', createdAt: NINETY_DAYS_AGO.toISOString() }));
    const second = await job(source, dir, { environment: 'prod' });
    expect([...second.deleted].sort()).toEqual([`${old}.dump`, `${old}.manifest.json`].sort());
    expect(existsSync(manual) && existsSync(terraform) && existsSync(orphan)).toBe(true);
    expect(existsSync(first.dumpPath)).toBe(true);
  });
});

describe('a folder named like a dump (issue 13, item 9)', () => {
  it('is skipped: later backups still succeed and the folder is left alone', async () => {
    const source = await db();
    const dir = tempDir();
    const folder = path.join(dir, 'olddir.dump');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'inside.txt'), 'x');
    const asManifest = path.join(dir, 'prod-x-20200101T000000Z.manifest.json');
    mkdirSync(asManifest);
    age(folder);
    age(asManifest);
    const r = await job(source, dir, { environment: 'prod' });
    expect(existsSync(r.dumpPath)).toBe(true);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(existsSync(path.join(folder, 'inside.txt'))).toBe(true);
    expect(r.notOurs).toContain(folder);
    const again = await job(source, dir, { environment: 'prod' });
    expect(existsSync(again.manifestPath)).toBe(true);
  });
});

describe('file modes (issue 13, item 13)', () => {
  it('creates the dump and manifest 0600 and a new backup folder 0700', async () => {
    const source = await db();
    const dir = path.join(tempDir(), 'new', 'backups');
    const r = await job(source, dir, { environment: 'prod' });
    expect(statSync(r.dumpPath).mode & 0o777).toBe(0o600);
    expect(statSync(r.manifestPath).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('a database no environment uses (issue 13, item 14)', () => {
  it('is backed up, recorded as environment unknown, and the summary says so', async () => {
    const source = await db();
    const dir = tempDir();
    const r = await job(source, dir, { database: 'some_other_db' });
    expect(r.environment).toBe('unknown');
    expect(readManifest(r.manifestPath).environment).toBe('unknown');
    expect(r.manifest.backupId).toMatch(new RegExp(`^unknown-${source.name}-\\d{8}T\\d{6}Z$`));
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'backup-environment-unknown', severity: 'notice' }));
    const md = renderMarkdown(backupReport(r));
    expect(md).toContain('**unknown**: the database matches no configured environment');
  });
});
