import pg from 'pg';
import { adminQuery, createTestDatabase, type TestDatabase } from '../helpers/pg.js';

/**
 * A production-like auth-service database (the guide's sample app: User, Session, OAuthConfig)
 * with foreign keys, unique constraints and a few thousand rows of personal data.
 */
export const AUTH_SCHEMA = `
CREATE TABLE "User" (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  "providerId" varchar(191),
  provider text NOT NULL DEFAULT 'local',
  "createdAt" timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE "Session" (
  id text PRIMARY KEY,
  "userId" integer NOT NULL REFERENCES "User"(id) ON DELETE CASCADE,
  "refreshToken" text NOT NULL UNIQUE,
  "expiresAt" timestamptz NOT NULL
);
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE TABLE "OAuthConfig" (
  id text PRIMARY KEY,
  provider text NOT NULL UNIQUE,
  "clientId" text NOT NULL,
  "clientSecret" text NOT NULL
);
CREATE TABLE "Plan" (code text PRIMARY KEY, price integer NOT NULL CHECK (price >= 0));
`;

export async function seedAuth(db: TestDatabase, users = 3000): Promise<void> {
  await db.query(AUTH_SCHEMA);
  await db.query(
    `INSERT INTO "User" (email, name, "providerId", provider)
     SELECT 'person' || g || '@real-mail.example.org', 'Real Person ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE 'google-' || md5(g::text) END,
            CASE WHEN g % 2 = 0 THEN 'google' ELSE 'local' END
       FROM generate_series(1, $1) g`,
    [users],
  );
  await db.query(
    `INSERT INTO "Session" (id, "userId", "refreshToken", "expiresAt")
     SELECT 'sess_' || g, 1 + (g % $1), 'rt_' || md5('token' || g), now() + interval '7 days' FROM generate_series(1, $1 * 2) g`,
    [users],
  );
  await db.query(
    `INSERT INTO "OAuthConfig" VALUES ('oc_google', 'google', 'gid', 'google-client-secret-value'),
       ('oc_github', 'github', 'ghid', 'github-client-secret-value'), ('oc_apple', 'apple', 'aid', 'apple-client-secret-value')`,
  );
  await db.query(`INSERT INTO "Plan" VALUES ('free', 0), ('pro', 10)`);
}

/** Source and staging databases for one test; `cleanup` drops them and every `<staging>_sync_*`/`_old_*`. */
export async function makeSyncPair(users = 3000): Promise<{ prod: TestDatabase; staging: TestDatabase; cleanup: () => Promise<void> }> {
  const prod = await createTestDatabase('mgs_prod');
  const staging = await createTestDatabase('mgs_stg');
  await seedAuth(prod, users);
  await staging.query(`CREATE TABLE "User" (id serial PRIMARY KEY, email text); INSERT INTO "User" (email) VALUES ('old-staging@test.example.com')`);
  return {
    prod,
    staging,
    cleanup: async () => {
      await prod.drop();
      await dropFamily(staging.name);
    },
  };
}

export async function dropFamily(staging: string): Promise<void> {
  for (const d of await databasesLike(staging)) await adminQuery(`DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`);
}

/** `<staging>` itself and its `_sync_`/`_old_` siblings. */
export async function databasesLike(staging: string): Promise<string[]> {
  const r = await adminQuery(`SELECT datname FROM pg_database WHERE datname = $1 OR datname ~ ('^' || $2 || '_(sync|old)_[0-9]{14}$') ORDER BY datname`, [staging, staging]);
  return r.rows.map((x: { datname: string }) => x.datname);
}

/** Rows of a query on a database (by URL), for comparisons across databases. */
export async function rows<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}
