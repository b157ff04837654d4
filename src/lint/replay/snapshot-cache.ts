import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HistorySkip } from './types.js';

/**
 * Snapshots of PGlite's data directory after a history replay, so the next run restores instead
 * of replaying. A snapshot is keyed by a SHA-256 over the history's (name, checksum) pairs, the
 * extensions it creates and the PGlite version. Its metadata keeps the pairs, so a snapshot of
 * an older history (the base branch before its latest merges) is reused as a prefix: only the
 * migrations added since are replayed. Files: replay-<key>.tar (the data directory, a plain tar:
 * un-gzipping 50 MB costs a warm run more than reading it) and replay-<key>.json (written last: a
 * snapshot without it does not exist).
 */
export const SNAPSHOT_FORMAT = 2;
const KEEP = 2;

export interface SnapshotMeta {
  format: number;
  key: string;
  pglite: string;
  /** Extensions the history creates (the instance must load at least these to open it). */
  extensions: string[];
  /** (name, checksum) of each migration in the snapshot, in order. */
  migrations: [string, string][];
  skipped: HistorySkip[];
  /** SHA-1 and size of the .tar, checked before use: corruption detection (the key is SHA-256), 5x faster on 50 MB. */
  sha1: string;
  bytes: number;
  createdAt: string;
}

export function snapshotKey(pglite: string, extensions: string[], migrations: [string, string][]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ format: SNAPSHOT_FORMAT, pglite, extensions: [...extensions].sort() }));
  for (const [name, checksum] of migrations) h.update(`\n${name}\0${checksum}`);
  return h.digest('hex');
}

export interface FoundSnapshot {
  meta: SnapshotMeta;
  /** The data directory as a plain tar, already checked: PGlite gets nothing it could choke on. */
  tar: Buffer;
}

/**
 * The snapshot covering the longest prefix of `migrations` that this PGlite can open with the
 * extensions it loads. A snapshot that does not verify is reported, deleted and skipped.
 */
export function findSnapshot(
  cacheDir: string,
  want: { pglite: string; migrations: [string, string][]; loadable: Set<string> },
  log: (line: string) => void,
): FoundSnapshot | undefined {
  const candidates: SnapshotMeta[] = [];
  for (const file of listMeta(cacheDir)) {
    let meta: SnapshotMeta;
    try {
      meta = JSON.parse(readFileSync(path.join(cacheDir, file), 'utf8')) as SnapshotMeta;
      if (meta.format !== SNAPSHOT_FORMAT || !Array.isArray(meta.migrations) || typeof meta.sha1 !== 'string') throw new Error('unknown format');
    } catch (err) {
      log(`replay cache: ignoring ${file}: unreadable metadata (${(err as Error).message}); it is removed`);
      discard(cacheDir, file.replace(/\.json$/, ''));
      continue;
    }
    if (meta.pglite !== want.pglite || meta.migrations.length > want.migrations.length) continue;
    if (!meta.extensions.every((e) => want.loadable.has(e))) continue;
    if (!meta.migrations.every(([n, c], i) => want.migrations[i]![0] === n && want.migrations[i]![1] === c)) continue;
    candidates.push(meta);
  }
  candidates.sort((a, b) => b.migrations.length - a.migrations.length);
  for (const meta of candidates) {
    const base = `replay-${meta.key}`;
    let data: Buffer;
    try {
      data = readFileSync(path.join(cacheDir, `${base}.tar`));
    } catch (err) {
      log(`replay cache: snapshot ${meta.key.slice(0, 12)} has no data file (${(err as Error).message}); treated as a miss`);
      discard(cacheDir, base);
      continue;
    }
    const sha = createHash('sha1').update(data).digest('hex');
    if (data.length !== meta.bytes || sha !== meta.sha1) {
      log(`replay cache: snapshot ${meta.key.slice(0, 12)} is corrupt (checksum mismatch); treated as a miss and removed`);
      discard(cacheDir, base);
      continue;
    }
    let tar: Buffer;
    try {
      tar = unpackSnapshot(data);
    } catch (err) {
      log(`replay cache: snapshot ${meta.key.slice(0, 12)} is corrupt (${(err as Error).message}); treated as a miss and removed`);
      discard(cacheDir, base);
      continue;
    }
    // Used now: the newest by mtime is what the Actions cache saves, and what pruning keeps.
    const now = new Date();
    for (const ext of ['.tar', '.json']) utimesSync(path.join(cacheDir, `${base}${ext}`), now, now);
    return { meta, tar };
  }
  return undefined;
}

/**
 * Check a data-directory archive (a tar, or a gzip of one) and return the plain tar: every
 * header's checksum, sizes within bounds, a PG_VERSION file. PGlite's own loader reports a bad
 * archive through an unhandled rejection that would end the process, so it only sees checked tars.
 */
export function unpackSnapshot(data: Buffer): Buffer {
  let tar = data;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      tar = gunzipSync(data);
    } catch (err) {
      throw new Error(`not a gzip archive: ${(err as Error).message}`);
    }
  }
  let pgVersion = false;
  let off = 0;
  let entries = 0;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const stored = parseInt(header.subarray(148, 156).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    if (stored !== sum) throw new Error(`tar header ${entries + 1} has a bad checksum`);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0 || off + 512 + size > tar.length) throw new Error(`tar entry ${name} is truncated`);
    if (/(^|\/)PG_VERSION$/.test(name) && !/base\//.test(name)) pgVersion = true;
    off += 512 + Math.ceil(size / 512) * 512;
    entries++;
  }
  if (!pgVersion) throw new Error('no PG_VERSION in the archive: not a PostgreSQL data directory');
  // PGlite's dump pads the archive with megabytes of zeros: keep the end-of-archive blocks only.
  return tar.subarray(0, Math.min(tar.length, off + 1024));
}

/** Write a snapshot atomically (temp files, then rename; metadata last) and keep the newest few. */
export function writeSnapshot(cacheDir: string, meta: Omit<SnapshotMeta, 'format' | 'sha1' | 'bytes' | 'createdAt'>, data: Uint8Array): SnapshotMeta {
  mkdirSync(cacheDir, { recursive: true });
  const full: SnapshotMeta = {
    format: SNAPSHOT_FORMAT,
    ...meta,
    sha1: createHash('sha1').update(data).digest('hex'),
    bytes: data.length,
    createdAt: new Date().toISOString(),
  };
  const base = path.join(cacheDir, `replay-${meta.key}`);
  const tmp = `.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(`${base}.tar${tmp}`, data);
  renameSync(`${base}.tar${tmp}`, `${base}.tar`);
  writeFileSync(`${base}.json${tmp}`, JSON.stringify(full));
  renameSync(`${base}.json${tmp}`, `${base}.json`);
  prune(cacheDir, KEEP);
  return full;
}

/** The newest snapshot's key in a cache folder (what the Actions cache should save). */
export function newestSnapshotKey(cacheDir: string): string | undefined {
  const metas = listMeta(cacheDir)
    .map((f) => ({ f, t: mtime(path.join(cacheDir, f)) }))
    .sort((a, b) => b.t - a.t);
  return metas[0]?.f.replace(/^replay-/, '').replace(/\.json$/, '');
}

/** Keep the `keep` newest snapshots; remove the others and stale temp files. */
export function prune(cacheDir: string, keep: number): void {
  const metas = listMeta(cacheDir)
    .map((f) => ({ f, t: mtime(path.join(cacheDir, f)) }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of metas.slice(keep)) discard(cacheDir, f.replace(/\.json$/, ''));
  let names: string[] = [];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const n of names) {
    if (n.startsWith('replay-') && n.endsWith('.tmp') && Date.now() - mtime(path.join(cacheDir, n)) > 3600_000) rmSync(path.join(cacheDir, n), { force: true });
  }
}

function listMeta(cacheDir: string): string[] {
  try {
    return readdirSync(cacheDir).filter((f) => /^replay-[0-9a-f]{64}\.json$/.test(f));
  } catch {
    return [];
  }
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function discard(cacheDir: string, base: string): void {
  for (const ext of ['.json', '.tar', '.tgz']) rmSync(path.join(cacheDir, `${base}${ext}`), { force: true });
}
