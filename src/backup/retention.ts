import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { listManifests } from './manifest.js';
import { DUMP_SUFFIX, MANIFEST_SUFFIX } from './naming.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The guide's `find ... -mtime +30 -delete`, made safe: a backup older than `retentionDays`
 * (by its manifest's createdAt, which a copy cannot reset) is deleted with its dump, except the
 * newest backup of each database, which is always kept so a stalled schedule never leaves none.
 * Dumps without a manifest (failed runs, interrupted .partial files) go by modification time.
 * Only files this tool writes are touched.
 */
export function applyRetention(directory: string, retentionDays: number, now: Date = new Date()): { deleted: string[] } {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) {
    throw new UserError(`retention-days is ${retentionDays}`, { why: 'expected a whole number of days, 1 or more', next: 'set retention-days: 30 (the guide\'s default)' });
  }
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const deleted: string[] = [];
  const manifests = listManifests(directory);
  const newest = new Map<string, string>();
  for (const m of manifests) if (!newest.has(m.database)) newest.set(m.database, m.manifestPath);
  const described = new Set<string>();
  for (const m of manifests) {
    const dump = path.join(directory, m.file);
    described.add(path.basename(m.manifestPath));
    described.add(m.file);
    if (Date.parse(m.createdAt) >= cutoff || newest.get(m.database) === m.manifestPath) continue;
    // Manifest last: an interrupted cleanup never leaves a manifest without its dump.
    for (const f of [dump, m.manifestPath]) {
      rmSync(f, { force: true });
      deleted.push(f);
    }
  }
  let names: string[] = [];
  try {
    names = readdirSync(directory);
  } catch {
    return { deleted };
  }
  for (const n of names) {
    if (described.has(n)) continue;
    const ours = n.endsWith(DUMP_SUFFIX) || n.endsWith(`${DUMP_SUFFIX}.partial`) || n.endsWith(MANIFEST_SUFFIX);
    if (!ours) continue;
    const f = path.join(directory, n);
    try {
      if (statSync(f).mtimeMs >= cutoff) continue;
    } catch {
      continue;
    }
    rmSync(f, { force: true });
    deleted.push(f);
  }
  return { deleted };
}
