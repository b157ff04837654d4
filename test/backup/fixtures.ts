import type { TestDatabase } from '../helpers/pg.js';

/** A small app schema with awkward parts: a quoted schema and table name, a partitioned table, a sequence, JSON and bytea. */
export async function seedDatabase(db: TestDatabase, rows = 500): Promise<void> {
  await db.query(`
    CREATE TABLE "User" (id serial PRIMARY KEY, email text UNIQUE NOT NULL, name text, profile jsonb, avatar bytea, "createdAt" timestamptz NOT NULL DEFAULT now());
    CREATE TABLE "Session" (id bigserial PRIMARY KEY, "userId" int NOT NULL REFERENCES "User"(id), "refreshToken" text NOT NULL);
    CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
    CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    CREATE SCHEMA "audit log";
    CREATE TABLE "audit log"."who did it" (id int PRIMARY KEY, note text);
  `);
  await db.query(
    `INSERT INTO "User" (email, name, profile, avatar, "createdAt")
     SELECT 'user' || g || '@example.com', 'User ' || g, jsonb_build_object('n', g, 'tags', jsonb_build_array('a', g)), decode(md5(g::text), 'hex'),
            timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute'
       FROM generate_series(1, $1::int) g`,
    [rows],
  );
  await db.query(`INSERT INTO "Session" ("userId", "refreshToken") SELECT id, md5('t' || id) FROM "User"`);
  await db.query(`INSERT INTO events SELECT g, date '2024-06-01' + (g % 400), repeat('x', g % 50) FROM generate_series(1, $1::int) g`, [rows * 2]);
  await db.query(`INSERT INTO "audit log"."who did it" SELECT g, E'quote '' and newline \\n ' || g FROM generate_series(1, 20) g`);
}

/** Row count and an md5 over every row, ordered, per table: equal fingerprints mean equal content. */
export async function fingerprint(db: TestDatabase): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await db.query(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1, 2`,
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const t of tables.rows as { schema: string; name: string }[]) {
    const q = `"${t.schema.replace(/"/g, '""')}"."${t.name.replace(/"/g, '""')}"`;
    const r = await db.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h FROM ${q} x`);
    out[`${t.schema}.${t.name}`] = { rows: r.rows[0].n as number, md5: r.rows[0].h as string };
  }
  return out;
}
