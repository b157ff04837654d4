import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { runSync } from '../../src/sync/run.js';
import { adminQuery } from '../helpers/pg.js';
import { databasesLike, makeSyncPair, rows } from './fixture.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const at = (s: string) => () => new Date(s);

describe('PII guard', () => {
  it('strict: refuses personal-looking columns without a rule and prints a ready-to-paste config', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    await pair.prod.query(`ALTER TABLE "User" ADD COLUMN "phoneNumber" text, ADD COLUMN "lastLoginIp" inet, ADD COLUMN filename text;
      CREATE TABLE "Profile" ("userId" int PRIMARY KEY REFERENCES "User"(id), "dateOfBirth" date NOT NULL, "homeAddress" text, "taxCode" text)`);
    const config = defaultConfig();
    config.sync.piiPatterns = ['^tax'];
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config });
    expect(r.status).toBe('refused');
    expect(r.unmaskedPii.map((p) => `${p.table}.${p.column}=${p.suggestion}`).sort()).toEqual([
      'public.Profile.dateOfBirth=constant:2000-01-01',
      'public.Profile.homeAddress=null',
      'public.Profile.taxCode=random-hash',
      'public.User.lastLoginIp=null',
      'public.User.phoneNumber=prefix:+1555',
    ]);
    expect(r.findings.every((f) => f.rule === 'sync-unmasked-pii-column' && f.severity === 'error')).toBe(true);
    // The snippet keeps the rules in force and adds the missing ones; pasted as a config, the guard passes.
    expect(r.piiSnippet).toContain('email: email');
    expect(r.piiSnippet).toContain('phoneNumber: prefix:+1555');
    const pasted = parseConfig(`${r.piiSnippet}`, 'pasted.yml', '/tmp');
    pasted.sync.piiPatterns = ['^tax'];
    const again = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: pasted, dryRun: true });
    expect(again.findings).toEqual([]);
    expect(again.status).toBe('dry-run');
    // Nothing happened to staging.
    expect(await databasesLike(pair.staging.name)).toEqual([pair.staging.name]);
  });

  it('strict: false warns and syncs', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    await pair.prod.query(`ALTER TABLE "User" ADD COLUMN "apiToken" text`);
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), strict: false, backup: false });
    expect(r.status).toBe('synced');
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'sync-unmasked-pii-column', severity: 'warning', message: expect.stringContaining('public.User.apiToken') })]);
  });
});

describe('dry run, keep-old and leftovers', () => {
  it('dry run: prints the plan, creates and drops nothing', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    await adminQuery(`CREATE DATABASE "${pair.staging.name}_old_20200101000000"`);
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), dryRun: true, keepOld: 1, now: at('2024-03-03T03:00:00Z') });
    expect(r.status).toBe('dry-run');
    expect(r.copy).toBe(`${pair.staging.name}_sync_20240303030000`);
    expect(r.oldDatabase).toBe(`${pair.staging.name}_old_20240303030000`);
    expect(r.dropped).toEqual([`${pair.staging.name}_old_20200101000000`]);
    expect(r.plan.find((p) => p.table === 'public.User')!.masked).toEqual([
      { column: 'email', strategy: 'email' },
      { column: 'name', strategy: 'name' },
      { column: 'providerId', strategy: 'prefix:masked_' },
    ]);
    expect(await databasesLike(pair.staging.name)).toEqual([pair.staging.name, `${pair.staging.name}_old_20200101000000`]);
  });

  it('keeps keep-old previous copies, newest first, and drops the rest', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    const base = { sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), backup: false };
    await runSync({ ...base, keepOld: 2, now: at('2024-01-07T03:00:00Z') });
    await runSync({ ...base, keepOld: 2, now: at('2024-01-14T03:00:00Z') });
    const third = await runSync({ ...base, keepOld: 2, now: at('2024-01-21T03:00:00Z') });
    const s = pair.staging.name;
    expect(third.dropped).toEqual([`${s}_old_20240107030000`]);
    expect(await databasesLike(s)).toEqual([s, `${s}_old_20240114030000`, `${s}_old_20240121030000`]);
    const fourth = await runSync({ ...base, keepOld: 0, now: at('2024-01-28T03:00:00Z') });
    expect(fourth.dropped).toEqual([`${s}_old_20240128030000`, `${s}_old_20240121030000`, `${s}_old_20240114030000`]);
    expect(await databasesLike(s)).toEqual([s]);
  });

  it('recovers from a run that died between the renames, and drops its half-made copy', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    const s = pair.staging.name;
    // The state a crash between the two renames leaves: staging set aside, the copy never renamed.
    await adminQuery(`ALTER DATABASE "${s}" RENAME TO "${s}_old_20240101000000"`);
    await adminQuery(`CREATE DATABASE "${s}_sync_20240101000000"`);
    const lines: string[] = [];
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), backup: false, keepOld: 1, log: (l) => lines.push(l), now: at('2024-02-01T00:00:00Z') });
    expect(r.status).toBe('synced');
    expect(r.recovered).toBe(`${s}_old_20240101000000`);
    expect(r.strays).toEqual([`${s}_sync_20240101000000`]);
    expect(lines.some((l) => l.includes(`renamed ${s}_old_20240101000000 back to ${s}`))).toBe(true);
    // The recovered staging became the one old copy kept; the stray is gone.
    expect(await databasesLike(s)).toEqual([s, `${s}_old_20240201000000`]);
    expect(await rows(pair.staging.url.replace(s, `${s}_old_20240201000000`), 'SELECT email FROM "User"')).toEqual([{ email: 'old-staging@test.example.com' }]);
  });

  it('creates staging when it does not exist yet (first sync, no backup needed)', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    await pair.staging.drop();
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig() });
    expect(r.status).toBe('synced');
    expect(r.oldDatabase).toBeUndefined();
    expect(r.backup).toBeUndefined();
    expect(await databasesLike(pair.staging.name)).toEqual([pair.staging.name]);
    expect((await rows<{ n: string }>(pair.staging.url, 'SELECT count(*) AS n FROM "User"'))[0]!.n).toBe('20');
  });
});
