import { intConst } from '../parser/ast.js';
import type { Ast } from '../parser/wasm.js';

/**
 * Column types in the form PostgreSQL's format_type() prints them (`character varying(255)`,
 * `timestamp(3) without time zone`, `integer[]`), so types read from the SQL compare with the
 * types the replay reads from the catalog.
 */
export interface ColumnType {
  /** Canonical base name: `character varying`, `integer`, `timestamp without time zone`, or a user type (unquoted). */
  base: string;
  /** Type modifiers: length, precision[, scale]. */
  mods: number[];
  array: boolean;
  /** serial/bigserial/smallserial (integer types with a sequence default). */
  serial?: boolean;
}

const BUILTIN: Record<string, string> = {
  int2: 'smallint', smallint: 'smallint', int4: 'integer', int: 'integer', integer: 'integer', int8: 'bigint', bigint: 'bigint',
  float4: 'real', real: 'real', float8: 'double precision', 'double precision': 'double precision',
  bool: 'boolean', boolean: 'boolean', numeric: 'numeric', decimal: 'numeric',
  varchar: 'character varying', 'character varying': 'character varying', bpchar: 'character', char: 'character', character: 'character',
  text: 'text', uuid: 'uuid', json: 'json', jsonb: 'jsonb', bytea: 'bytea', date: 'date',
  timestamp: 'timestamp without time zone', 'timestamp without time zone': 'timestamp without time zone',
  timestamptz: 'timestamp with time zone', 'timestamp with time zone': 'timestamp with time zone',
  time: 'time without time zone', 'time without time zone': 'time without time zone',
  timetz: 'time with time zone', 'time with time zone': 'time with time zone',
  interval: 'interval', bit: 'bit', varbit: 'bit varying', 'bit varying': 'bit varying',
  inet: 'inet', cidr: 'cidr', macaddr: 'macaddr', macaddr8: 'macaddr8', money: 'money', xml: 'xml', oid: 'oid',
  tsvector: 'tsvector', tsquery: 'tsquery', point: 'point', citext: 'citext', name: 'name',
};

const SERIAL: Record<string, string> = { serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint', smallserial: 'smallint', serial2: 'smallint' };

/** TypeName node -> ColumnType. */
export function typeFromAst(typeName: Ast): ColumnType {
  const tn = typeName?.TypeName ?? typeName;
  const names = tn?.names;
  const n = Array.isArray(names) ? names.length : 0;
  const last: string = (n && names[n - 1]?.String?.sval) || 'unknown';
  const schema: string | undefined = n > 1 ? names[n - 2]?.String?.sval : undefined;
  const array = Array.isArray(tn?.arrayBounds) && tn.arrayBounds.length > 0;
  const mods: number[] = [];
  if (Array.isArray(tn?.typmods)) {
    for (const m of tn.typmods) {
      const v = intConst(m);
      if (v !== undefined) mods.push(v);
    }
  }
  const builtinSchema = schema === undefined || schema === 'pg_catalog';
  if (builtinSchema && SERIAL[last]) return { base: SERIAL[last]!, mods: [], array, serial: true };
  // pg_catalog names and unqualified builtin names map to format_type spellings; `public.citext` too.
  const builtin = BUILTIN[last];
  if (builtin && (builtinSchema || last === 'citext')) {
    if (builtin === 'interval') return { base: builtin, mods: [], array }; // interval typmods encode fields, not sizes
    return { base: builtin, mods: builtin === 'character' && !mods.length && schema === 'pg_catalog' ? [1] : mods, array };
  }
  if (builtinSchema && SERIAL[last.toLowerCase()]) return { base: SERIAL[last.toLowerCase()]!, mods: [], array, serial: true };
  return { base: schema && schema !== 'public' ? `${schema}.${last}` : last, mods, array };
}

/** format_type() string -> ColumnType (for facts read from the catalog). */
export function parseTypeString(s: string): ColumnType {
  let t = s.trim();
  let array = false;
  while (t.endsWith('[]')) {
    array = true;
    t = t.slice(0, -2);
  }
  const time = /^(timestamp|time)(?:\((\d+)\))? (with|without) time zone$/.exec(t);
  if (time) return { base: `${time[1]} ${time[3]} time zone`, mods: time[2] ? [Number(time[2])] : [], array };
  const m = /^(.*?)(?:\((\d+)(?:,\s*(\d+))?\))?$/.exec(t)!;
  const rawBase = m[1]!.trim();
  const mods = [m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
  const unquoted = rawBase
    .split('.')
    .map((p) => p.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'))
    .filter((p, i, all) => !(i === 0 && all.length > 1 && p === 'public'))
    .join('.');
  const base = BUILTIN[unquoted] ?? unquoted;
  return { base, mods: base === 'interval' ? [] : mods, array };
}

function needsQuotes(id: string): boolean {
  return !/^[a-z_][a-z0-9_$]*$/.test(id);
}

/** ColumnType -> the string format_type() would print. */
const TZ = /^(timestamp|time) (with|without) time zone$/;

export function formatType(t: ColumnType): string {
  let s: string;
  const mods = t.mods.length ? `(${t.mods.join(',')})` : '';
  const tz = t.base.charCodeAt(0) === 116 /* t */ ? TZ.exec(t.base) : null;
  if (tz) s = `${tz[1]}${mods} ${tz[2]} time zone`;
  else if (BUILTIN[t.base] === t.base) s = `${t.base}${mods}`;
  else s = `${t.base.split('.').map((p) => (needsQuotes(p) ? `"${p.replace(/"/g, '""')}"` : p)).join('.')}${mods}`;
  return t.array ? `${s}[]` : s;
}

/** Two type strings (SQL-derived or catalog-derived) name the same type. */
export function sameType(a: string, b: string): boolean {
  const x = parseTypeString(a);
  const y = parseTypeString(b);
  return x.base === y.base && x.array === y.array && x.mods.join(',') === y.mods.join(',');
}

export type TypeChange = 'same' | 'binary-coercible' | 'narrowing' | 'rewrite' | 'unknown';

const INT_RANK: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };
const FLOAT_RANK: Record<string, number> = { real: 1, 'double precision': 2 };
const TEXTUAL = new Set(['text', 'character varying', 'citext']);

/**
 * What `ALTER COLUMN ... TYPE` does to existing rows, predicted from the two types:
 * binary-coercible changes are catalog-only; narrowing ones can lose or reject data; others rewrite.
 */
export function classifyTypeChange(from: ColumnType | undefined, to: ColumnType): TypeChange {
  if (!from) return 'unknown';
  if (from.array !== to.array) return 'rewrite';
  const [fb, tb] = [from.base, to.base];
  const [fm, tm] = [from.mods, to.mods];
  if (fb === tb && fm.join(',') === tm.join(',')) return 'same';
  if (fb === tb) {
    switch (fb) {
      case 'character varying':
      case 'bit varying':
        if (!tm.length) return 'binary-coercible';
        if (!fm.length) return 'narrowing';
        return tm[0]! >= fm[0]! ? 'binary-coercible' : 'narrowing';
      case 'character':
      case 'bit':
        return (tm[0] ?? 1) < (fm[0] ?? 1) ? 'narrowing' : 'rewrite';
      case 'numeric': {
        if (!tm.length) return 'binary-coercible';
        if (!fm.length) return 'narrowing';
        const [fp, fs = 0] = fm as [number, number?];
        const [tp, ts = 0] = tm as [number, number?];
        if (ts < fs || tp - ts < fp - fs) return 'narrowing';
        return ts === fs && tp >= fp ? 'binary-coercible' : 'rewrite';
      }
      case 'timestamp without time zone':
      case 'timestamp with time zone':
      case 'time without time zone':
      case 'time with time zone':
        if (!tm.length) return 'binary-coercible';
        if (!fm.length) return 'narrowing';
        return tm[0]! >= fm[0]! ? 'binary-coercible' : 'narrowing';
      default:
        return 'rewrite';
    }
  }
  // text <-> unbounded varchar, varchar(n) -> text, text -> citext: same bytes, new label.
  if (TEXTUAL.has(fb) && TEXTUAL.has(tb)) {
    if (tb === 'character varying' && tm.length) return 'narrowing';
    return 'binary-coercible';
  }
  if (fb === 'cidr' && tb === 'inet') return 'binary-coercible';
  if (INT_RANK[fb] && INT_RANK[tb]) return INT_RANK[tb]! < INT_RANK[fb]! ? 'narrowing' : 'rewrite';
  if (FLOAT_RANK[fb] && FLOAT_RANK[tb]) return FLOAT_RANK[tb]! < FLOAT_RANK[fb]! ? 'narrowing' : 'rewrite';
  // Fractional or wide values into smaller kinds: numbers into integers, text into fixed width.
  if ((fb === 'numeric' || FLOAT_RANK[fb]) && INT_RANK[tb]) return 'narrowing';
  if (fb === 'numeric' && FLOAT_RANK[tb]) return 'narrowing';
  if (TEXTUAL.has(fb) && tb === 'character') return 'narrowing';
  if (fb.startsWith('timestamp') && tb === 'date') return 'narrowing';
  return 'rewrite';
}
