import type { Extension, PGlite } from '@electric-sql/pglite';
import { migrationChecksum } from '../../prisma/checksum.js';
import { readBaseDataDir } from './base-datadir.js';
import { extensionsOf } from './extensions.js';
import { replayHistory } from './history.js';
import { formatSeconds } from './progress.js';
import { hasContribExtension, loadContribExtension, loadPglite, type PgliteRuntime } from './pglite-loader.js';
import { SessionReplayer } from './replayer.js';
import { pgliteRoleCreator } from './roles.js';
import type { SqlSession } from './session.js';
import { shorten } from './statement-kind.js';
import { findSnapshot, snapshotKey, unpackSnapshot, writeSnapshot } from './snapshot-cache.js';
import type { HistorySkip, OpenReplayerOptions, Replayer } from './types.js';
import type { ReplayLimits } from './unsupported.js';

/**
 * Server settings for a throw-away replay: a small buffer pool starts faster (PostgreSQL zeroes
 * it at start) and the schema-only workload never fills it.
 */
function startParams(rt: { PGlite: unknown }): string[] | undefined {
  const defaults = (rt.PGlite as { defaultStartParams?: string[] }).defaultStartParams;
  return defaults ? [...defaults, '-c', 'shared_buffers=16MB'] : undefined;
}

/** Replay in PGlite (PostgreSQL in WASM, in this process): no server, no credentials. */
export async function openPgliteReplayer(opts: OpenReplayerOptions): Promise<Replayer> {
  const log = opts.onProgress ?? (() => undefined);
  const started = performance.now();
  const rt = await loadPglite();
  const pairs: [string, string][] = opts.history.map((m) => [m.name, migrationChecksum(m.sql)]);
  const historyExtensions = extensionsOf(opts.history.map((m) => m.sql));
  const wanted = extensionsOf([...opts.history, ...(opts.newMigrations ?? [])].map((m) => m.sql));
  const { declared, loadable } = await declareExtensions(rt, wanted);
  const key = snapshotKey(rt.version, historyExtensions, pairs);
  const params = startParams(rt);
  const create = (loadDataDir?: Blob): Promise<PGlite> =>
    rt.PGlite.create({ extensions: declared, ...(loadDataDir ? { loadDataDir } : {}), ...(params ? { startParams: params } : {}) });

  let db: PGlite | undefined;
  let cache: 'hit' | 'miss' | 'off' = opts.cacheDir ? 'miss' : 'off';
  let restored = 0;
  let skipped: HistorySkip[] = [];
  if (opts.cacheDir) {
    const found = findSnapshot(opts.cacheDir, { pglite: rt.version, migrations: pairs, loadable }, log);
    if (found) {
      try {
        db = await create(tarBlob(found.tar));
        await db.query('SELECT 1');
        cache = 'hit';
        restored = found.meta.migrations.length;
        skipped = found.meta.skipped;
        log(`replay cache: restored a snapshot of ${restored}/${pairs.length} migrations (${(found.tar.length / 1048576).toFixed(1)} MiB) in ${formatSeconds((performance.now() - started) / 1000)}`);
      } catch (err) {
        log(`replay cache: snapshot ${found.meta.key.slice(0, 12)} could not be opened (${(err as Error).message}); treated as a miss`);
        await db?.close().catch(() => undefined);
        db = undefined;
      }
    } else {
      log(`replay cache: no snapshot for this history in ${opts.cacheDir}; replaying it`);
    }
  }
  if (!db) {
    const extText = Object.keys(declared).length ? ` with ${Object.values(declared).map((e) => e.name).join(', ')}` : '';
    const base = readBaseDataDir(rt, log);
    log(`replay: starting the embedded PostgreSQL (PGlite ${rt.version}${rt.vendored ? ', vendored' : ''})${extText}${base ? ' from its prebuilt data directory' : ''}`);
    if (base) {
      db = await create(tarBlob(base)).catch((err: unknown) => {
        log(`replay: the prebuilt data directory could not be opened (${(err as Error).message}); running initdb`);
        return undefined;
      });
    }
    db ??= await create();
  }
  const session = pgliteSession(db);
  const serverVersion = (await session.rows<{ server_version: string }>('SHOW server_version'))[0]!.server_version;
  const limits: ReplayLimits = {
    engine: 'pglite',
    engineLabel: `the embedded PostgreSQL (PGlite ${rt.version}, PostgreSQL ${serverVersion})`,
    missingExtensions: new Set(wanted.filter((e) => !loadable.has(e))),
  };
  for (const s of skipped) limits.upstream ??= `${s.migration}: ${shorten(s.sql, 80)}`;
  const createRole = pgliteRoleCreator(session);
  try {
    const rest = opts.history.slice(restored);
    if (rest.length) {
      skipped = [...skipped, ...(await replayHistory(session, rest, { limits, createRole, onProgress: opts.onProgress, restored }))];
      if (opts.cacheDir) await saveSnapshot(db, opts.cacheDir, { key, pglite: rt.version, extensions: historyExtensions.filter((e) => loadable.has(e)), migrations: pairs, skipped }, log);
    }
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  const instance = db;
  return new SessionReplayer({
    session,
    engine: 'pglite',
    cache,
    replayed: opts.history.length - restored,
    skipped,
    serverVersion,
    limits,
    createRole,
    release: () => instance.close(),
  });
}

/**
 * The tar as the Blob PGlite's loadDataDir asks for. PGlite only calls arrayBuffer() on it; a
 * real Blob would copy 50 MB twice over through a stream first (a third of a warm start).
 */
function tarBlob(tar: Buffer): Blob {
  const whole = tar.byteOffset === 0 && tar.byteLength === tar.buffer.byteLength;
  const ab = (whole ? tar.buffer : tar.buffer.slice(tar.byteOffset, tar.byteOffset + tar.byteLength)) as ArrayBuffer;
  return { size: ab.byteLength, type: 'application/x-tar', arrayBuffer: async () => ab } as unknown as Blob;
}

export function pgliteSession(db: PGlite): SqlSession {
  return {
    rows: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (script: string) => {
      await db.exec(script);
    },
    batch: async (script: string) => (await db.exec(script)).map((r) => r.rows as Record<string, unknown>[]),
  };
}

/** Load the contrib modules PGlite ships for the wanted extensions; the others will be `unsupported`. */
async function declareExtensions(rt: PgliteRuntime, wanted: string[]): Promise<{ declared: Record<string, Extension>; loadable: Set<string> }> {
  const declared: Record<string, Extension> = {};
  const loadable = new Set<string>();
  for (const name of wanted) {
    if (!hasContribExtension(rt, name)) continue;
    const ext = await loadContribExtension(rt, name);
    if (!ext) continue;
    declared[name.replace(/[^\w]/g, '_')] = ext;
    loadable.add(name);
  }
  return { declared, loadable };
}

async function saveSnapshot(
  db: PGlite,
  cacheDir: string,
  meta: { key: string; pglite: string; extensions: string[]; migrations: [string, string][]; skipped: HistorySkip[] },
  log: (line: string) => void,
): Promise<void> {
  const t = performance.now();
  try {
    // A checkpoint first: the restored server then has no WAL to redo at start.
    await db.exec('CHECKPOINT');
    const blob = await db.dumpDataDir('none');
    const data = unpackSnapshot(Buffer.from(await blob.arrayBuffer()));
    writeSnapshot(cacheDir, meta, data);
    log(`replay cache: saved snapshot ${meta.key.slice(0, 12)} (${(data.length / 1048576).toFixed(1)} MiB) in ${formatSeconds((performance.now() - t) / 1000)}`);
  } catch (err) {
    // A cache that cannot be written costs the next run time, never this run its result.
    log(`replay cache: could not save a snapshot in ${cacheDir}: ${(err as Error).message}`);
  }
}
