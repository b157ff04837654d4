import type { SchemaFacts } from './replay/types.js';
import { q } from './analysis.js';

/** Small builders for `fix` texts: every fix names the statement's own objects, quoted for PostgreSQL. */

/** A SQL string literal. */
export function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** `schema.table` key -> `"Table"` (schema-qualified when not public). */
export function qk(key: string): string {
  const dot = key.indexOf('.');
  const [schema, name] = [key.slice(0, dot), key.slice(dot + 1)];
  return schema === 'public' ? q(name) : `${q(schema)}.${q(name)}`;
}

/** Columns whose type is the given type (format_type() spelling: `"Role"`, `Role[]`, `auth."Role"`). */
export function columnsOfType(facts: Pick<SchemaFacts, 'tables'>, typeKey: string): { tableKey: string; column: string }[] {
  const dot = typeKey.indexOf('.');
  const [schema, name] = [typeKey.slice(0, dot), typeKey.slice(dot + 1)];
  const out: { tableKey: string; column: string }[] = [];
  for (const [key, t] of facts.tables) {
    for (const c of t.columns) {
      const parts = c.type.replace(/(\[\])+$/, '').match(/"(?:[^"]|"")*"|[^."]+/g)?.map((p) => p.replace(/^"|"$/g, '').replace(/""/g, '"')) ?? [];
      const sch = parts.length > 1 ? parts.at(-2) : undefined;
      if (parts.at(-1) === name && (sch === undefined || sch === schema)) out.push({ tableKey: key, column: c.name });
    }
  }
  return out;
}
