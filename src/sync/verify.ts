import type pg from 'pg';
import { quoteIdent } from '../postgres/quote.js';
import { exactCounts, qualifiedName, quotedName, type Catalog, type CatalogTable } from './catalog.js';
import { verifyMode } from './masking/strategy.js';
import type { TableMask } from './masking/plan.js';
import type { MaskedTable } from './masking/apply.js';

export interface UnmaskedCheck {
  table: string;
  column: string;
  strategy: string;
  /** Rows whose value still equals its production value, or breaks the constant/null rule. */
  remaining: number;
}

/**
 * Proof of masking, in the database, every row: for value-changing strategies the masking
 * statement itself compares each row's new value with its original (the production value, in the
 * copy) and counts the rows where they are equal (masking/expression.ts checkedExpression), so no
 * production data leaves the staging server and nothing crosses servers. `constant:` and `null`
 * columns are then scanned: every non-null value must be the constant, no value may remain.
 */
export async function checkMasked(client: pg.Client, tables: readonly TableMask[], masked: readonly MaskedTable[]): Promise<UnmaskedCheck[]> {
  const out: UnmaskedCheck[] = [];
  const byTable = new Map(masked.map((m) => [m.table, m]));
  for (const t of tables) {
    const name = qualifiedName(t.table);
    const only = t.table.kind === 'r' ? 'ONLY ' : '';
    for (const m of t.columns) {
      const mode = verifyMode(m.strategy);
      if (mode === 'none') continue;
      const col = quoteIdent(m.column.name);
      let remaining: number;
      if (mode === 'distinct') remaining = byTable.get(name)?.unchanged.get(m.column.name) ?? 0;
      else if (m.strategy.kind === 'constant') {
        const r = await client.query<{ n: string }>(
          `SELECT count(*)::int8 AS n FROM ${only}${quotedName(t.table)} WHERE ${col} IS NOT NULL AND ${col} IS DISTINCT FROM CAST($1::text AS ${m.column.type})`,
          [m.strategy.value],
        );
        remaining = Number(r.rows[0]!.n);
      } else {
        const r = await client.query<{ n: string }>(`SELECT count(*)::int8 AS n FROM ${only}${quotedName(t.table)} WHERE ${col} IS NOT NULL`);
        remaining = Number(r.rows[0]!.n);
      }
      out.push({ table: name, column: m.column.name, strategy: m.strategy.kind, remaining });
    }
  }
  return out;
}

export interface CountCheck {
  table: string;
  sourceRows: number;
  targetRows: number;
}

export async function compareCounts(client: pg.Client, tables: readonly CatalogTable[], sourceCounts: Map<string, number>): Promise<CountCheck[]> {
  const target = await exactCounts(client, tables);
  return tables.map((t) => ({ table: qualifiedName(t), sourceRows: sourceCounts.get(qualifiedName(t)) ?? -1, targetRows: target.get(qualifiedName(t)) ?? -1 }));
}

/**
 * Every primary-key, unique, foreign-key, check and exclusion constraint of the source exists in
 * the copy and is validated (PostgreSQL enforced it while pg_restore built it, on masked data);
 * every index is valid.
 */
export function checkConstraints(source: Catalog, target: Catalog): string[] {
  const problems: string[] = [];
  const key = (c: { table: string; name: string }) => `${c.table}\u0000${c.name}`;
  const have = new Map(target.constraints.map((c) => [key(c), c]));
  for (const c of source.constraints) {
    const t = have.get(key(c));
    if (!t) problems.push(`constraint ${c.name} on ${c.table} is missing from the copy`);
    else if (c.validated && !t.validated) problems.push(`constraint ${c.name} on ${c.table} is not validated in the copy`);
  }
  const idx = new Set(target.indexes.map(key));
  for (const i of source.indexes) if (!idx.has(key(i))) problems.push(`index ${i.name} on ${i.table} is missing from the copy`);
  for (const i of target.indexes) if (!i.valid) problems.push(`index ${i.name} on ${i.table} is invalid in the copy`);
  return problems;
}
