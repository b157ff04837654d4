import type { Ast } from './wasm.js';

/** Small readers over libpg-query's JSON tree, so rules never poke at raw shapes. */

/** The schema unqualified names resolve to (Prisma's default search_path). */
export const DEFAULT_SCHEMA = 'public';

export interface RelationName {
  schema: string;
  name: string;
  /** `schema.name`, the SchemaFacts key. */
  key: string;
  /** How to show it: `"User"` or `auth."User"`-like, as written (schema only when given). */
  display: string;
  /** True when the SQL named the schema. */
  qualified: boolean;
}

export function relationKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

export function makeRelation(name: string, schema?: string): RelationName {
  const s = schema ?? DEFAULT_SCHEMA;
  return { schema: s, name, key: relationKey(s, name), display: schema ? `${schema}.${name}` : name, qualified: schema !== undefined };
}

/** A RangeVar node (or its fields) -> relation name. */
export function rangeVar(rv: Ast): RelationName | undefined {
  const v = rv?.RangeVar ?? rv;
  if (!v || typeof v.relname !== 'string') return undefined;
  return makeRelation(v.relname, typeof v.schemaname === 'string' ? v.schemaname : undefined);
}

/** `{ String: { sval } }` -> sval. */
export function sval(node: Ast): string | undefined {
  const s = node?.String?.sval ?? node?.sval;
  return typeof s === 'string' ? s : undefined;
}

/** A list of String nodes (or `{ List: { items } }`) -> strings. */
export function strings(list: Ast): string[] {
  const items: Ast[] | undefined = Array.isArray(list) ? list : list?.List?.items;
  const out: string[] = [];
  if (!items) return out;
  for (const it of items) {
    const s = it?.String?.sval ?? it?.sval;
    if (typeof s === 'string') out.push(s);
  }
  return out;
}

/** A possibly qualified object name given as a list of strings -> relation-like name. */
export function qualifiedName(list: Ast): RelationName | undefined {
  const parts = strings(list);
  if (!parts.length) return undefined;
  const name = parts[parts.length - 1]!;
  return makeRelation(name, parts.length > 1 ? parts[parts.length - 2] : undefined);
}

/** Integer value of an A_Const (`{ ival: {} }` is 0 in the JSON). */
export function intConst(node: Ast): number | undefined {
  const c = node?.A_Const ?? node;
  if (c?.ival !== undefined) return typeof c.ival.ival === 'number' ? c.ival.ival : 0;
  if (typeof c?.sval?.sval === 'string' && /^-?\d+$/.test(c.sval.sval)) return Number(c.sval.sval);
  return undefined;
}

/** String value of an A_Const, if it is one. */
export function stringConst(node: Ast): string | undefined {
  const c = node?.A_Const ?? node;
  if (typeof c?.sval?.sval === 'string') return c.sval.sval;
  if (c?.ival !== undefined) return String(typeof c.ival.ival === 'number' ? c.ival.ival : 0);
  if (typeof c?.fval?.fval === 'string') return c.fval.fval;
  return undefined;
}

/** DefElem list (statement options) -> names. */
export function optionNames(list: Ast): string[] {
  return (Array.isArray(list) ? list : []).map((d: Ast) => d?.DefElem?.defname).filter((s: unknown): s is string => typeof s === 'string');
}

/** Visit every object node in a tree (depth first). Returning false stops descending into that node. */
export function walk(node: Ast, visit: (key: string, value: Ast) => boolean | void): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (!v || typeof v !== 'object') continue;
    if (visit(k, v) === false) continue;
    walk(v, visit);
  }
}

/** Every function name called anywhere inside an expression (lower-case, unqualified). */
export function calledFunctions(expr: Ast): string[] {
  const out: string[] = [];
  walk(expr, (k, v) => {
    if (k === 'FuncCall') {
      const parts = strings(v.funcname);
      if (parts.length) out.push(parts[parts.length - 1]!.toLowerCase());
    }
  });
  return out;
}

/** Column names an expression references (`ColumnRef`, last field). */
export function referencedColumns(expr: Ast): string[] {
  const out: string[] = [];
  walk(expr, (k, v) => {
    if (k === 'ColumnRef') {
      const f = strings(v.fields);
      if (f.length) out.push(f[f.length - 1]!);
    }
  });
  return out;
}
