import type { Config, MaskStrategy } from '../../config/types.js';
import { qualifiedName, type Catalog, type CatalogColumn, type CatalogTable } from '../catalog.js';
import { needsId, needsText, strategyText } from './strategy.js';

export type MaskingRules = Config['sync']['masking'];

export interface ColumnMask {
  column: CatalogColumn;
  strategy: MaskStrategy;
}

export interface TableMask {
  table: CatalogTable;
  /** The key the rule was written under in the config (`User` or `public.User`). */
  ruleKey: string;
  columns: ColumnMask[];
  /** Single-column primary key, for `<id>`. */
  idColumn: string | undefined;
}

export interface MaskingPlan {
  tables: TableMask[];
  /** Every reason the rules cannot run on this database; empty when they can. */
  problems: string[];
}

/** Tables a rule key names: `schema.table` or a bare table name in any schema. */
export function findTables(cat: Catalog, key: string): CatalogTable[] {
  const exact = cat.tables.filter((t) => qualifiedName(t) === key);
  if (exact.length) return exact;
  return cat.tables.filter((t) => t.name === key);
}

function suggest(names: string[], wanted: string): string {
  const lower = wanted.toLowerCase();
  const close = names.filter((n) => n.toLowerCase() === lower || n.toLowerCase().endsWith(`.${lower}`));
  return close.length ? ` (did you mean ${close.map((n) => `"${n}"`).join(', ')}? names are case-sensitive)` : '';
}

/**
 * Check the masking rules against the source catalog before anything is copied: every table and
 * column exists, the type suits the strategy, `<id>` has a single-column primary key, and so on.
 * All problems are collected, so one run lists them all.
 */
export function resolveMaskingPlan(cat: Catalog, rules: MaskingRules, opts: { salt?: string } = {}): MaskingPlan {
  const problems: string[] = [];
  const tables: TableMask[] = [];
  const seen = new Set<string>();
  for (const [key, columns] of Object.entries(rules)) {
    const found = findTables(cat, key);
    if (!found.length) {
      problems.push(`masking rule for table "${key}": no such table in the source database${suggest(cat.tables.map(qualifiedName), key)}`);
      continue;
    }
    if (found.length > 1) {
      problems.push(`masking rule for table "${key}" is ambiguous: ${found.map(qualifiedName).join(', ')} (write it schema-qualified, e.g. "${qualifiedName(found[0]!)}")`);
      continue;
    }
    const table = found[0]!;
    const qn = qualifiedName(table);
    if (seen.has(qn)) {
      problems.push(`table ${qn} has masking rules under two keys; keep one`);
      continue;
    }
    seen.add(qn);
    const pk = table.primaryKey.length === 1 ? table.primaryKey[0] : undefined;
    const masks: ColumnMask[] = [];
    for (const [colName, strategy] of Object.entries(columns)) {
      const column = table.columns.find((c) => c.name === colName);
      const where = `masking rule ${key}.${colName} (${strategyText(strategy)})`;
      if (!column) {
        problems.push(`${where}: table ${qn} has no column "${colName}"${suggest(table.columns.map((c) => c.name), colName)}`);
        continue;
      }
      if (strategy.kind !== 'keep') {
        if (column.generated) problems.push(`${where}: ${colName} is a generated column; mask the columns it is computed from`);
        else if (column.identity) problems.push(`${where}: ${colName} is an identity column and cannot be masked`);
      }
      if (needsText(strategy) && column.category !== 'S') {
        problems.push(`${where}: column type ${column.type} is not text; use null, constant:<value> or keep for it`);
      }
      if (strategy.kind === 'null' && column.notNull) {
        problems.push(`${where}: ${colName} is NOT NULL; use constant:<value> instead`);
      }
      if (needsId(strategy) && !pk) {
        problems.push(
          `${where}: <id> needs a single-column primary key, and ${qn} has ${table.primaryKey.length ? `a ${table.primaryKey.length}-column one` : 'none'}; use random-hash, keyed-hash, constant:<value> or null`,
        );
      }
      if (strategy.kind === 'keyed-hash' && !opts.salt) {
        problems.push(`${where}: keyed-hash needs masking-salt (a secret, e.g. \${{ secrets.MASKING_SALT }})`);
      }
      masks.push({ column, strategy });
    }
    tables.push({ table, ruleKey: key, columns: masks, idColumn: pk });
  }
  return { tables, problems };
}

/** Tables with at least one column to rewrite (not only `keep`). */
export function tablesToMask(plan: MaskingPlan): TableMask[] {
  return plan.tables.filter((t) => t.columns.some((c) => c.strategy.kind !== 'keep'));
}

/**
 * `constant:<v>` must be a valid value of its column's type: try the CAST on the source (inside a
 * savepoint, so a bad value does not end the read-only snapshot transaction).
 */
export async function checkConstants(
  client: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  plan: MaskingPlan,
): Promise<string[]> {
  const problems: string[] = [];
  for (const t of plan.tables) {
    for (const m of t.columns) {
      if (m.strategy.kind !== 'constant') continue;
      await client.query('SAVEPOINT mg_constant_check');
      try {
        await client.query(`SELECT CAST($1::text AS ${m.column.type})`, [m.strategy.value]);
        await client.query('RELEASE SAVEPOINT mg_constant_check');
      } catch (err) {
        await client.query('ROLLBACK TO SAVEPOINT mg_constant_check');
        problems.push(`masking rule ${t.ruleKey}.${m.column.name} (constant:${m.strategy.value}): not a valid ${m.column.type}: ${(err as Error).message}`);
      }
    }
  }
  return problems;
}
