import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLatestManifest, readManifest, writeManifest } from '../../src/backup/manifest.js';
import { newBackupId, safeName } from '../../src/backup/naming.js';
import type { BackupManifest } from '../../src/backup/types.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir } from '../helpers/tmp.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function dir(): string {
  const t = makeTempDir('manifest');
  cleanups.push(t.cleanup);
  return t.dir;
}

const base: BackupManifest = {
  version: 1, backupId: 'prod-girok_user-20250101T000000Z', environment: 'prod', database: 'girok_user', host: 'db', port: 5432,
  serverVersion: '16.2', serverMajor: 16, pgDumpVersion: '16.2', createdAt: '2025-01-01T00:00:00.000Z', file: 'prod-girok_user-20250101T000000Z.dump',
  sizeBytes: 10, sha256: 'a'.repeat(64), tableCount: 3, latestMigration: '20241201000000_init', verified: true,
};

describe('manifest', () => {
  it('round-trips, atomically (no temp file left)', () => {
    const d = dir();
    const p = path.join(d, 'x.manifest.json');
    writeManifest(p, { ...base, durationSeconds: 1.5, databaseSizeBytes: 1000 });
    expect(readManifest(p)).toEqual({ ...base, durationSeconds: 1.5, databaseSizeBytes: 1000 });
    expect(readdirSync(d)).toEqual(['x.manifest.json']);
  });

  it('reads a manifest that has fields a newer version added', () => {
    const p = path.join(dir(), 'x.manifest.json');
    writeFileSync(p, JSON.stringify({ ...base, compression: 'zstd' }));
    expect(readManifest(p)).toEqual(base);
  });

  it('names every invalid field, and what to do', () => {
    const p = path.join(dir(), 'x.manifest.json');
    writeFileSync(p, JSON.stringify({ ...base, version: 2, port: 'x', createdAt: 'yesterday', latestMigration: undefined }));
    const err = (() => {
      try {
        readManifest(p);
      } catch (e) {
        return e as UserError;
      }
      throw new Error('expected an error');
    })();
    expect(err).toBeInstanceOf(UserError);
    for (const field of ['version:', 'port:', 'createdAt:', 'latestMigration:']) expect(err.message).toContain(field);
    expect(err.next).toContain('migration-gates backup');
    expect(() => readManifest(path.join(dir(), 'missing.manifest.json'))).toThrow(/does not exist/);
  });

  it('refuses to write a manifest that would not read back', () => {
    expect(() => writeManifest(path.join(dir(), 'x.manifest.json'), { ...base, sha256: 'nope' })).toThrow();
  });

  it('findLatestManifest picks the newest valid backup of the database and skips broken manifests', () => {
    const d = dir();
    writeManifest(path.join(d, 'a.manifest.json'), base);
    writeManifest(path.join(d, 'b.manifest.json'), { ...base, backupId: 'b', createdAt: '2025-02-01T00:00:00.000Z' });
    writeManifest(path.join(d, 'c.manifest.json'), { ...base, backupId: 'c', database: 'other', createdAt: '2025-03-01T00:00:00.000Z' });
    writeFileSync(path.join(d, 'd.manifest.json'), '{"version": 1, "createdAt": "2030-01-01T00:00:00Z"}');
    const m = findLatestManifest(d, 'girok_user');
    expect(m?.backupId).toBe('b');
    expect(m?.manifestPath).toBe(path.join(d, 'b.manifest.json'));
  });
});

describe('backup ids', () => {
  it('makes hostile names safe for a file name', () => {
    expect(safeName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeName('prod; rm -rf /')).toBe('prod_rm_-rf_');
    expect(safeName('')).toBe('x');
    expect(newBackupId(dir(), 'prod', 'girok/user', new Date('2025-06-01T10:20:30.456Z'))).toBe('prod-girok_user-20250601T102030Z');
  });
});
