import type { ColumnFact, ConstraintFact, IndexFact, TableFact } from '../replay/types.js';
import { DEFAULT_SCHEMA, qualifiedName, rangeVar, referencedColumns, relationKey, strings, type RelationName } from '../parser/ast.js';
import type { ParsedStatement } from '../parser/split.js';
import type { Ast } from '../parser/wasm.js';
import { formatType, parseTypeString, typeFromAst } from './column-type.js';
import { defaultName, edit, SchemaModel } from './model.js';

/**
 * Apply one statement's effect on the schema to the model (tables, columns, indexes, constraints,
 * enums). Statements that do not change the schema, or that we do not model, leave it as it is:
 * this is a static approximation, the replay's catalog is the ground truth when there is one.
 */
export function applyStatement(model: SchemaModel, stmt: ParsedStatement): void {
  const n = stmt.node;
  if (!n) return;
  switch (stmt.kind) {
    case 'CreateStmt':
      return createTable(model, n);
    case 'CreateTableAsStmt': {
      const rel = rangeVar(n.into?.rel);
      if (rel && n.objtype !== 'OBJECT_MATVIEW') model.tables.set(rel.key, { schema: rel.schema, name: rel.name, columns: [], indexes: [], constraints: [], relfilenode: 0 });
      return;
    }
    case 'AlterTableStmt':
      return alterTable(model, n);
    case 'IndexStmt':
      return createIndex(model, n);
    case 'DropStmt':
      return drop(model, n);
    case 'RenameStmt':
      return rename(model, n);
    case 'CreateEnumStmt': {
      const t = qualifiedName(n.typeName);
      if (t) model.enums.set(t.key, strings(n.vals));
      return;
    }
    case 'AlterEnumStmt': {
      const t = qualifiedName(n.typeName);
      const labels = t ? model.enums.get(t.key) : undefined;
      if (!t || !labels) return;
      if (n.oldVal !== undefined) model.enums.set(t.key, labels.map((l) => (l === n.oldVal ? n.newVal : l)));
      else if (typeof n.newVal === 'string' && !labels.includes(n.newVal)) {
        const at = n.newValNeighbor !== undefined ? labels.indexOf(n.newValNeighbor) : -1;
        const next = [...labels];
        if (at === -1) next.push(n.newVal);
        else next.splice(n.newValIsAfter ? at + 1 : at, 0, n.newVal);
        model.enums.set(t.key, next);
      }
      return;
    }
    default:
      return;
  }
}

function columnFromDef(def: Ast): ColumnFact {
  const type = typeFromAst(def.typeName);
  let notNull = false;
  let dflt: string | undefined = type.serial ? 'nextval(...)' : undefined;
  for (const c of def.constraints ?? []) {
    const k = c.Constraint?.contype;
    if (k === 'CONSTR_NOTNULL' || k === 'CONSTR_PRIMARY') notNull = true;
    if (k === 'CONSTR_DEFAULT') dflt = 'expression';
    if (k === 'CONSTR_IDENTITY') notNull = true;
  }
  if (type.serial) notNull = true;
  return { name: def.colname, type: formatType({ ...type, serial: undefined }), notNull, default: dflt };
}

function createTable(model: SchemaModel, n: Ast): void {
  const rel = rangeVar(n.relation);
  if (!rel) return;
  const columns: ColumnFact[] = [];
  const pending: { con: Ast; column?: string }[] = [];
  for (const el of n.tableElts ?? []) {
    if (el.ColumnDef) {
      columns.push(columnFromDef(el.ColumnDef));
      for (const c of el.ColumnDef.constraints ?? []) if (c.Constraint?.contype !== 'CONSTR_NOTNULL' && c.Constraint?.contype !== 'CONSTR_DEFAULT') pending.push({ con: c.Constraint, column: el.ColumnDef.colname });
    } else if (el.Constraint) pending.push({ con: el.Constraint });
  }
  model.tables.set(rel.key, { schema: rel.schema, name: rel.name, columns, indexes: [], constraints: [], relfilenode: 0 });
  for (const p of pending) addConstraint(model, rel, p.con, p.column);
}

/** Add a table or column constraint (and the index a primary key or unique constraint builds). */
export function addConstraint(model: SchemaModel, rel: RelationName, con: Ast, column?: string): void {
  if (!con) return;
  const key = rel.key;
  const t = model.get(key) ?? model.ensure(rel.schema, rel.name);
  const cols = column ? [column] : strings(con.keys ?? con.fk_attrs ?? []);
  const validated = !con.skip_validation;
  switch (con.contype) {
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE': {
      const primary = con.contype === 'CONSTR_PRIMARY';
      let indexCols = cols;
      let name = con.conname ?? defaultName(t.name, cols, primary ? 'pkey' : 'key');
      if (con.indexname) {
        // ADD CONSTRAINT ... USING INDEX: the index becomes the constraint's (renamed to it).
        const idx = t.indexes.find((i) => i.name === con.indexname);
        indexCols = idx ? idx.columns.filter((c): c is string => c !== null) : [];
        name = con.conname ?? con.indexname;
        model.update(key, (x) => edit.dropIndex(x, con.indexname));
      }
      const index: IndexFact = { name, columns: indexCols, unique: true, primary, valid: true, partial: false };
      model.update(key, (x) => {
        let y = edit.addIndex(x, index);
        y = edit.addConstraint(y, { name, type: primary ? 'p' : 'u', columns: indexCols, validated: true, definition: `${primary ? 'PRIMARY KEY' : 'UNIQUE'} (${indexCols.join(', ')})` });
        if (primary) for (const c of indexCols) y = edit.column(y, c, (col) => ({ ...col, notNull: true }));
        return y;
      });
      return;
    }
    case 'CONSTR_FOREIGN': {
      const ref = rangeVar(con.pktable);
      let refColumns = strings(con.pk_attrs ?? []);
      if (ref && !refColumns.length) refColumns = model.get(ref.key)?.constraints.find((c) => c.type === 'p')?.columns ?? [];
      const fk: ConstraintFact = {
        name: con.conname ?? defaultName(t.name, cols, 'fkey'),
        type: 'f',
        columns: cols,
        validated,
        definition: `FOREIGN KEY (${cols.join(', ')}) REFERENCES ${ref?.display ?? '?'}(${refColumns.join(', ')})${validated ? '' : ' NOT VALID'}`,
        refTable: ref?.key,
        refColumns,
      };
      model.update(key, (x) => edit.addConstraint(x, fk));
      return;
    }
    case 'CONSTR_CHECK': {
      const nn = con.raw_expr?.NullTest;
      const refs = referencedColumns(con.raw_expr);
      const definition =
        nn && nn.nulltesttype === 'IS_NOT_NULL' && nn.arg?.ColumnRef && refs.length === 1 ? `CHECK ((${refs[0]} IS NOT NULL))` : `CHECK (${refs.join(', ')})`;
      const check: ConstraintFact = { name: con.conname ?? defaultName(t.name, column ? [column] : refs.slice(0, 1), 'check'), type: 'c', columns: column ? [column] : refs, validated, definition };
      model.update(key, (x) => edit.addConstraint(x, check));
      return;
    }
    case 'CONSTR_EXCLUSION': {
      const name = con.conname ?? defaultName(t.name, [], 'excl');
      model.update(key, (x) => edit.addConstraint(x, { name, type: 'x', columns: [], validated: true, definition: 'EXCLUDE' }));
      return;
    }
    case 'CONSTR_NOTNULL':
      if (column) model.update(key, (x) => edit.column(x, column, (c) => ({ ...c, notNull: true })));
      return;
    default:
      return;
  }
}

function alterTable(model: SchemaModel, n: Ast): void {
  const rel = rangeVar(n.relation);
  if (!rel || (n.objtype && n.objtype !== 'OBJECT_TABLE')) return;
  if (!model.get(rel.key)) model.ensure(rel.schema, rel.name);
  for (const item of n.cmds ?? []) {
    const cmd = item.AlterTableCmd;
    if (!cmd) continue;
    const key = rel.key;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def = cmd.def?.ColumnDef;
        if (!def) break;
        model.update(key, (t) => edit.addColumn(t, columnFromDef(def)));
        for (const c of def.constraints ?? []) addConstraint(model, rel, c.Constraint, def.colname);
        break;
      }
      case 'AT_DropColumn':
        model.update(key, (t) => edit.dropColumn(t, cmd.name));
        break;
      case 'AT_AlterColumnType': {
        const type = formatType({ ...typeFromAst(cmd.def?.ColumnDef?.typeName), serial: undefined });
        model.update(key, (t) => edit.column(t, cmd.name, (c) => ({ ...c, type })));
        break;
      }
      case 'AT_SetNotNull':
        model.update(key, (t) => edit.column(t, cmd.name, (c) => ({ ...c, notNull: true })));
        break;
      case 'AT_DropNotNull':
        model.update(key, (t) => edit.column(t, cmd.name, (c) => ({ ...c, notNull: false })));
        break;
      case 'AT_ColumnDefault':
        model.update(key, (t) => edit.column(t, cmd.name, (c) => ({ ...c, default: cmd.def ? 'expression' : undefined })));
        break;
      case 'AT_AddConstraint':
        addConstraint(model, rel, cmd.def?.Constraint);
        break;
      case 'AT_DropConstraint':
        model.update(key, (t) => edit.dropConstraint(t, cmd.name));
        break;
      case 'AT_ValidateConstraint':
        model.update(key, (t) => ({ ...t, constraints: t.constraints.map((c) => (c.name === cmd.name ? { ...c, validated: true } : c)) }));
        break;
      default:
        break;
    }
  }
}

function createIndex(model: SchemaModel, n: Ast): void {
  const rel = rangeVar(n.relation);
  if (!rel) return;
  const t = model.get(rel.key) ?? model.ensure(rel.schema, rel.name);
  const columns: (string | null)[] = (n.indexParams ?? []).map((p: Ast) => (typeof p.IndexElem?.name === 'string' ? p.IndexElem.name : null));
  const name = n.idxname ?? defaultName(t.name, columns.map((c) => c ?? 'expr'), 'idx');
  model.update(rel.key, (x) => edit.addIndex(x, { name, columns, unique: !!n.unique, primary: false, valid: true, partial: !!n.whereClause }));
}

function drop(model: SchemaModel, n: Ast): void {
  for (const obj of n.objects ?? []) {
    switch (n.removeType) {
      case 'OBJECT_TABLE': {
        const r = qualifiedName(obj);
        if (r) model.tables.delete(r.key);
        break;
      }
      case 'OBJECT_INDEX': {
        const r = qualifiedName(obj);
        const t = r ? model.tableOfIndex(r.schema, r.name) : undefined;
        if (r && t) model.update(relationKey(t.schema, t.name), (x) => edit.dropIndex(x, r.name));
        break;
      }
      case 'OBJECT_TYPE': {
        const r = qualifiedName(obj?.TypeName?.names ?? obj);
        if (r) model.enums.delete(r.key);
        break;
      }
      case 'OBJECT_SCHEMA': {
        const s = strings([obj])[0];
        if (!s) break;
        for (const [k, t] of [...model.tables]) if (t.schema === s) model.tables.delete(k);
        for (const k of [...model.enums.keys()]) if (k.startsWith(`${s}.`)) model.enums.delete(k);
        break;
      }
      default:
        break;
    }
  }
}

function rename(model: SchemaModel, n: Ast): void {
  switch (n.renameType) {
    case 'OBJECT_TABLE': {
      const r = rangeVar(n.relation);
      const t = r ? model.get(r.key) : undefined;
      if (!r || !t) return;
      model.tables.delete(r.key);
      model.tables.set(relationKey(r.schema, n.newname), { ...t, name: n.newname });
      // Foreign keys elsewhere follow the renamed table.
      for (const [k, other] of [...model.tables]) {
        if (other.constraints.some((c) => c.refTable === r.key)) {
          model.tables.set(k, { ...other, constraints: other.constraints.map((c) => (c.refTable === r.key ? { ...c, refTable: relationKey(r.schema, n.newname) } : c)) });
        }
      }
      return;
    }
    case 'OBJECT_COLUMN': {
      const r = rangeVar(n.relation);
      if (!r) return;
      const from: string = n.subname;
      const to: string = n.newname;
      const swap = (cols: string[]) => cols.map((c) => (c === from ? to : c));
      model.update(r.key, (t) => ({
        ...t,
        columns: t.columns.map((c) => (c.name === from ? { ...c, name: to } : c)),
        indexes: t.indexes.map((i) => ({ ...i, columns: i.columns.map((c) => (c === from ? to : c)) })),
        constraints: t.constraints.map((c) => ({ ...c, columns: swap(c.columns) })),
      }));
      for (const [k, other] of [...model.tables]) {
        if (other.constraints.some((c) => c.refTable === r.key && c.refColumns?.includes(from))) {
          model.tables.set(k, { ...other, constraints: other.constraints.map((c) => (c.refTable === r.key && c.refColumns ? { ...c, refColumns: swap(c.refColumns) } : c)) });
        }
      }
      return;
    }
    case 'OBJECT_INDEX': {
      const r = rangeVar(n.relation);
      const t = r ? model.tableOfIndex(r.schema, r.name) : undefined;
      if (!r || !t) return;
      model.update(relationKey(t.schema, t.name), (x) => ({
        ...x,
        indexes: x.indexes.map((i) => (i.name === r.name ? { ...i, name: n.newname } : i)),
        constraints: x.constraints.map((c) => (c.name === r.name && (c.type === 'p' || c.type === 'u') ? { ...c, name: n.newname } : c)),
      }));
      return;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const r = rangeVar(n.relation);
      if (r) model.update(r.key, (t) => ({ ...t, constraints: t.constraints.map((c) => (c.name === n.subname ? { ...c, name: n.newname } : c)) }));
      return;
    }
    case 'OBJECT_TYPE': {
      const r = qualifiedName(n.object);
      if (!r) return;
      const labels = model.enums.get(r.key);
      if (labels) {
        model.enums.delete(r.key);
        model.enums.set(relationKey(r.schema, n.newname), labels);
      }
      // Columns follow the type (by OID): they now have the renamed type.
      const from = r.schema === DEFAULT_SCHEMA ? r.name : `${r.schema}.${r.name}`;
      const to = r.schema === DEFAULT_SCHEMA ? n.newname : `${r.schema}.${n.newname}`;
      for (const [k, t] of [...model.tables]) {
        if (!t.columns.some((c) => parseTypeString(c.type).base === from)) continue;
        model.tables.set(k, {
          ...t,
          columns: t.columns.map((c) => {
            const ct = parseTypeString(c.type);
            return ct.base === from ? { ...c, type: formatType({ ...ct, base: to }) } : c;
          }),
        });
      }
      return;
    }
    default:
      return;
  }
}

export { DEFAULT_SCHEMA };
