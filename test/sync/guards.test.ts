import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { SourceSession } from '../../src/sync/source.js';
import { checkNotProductionName } from '../../src/sync/guards.js';
import { runSync } from '../../src/sync/run.js';
import { parseDatabaseUrl } from '../../src/postgres/url.js';
import { UserError } from '../../src/errors.js';
import { databasesLike, makeSyncPair, rows } from './fixture.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A TCP forwarder: a second address for the same server, as a proxy or DNS alias would be. */
async function forwarder(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(5432, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

async function fingerprint(url: string): Promise<string> {
  const r = await rows<{ h: string }>(
    url,
    `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM (
       SELECT row("User".*)::text AS t FROM "User" UNION ALL SELECT row("Session".*)::text FROM "Session"
       UNION ALL SELECT row("OAuthConfig".*)::text FROM "OAuthConfig") x`,
  );
  return r[0]!.h;
}

describe('sync guards', () => {
  it('refuses a target that is the source URL, before connecting', async () => {
    const pair = await makeSyncPair(10);
    cleanups.push(pair.cleanup);
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.prod.url.replace('127.0.0.1', 'localhost'), config: defaultConfig() });
    expect(r.status).toBe('refused');
    expect(r.findings.map((f) => f.rule)).toEqual(['sync-target-is-source']);
    expect(r.findings[0]!.message).toMatch(/same host, port and database/);
    expect(await databasesLike(pair.prod.name)).toEqual([pair.prod.name]);
  });

  it('refuses the same database reached through another address (server identity)', async () => {
    const pair = await makeSyncPair(10);
    cleanups.push(pair.cleanup);
    const fwd = await forwarder();
    cleanups.push(fwd.close);
    const viaProxy = pair.prod.url.replace('127.0.0.1:5432', `127.0.0.1:${fwd.port}`);
    const before = await fingerprint(pair.prod.url);
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: viaProxy, config: defaultConfig() });
    expect(r.status).toBe('refused');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'sync-target-is-source', severity: 'error' });
    expect(r.findings[0]!.message).toMatch(/same cluster \(system identifier \d+\) and database mgs_prod_/);
    expect(await fingerprint(pair.prod.url)).toBe(before);
    expect(await databasesLike(pair.prod.name)).toEqual([pair.prod.name]);
  });

  it('refuses a target the config maps to production', async () => {
    const pair = await makeSyncPair(10);
    cleanups.push(pair.cleanup);
    const config = parseConfig(
      `environments:\n  staging:\n    branch: release/*\n    database: other_staging\n  prod:\n    branch: main\n    database: ${pair.staging.name}\n`,
      'cfg.yml',
      '/tmp',
    );
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config });
    expect(r.status).toBe('refused');
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'sync-target-is-production', message: expect.stringContaining('production environment "prod"') })]);
    // Staging untouched.
    expect(await rows(pair.staging.url, 'SELECT email FROM "User"')).toEqual([{ email: 'old-staging@test.example.com' }]);
  });

  it("refuses a target on another server that has production's database name", () => {
    // One test server cannot hold two databases of one name, so this guard is checked directly.
    const source = parseDatabaseUrl('postgresql://app@prod-db.internal:5432/girok_user');
    const target = parseDatabaseUrl('postgresql://app@staging-db.internal:5432/girok_user');
    const f = checkNotProductionName(source, target);
    expect(f).toEqual([expect.objectContaining({ rule: 'sync-target-is-production', severity: 'error', message: expect.stringContaining("production database's name") })]);
    expect(checkNotProductionName(source, parseDatabaseUrl('postgresql://app@staging-db.internal:5432/staging_girok_user'))).toEqual([]);
  });

  it('reads the source in a read-only snapshot: writes are refused, production is unchanged by a sync', async () => {
    const pair = await makeSyncPair(200);
    cleanups.push(pair.cleanup);
    const session = await SourceSession.open(parseDatabaseUrl(pair.prod.url));
    await expect(session.client.query(`INSERT INTO "Plan" VALUES ('x', 1)`)).rejects.toThrow(/read-only transaction/);
    expect(session.snapshot).toMatch(/^[0-9A-F]+-[0-9A-F]+-\d+$/);
    await session.close();

    const before = await fingerprint(pair.prod.url);
    const tablesBefore = await rows(pair.prod.url, `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1`);
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), backup: false });
    expect(r.status).toBe('synced');
    expect(await fingerprint(pair.prod.url)).toBe(before);
    expect(await rows(pair.prod.url, `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1`)).toEqual(tablesBefore);
  });

  it('rejects a staging name too long for its _sync_ sibling, and a negative keep-old', async () => {
    const long = `postgresql://postgres@127.0.0.1:5432/${'s'.repeat(50)}`;
    await expect(runSync({ sourceUrl: 'postgresql://postgres@127.0.0.1:5432/prod_db', targetUrl: long, config: defaultConfig() })).rejects.toThrow(/too long for a sync/);
    await expect(
      runSync({ sourceUrl: 'postgresql://postgres@127.0.0.1:5432/prod_db', targetUrl: 'postgresql://postgres@127.0.0.1:5432/stg', config: defaultConfig(), keepOld: -1 }),
    ).rejects.toBeInstanceOf(UserError);
  });
});
