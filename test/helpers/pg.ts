import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function urlFor(database: string, base = ADMIN_URL): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;
  drop: () => Promise<void>;
}

/** A fresh database for one test (drop it in afterEach/finally). Names are unique per call. */
export async function createTestDatabase(prefix = 'mgt'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = urlFor(name);
  return {
    name,
    url,
    query: async (sql, params = []) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return await c.query(sql, params);
      } finally {
        await c.end();
      }
    },
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
