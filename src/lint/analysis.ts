import { calledFunctions, optionNames, qualifiedName, rangeVar, relationKey, walk, type RelationName } from './parser/ast.js';
import type { Ast } from './parser/wasm.js';
import type { StatementContext } from './context.js';
import { LOCK_MODES, type LockMode } from './replay/locks.js';

/** Readers shared by the rules: what a statement touches, and how hard it locks. */

export interface AlterCommand {
  rel: RelationName;
  cmd: Ast;
  subtype: string;
}

const NONE: never[] = [];
const alterCache = new WeakMap<StatementContext, AlterCommand[]>();

/** The sub-commands of an `ALTER TABLE` (not ALTER INDEX/VIEW/SEQUENCE). Computed once per statement: every rule asks. */
export function alterTableCommands(sc: StatementContext): AlterCommand[] {
  if (sc.stmt.kind !== 'AlterTableStmt') return NONE;
  const cached = alterCache.get(sc);
  if (cached) return cached;
  const n = sc.stmt.node;
  const rel = n.objtype && n.objtype !== 'OBJECT_TABLE' ? undefined : rangeVar(n.relation);
  const cmds: AlterCommand[] = rel ? (n.cmds ?? []).map((c: Ast) => c.AlterTableCmd).filter(Boolean).map((cmd: Ast) => ({ rel, cmd, subtype: String(cmd.subtype) })) : NONE;
  alterCache.set(sc, cmds);
  return cmds;
}

export interface AddedConstraint {
  rel: RelationName;
  con: Ast;
  column?: string;
  viaAddColumn: boolean;
}
const addedCache = new WeakMap<StatementContext, AddedConstraint[]>();

/** Constraints an ALTER TABLE adds: `ADD CONSTRAINT` and those inline in `ADD COLUMN`. */
export function addedConstraints(sc: StatementContext): AddedConstraint[] {
  if (sc.stmt.kind !== 'AlterTableStmt') return NONE;
  const cached = addedCache.get(sc);
  if (cached) return cached;
  const out: AddedConstraint[] = [];
  for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
    if (subtype === 'AT_AddConstraint' && cmd.def?.Constraint) out.push({ rel, con: cmd.def.Constraint, viaAddColumn: false });
    if (subtype === 'AT_AddColumn') {
      for (const c of cmd.def?.ColumnDef?.constraints ?? []) if (c.Constraint) out.push({ rel, con: c.Constraint, column: cmd.def.ColumnDef.colname, viaAddColumn: true });
    }
  }
  addedCache.set(sc, out);
  return out;
}

// One list of lock modes for replay and rules alike.
export { LOCK_MODES, type LockMode };

/** `ACCESS EXCLUSIVE`, `AccessExclusive`, `AccessExclusiveLock` -> AccessExclusiveLock. */
export function normalizeLockMode(mode: string): LockMode | undefined {
  const compact = mode.replace(/[\s_]/g, '').toLowerCase().replace(/lock$/, '');
  return LOCK_MODES.find((m) => m.toLowerCase().replace(/lock$/, '') === compact);
}

const WEAKER_ALTER: Record<string, LockMode> = {
  AT_ValidateConstraint: 'ShareUpdateExclusiveLock',
  AT_SetStatistics: 'ShareUpdateExclusiveLock',
  AT_ClusterOn: 'ShareUpdateExclusiveLock',
  AT_DropCluster: 'ShareUpdateExclusiveLock',
  AT_SetRelOptions: 'ShareUpdateExclusiveLock',
  AT_ResetRelOptions: 'ShareUpdateExclusiveLock',
  AT_AttachPartition: 'ShareUpdateExclusiveLock',
  AT_EnableTrig: 'ShareRowExclusiveLock',
  AT_DisableTrig: 'ShareRowExclusiveLock',
  AT_EnableTrigAll: 'ShareRowExclusiveLock',
  AT_DisableTrigAll: 'ShareRowExclusiveLock',
  AT_EnableTrigUser: 'ShareRowExclusiveLock',
  AT_DisableTrigUser: 'ShareRowExclusiveLock',
};

export interface PredictedLock {
  key: string;
  display: string;
  mode: LockMode;
}

function stronger(a: LockMode, b: LockMode): LockMode {
  return LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b;
}

/** The table locks a statement takes, predicted from its kind (PostgreSQL 15 documentation, "Table-Level Locks"). */
export function predictedLocks(sc: StatementContext): PredictedLock[] {
  const n = sc.stmt.node;
  if (!n) return [];
  const out = new Map<string, PredictedLock>();
  const add = (rel: RelationName | undefined, mode: LockMode) => {
    if (!rel) return;
    const prev = out.get(rel.key);
    out.set(rel.key, { key: rel.key, display: rel.display, mode: prev ? stronger(prev.mode, mode) : mode });
  };
  switch (sc.stmt.kind) {
    case 'AlterTableStmt': {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        const con = subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
        if (con?.contype === 'CONSTR_FOREIGN') {
          add(rel, 'ShareRowExclusiveLock');
          add(rangeVar(con.pktable), 'ShareRowExclusiveLock');
        } else add(rel, WEAKER_ALTER[subtype] ?? 'AccessExclusiveLock');
        if (subtype === 'AT_AddColumn') {
          for (const c of cmd.def?.ColumnDef?.constraints ?? []) if (c.Constraint?.contype === 'CONSTR_FOREIGN') add(rangeVar(c.Constraint.pktable), 'ShareRowExclusiveLock');
        }
      }
      break;
    }
    case 'IndexStmt':
      add(rangeVar(n.relation), n.concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
      break;
    case 'DropStmt':
      if (n.removeType === 'OBJECT_TABLE') for (const o of n.objects ?? []) add(qualifiedName(o), 'AccessExclusiveLock');
      if (n.removeType === 'OBJECT_INDEX') {
        for (const o of n.objects ?? []) {
          const idx = qualifiedName(o);
          const t = idx ? sc.before.tableOfIndex(idx.schema, idx.name) : undefined;
          if (t) add({ schema: t.schema, name: t.name, key: relationKey(t.schema, t.name), display: t.name, qualified: false }, n.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock');
        }
      }
      break;
    case 'TruncateStmt':
      for (const r of n.relations ?? []) add(rangeVar(r), 'AccessExclusiveLock');
      break;
    case 'RenameStmt':
      if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_COLUMN' || n.renameType === 'OBJECT_TABCONSTRAINT') add(rangeVar(n.relation), 'AccessExclusiveLock');
      break;
    case 'VacuumStmt':
      if (optionNames(n.options).includes('full') || !n.is_vacuumcmd) for (const r of n.rels ?? []) add(rangeVar(r.VacuumRelation?.relation), 'AccessExclusiveLock');
      break;
    case 'ClusterStmt':
      add(rangeVar(n.relation), 'AccessExclusiveLock');
      break;
    case 'ReindexStmt':
      if (n.kind === 'REINDEX_OBJECT_TABLE' && !optionNames(n.params).includes('concurrently')) add(rangeVar(n.relation), 'ShareLock');
      break;
    case 'LockStmt': {
      const mode = LOCK_MODES[Math.max(0, Math.min(7, Number(n.mode ?? 8) - 1))]!;
      for (const r of n.relations ?? []) add(rangeVar(r), mode);
      break;
    }
    case 'CreateTrigStmt':
      add(rangeVar(n.relation), 'ShareRowExclusiveLock');
      break;
    case 'CreateStmt':
      // A new table's foreign keys lock the tables they reference.
      for (const el of n.tableElts ?? []) {
        if (el.Constraint?.contype === 'CONSTR_FOREIGN') add(rangeVar(el.Constraint.pktable), 'ShareRowExclusiveLock');
        for (const c of el.ColumnDef?.constraints ?? []) if (c.Constraint?.contype === 'CONSTR_FOREIGN') add(rangeVar(c.Constraint.pktable), 'ShareRowExclusiveLock');
      }
      break;
    default:
      break;
  }
  return [...out.values()];
}

/**
 * Functions that are not volatile and show up in column defaults. A default that calls anything
 * else (random(), gen_random_uuid(), clock_timestamp(), a user function...) is treated as volatile:
 * PostgreSQL must then rewrite the table to store a value per row.
 */
const NON_VOLATILE = new Set([
  'now', 'transaction_timestamp', 'statement_timestamp', 'current_timestamp', 'localtimestamp', 'current_date', 'current_time',
  'lower', 'upper', 'btrim', 'trim', 'ltrim', 'rtrim', 'length', 'concat', 'coalesce', 'nullif', 'greatest', 'least', 'abs', 'round',
  'to_jsonb', 'to_json', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array', 'array', 'make_interval',
  'to_timestamp', 'to_date', 'date_trunc', 'current_user', 'current_setting', 'current_schema', 'session_user', 'md5', 'encode', 'decode',
  'timezone', 'make_date', 'make_timestamp', 'make_timestamptz', 'int4', 'int8', 'text', 'numeric', 'uuid_nil',
]);

/** Volatile function calls in an expression (the ones that force a rewrite when used as a default). */
export function volatileCalls(expr: Ast): string[] {
  const out = calledFunctions(expr).filter((f) => !NON_VOLATILE.has(f));
  // nextval() in a default is volatile too, but SERIAL is handled by its own rule.
  return [...new Set(out)];
}

/** `SET [LOCAL] lock_timeout = <non-zero>`. */
export function setsLockTimeout(sc: StatementContext): boolean {
  const n = sc.stmt.node;
  if (sc.stmt.kind !== 'VariableSetStmt' || String(n.name).toLowerCase() !== 'lock_timeout' || n.kind !== 'VAR_SET_VALUE') return false;
  const arg = n.args?.[0]?.A_Const;
  const v = arg?.sval?.sval ?? (arg?.ival !== undefined ? String(arg.ival.ival ?? 0) : undefined);
  return v !== undefined && !/^\s*0\s*(ms|s|min)?\s*$/i.test(v);
}

/** Whether a whole subtree mentions a node type (e.g. a sub-select). */
export function contains(node: Ast, type: string): boolean {
  let found = false;
  walk(node, (k) => {
    if (k === type) found = true;
    return !found;
  });
  return found;
}

/** `"name"` as PostgreSQL would need it quoted in a suggested fix. */
export function q(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** A relation for a fix: schema-qualified only when the SQL qualified it. */
export function qr(rel: RelationName): string {
  return rel.qualified ? `${q(rel.schema)}.${q(rel.name)}` : q(rel.name);
}
