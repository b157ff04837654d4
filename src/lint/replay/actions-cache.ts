import * as cache from '@actions/cache';
import { existsSync, mkdirSync } from 'node:fs';
import { newestSnapshotKey } from './snapshot-cache.js';

/**
 * Keeps the replay's cacheDir across workflow runs with the Actions cache, so a PR adding one
 * migration to a long history restores a snapshot instead of replaying it. Restore asks for the
 * exact key when known and falls back to the newest entry with the prefix: a snapshot of an
 * older history is still used as a prefix (only newer migrations are replayed). Outside GitHub
 * Actions (no cache service: local runs, tests) both calls are logged no-ops.
 */
export const REPLAY_CACHE_PREFIX = 'migration-gates-replay-';

export type ActionsCacheOutcome =
  | { status: 'unavailable' }
  | { status: 'restored'; key: string; exact: boolean }
  | { status: 'miss' }
  | { status: 'saved'; key: string }
  | { status: 'exists'; key: string }
  | { status: 'nothing-to-save' }
  | { status: 'failed'; message: string };

export interface ActionsCacheOptions {
  cacheDir: string;
  /** Snapshot key (hex) when the caller knows it; restore then prefers that exact entry. */
  key?: string;
  log?: (line: string) => void;
}

/** Is the Actions cache service reachable from this process (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)? */
export function actionsCacheAvailable(): boolean {
  try {
    return cache.isFeatureAvailable();
  } catch {
    return false;
  }
}

let restoredKey: string | undefined;

export async function restoreReplayCache(opts: ActionsCacheOptions): Promise<ActionsCacheOutcome> {
  const log = opts.log ?? (() => undefined);
  if (!actionsCacheAvailable()) {
    log('replay cache: the GitHub Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL); using only the local folder');
    return { status: 'unavailable' };
  }
  mkdirSync(opts.cacheDir, { recursive: true });
  const primary = `${REPLAY_CACHE_PREFIX}${opts.key ?? 'latest'}`;
  try {
    const hit = await cache.restoreCache([opts.cacheDir], primary, [REPLAY_CACHE_PREFIX]);
    if (!hit) {
      log('replay cache: no Actions cache entry yet; the history will be replayed and saved');
      return { status: 'miss' };
    }
    restoredKey = hit;
    log(`replay cache: restored ${hit} from the Actions cache`);
    return { status: 'restored', key: hit, exact: hit === primary };
  } catch (err) {
    // The cache is an optimisation: a failure costs time, never the check.
    const message = (err as Error).message;
    log(`replay cache: restore failed (${message}); replaying the history`);
    return { status: 'failed', message };
  }
}

/** Save cacheDir under the newest snapshot's key (the one this run used or wrote). */
export async function saveReplayCache(opts: ActionsCacheOptions): Promise<ActionsCacheOutcome> {
  const log = opts.log ?? (() => undefined);
  if (!actionsCacheAvailable()) {
    log('replay cache: the GitHub Actions cache service is not available here; nothing saved to it');
    return { status: 'unavailable' };
  }
  const snapshot = opts.key ?? (existsSync(opts.cacheDir) ? newestSnapshotKey(opts.cacheDir) : undefined);
  if (!snapshot) {
    log(`replay cache: no snapshot in ${opts.cacheDir}; nothing to save`);
    return { status: 'nothing-to-save' };
  }
  const key = `${REPLAY_CACHE_PREFIX}${snapshot}`;
  if (restoredKey === key) {
    log(`replay cache: ${key} was restored unchanged; not saved again`);
    return { status: 'exists', key };
  }
  try {
    // -1: not reserved (already cached, or another job is saving the same key).
    if ((await cache.saveCache([opts.cacheDir], key)) === -1) {
      log(`replay cache: ${key} is already in the Actions cache (or another job is saving it)`);
      return { status: 'exists', key };
    }
    log(`replay cache: saved ${key} to the Actions cache`);
    return { status: 'saved', key };
  } catch (err) {
    const e = err as Error;
    if (e.name === 'ReserveCacheError' || /already exists/i.test(e.message)) {
      log(`replay cache: ${key} is already in the Actions cache`);
      return { status: 'exists', key };
    }
    log(`replay cache: save failed (${e.message}); the next run replays the history again`);
    return { status: 'failed', message: e.message };
  }
}
