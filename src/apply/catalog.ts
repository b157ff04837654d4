import type pg from 'pg';

/**
 * A fingerprint of the user schemas (relations, columns, constraints, types, functions), one
 * string per object. Diffing two tells exactly which objects a failed run left behind.
 * `_prisma_migrations` is Prisma's bookkeeping and excluded.
 */
const SNAPSHOT_SQL = `
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
   WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp\\_%'
), rel AS (
  SELECT c.oid, ns.nspname, c.relname, c.relkind FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
   WHERE c.relname NOT IN ('_prisma_migrations', '_prisma_migrations_pkey')
)
SELECT 'schema ' || nspname AS o FROM ns
UNION ALL SELECT 'relation ' || quote_ident(nspname) || '.' || quote_ident(relname) || ' (' || relkind::text || ')' FROM rel
UNION ALL SELECT 'column ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname) || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
  FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid WHERE a.attnum > 0 AND NOT a.attisdropped AND rel.relkind IN ('r', 'p', 'v', 'm', 'f')
UNION ALL SELECT 'constraint ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname) || '.' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)
  FROM rel JOIN pg_constraint k ON k.conrelid = rel.oid
UNION ALL SELECT 'type ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname) || coalesce(' (' || (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')', '')
  FROM pg_type t JOIN ns ON ns.oid = t.typnamespace WHERE t.typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
UNION ALL SELECT 'function ' || quote_ident(ns.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
UNION ALL SELECT 'trigger ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname) || '.' || quote_ident(tg.tgname)
  FROM rel JOIN pg_trigger tg ON tg.tgrelid = rel.oid WHERE NOT tg.tgisinternal
UNION ALL SELECT 'extension ' || extname FROM pg_extension`;

export async function catalogSnapshot(client: pg.Client): Promise<Set<string>> {
  const r = await client.query<{ o: string }>(SNAPSHOT_SQL);
  return new Set(r.rows.map((x) => x.o));
}

export interface CatalogDiff {
  added: string[];
  removed: string[];
}

export function diffCatalog(before: ReadonlySet<string>, after: ReadonlySet<string>): CatalogDiff {
  return {
    added: [...after].filter((o) => !before.has(o)).sort(),
    removed: [...before].filter((o) => !after.has(o)).sort(),
  };
}

export function isEmptyDiff(d: CatalogDiff): boolean {
  return !d.added.length && !d.removed.length;
}
