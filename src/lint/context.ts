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
  /** Tables created earlier in this migration (keys), renames followed. */
  created: Membership;
  /** Enum types created earlier in this migration (keys). */
  createdTypes: Membership;
}

export interface Membership {
  has(key: string): boolean;
}

/** "Created before statement i": one map of key -> creating statement, shared by every statement. */
class CreatedBefore implements Membership {
  constructor(
    private readonly at: Map<string, number>,
    private readonly index: number,
  ) {}

  has(key: string): boolean {
    const i = this.at.get(key);
    return i !== undefined && i < this.index;
  }
}

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
}): MigrationContext {
  const model = opts.trace ? new SchemaModel(opts.trace.before) : (opts.model ?? new SchemaModel(opts.before));
  const beforeAll = model.snapshot();
  const created = new Map<string, number>();
  const createdTypes = new Map<string, number>();
  const renamedTypes = new Map<string, string>();
  const traces = new Map<number, StatementTrace>();
  for (const t of opts.trace?.statements ?? []) traces.set(t.index, t);
  const statements: StatementContext[] = [];
  let snapshot = model.snapshot();
  for (const stmt of opts.parsed.statements) {
    statements.push({ stmt, before: snapshot, trace: traces.get(stmt.index), created: new CreatedBefore(created, stmt.index), createdTypes: new CreatedBefore(createdTypes, stmt.index) });
    if (!stmt.node) continue;
    trackCreations(stmt, created, createdTypes, renamedTypes);
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
  };
}

const SCHEMA_CHANGING = new Set(['CreateStmt', 'CreateTableAsStmt', 'AlterTableStmt', 'IndexStmt', 'DropStmt', 'RenameStmt', 'CreateEnumStmt', 'AlterEnumStmt']);

function changesSchema(kind: string | undefined): boolean {
  return kind !== undefined && SCHEMA_CHANGING.has(kind);
}

function trackCreations(stmt: ParsedStatement, created: Map<string, number>, createdTypes: Map<string, number>, renamedTypes: Map<string, string>): void {
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
        if (r && created.has(r.key)) created.set(relationKey(r.schema, n.newname), stmt.index);
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

/** A table that existed before this migration (tables it creates are exempt from lock rules). */
export function preExisting(sc: StatementContext, key: string): boolean {
  return !sc.created.has(key);
}
