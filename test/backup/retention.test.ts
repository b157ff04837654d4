import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeManifest } from '../../src/backup/manifest.js';
import { applyRetention } from '../../src/backup/retention.js';
import type { BackupManifest } from '../../src/backup/types.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir } from '../helpers/tmp.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

/** A backup as createBackup leaves it: a dump and its manifest, dated `age` days back. */
function backup(dir: string, database: string, age: number, env = 'prod'): { dump: string; manifest: string } {
  const at = daysAgo(age);
  const id = `${env}-${database}-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
  const dump = path.join(dir, `${id}.dump`);
  writeFileSync(dump, 'PGDMP...');
  const m: BackupManifest = {
    version: 1, backupId: id, environment: env, database, host: 'db', port: 5432, serverVersion: '15.4', serverMajor: 15,
    pgDumpVersion: '15.4', createdAt: at.toISOString(), file: `${id}.dump`, sizeBytes: 8, sha256: '0'.repeat(64),
    tableCount: 1, latestMigration: null, verified: true,
  };
  const manifest = path.join(dir, `${id}.manifest.json`);
  writeManifest(manifest, m);
  // A copied folder gets fresh modification times: the manifest's createdAt is what counts.
  utimesSync(dump, NOW, NOW);
  utimesSync(manifest, NOW, NOW);
  return { dump, manifest };
}

function dir(): string {
  const t = makeTempDir('retention');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('applyRetention', () => {
  it('deletes backups older than the retention, dump and manifest together, and keeps the rest', () => {
    const d = dir();
    const old1 = backup(d, 'girok_user', 45);
    const old2 = backup(d, 'girok_user', 31);
    const fresh = backup(d, 'girok_user', 29);
    const newest = backup(d, 'girok_user', 0.1);
    const r = applyRetention(d, 30, NOW);
    expect(r.deleted.sort()).toEqual([old1.dump, old1.manifest, old2.dump, old2.manifest].sort());
    for (const f of [fresh.dump, fresh.manifest, newest.dump, newest.manifest]) expect(existsSync(f)).toBe(true);
    expect(readdirSync(d)).toHaveLength(4);
  });

  it('always keeps the newest backup of each database, however old', () => {
    const d = dir();
    const oldest = backup(d, 'staging_girok_user', 90, 'staging');
    const last = backup(d, 'staging_girok_user', 60, 'staging');
    const r = applyRetention(d, 30, NOW);
    expect(r.deleted.sort()).toEqual([oldest.dump, oldest.manifest].sort());
    expect(existsSync(last.dump)).toBe(true);
  });

  it('removes our stale hidden partial dumps by modification time; an orphan dump and other files are kept as not ours', () => {
    const d = dir();
    const partial = path.join(d, '.0123456789ab.dump.partial');
    const orphan = path.join(d, 'prod-girok_user-20250102T000000Z.dump');
    const recentPartial = path.join(d, '.ba9876543210.dump.partial');
    const notOurs = path.join(d, 'notes.txt');
    for (const f of [partial, orphan, recentPartial, notOurs]) writeFileSync(f, 'x');
    for (const f of [partial, orphan, notOurs]) utimesSync(f, daysAgo(40), daysAgo(40));
    utimesSync(recentPartial, daysAgo(1), daysAgo(1));
    const r = applyRetention(d, 30, NOW);
    expect(r.deleted).toEqual([partial]);
    expect(r.notOurs.sort()).toEqual([notOurs, orphan].sort());
    expect(existsSync(notOurs) && existsSync(orphan) && existsSync(recentPartial)).toBe(true);
  });

  it('is a no-op on a folder that does not exist yet', () => {
    expect(applyRetention(path.join(dir(), 'missing'), 30, NOW)).toEqual({ deleted: [], notOurs: [] });
  });

  it('rejects a retention below one day', () => {
    expect(() => applyRetention(dir(), 0, NOW)).toThrow(UserError);
    expect(() => applyRetention(dir(), Number.NaN, NOW)).toThrow(/retention-days is NaN/);
  });
});
