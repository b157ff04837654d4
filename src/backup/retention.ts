import { lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { listManifests } from './manifest.js';
import { DUMP_SUFFIX, isBackupId, isPartialDumpName, MANIFEST_SUFFIX } from './naming.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  /** Files removed: backups of ours past the retention (dump, then manifest), and our stale partial dumps. */
  deleted: string[];
  /** Files past the retention that this tool did not write (or cannot prove it wrote): never deleted. */
  notOurs: string[];
}

/**
 * The guide's `find ... -mtime +30 -delete`, made safe. A backup is deleted only when it is
 * provably ours: a manifest in our format, named `<backup-id>.manifest.json` with a backup id as
 * newBackupId makes it, naming the dump `<backup-id>.dump` beside it (a regular file). Its age is
 * the manifest's createdAt (a copy cannot reset it), and the newest backup of each database is
 * always kept so a stalled schedule never leaves none. Hidden `.<random>.dump.partial` files
 * (only createBackup names files so) go by modification time. Everything else — a hand-made
 * `manual-before-pg16-upgrade.dump`, someone's `terraform-state.manifest.json`, a dump whose
 * manifest is gone, a folder named like a dump — is left alone and reported as not ours.
 */
export function applyRetention(directory: string, retentionDays: number, now: Date = new Date()): RetentionResult {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) {
    throw new UserError(`retention-days is ${retentionDays}`, { why: 'expected a whole number of days, 1 or more', next: 'set retention-days: 30 (the guide\'s default)' });
  }
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const deleted: string[] = [];
  const notOurs: string[] = [];
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return { deleted, notOurs };
  }
  const isFile = (n: string): boolean => {
    try {
      return lstatSync(path.join(directory, n)).isFile();
    } catch {
      return false;
    }
  };
  const ours = listManifests(directory).filter((m) => {
    const base = path.basename(m.manifestPath);
    return isBackupId(m.backupId) && base === m.backupId + MANIFEST_SUFFIX && m.file === m.backupId + DUMP_SUFFIX && isFile(base) && isFile(m.file);
  });
  const newest = new Map<string, string>();
  for (const m of ours) if (!newest.has(m.database)) newest.set(m.database, m.manifestPath);
  const described = new Set<string>();
  for (const m of ours) {
    described.add(path.basename(m.manifestPath));
    described.add(m.file);
    if (Date.parse(m.createdAt) >= cutoff || newest.get(m.database) === m.manifestPath) continue;
    // Manifest last: an interrupted cleanup never leaves a manifest without its dump.
    for (const f of [path.join(directory, m.file), m.manifestPath]) {
      rmSync(f, { force: true });
      deleted.push(f);
    }
  }
  for (const n of names.sort()) {
    if (described.has(n)) continue;
    const f = path.join(directory, n);
    let st;
    try {
      st = lstatSync(f);
    } catch {
      continue;
    }
    if (st.mtimeMs >= cutoff) continue;
    if (isPartialDumpName(n) && st.isFile()) {
      rmSync(f, { force: true });
      deleted.push(f);
    } else {
      notOurs.push(f);
    }
  }
  return { deleted, notOurs };
}
