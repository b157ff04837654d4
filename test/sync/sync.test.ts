import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runSync } from '../../src/sync/run.js';
import { makeTempDir } from '../helpers/tmp.js';
import { databasesLike, makeSyncPair, rows } from './fixture.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('runSync: production -> staging', () => {
  it('copies, masks with the default rules, verifies and swaps, keeping one old copy', async () => {
    const pair = await makeSyncPair(3000);
    cleanups.push(pair.cleanup);
    const tmp = makeTempDir('sync-backup');
    cleanups.push(tmp.cleanup);
    const lines: string[] = [];
    const result = await runSync({
      sourceUrl: pair.prod.url,
      targetUrl: pair.staging.url,
      config: defaultConfig(),
      backupDirectory: tmp.dir,
      log: (l) => lines.push(l),
      progressIntervalMs: 100,
    });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('synced');

    // Counts equal production's, table by table.
    const byTable = Object.fromEntries(result.tables.map((t) => [t.table, t]));
    expect(byTable['public.User']).toMatchObject({ sourceRows: 3000, stagingRows: 3000, maskedColumns: ['email', 'name', 'providerId'] });
    expect(byTable['public.Session']).toMatchObject({ sourceRows: 6000, stagingRows: 6000 });
    expect(byTable['public.OAuthConfig']).toMatchObject({ sourceRows: 3, stagingRows: 3 });

    // Masked per the guide.
    const users = await rows<{ id: number; email: string; name: string | null; providerId: string | null }>(pair.staging.url, `SELECT id, email, name, "providerId" FROM "User" ORDER BY id`);
    expect(users).toHaveLength(3000);
    expect(users[0]).toEqual({ id: 1, email: 'user_1@test.example.com', name: 'Test User 1', providerId: 'masked_1' });
    expect(users[2]!.providerId).toBeNull(); // NULL stays NULL
    const secrets = await rows<{ id: string; clientSecret: string }>(pair.staging.url, `SELECT id, "clientSecret" FROM "OAuthConfig" ORDER BY id`);
    expect(secrets.map((s) => s.clientSecret)).toEqual(['masked_secret_oc_apple', 'masked_secret_oc_github', 'masked_secret_oc_google']);

    // Zero production values left in any masked column (compared across the two databases).
    for (const [table, column] of [['User', 'email'], ['User', 'name'], ['User', 'providerId'], ['Session', 'refreshToken'], ['OAuthConfig', 'clientSecret']] as const) {
      const prodValues = new Set((await rows<{ v: string }>(pair.prod.url, `SELECT "${column}" AS v FROM "${table}" WHERE "${column}" IS NOT NULL`)).map((r) => r.v));
      const left = (await rows<{ v: string }>(pair.staging.url, `SELECT "${column}" AS v FROM "${table}"`)).filter((r) => prodValues.has(r.v));
      expect(left, `${table}.${column}`).toEqual([]);
    }
    // The rewrite left no original row version on disk.
    await pair.staging.query('CREATE EXTENSION pgstattuple');
    expect(await rows(pair.staging.url, `SELECT tuple_count::int AS live, dead_tuple_count::int AS dead FROM pgstattuple('"User"')`)).toEqual([{ live: 3000, dead: 0 }]);
    // Constraints built after masking, and enforced.
    const cons = await rows<{ conname: string; convalidated: boolean }>(pair.staging.url, `SELECT conname, convalidated FROM pg_constraint WHERE conrelid = '"Session"'::regclass ORDER BY conname`);
    expect(cons).toEqual([
      { conname: 'Session_pkey', convalidated: true },
      { conname: 'Session_refreshToken_key', convalidated: true },
      { conname: 'Session_userId_fkey', convalidated: true },
    ]);
    // The previous staging was backed up and set aside; the family is staging + one old copy.
    expect(result.backup?.dumpPath).toContain(tmp.dir);
    expect(result.oldDatabase).toMatch(new RegExp(`^${pair.staging.name}_old_\\d{14}$`));
    expect(await databasesLike(pair.staging.name)).toEqual([pair.staging.name, result.oldDatabase].sort());
    const old = await rows<{ email: string }>(pair.staging.url.replace(pair.staging.name, result.oldDatabase!), 'SELECT email FROM "User"');
    expect(old).toEqual([{ email: 'old-staging@test.example.com' }]);
    // Progress lines for the long steps.
    expect(lines.some((l) => /copy \(pg_dump \| pg_restore\): done/.test(l))).toBe(true);
    expect(lines.some((l) => /masking public\.User: done, 3,000 rows/.test(l))).toBe(true);
    expect(lines.some((l) => /swap: terminating 0 connection\(s\)/.test(l))).toBe(true);
  });
});
