import type { ColumnFact, ConstraintFact, IndexFact, SchemaFacts, TableFact } from '../replay/types.js';
import { DEFAULT_SCHEMA, relationKey } from '../parser/ast.js';
import { VersionedMap } from './versioned-map.js';

/** Read access to a schema, the replay's or ours: the SchemaFacts contract plus two lookups the rules need. */
export class SchemaView implements SchemaFacts {
  constructor(
    readonly tables: ReadonlyMap<string, TableFact>,
    readonly enums: ReadonlyMap<string, string[]>,
    /** `schema.index` -> table key; built on first use when not given (replay facts). */
    private owners?: ReadonlyMap<string, string>,
  ) {}

  table(name: string, schema?: string): TableFact | undefined {
    return this.tables.get(relationKey(schema ?? DEFAULT_SCHEMA, name));
  }

  get(key: string): TableFact | undefined {
    return this.tables.get(key);
  }

  /** The table holding an index of this name in the schema. */
  tableOfIndex(schema: string, index: string): TableFact | undefined {
    if (!this.owners) {
      const owners = new Map<string, string>();
      for (const [k, t] of this.tables) for (const i of t.indexes) owners.set(relationKey(t.schema, i.name), k);
      this.owners = owners;
    }
    const key = this.owners.get(relationKey(schema, index));
    return key === undefined ? undefined : this.tables.get(key);
  }
}

/** The table map of a model: keeps an index-name -> table lookup up to date as tables change. */
class TableMap extends VersionedMap<TableFact> {
  readonly owners = new VersionedMap<string>();

  override set(key: string, t: TableFact): this {
    const old = this.get(key);
    super.set(key, t);
    if (old?.indexes !== t.indexes || old.schema !== t.schema) this.reindex(key, old, t);
    return this;
  }

  override delete(key: string): boolean {
    const old = this.get(key);
    const had = super.delete(key);
    if (old) this.reindex(key, old, undefined);
    return had;
  }

  private reindex(key: string, old: TableFact | undefined, now: TableFact | undefined): void {
    if (old) {
      for (const i of old.indexes) {
        const k = relationKey(old.schema, i.name);
        if (this.owners.get(k) === key) this.owners.delete(k);
      }
    }
    if (now) for (const i of now.indexes) this.owners.set(relationKey(now.schema, i.name), key);
  }
}

/**
 * The schema as the lint walks a migration: seeded from the replay's facts when there are any,
 * from the parsed history otherwise, then changed statement by statement. Tables are immutable
 * values (a change replaces the table's object) and `snapshot()` is O(1), so each statement can
 * keep the schema as it was just before it ran.
 */
export class SchemaModel extends SchemaView {
  declare readonly tables: TableMap;
  declare readonly enums: VersionedMap<string[]>;

  constructor(facts?: SchemaFacts) {
    const tables = new TableMap();
    for (const [k, t] of facts?.tables ?? []) tables.set(k, t);
    super(tables, new VersionedMap(facts?.enums));
  }

  /** A read-only view of the schema as it is now. */
  snapshot(): SchemaView {
    return new SchemaView(this.tables.snapshot(), this.enums.snapshot(), this.tables.owners.snapshot());
  }

  override tableOfIndex(schema: string, index: string): TableFact | undefined {
    const key = this.tables.owners.get(relationKey(schema, index));
    return key === undefined ? undefined : this.tables.get(key);
  }

  /** The table, or an empty placeholder (an ALTER on a table we never saw created: its earlier shape is unknown). */
  ensure(schema: string, name: string): TableFact {
    const key = relationKey(schema, name);
    let t = this.tables.get(key);
    if (!t) {
      t = { schema, name, columns: [], indexes: [], constraints: [], relfilenode: 0 };
      this.tables.set(key, t);
    }
    return t;
  }

  update(key: string, fn: (t: TableFact) => TableFact): void {
    const t = this.tables.get(key);
    if (t) this.tables.set(key, fn(t));
  }
}

/** Immutable edits of one table. */
export const edit = {
  addColumn: (t: TableFact, c: ColumnFact): TableFact => ({ ...t, columns: [...t.columns.filter((x) => x.name !== c.name), c] }),
  column: (t: TableFact, name: string, fn: (c: ColumnFact) => ColumnFact): TableFact => ({
    ...t,
    columns: t.columns.some((c) => c.name === name) ? t.columns.map((c) => (c.name === name ? fn(c) : c)) : t.columns,
  }),
  dropColumn: (t: TableFact, name: string): TableFact => ({
    ...t,
    columns: t.columns.filter((c) => c.name !== name),
    indexes: t.indexes.filter((i) => !i.columns.includes(name)),
    constraints: t.constraints.filter((c) => !c.columns.includes(name)),
  }),
  addIndex: (t: TableFact, i: IndexFact): TableFact => ({ ...t, indexes: [...t.indexes.filter((x) => x.name !== i.name), i] }),
  dropIndex: (t: TableFact, name: string): TableFact => ({ ...t, indexes: t.indexes.filter((i) => i.name !== name) }),
  addConstraint: (t: TableFact, c: ConstraintFact): TableFact => ({ ...t, constraints: [...t.constraints.filter((x) => x.name !== c.name), c] }),
  dropConstraint: (t: TableFact, name: string): TableFact => ({
    ...t,
    constraints: t.constraints.filter((c) => c.name !== name),
    // A primary key, unique or exclusion constraint owns an index of the same name.
    indexes: t.constraints.some((c) => c.name === name && (c.type === 'p' || c.type === 'u' || c.type === 'x')) ? t.indexes.filter((i) => i.name !== name) : t.indexes,
  }),
};

/** PostgreSQL's default names for constraints and indexes (ChooseRelationName, without the 63-byte cut). */
export function defaultName(table: string, columns: string[], suffix: 'pkey' | 'key' | 'fkey' | 'check' | 'idx' | 'excl'): string {
  if (suffix === 'pkey') return `${table}_pkey`;
  return [table, ...columns, suffix].join('_');
}
