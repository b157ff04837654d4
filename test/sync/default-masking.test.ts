import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runSync } from '../../src/sync/run.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';
import { dropFamily, rows } from './fixture.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Production shaped like the users' own: Prisma models mapped to snake_case tables, one quoted PascalCase table. */
const USERS_SCHEMA = `
CREATE TABLE users (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  provider_id varchar(191),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  refresh_token text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL
);
CREATE TABLE "OAuthProviderConfig" (
  id text PRIMARY KEY,
  provider text NOT NULL UNIQUE,
  "clientId" text NOT NULL,
  "clientSecret" text NOT NULL
);
`;

async function production(extra = ''): Promise<TestDatabase> {
  const prod = await createTestDatabase('mgs_prod');
  cleanups.push(prod.drop);
  await prod.query(USERS_SCHEMA);
  await prod.query(`INSERT INTO users (email, name, provider_id) SELECT 'person' || g || '@real-mail.example.org', 'Real Person ' || g, 'google-' || md5(g::text) FROM generate_series(1, 500) g`);
  await prod.query(`INSERT INTO sessions SELECT 'sess_' || g, 1 + (g % 500), 'rt_' || md5('t' || g), now() FROM generate_series(1, 800) g`);
  await prod.query(`INSERT INTO "OAuthProviderConfig" VALUES ('oc_google', 'google', 'gid', 'google-secret'), ('oc_github', 'github', 'ghid', 'github-secret')`);
  if (extra) await prod.query(extra);
  return prod;
}

async function staging(): Promise<TestDatabase> {
  const s = await createTestDatabase('mgs_stg');
  cleanups.push(() => dropFamily(s.name));
  return s;
}

const FIVE = [['users', 'email'], ['users', 'name'], ['users', 'provider_id'], ['sessions', 'refresh_token'], ['OAuthProviderConfig', 'clientSecret']] as const;

describe('default masking fits real schemas (issue 13, item 3)', () => {
  it('a zero-config sync of users, sessions and "OAuthProviderConfig" masks all five guide columns and passes verification', async () => {
    const prod = await production();
    const stg = await staging();
    const backups = makeTempDir('sync-backup');
    cleanups.push(backups.cleanup);
    const result = await runSync({ sourceUrl: prod.url, targetUrl: stg.url, config: defaultConfig(), backupDirectory: backups.dir });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('synced');
    // Verification ran on all five and found no production value left.
    expect(result.unmasked.map((u) => [u.table, u.column, u.remaining]).sort()).toEqual(FIVE.map(([t, c]) => [`public.${t}`, c, 0]).sort());
    const byTable = Object.fromEntries(result.tables.map((t) => [t.table, t]));
    expect(byTable['public.users']!.maskedColumns.sort()).toEqual(['email', 'name', 'provider_id']);
    expect(byTable['public.sessions']!.maskedColumns).toEqual(['refresh_token']);
    expect(byTable['public.OAuthProviderConfig']!.maskedColumns).toEqual(['clientSecret']);
    for (const [table, column] of FIVE) {
      const prodValues = new Set((await rows<{ v: string }>(prod.url, `SELECT "${column}" AS v FROM "${table}"`)).map((r) => r.v));
      const left = (await rows<{ v: string }>(stg.url, `SELECT "${column}" AS v FROM "${table}"`)).filter((r) => prodValues.has(r.v));
      expect(left, `${table}.${column}`).toEqual([]);
    }
    expect(await rows(stg.url, `SELECT email, name, provider_id FROM users WHERE id = 1`)).toEqual([{ email: 'user_1@test.example.com', name: 'Test User 1', provider_id: 'masked_1' }]);
  }, 120_000);

  it('the PII guard still refuses a personal column no default covers', async () => {
    const prod = await production('ALTER TABLE users ADD COLUMN phone_number text;');
    const stg = await staging();
    const result = await runSync({ sourceUrl: prod.url, targetUrl: stg.url, config: defaultConfig(), backup: false });
    expect(result.status).toBe('refused');
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'sync-unmasked-pii-column', severity: 'error', message: expect.stringContaining('public.users.phone_number') }));
    expect(result.findings.filter((f) => f.rule === 'sync-unmasked-pii-column')).toHaveLength(1);
  }, 60_000);

  it('resolves fields through schema.prisma (@@map, @map), and config rules may name a model and its fields', async () => {
    const prod = await production('ALTER TABLE users RENAME COLUMN name TO display_name; ALTER TABLE users ADD COLUMN phone_number text;');
    await prod.query(`UPDATE users SET phone_number = '+49 30 ' || id`);
    const repo = makeTempDir('sync-repo');
    cleanups.push(repo.cleanup);
    mkdirSync(path.join(repo.dir, 'prisma', 'migrations'), { recursive: true });
    writeFileSync(
      path.join(repo.dir, 'prisma', 'schema.prisma'),
      [
        'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}',
        'model User {\n  id Int @id @default(autoincrement())\n  email String @unique\n  name String? @map("display_name")\n  providerId String? @map("provider_id")\n  phone String? @map("phone_number")\n  createdAt DateTime @default(now()) @map("created_at")\n  @@map("users")\n}',
        'model Session {\n  id String @id\n  userId Int @map("user_id")\n  refreshToken String @unique @map("refresh_token")\n  expiresAt DateTime @map("expires_at")\n  @@map("sessions")\n}',
        'model OAuthProviderConfig {\n  id String @id\n  provider String @unique\n  clientId String\n  clientSecret String\n}',
      ].join('\n\n') + '\n',
    );
    // Zero config: `name` is found through its @map("display_name"); phone_number has no rule, so the guard refuses.
    const stg = await staging();
    const refused = await runSync({ sourceUrl: prod.url, targetUrl: stg.url, config: defaultConfig(), repoRoot: repo.dir, backup: false, dryRun: true });
    expect(refused.findings.map((f) => f.message)).toEqual([expect.stringContaining('public.users.phone_number')]);
    expect(refused.plan.find((p) => p.table === 'public.users')?.masked.map((c) => c.column).sort()).toEqual(['display_name', 'email', 'provider_id']);

    // A config rule by Prisma model and field names (User.phone -> users.phone_number), beside table-and-column ones.
    const config = defaultConfig();
    config.sync.masking = {
      User: { email: { kind: 'email' }, name: { kind: 'name' }, providerId: { kind: 'prefix', value: 'masked_' }, phone: { kind: 'null' } },
      sessions: { refresh_token: { kind: 'random-hash' } },
      OAuthProviderConfig: { clientSecret: { kind: 'random-hash' } },
    };
    const synced = await runSync({ sourceUrl: prod.url, targetUrl: stg.url, config, repoRoot: repo.dir, backup: false });
    expect(synced.findings).toEqual([]);
    expect(synced.status).toBe('synced');
    expect(await rows(stg.url, `SELECT display_name, phone_number FROM users WHERE id = 2`)).toEqual([{ display_name: 'Test User 2', phone_number: null }]);
  }, 120_000);
});
