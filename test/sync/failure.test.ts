import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { runSync } from '../../src/sync/run.js';
import { databasesLike, makeSyncPair, rows } from './fixture.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function stagingIntact(pair: Awaited<ReturnType<typeof makeSyncPair>>): Promise<void> {
  expect(await rows(pair.staging.url, 'SELECT email FROM "User"')).toEqual([{ email: 'old-staging@test.example.com' }]);
  expect(await databasesLike(pair.staging.name)).toEqual([pair.staging.name]);
}

describe('a failure mid-way leaves staging untouched and no stray database', () => {
  it('a unique column masked to one constant fails when its index is built, after masking', async () => {
    const pair = await makeSyncPair(50);
    cleanups.push(pair.cleanup);
    const config = parseConfig(`sync:\n  masking:\n    User:\n      email: "constant:same@test.example.com"\n      name: name\n      providerId: "prefix:p_"\n    Session:\n      refreshToken: random-hash\n    OAuthConfig:\n      clientSecret: "prefix:s_"\n`, 'c.yml', '/tmp');
    const lines: string[] = [];
    const err = (await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config, backup: false, log: (l) => lines.push(l) }).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/^sync failed while building indexes and constraints on the masked data: pg_restore of the indexes and constraints failed/);
    expect(err.message).toMatch(/could not create unique index "User_email_key"/);
    expect(err.message).not.toMatch(/Key \(email\)/); // DETAIL lines quoting rows are withheld
    expect((err as { why?: string }).why).toMatch(/is unchanged and the half-made copy .*_sync_\d{14} was dropped/);
    expect(lines.some((l) => /masking public\.User: done/.test(l))).toBe(true);
    await stagingIntact(pair);
  });

  it('a masking UPDATE that fails on a value (too long for its column) drops the copy', async () => {
    const pair = await makeSyncPair(50);
    cleanups.push(pair.cleanup);
    await pair.prod.query(`ALTER TABLE "User" ADD COLUMN "contactEmail" varchar(12); UPDATE "User" SET "contactEmail" = 'c' || id || '@x.io'`);
    const config = defaultConfig();
    config.sync.masking.User!.contactEmail = { kind: 'email' };
    const err = (await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config, backup: false }).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/^sync failed while masking: value too long for type character varying\(12\)/);
    await stagingIntact(pair);
  });

  it('a failure after the load (a table dropped from the copy before masking) drops the copy', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    const hooks = {
      afterLoad: async (copy: string) => {
        const c = new pg.Client({ connectionString: pair.staging.url.replace(pair.staging.name, copy) });
        await c.connect();
        await c.query('DROP TABLE "OAuthConfig"');
        await c.end();
      },
    };
    const err = (await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), backup: false, hooks }).catch((e: Error) => e)) as Error;
    expect(err.message).toBe('sync failed while masking: relation "public.OAuthConfig" does not exist');
    await stagingIntact(pair);
  });

  it('the second rename failing is undone: the old staging gets its name back', async () => {
    const pair = await makeSyncPair(50);
    cleanups.push(pair.cleanup);
    const holders: pg.Client[] = [];
    cleanups.push(async () => {
      for (const h of holders) await h.end().catch(() => undefined);
    });
    const lines: string[] = [];
    const err = (await runSync({
      sourceUrl: pair.prod.url,
      targetUrl: pair.staging.url,
      config: defaultConfig(),
      backup: false,
      log: (l) => lines.push(l),
      hooks: {
        // A session connected to the copy makes PostgreSQL refuse to rename it: a real failure between the renames.
        betweenRenames: async (names) => {
          const h = new pg.Client({ connectionString: pair.staging.url.replace(pair.staging.name, names.fresh) });
          h.on('error', () => undefined);
          await h.connect();
          holders.push(h);
        },
      },
    }).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/^sync failed while swapping the copy in: database ".*_sync_\d{14}" is being accessed by other users/);
    expect(lines.some((l) => /renamed back to/.test(l))).toBe(true);
    await stagingIntact(pair);
  });
});
