import type pg from 'pg';
import { isApplied, readAppliedMigrations } from '../prisma/migrations-table.js';
import type { CatalogTable } from './archive-check.js';

/**
 * Ordinary and partitioned tables in user schemas: what a backup must contain. Temporary tables
 * and tables owned by an extension (pg_dump leaves those to CREATE EXTENSION) are excluded.
 */
export async function listCatalogTables(c: pg.Client): Promise<CatalogTable[]> {
  const r = await c.query<{ oid: string; schema: string; name: string }>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p')
        AND c.relpersistence <> 't'
        AND n.nspname <> 'information_schema'
        AND n.nspname NOT LIKE 'pg\\_%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY n.nspname, c.relname`,
  );
  return r.rows.map((row) => ({ oid: Number(row.oid), schema: row.schema, name: row.name }));
}

export interface ServerFacts {
  serverVersion: string;
  serverMajor: number;
  databaseSizeBytes: number;
}

export async function readServerFacts(c: pg.Client): Promise<ServerFacts> {
  const r = await c.query<{ version: string; num: string; size: string }>(
    `SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num,
            pg_database_size(current_database())::text AS size`,
  );
  const row = r.rows[0]!;
  return { serverVersion: row.version, serverMajor: Math.floor(Number(row.num) / 10000), databaseSizeBytes: Number(row.size) };
}

/** Newest applied migration (finished, not rolled back) in `_prisma_migrations`, or null. */
export async function latestAppliedMigration(c: pg.Client, schema: string): Promise<string | null> {
  const rows = await readAppliedMigrations(c, schema);
  const applied = (rows ?? []).filter(isApplied);
  applied.sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime() || a.name.localeCompare(b.name));
  return applied.at(-1)?.name ?? null;
}
