import type pg from 'pg';
import { quoteQualified } from '../postgres/quote.js';

/** What the sync needs to know about a database's user tables (read from the source, up front). */
export interface CatalogColumn {
  name: string;
  /** format_type(), e.g. `character varying(255)`: also the CAST target for `constant:`. */
  type: string;
  /** pg_type.typcategory of the (domain's base) type: `S` is string. */
  category: string;
  notNull: boolean;
  generated: boolean;
  identity: boolean;
  /** n of varchar(n)/char(n), else null. */
  maxLength: number | null;
}

export interface CatalogTable {
  oid: number;
  schema: string;
  name: string;
  /** `r` table, `p` partitioned parent. */
  kind: 'r' | 'p';
  isPartition: boolean;
  columns: CatalogColumn[];
  primaryKey: string[];
  /** pg_table_size: heap + TOAST, no indexes. */
  bytes: number;
  rowEstimate: number;
}

export interface CatalogConstraint {
  table: string;
  name: string;
  /** p primary key, u unique, f foreign key, c check, x exclusion. */
  type: string;
  validated: boolean;
}

export interface Catalog {
  tables: CatalogTable[];
  constraints: CatalogConstraint[];
  /** `schema.table` -> index names. */
  indexes: { table: string; name: string; valid: boolean }[];
  encoding: string;
  serverMajor: number;
}

export function qualifiedName(t: { schema: string; name: string }): string {
  return `${t.schema}.${t.name}`;
}

export function quotedName(t: { schema: string; name: string }): string {
  return quoteQualified(t.schema, t.name);
}

/** User tables only: no system schemas, no extension members (pg_dump skips their data). */
const TABLES_SQL = `
SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.relispartition AS is_partition,
       pg_table_size(c.oid)::int8 AS bytes, greatest(c.reltuples, 0)::int8 AS rows
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't'
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY n.nspname, c.relname`;

const COLUMNS_SQL = `
SELECT a.attrelid::int8 AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       coalesce(bt.typcategory, t.typcategory) AS category, a.attnotnull AS not_null,
       a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity,
       CASE WHEN a.atttypmod > 4 AND coalesce(bt.typname, t.typname) IN ('varchar', 'bpchar') THEN a.atttypmod - 4 END AS max_length
  FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
 WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum`;

const PK_SQL = `
SELECT i.indrelid::int8 AS oid, array_agg(a.attname::text ORDER BY k.ord) AS cols
  FROM pg_index i
 CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
 WHERE i.indisprimary AND i.indrelid = ANY($1::oid[])
 GROUP BY i.indrelid`;

const CONSTRAINTS_SQL = `
SELECT n.nspname AS schema, c.relname AS rel, k.conname AS name, k.contype AS type, k.convalidated AS validated
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE k.conrelid = ANY($1::oid[]) AND k.contype IN ('p', 'u', 'f', 'c', 'x')
 ORDER BY 1, 2, 3`;

const INDEXES_SQL = `
SELECT n.nspname AS schema, c.relname AS rel, ic.relname AS name, i.indisvalid AS valid
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE i.indrelid = ANY($1::oid[])
 ORDER BY 1, 2, 3`;

export async function readCatalog(c: pg.Client): Promise<Catalog> {
  const t = await c.query<{ oid: string; schema: string; name: string; kind: 'r' | 'p'; is_partition: boolean; bytes: string; rows: string }>(TABLES_SQL);
  const oids = t.rows.map((r) => r.oid);
  const cols = await c.query<{ oid: string; name: string; type: string; category: string; not_null: boolean; generated: boolean; identity: boolean; max_length: number | null }>(COLUMNS_SQL, [oids]);
  const pks = await c.query<{ oid: string; cols: string[] }>(PK_SQL, [oids]);
  const cons = await c.query<{ schema: string; rel: string; name: string; type: string; validated: boolean }>(CONSTRAINTS_SQL, [oids]);
  const idx = await c.query<{ schema: string; rel: string; name: string; valid: boolean }>(INDEXES_SQL, [oids]);
  const meta = await c.query<{ enc: string; v: string }>(
    `SELECT pg_encoding_to_char(encoding) AS enc, current_setting('server_version_num') AS v FROM pg_database WHERE datname = current_database()`,
  );
  const byOid = new Map<string, CatalogColumn[]>();
  for (const r of cols.rows) {
    const list = byOid.get(r.oid) ?? [];
    list.push({ name: r.name, type: r.type, category: r.category, notNull: r.not_null, generated: r.generated, identity: r.identity, maxLength: r.max_length });
    byOid.set(r.oid, list);
  }
  const pkByOid = new Map(pks.rows.map((r) => [r.oid, r.cols]));
  return {
    tables: t.rows.map((r) => ({
      oid: Number(r.oid),
      schema: r.schema,
      name: r.name,
      kind: r.kind,
      isPartition: r.is_partition,
      columns: byOid.get(r.oid) ?? [],
      primaryKey: pkByOid.get(r.oid) ?? [],
      bytes: Number(r.bytes),
      rowEstimate: Number(r.rows),
    })),
    constraints: cons.rows.map((r) => ({ table: `${r.schema}.${r.rel}`, name: r.name, type: r.type, validated: r.validated })),
    indexes: idx.rows.map((r) => ({ table: `${r.schema}.${r.rel}`, name: r.name, valid: r.valid })),
    encoding: meta.rows[0]?.enc ?? 'UTF8',
    serverMajor: Math.floor(Number(meta.rows[0]?.v ?? 0) / 10000),
  };
}

/** Leaf tables hold the rows: partitioned parents are counted through their partitions. */
export function leafTables(cat: Catalog): CatalogTable[] {
  return cat.tables.filter((t) => t.kind === 'r');
}

/** Exact row counts, `schema.table` -> rows. Run inside the source snapshot for a consistent view. */
export async function exactCounts(c: pg.Client, tables: readonly CatalogTable[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const t of tables) {
    const r = await c.query<{ n: string }>(`SELECT count(*)::int8 AS n FROM ONLY ${quotedName(t)}`);
    out.set(qualifiedName(t), Number(r.rows[0]!.n));
  }
  return out;
}
