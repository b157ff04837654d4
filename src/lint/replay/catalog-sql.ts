/**
 * The catalog query behind SchemaFacts: every user table's columns (format_type, defaults,
 * identity, generated), indexes, constraints (pg_get_constraintdef) and the enums, as one JSON
 * value, in one round trip. User schemas only: pg_catalog, pg_toast, pg_temp_* and
 * information_schema are left out.
 */
export const USER_TABLES = `c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'`;


/** Tables whose foreign keys name these tables: a rename there changes their refTable / refColumns. */
export const REFERRERS_SQL = `SELECT DISTINCT conrelid::int8 AS oid FROM pg_catalog.pg_constraint WHERE confrelid = ANY($1::oid[]) AND conrelid <> 0`;

/**
 * The whole catalog query; with `only`, `$1` (an oid array) restricts it to those tables, repeated
 * in each part so that the planner reads them through the catalogs' oid indexes.
 */
export function catalogSql(only: boolean): string {
  const also = (column: string): string => (only ? ` AND ${column} = ANY($1::oid[])` : '');
  return `
WITH rels AS (
  SELECT c.oid, n.nspname, c.relname, c.relfilenode, c.relkind
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE ${USER_TABLES}${also('c.oid')}
)
SELECT json_build_object(
  'tables', (SELECT coalesce(json_agg(json_build_array(r.oid::int8, r.nspname, r.relname, r.relfilenode::int8, r.relkind)), '[]') FROM rels r),
  'columns', (
    SELECT coalesce(json_agg(json_build_array(a.attrelid::int8, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
      pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated) ORDER BY a.attrelid, a.attnum), '[]')
    FROM pg_catalog.pg_attribute a JOIN rels r ON r.oid = a.attrelid
    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped${also('a.attrelid')}),
  'indexes', (
    SELECT coalesce(json_agg(json_build_array(i.indrelid::int8, ic.relname,
      (SELECT coalesce(json_agg(CASE WHEN k.attnum = 0 THEN NULL ELSE
          (SELECT ka.attname FROM pg_catalog.pg_attribute ka WHERE ka.attrelid = i.indrelid AND ka.attnum = k.attnum) END ORDER BY k.ord), '[]')
        FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) WHERE k.ord <= i.indnkeyatts),
      i.indisunique, i.indisprimary, i.indisvalid, i.indpred IS NOT NULL, am.amname,
      -- pg_get_indexdef is the costliest call here: only where the columns do not say it all.
      CASE WHEN i.indexprs IS NOT NULL OR i.indpred IS NOT NULL THEN pg_catalog.pg_get_indexdef(i.indexrelid) END)
      ORDER BY i.indrelid, ic.relname), '[]')
    FROM pg_catalog.pg_index i JOIN rels r ON r.oid = i.indrelid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_am am ON am.oid = ic.relam
    WHERE true${also('i.indrelid')}),
  'constraints', (
    SELECT coalesce(json_agg(json_build_array(co.conrelid::int8, co.conname, co.contype,
      (SELECT coalesce(json_agg(ca.attname ORDER BY k.ord), '[]') FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_catalog.pg_attribute ca ON ca.attrelid = co.conrelid AND ca.attnum = k.attnum),
      co.convalidated, pg_catalog.pg_get_constraintdef(co.oid),
      CASE WHEN co.confrelid <> 0 THEN (SELECT fn.nspname || '.' || fc.relname FROM pg_catalog.pg_class fc
        JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = co.confrelid) END,
      (SELECT json_agg(fa.attname ORDER BY k.ord) FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_catalog.pg_attribute fa ON fa.attrelid = co.confrelid AND fa.attnum = k.attnum)) ORDER BY co.conrelid, co.conname), '[]')
    FROM pg_catalog.pg_constraint co JOIN rels r ON r.oid = co.conrelid
    WHERE true${also('co.conrelid')}),
  'enums', (
    SELECT coalesce(json_agg(json_build_array(n.nspname, t.typname,
      (SELECT coalesce(json_agg(e.enumlabel ORDER BY e.enumsortorder), '[]') FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid))
      ORDER BY n.nspname, t.typname), '[]')
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_')
)::text AS facts`;
}

