import { catalogSql, USER_TABLES } from './catalog-sql.js';
import type { SqlSession } from './session.js';

/**
 * The replay's own catalog reads, prepared once per session with generic plans: planning them
 * costs more than running them, and a migration audit runs them after every statement. Each is
 * then an EXECUTE inside the batches the trace already sends (no extra round trip). The oid
 * arrays passed to them are the catalog's own numbers, inlined as literals.
 */

/** Relations below this oid are the system catalogs: their locks say nothing about the migration. */
const FIRST_USER_OID = 16384;

const STATEMENTS: Record<string, string> = {
  // This backend's granted relation locks (pg_locks lists each mode once per relation).
  migration_gates_locks: `SELECT relation::int8 AS oid, mode FROM pg_catalog.pg_locks WHERE locktype = 'relation' AND granted
    AND pid = pg_catalog.pg_backend_pid() AND relation >= ${FIRST_USER_OID}
    AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())`,
  migration_gates_filenodes: `SELECT oid::int8 AS oid, relfilenode::int8 AS f FROM pg_catalog.pg_class WHERE oid = ANY($1)`,
  // Every user table now.
  migration_gates_tables: `SELECT c.oid::int8 AS oid, n.nspname AS s, c.relname AS n FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_TABLES}`,
  // The tables owning some relations (an index or a TOAST table stands for its table).
  migration_gates_owners: `SELECT DISTINCT coalesce(i.indrelid, t.oid, c.oid)::int8 AS oid FROM pg_catalog.pg_class c
    LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
    LEFT JOIN pg_catalog.pg_class t ON t.reltoastrelid = c.oid AND c.relkind = 't'
    WHERE c.oid = ANY($1)`,
  // The catalog of some tables (SchemaFacts for them, and all enums).
  migration_gates_catalog: catalogSql(true),
};

const ready = new WeakSet<SqlSession>();

/** Prepare the statements on this session (once; again after the migration's own DEALLOCATE / DISCARD). */
export async function ensurePrepared(session: SqlSession): Promise<void> {
  if (ready.has(session)) return;
  const parts = ['SET plan_cache_mode = force_generic_plan', 'DEALLOCATE ALL'];
  for (const [name, sql] of Object.entries(STATEMENTS)) parts.push(`PREPARE ${name}${sql.includes('$1') ? '(oid[])' : ''} AS ${sql}`);
  await session.exec(parts.join(';\n'));
  ready.add(session);
}

/** After DEALLOCATE or DISCARD in a migration the statements are gone: prepare them again next time. */
export function forgetPrepared(session: SqlSession): void {
  ready.delete(session);
}

/** `EXECUTE name('{1,2,3}')` for an oid-array statement. */
export function executeWithOids(name: string, oids: Iterable<number>): string {
  return `EXECUTE ${name}('{${[...oids].join(',')}}')`;
}
