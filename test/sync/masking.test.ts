import { createHmac } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { readCatalog } from '../../src/sync/catalog.js';
import { buildMaskStatements } from '../../src/sync/masking/apply.js';
import { prepareMaskingSession, takeUnchangedCounts } from '../../src/sync/masking/session.js';
import { keyedHash, type KeyedHashMethod } from '../../src/sync/masking/keyed-hash.js';
import { resolveMaskingPlan } from '../../src/sync/masking/plan.js';
import { runSync } from '../../src/sync/run.js';
import { createTestDatabase } from '../helpers/pg.js';
import { databasesLike, makeSyncPair, rows } from './fixture.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const SALT = 'pepper-Secret-42';

const ALL_STRATEGIES = `
sync:
  masking:
    User:
      email: email
      name: name
      providerId: "prefix:pid_"
      provider: keyed-hash
      phone: "null"
      createdAt: keep
    Session:
      refreshToken: random-hash
    OAuthConfig:
      clientId: "constant:redacted-client"
      clientSecret: keyed-hash
`;

describe('masking strategies', () => {
  it('applies every strategy, keeps unique columns unique and equal values equal', async () => {
    const pair = await makeSyncPair(500);
    cleanups.push(pair.cleanup);
    await pair.prod.query(`ALTER TABLE "User" ADD COLUMN phone text; UPDATE "User" SET phone = '+33 6 ' || id`);
    const config = parseConfig(ALL_STRATEGIES, 'cfg.yml', '/tmp');
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config, maskingSalt: SALT, backup: false });
    expect(r.findings).toEqual([]);
    expect(r.status).toBe('synced');
    expect(r.keyedHashMethod).toBe('hmac-sha256');

    const prodUsers = await rows<{ id: number; provider: string; createdAt: Date }>(pair.prod.url, `SELECT id, provider, "createdAt" FROM "User" ORDER BY id`);
    const users = await rows<{ id: number; email: string; name: string; providerId: string | null; provider: string; phone: string | null; createdAt: Date }>(
      pair.staging.url,
      `SELECT id, email, name, "providerId", provider, phone, "createdAt" FROM "User" ORDER BY id`,
    );
    for (const [i, u] of users.entries()) {
      expect(u.email).toBe(`user_${u.id}@test.example.com`);
      expect(u.name).toBe(`Test User ${u.id}`);
      expect(u.providerId).toBe(u.id % 3 === 0 ? null : `pid_${u.id}`);
      // keyed-hash is HMAC-SHA256 with the salt: the same as Node's, so equal values stay equal.
      expect(u.provider).toBe(createHmac('sha256', SALT).update(prodUsers[i]!.provider).digest('hex'));
      expect(u.phone).toBeNull();
      expect(u.createdAt).toEqual(prodUsers[i]!.createdAt); // keep
    }
    expect(new Set(users.map((u) => u.provider)).size).toBe(2);

    const sessions = await rows<{ refreshToken: string }>(pair.staging.url, `SELECT "refreshToken" FROM "Session"`);
    expect(sessions.every((s) => /^[0-9a-f]{32}$/.test(s.refreshToken))).toBe(true);
    expect(new Set(sessions.map((s) => s.refreshToken)).size).toBe(sessions.length);

    const oauth = await rows<{ clientId: string; clientSecret: string }>(pair.staging.url, `SELECT "clientId", "clientSecret" FROM "OAuthConfig" ORDER BY id`);
    expect(oauth.map((o) => o.clientId)).toEqual(['redacted-client', 'redacted-client', 'redacted-client']);
    expect(oauth.map((o) => o.clientSecret)).toEqual(
      ['apple-client-secret-value', 'github-client-secret-value', 'google-client-secret-value'].map((v) => keyedHash(v, SALT)),
    );
    // The verification saw every masked column and found nothing left.
    expect(r.unmasked.map((u) => `${u.table}.${u.column}:${u.remaining}`).sort()).toEqual([
      'public.OAuthConfig.clientId:0',
      'public.OAuthConfig.clientSecret:0',
      'public.Session.refreshToken:0',
      'public.User.email:0',
      'public.User.name:0',
      'public.User.phone:0',
      'public.User.provider:0',
      'public.User.providerId:0',
    ]);
  });

  it.each<KeyedHashMethod>(['hmac-sha256', 'pgcrypto-hmac', 'md5-chain'])('keyed-hash %s in SQL equals its Node definition', async (method) => {
    const db = await createTestDatabase('mgs_khash');
    cleanups.push(db.drop);
    await db.query(`CREATE EXTENSION pgcrypto; CREATE TABLE t (id int PRIMARY KEY, v text, short varchar(12)); INSERT INTO t VALUES (1, 'alice@example.org', 'abc'), (2, 'bob', NULL), (3, 'alice@example.org', 'abc')`);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    cleanups.push(() => c.end());
    const cat = await readCatalog(c);
    const plan = resolveMaskingPlan(cat, { t: { v: { kind: 'keyed-hash' }, short: { kind: 'keyed-hash' } } }, { salt: SALT });
    expect(plan.problems).toEqual([]);
    const stmt = buildMaskStatements(plan.tables[0]!, { keyedHash: method, pgcryptoSchema: 'public', serverMajor: 15 })!;
    expect(stmt.rewrite).not.toContain(SALT); // the salt travels in a session setting, never in SQL text
    await prepareMaskingSession(c, SALT, method);
    await c.query(stmt.rewrite);
    expect(await takeUnchangedCounts(c)).toEqual(new Map());
    const out = (await c.query<{ v: string; short: string | null }>('SELECT v, short FROM t ORDER BY id')).rows;
    expect(out[0]!.v).toBe(keyedHash('alice@example.org', SALT, method));
    expect(out[1]!.v).toBe(keyedHash('bob', SALT, method));
    expect(out[2]!.v).toBe(out[0]!.v);
    expect(out[0]!.short).toBe(keyedHash('abc', SALT, method).slice(0, 12)); // cut to varchar(12)
    expect(out[1]!.short).toBeNull();
  });

  it('a value the masking would leave as it was in production fails verification: staging unchanged, copy dropped', async () => {
    const pair = await makeSyncPair(30);
    cleanups.push(pair.cleanup);
    // Two production rows already hold exactly what the email rule writes.
    await pair.prod.query(`UPDATE "User" SET email = 'user_' || id || '@test.example.com' WHERE id IN (4, 9)`);
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), backup: false });
    expect(r.status).toBe('verification-failed');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'sync-unmasked-values', severity: 'error', message: '2 row(s) of public.User.email still hold a production value after masking (email)' }),
    ]);
    expect(await rows(pair.staging.url, 'SELECT email FROM "User"')).toEqual([{ email: 'old-staging@test.example.com' }]);
    expect(await databasesLike(pair.staging.name)).toEqual([pair.staging.name]);
  });

  it('falls back to UPDATE + VACUUM FULL where a view blocks the table rewrite', async () => {
    const pair = await makeSyncPair(40);
    cleanups.push(pair.cleanup);
    await pair.prod.query(`CREATE VIEW "UserDirectory" AS SELECT id, email, name FROM "User"`);
    const lines: string[] = [];
    const r = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config: defaultConfig(), backup: false, log: (l) => lines.push(l) });
    expect(r.status).toBe('synced');
    expect(lines.some((l) => /masking public\.User: a table rewrite is not possible \(cannot alter type of a column used by a view or rule\); using UPDATE/.test(l))).toBe(true);
    expect(lines.some((l) => /masking public\.User: done, 40 rows, 3 column\(s\) in .* \(update\)/.test(l))).toBe(true);
    expect(lines.some((l) => /masking public\.Session: done, .* \(rewrite\)/.test(l))).toBe(true);
    expect(await rows(pair.staging.url, `SELECT email, name FROM "UserDirectory" WHERE id = 2`)).toEqual([{ email: 'user_2@test.example.com', name: 'Test User 2' }]);
    // No original row version left on disk (pgstattuple reads the heap pages themselves).
    await pair.staging.query('CREATE EXTENSION pgstattuple');
    expect(await rows(pair.staging.url, `SELECT tuple_count::int AS live, dead_tuple_count::int AS dead FROM pgstattuple('"User"')`)).toEqual([{ live: 40, dead: 0 }]);
  });

  it('checks every rule against the source catalog before copying anything', async () => {
    const pair = await makeSyncPair(20);
    cleanups.push(pair.cleanup);
    await pair.prod.query(`CREATE TABLE "Audit" (at timestamptz NOT NULL, "ipAddress" text)`);
    const config = parseConfig(
      `sync:\n  masking:\n    Users:\n      email: email\n    User:\n      emial: email\n      id: email\n      createdAt: "null"\n    Audit:\n      ipAddress: "prefix:ip_"\n    Plan:\n      price: "constant:not-a-number"\n    OAuthConfig:\n      clientSecret: keyed-hash\n`,
      'cfg.yml',
      '/tmp',
    );
    const err = await runSync({ sourceUrl: pair.prod.url, targetUrl: pair.staging.url, config, backup: false }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toContain('masking rule for table "Users": no such table in the source database');
    expect(msg).toContain('table public.User has no column "emial"');
    expect(msg).toContain('masking rule User.id (email): column type integer is not text');
    expect(msg).toContain('createdAt is NOT NULL; use constant:<value> instead');
    expect(msg).toContain('<id> needs a single-column primary key, and public.Audit has none');
    expect(msg).toContain('masking rule Plan.price (constant:not-a-number): not a valid integer');
    expect(msg).toContain('keyed-hash needs masking-salt');
    // Nothing was created or changed on the staging side.
    expect(await rows(pair.staging.url, 'SELECT email FROM "User"')).toEqual([{ email: 'old-staging@test.example.com' }]);
    const stray = await rows(pair.prod.url, `SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${pair.staging.name}\\_%`]);
    expect(stray).toEqual([]);
  });
});
