import type { MigrationTrace, SchemaFacts, StatementTrace } from './replay/types.js';
import { qualifiedName, rangeVar, relationKey } from './parser/ast.js';
import type { ParsedMigration, ParsedStatement } from './parser/split.js';
import { applyStatement } from './schema/apply.js';
import { SchemaModel, type SchemaView } from './schema/model.js';

/** One statement, with the schema as it was just before it ran. */
export interface StatementContext {
  stmt: ParsedStatement;
  /** Schema just before this statement (static model seeded with the replay's facts when present). */
  before: SchemaView;
  /** The replay's trace of this statement, when it was replayed. */
  trace: StatementTrace | undefined;
  /** Tables created earlier in this migration or by an earlier migration of the same PR (keys), renames followed: empty everywhere. */
  created: Membership;
  /** Columns (`schema.table.column`... see columnKey) added earlier in this migration or the PR, or belonging to a table in `created`. */
  createdColumns: Membership;
  /** Enum types created earlier in this migration (keys). */
  createdTypes: Membership;
}

/** What earlier migrations of the same pull request created: new on every environment, so empty and unused. */
export interface PriorCreations {
  tables: ReadonlySet<string>;
  columns: ReadonlySet<string>;
}

/** Key of a column in `created`/`createdColumns` sets. */
export function columnKey(tableKey: string, column: string): string {
  return `${tableKey}\u0000${column}`;
}

export interface Membership {
  has(key: string): boolean;
}

/** "Created before statement i": one map of key -> creating statement, shared by every statement. */
class CreatedBefore implements Membership {
  constructor(
    private readonly at: Map<string, number>,
    private readonly index: number,
    private readonly prior: ReadonlySet<string> = NO_PRIOR,
  ) {}

  has(key: string): boolean {
    if (this.prior.has(key)) return true;
    const i = this.at.get(key);
    return i !== undefined && i < this.index;
  }
}

/** A column is new when it was added, or its table created, earlier (in this migration or the PR). */
class ColumnCreatedBefore implements Membership {
  constructor(
    private readonly columns: CreatedBefore,
    private readonly tables: CreatedBefore,
  ) {}

  has(key: string): boolean {
    return this.columns.has(key) || this.tables.has(key.slice(0, key.indexOf('\u0000')));
  }
}

const NO_PRIOR: ReadonlySet<string> = new Set();

export interface MigrationContext {
  /** Migration folder name. */
  name: string;
  /** Repository-relative path of migration.sql. */
  file: string;
  parsed: ParsedMigration;
  statements: StatementContext[];
  /** Schema before the migration, and after it (the replay's catalog when replayed). */
  before: SchemaFacts;
  after: SchemaFacts;
  trace: MigrationTrace | undefined;
  /** Enum types renamed in this migration: new key -> original key (Prisma's enum recreation). */
  renamedTypes: ReadonlyMap<string, string>;
  /** Tables and columns that are new after this migration (the prior ones included): the next migration of the PR carries them on. */
  creations: PriorCreations;
  /** The deploy session's lock_timeout (config deploy.lock-timeout), undefined when off. */
  deployLockTimeout: string | undefined;
}

/** Normalise a table name from the replay (`public.User`, `"User"`, `auth."User"`) to a SchemaFacts key. */
export function normalizeTableRef(ref: string): string {
  const parts: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^."]+)/g;
  for (let m = re.exec(ref); m; m = re.exec(ref)) parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return parts.length > 1 ? relationKey(parts[parts.length - 2]!, parts[parts.length - 1]!) : relationKey('public', parts[0] ?? ref);
}

/**
 * Walk the migration statement by statement over a model seeded with the schema before it:
 * each statement sees the schema as it was just before it ran, and what the migration created so far.
 */
export function buildContext(opts: {
  name: string;
  file: string;
  parsed: ParsedMigration;
  /** The schema before the migration (ignored when there is a trace: its facts are the truth). */
  before?: SchemaFacts;
  /** Or a live model to carry on from (static lint of a history): the migration is applied to it. */
  model?: SchemaModel;
  trace?: MigrationTrace;
  /** Tables and columns created by earlier migrations of the same pull request. */
  prior?: PriorCreations;
  deployLockTimeout?: string;
}): MigrationContext {
  const priorTables = opts.prior?.tables ?? NO_PRIOR;
  const priorColumns = opts.prior?.columns ?? NO_PRIOR;
  const model = opts.trace ? new SchemaModel(opts.trace.before) : (opts.model ?? new SchemaModel(opts.before));
  const beforeAll = model.snapshot();
  const created = new Map<string, number>();
  const createdColumns = new Map<string, number>();
  const createdTypes = new Map<string, number>();
  const renamedTypes = new Map<string, string>();
  const traces = new Map<number, StatementTrace>();
  for (const t of opts.trace?.statements ?? []) traces.set(t.index, t);
  const statements: StatementContext[] = [];
  let snapshot = model.snapshot();
  for (const stmt of opts.parsed.statements) {
    const tables = new CreatedBefore(created, stmt.index, priorTables);
    statements.push({
      stmt,
      before: snapshot,
      trace: traces.get(stmt.index),
      created: tables,
      createdColumns: new ColumnCreatedBefore(new CreatedBefore(createdColumns, stmt.index, priorColumns), tables),
      createdTypes: new CreatedBefore(createdTypes, stmt.index),
    });
    if (!stmt.node) continue;
    // From the parsed statements, not the replay: a statement that failed to replay does not make its objects old.
    trackCreations(stmt, created, createdTypes, renamedTypes, priorTables);
    trackColumns(stmt, created, createdColumns, priorTables, priorColumns);
    if (changesSchema(stmt.kind)) {
      applyStatement(model, stmt);
      snapshot = model.snapshot();
    }
  }
  const replayedOk = opts.trace?.ok === true;
  return {
    name: opts.name,
    file: opts.file,
    parsed: opts.parsed,
    statements,
    before: opts.trace?.before ?? beforeAll,
    after: replayedOk ? opts.trace!.after : snapshot,
    trace: opts.trace,
    renamedTypes,
    creations: { tables: new Set([...priorTables, ...created.keys()]), columns: new Set([...priorColumns, ...createdColumns.keys()]) },
    deployLockTimeout: opts.deployLockTimeout && !/^0+(ms|s|min|h|d)?$/.test(opts.deployLockTimeout) ? opts.deployLockTimeout : undefined,
  };
}

/** Columns added by ALTER TABLE ... ADD COLUMN, and renames of new columns (they stay new under their new name). */
function trackColumns(stmt: ParsedStatement, created: Map<string, number>, columns: Map<string, number>, priorTables: ReadonlySet<string>, priorColumns: ReadonlySet<string>): void {
  const n = stmt.node;
  const isNew = (key: string) => columns.has(key) || priorColumns.has(key);
  if (stmt.kind === 'AlterTableStmt' && (!n.objtype || n.objtype === 'OBJECT_TABLE')) {
    const r = rangeVar(n.relation);
    if (!r) return;
    for (const c of n.cmds ?? []) {
      const cmd = c.AlterTableCmd;
      if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef?.colname) {
        const k = columnKey(r.key, cmd.def.ColumnDef.colname);
        if (!columns.has(k)) columns.set(k, stmt.index);
      }
    }
  } else if (stmt.kind === 'RenameStmt' && n.renameType === 'OBJECT_COLUMN') {
    const r = rangeVar(n.relation);
    if (r && n.subname && n.newname && isNew(columnKey(r.key, n.subname))) columns.set(columnKey(r.key, n.newname), stmt.index);
  } else if (stmt.kind === 'RenameStmt' && n.renameType === 'OBJECT_TABLE') {
    // Columns added to a table that is then renamed stay new under the new table name.
    const r = rangeVar(n.relation);
    if (!r || created.has(r.key) || priorTables.has(r.key)) return;
    const to = relationKey(r.schema, n.newname);
    for (const k of [...columns.keys(), ...priorColumns]) if (k.startsWith(`${r.key}\u0000`)) columns.set(columnKey(to, k.slice(r.key.length + 1)), stmt.index);
  }
}

const SCHEMA_CHANGING = new Set(['CreateStmt', 'CreateTableAsStmt', 'AlterTableStmt', 'IndexStmt', 'DropStmt', 'RenameStmt', 'CreateEnumStmt', 'AlterEnumStmt']);

function changesSchema(kind: string | undefined): boolean {
  return kind !== undefined && SCHEMA_CHANGING.has(kind);
}

function trackCreations(stmt: ParsedStatement, created: Map<string, number>, createdTypes: Map<string, number>, renamedTypes: Map<string, string>, priorTables: ReadonlySet<string> = NO_PRIOR): void {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'CreateStmt': {
      const r = rangeVar(n.relation);
      if (r && !created.has(r.key)) created.set(r.key, stmt.index);
      break;
    }
    case 'CreateTableAsStmt': {
      const r = rangeVar(n.into?.rel);
      if (r && !created.has(r.key)) created.set(r.key, stmt.index);
      break;
    }
    case 'CreateEnumStmt': {
      const r = qualifiedName(n.typeName);
      if (r && !createdTypes.has(r.key)) createdTypes.set(r.key, stmt.index);
      break;
    }
    case 'RenameStmt': {
      if (n.renameType === 'OBJECT_TABLE') {
        const r = rangeVar(n.relation);
        if (r && (created.has(r.key) || priorTables.has(r.key))) created.set(relationKey(r.schema, n.newname), stmt.index);
      } else if (n.renameType === 'OBJECT_TYPE') {
        const r = qualifiedName(n.object);
        if (!r) break;
        const to = relationKey(r.schema, n.newname);
        if (createdTypes.has(r.key)) createdTypes.set(to, stmt.index);
        else renamedTypes.set(to, renamedTypes.get(r.key) ?? r.key);
      }
      break;
    }
    default:
      break;
  }
}

/** The statement ran in the replay without error (its effects were seen, not predicted). */
export function replayed(sc: StatementContext): boolean {
  return !!sc.trace && sc.trace.traced && !sc.trace.error && !sc.trace.unsupported;
}

/** The replay saw this statement lock the table. */
export function observedLock(sc: StatementContext, key: string, mode?: RegExp): boolean {
  if (!replayed(sc)) return false;
  return sc.trace!.locks.some((l) => normalizeTableRef(l.table) === key && (!mode || mode.test(l.mode)));
}

/** The replay saw this statement rewrite the table (its relfilenode changed). */
export function observedRewrite(sc: StatementContext, key: string): boolean {
  return replayed(sc) && sc.trace!.rewritten.some((t) => normalizeTableRef(t) === key);
}

/** A table that existed before this pull request (tables it creates, in this migration or an earlier one of the PR, are exempt: empty and unused). */
export function preExisting(sc: StatementContext, key: string): boolean {
  return !sc.created.has(key);
}

/** A column that existed before this pull request (one added or created by it is empty and unread). */
export function preExistingColumn(sc: StatementContext, tableKey: string, column: string): boolean {
  return !sc.createdColumns.has(columnKey(tableKey, column));
}
