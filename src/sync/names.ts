import { UserError } from '../errors.js';

/** PostgreSQL truncates identifiers to 63 bytes; our suffixes must survive whole. */
export const MAX_IDENTIFIER_BYTES = 63;
const STAMP_RE = /^\d{14}$/;

/** UTC `yyyymmddhhmmss`. */
export function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function addSeconds(stamp: string, seconds: number): string {
  const d = new Date(Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(8, 10), +stamp.slice(10, 12), +stamp.slice(12, 14)));
  return timestamp(new Date(d.getTime() + seconds * 1000));
}

/** The half-made copy: `<staging>_sync_<stamp>`. */
export function syncCopyName(staging: string, stamp: string): string {
  return `${staging}_sync_${stamp}`;
}

/** The previous staging, set aside: `<staging>_old_<stamp>`. */
export function oldCopyName(staging: string, stamp: string): string {
  return `${staging}_old_${stamp}`;
}

/** Stamp of `name` when it is `<staging>_<kind>_<14 digits>`, else undefined. */
export function copyStamp(staging: string, kind: 'sync' | 'old', name: string): string | undefined {
  const prefix = `${staging}_${kind}_`;
  if (!name.startsWith(prefix)) return undefined;
  const stamp = name.slice(prefix.length);
  return STAMP_RE.test(stamp) ? stamp : undefined;
}

/** Refuse a staging name too long for its `_sync_<stamp>` sibling (PostgreSQL would truncate it). */
export function assertNameFits(staging: string): void {
  const longest = Buffer.byteLength(syncCopyName(staging, '00000000000000'));
  if (longest > MAX_IDENTIFIER_BYTES) {
    throw new UserError(`the staging database name "${staging}" is too long for a sync`, {
      why: `the sync builds the copy as ${staging}_sync_<yyyymmddhhmmss> (${longest} bytes), over PostgreSQL's ${MAX_IDENTIFIER_BYTES}-byte identifier limit`,
      next: `use a staging database name of at most ${MAX_IDENTIFIER_BYTES - 20} bytes`,
    });
  }
}
