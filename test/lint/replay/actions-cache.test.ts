import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { actionsCacheAvailable, REPLAY_CACHE_PREFIX, restoreReplayCache, saveReplayCache } from '../../../src/lint/replay/actions-cache.js';
import { makeTempDir } from '../../helpers/tmp.js';

const VARS = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2'];

describe('Actions cache for replay snapshots, outside GitHub Actions', () => {
  const saved: Record<string, string | undefined> = {};
  let t: { dir: string; cleanup: () => void };
  beforeEach(() => {
    for (const v of VARS) {
      saved[v] = process.env[v];
      delete process.env[v];
    }
    t = makeTempDir('actions-cache');
  });
  afterEach(() => {
    for (const v of VARS) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
    t.cleanup();
  });

  test('with no cache service, restore and save are logged no-ops that leave the folder alone', async () => {
    expect(actionsCacheAvailable()).toBe(false);
    const cacheDir = path.join(t.dir, 'replay');
    mkdirSync(cacheDir);
    const key = 'c'.repeat(64);
    writeFileSync(path.join(cacheDir, `replay-${key}.json`), '{}');
    writeFileSync(path.join(cacheDir, `replay-${key}.tgz`), 'data');
    const log: string[] = [];
    expect(await restoreReplayCache({ cacheDir, log: (l) => log.push(l) })).toEqual({ status: 'unavailable' });
    expect(await saveReplayCache({ cacheDir, log: (l) => log.push(l) })).toEqual({ status: 'unavailable' });
    expect(log).toEqual([
      'replay cache: the GitHub Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL); using only the local folder',
      'replay cache: the GitHub Actions cache service is not available here; nothing saved to it',
    ]);
    expect(readdirSync(cacheDir).sort()).toEqual([`replay-${key}.json`, `replay-${key}.tgz`]);
    expect(REPLAY_CACHE_PREFIX).toBe('migration-gates-replay-');
  });

  test('the v2 service needs ACTIONS_RESULTS_URL, v1 needs ACTIONS_CACHE_URL', () => {
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_CACHE_URL = 'http://127.0.0.1:9/';
    expect(actionsCacheAvailable()).toBe(false);
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    expect(actionsCacheAvailable()).toBe(true);
  });
});
