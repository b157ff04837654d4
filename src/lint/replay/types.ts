/**
 * Contract between the replay engine (src/lint/replay/) and the lint rules (src/lint/rules/):
 * the embedded PostgreSQL's view of the schema, and what one migration did to it.
 */
export interface ColumnFact {
  name: string;
  /** format_type(), e.g. `character varying(255)`, `integer`, `text`. */
  type: string;
  notNull: boolean;
  default: string | undefined;
  /** Identity column (`GENERATED ... AS IDENTITY`), when it is one. */
  identity?: 'always' | 'by default';
  /** Generated column: `default` then holds the generation expression. */
  generated?: 'stored' | 'virtual';
}

export interface IndexFact {
  name: string;
  /** Key columns in order; an expression key is `null`. */
  columns: (string | null)[];
  unique: boolean;
  primary: boolean;
  valid: boolean;
  partial: boolean;
  /** Access method, e.g. `btree`, `gin` (replayed facts only). */
  method?: string;
  /** pg_get_indexdef() (replayed facts only). */
  definition?: string;
}

export interface ConstraintFact {
  name: string;
  /** p primary key, u unique, f foreign key, c check, x exclusion, n not-null (PG 18). */
  type: 'p' | 'u' | 'f' | 'c' | 'x' | 'n';
  columns: string[];
  validated: boolean;
  /** pg_get_constraintdef(). */
  definition: string;
  refTable?: string;
  refColumns?: string[];
}

export interface TableFact {
  schema: string;
  name: string;
  columns: ColumnFact[];
  indexes: IndexFact[];
  constraints: ConstraintFact[];
  /** relfilenode, to tell a rewrite. */
  relfilenode: number;
  /** `partitioned` for a partitioned parent (relkind p); absent means an ordinary table. */
  kind?: 'table' | 'partitioned';
}

export interface SchemaFacts {
  /** Key: `schema.table` exactly as stored (case-sensitive, unquoted). */
  tables: ReadonlyMap<string, TableFact>;
  /** Key: `schema.type` -> labels in order. */
  enums: ReadonlyMap<string, string[]>;
  /** Look up a table by name as written in SQL (schema optional, default search_path `public`). */
  table(name: string, schema?: string): TableFact | undefined;
}

export interface StatementTrace {
  /** Index of the statement in the migration (0-based). */
  index: number;
  /**
   * Locks this statement took on tables that existed before the migration: `schema.table` ->
   * strongest mode. PostgreSQL keeps a transaction's locks until it ends and lists each mode once,
   * so a mode an earlier statement of the same transaction already holds is not seen again here:
   * see `held` for what is held while the statement runs.
   */
  locks: { table: string; mode: string }[];
  /** Strongest lock held on each pre-existing table once this statement has run (earlier statements' included). */
  held?: { table: string; mode: string }[];
  /** Pre-existing tables whose relfilenode changed (rewritten) during this statement. */
  rewritten: string[];
  /** Set when the embedded database could not run the statement for a reason of its own (missing extension...). */
  unsupported?: string;
  /** Set when the statement failed with a PostgreSQL error (the migration would fail in production). */
  error?: { message: string; code?: string };
  /** CONCURRENTLY / non-transactional statements are not traced: findings about them are predicted. */
  traced: boolean;
}

export interface MigrationTrace {
  name: string;
  statements: StatementTrace[];
  /** Tables (schema.table) that existed before this migration. */
  preExisting: Set<string>;
  before: SchemaFacts;
  after: SchemaFacts;
  ok: boolean;
}

export interface ReplayStatement {
  sql: string;
  /** 1-based line of the statement start in migration.sql. */
  line: number;
}

export interface Replayer {
  /** Facts of the schema as replayed so far. */
  facts(): Promise<SchemaFacts>;
  /** Apply one new migration statement by statement, observing locks and rewrites; the migration stays applied so later ones see it. */
  trace(name: string, statements: ReplayStatement[]): Promise<MigrationTrace>;
  /** Which engine: `pglite` (embedded) or `postgres` (shadow-database-url). */
  readonly engine: 'pglite' | 'postgres';
  /** How the history was loaded: replayed, or restored from a cache snapshot. */
  readonly cache: 'hit' | 'miss' | 'off';
  /** History migrations replayed in this run (fewer than the history on a cache hit; 0 on a full hit). */
  readonly replayed: number;
  /** History statements the replay skipped (unsupported here, or rejected here): worth a notice. */
  readonly skipped: HistorySkip[];
  /** `server_version` of the engine, e.g. `18.6` (PGlite) or the shadow server's. */
  readonly serverVersion: string;
  close(): Promise<void>;
}

export interface OpenReplayerOptions {
  /** Base history in apply order. */
  history: { name: string; sql: string }[];
  /** Folder for data-directory snapshots keyed by the history's checksums. */
  cacheDir?: string;
  /** Use a real PostgreSQL instead of PGlite (a scratch database is created and dropped there). */
  shadowDatabaseUrl?: string;
  /** The migrations that will be traced: scanned only for CREATE EXTENSION (PGlite loads extensions at start). */
  newMigrations?: { name: string; sql: string }[];
  onProgress?: (line: string) => void;
}

/** A history statement the replay could not run: the history continues without it. */
export interface HistorySkip {
  migration: string;
  /** 0-based statement index in that migration.sql. */
  statement: number;
  /** 1-based line of the statement in migration.sql. */
  line: number;
  /** The statement, shortened to 200 characters. */
  sql: string;
  /** `unsupported`: the embedded database cannot run it; `error`: PostgreSQL rejected it here (it applied elsewhere). */
  kind: 'unsupported' | 'error';
  reason: string;
  code?: string;
}
