import { catalogSql, REFERRERS_SQL } from './catalog-sql.js';
import { ensurePrepared, executeWithOids } from './prepared.js';
import type { SqlSession } from './session.js';
import type { ColumnFact, ConstraintFact, IndexFact, SchemaFacts, TableFact } from './types.js';

/**
 * SchemaFacts from the catalog: the whole schema in one query (catalog-sql.ts), so 800 tables
 * cost one round trip; after a traced migration, only the tables it touched (refreshCatalog).
 */
const FULL_SQL = catalogSql(false);

/**
 * What refreshCatalog needs from the database, as statements to send in one round trip (the
 * trace sends them with its COMMIT): every user table now, and the tables owning the relations the
 * migration locked.
 */
export function refreshQueries(touched: Iterable<number>): string {
  return `EXECUTE migration_gates_tables;\n${executeWithOids('migration_gates_owners', touched)};`;
}

type Num = number | string;
interface RawCatalog {
  tables: [Num, string, string, Num, string][];
  columns: [Num, string, string, boolean, string | null, string, string][];
  indexes: [Num, string, (string | null)[], boolean, boolean, boolean, boolean, string, string][];
  constraints: [Num, string, string, string[], boolean, string, string | null, string[] | null][];
  enums: [string, string, string[]][];
}

/** SchemaFacts over a map keyed `schema.table`. */
export class CatalogFacts implements SchemaFacts {
  constructor(
    readonly tables: ReadonlyMap<string, TableFact>,
    readonly enums: ReadonlyMap<string, string[]>,
  ) {}

  table(name: string, schema = 'public'): TableFact | undefined {
    return this.tables.get(`${schema}.${name}`);
  }
}

export interface Catalog {
  facts: SchemaFacts;
  /** Table oid -> `schema.table`, for the lock and rewrite trace. */
  oids: Map<number, string>;
  /** Table oid -> its facts. */
  byOid: Map<number, TableFact>;
}

/** Read the catalog: every user table, or only the tables in `only`. Enums are always read whole. */
export async function readCatalog(session: SqlSession, only?: number[]): Promise<Catalog> {
  let row: { facts: string } | undefined;
  if (only) {
    // Prepared: a migration audit reads a table or two after every migration.
    await ensurePrepared(session);
    [row] = (await session.batch(executeWithOids('migration_gates_catalog', only)))[0] as { facts: string }[];
  } else {
    [row] = await session.rows<{ facts: string }>(FULL_SQL);
  }
  const raw = JSON.parse(row!.facts) as RawCatalog;
  const byOid = new Map<number, TableFact>();
  const oids = new Map<number, string>();
  for (const [oid, schema, name, relfilenode, relkind] of raw.tables) {
    const t: TableFact = { schema, name, columns: [], indexes: [], constraints: [], relfilenode: Number(relfilenode) };
    if (relkind === 'p') t.kind = 'partitioned';
    byOid.set(Number(oid), t);
    oids.set(Number(oid), `${schema}.${name}`);
  }
  for (const [oid, name, type, notNull, def, identity, generated] of raw.columns) {
    const c: ColumnFact = { name, type, notNull, default: def ?? undefined };
    if (identity === 'a') c.identity = 'always';
    else if (identity === 'd') c.identity = 'by default';
    if (generated === 's') c.generated = 'stored';
    else if (generated === 'v') c.generated = 'virtual';
    byOid.get(Number(oid))?.columns.push(c);
  }
  for (const [oid, name, columns, unique, primary, valid, partial, method, definition] of raw.indexes) {
    const i: IndexFact = { name, columns, unique, primary, valid, partial, method };
    if (definition) i.definition = definition;
    byOid.get(Number(oid))?.indexes.push(i);
  }
  for (const [oid, name, type, columns, validated, definition, refTable, refColumns] of raw.constraints) {
    const c: ConstraintFact = { name, type: type as ConstraintFact['type'], columns, validated, definition };
    if (refTable) c.refTable = refTable;
    if (refColumns) c.refColumns = refColumns;
    byOid.get(Number(oid))?.constraints.push(c);
  }
  const enums = new Map<string, string[]>();
  for (const [schema, name, labels] of raw.enums) enums.set(`${schema}.${name}`, labels);
  return assemble(byOid, enums);
}

/**
 * The catalog after a migration, from the one before it: tables it locked (DDL on a table always
 * locks it) and tables it created are read again, and so are the tables whose foreign keys point
 * at a table or column it renamed; the others are reused. `listing` and `owners` are the rows of refreshQueries(). The
 * caller reads the whole catalog instead when the migration did something a table lock does not
 * reveal (ALTER TYPE ... RENAME, DROP SCHEMA, a DO block...).
 */
export async function refreshCatalog(
  session: SqlSession,
  previous: Catalog,
  [listing = [], owners = []]: Record<string, unknown>[][],
): Promise<Catalog> {
  const current = new Map<number, string>();
  for (const r of listing) current.set(Number(r.oid), `${String(r.s)}.${String(r.n)}`);
  const changed = new Set<number>();
  for (const [oid, key] of current) if (previous.oids.get(oid) !== key) changed.add(oid);
  for (const r of owners) if (current.has(Number(r.oid))) changed.add(Number(r.oid));
  const fresh = await readCatalog(session, [...changed]);
  // A renamed table or column also changes how foreign keys that name it read (refTable,
  // refColumns): only then are the referring tables read again (a popular table has many).
  const renamed = [...changed].filter((oid) => {
    const was = previous.byOid.get(oid);
    const now = fresh.byOid.get(oid);
    if (!was || !now) return false;
    const names = new Set(now.columns.map((c) => c.name));
    return previous.oids.get(oid) !== current.get(oid) || was.columns.some((c) => !names.has(c.name));
  });
  let referrers: Catalog | undefined;
  if (renamed.length) {
    const extra = (await session.rows<{ oid: Num }>(REFERRERS_SQL, [oidArray(renamed)]))
      .map((r) => Number(r.oid))
      .filter((oid) => current.has(oid) && !changed.has(oid));
    if (extra.length) referrers = await readCatalog(session, extra);
  }
  const byOid = new Map<number, TableFact>();
  for (const oid of current.keys()) {
    const t = fresh.byOid.get(oid) ?? referrers?.byOid.get(oid) ?? (changed.has(oid) ? undefined : previous.byOid.get(oid));
    if (t) byOid.set(oid, t);
  }
  return assemble(byOid, fresh.facts.enums);
}

function assemble(byOid: Map<number, TableFact>, enums: ReadonlyMap<string, string[]>): Catalog {
  const tables = new Map<string, TableFact>();
  const oids = new Map<number, string>();
  for (const [oid, t] of byOid) {
    tables.set(`${t.schema}.${t.name}`, t);
    oids.set(oid, `${t.schema}.${t.name}`);
  }
  return { facts: new CatalogFacts(tables, enums), oids, byOid };
}

/** An oid[] literal for a parameter (the numbers come from the catalog itself). */
export function oidArray(oids: Iterable<number>): string {
  return `{${[...oids].join(',')}}`;
}
