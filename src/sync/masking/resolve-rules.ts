import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_MASKING } from '../../config/defaults.js';
import type { MaskStrategy } from '../../config/types.js';
import { qualifiedName, type Catalog, type CatalogTable } from '../catalog.js';
import { findTables, type MaskingRules } from './plan.js';
import type { PrismaModel } from './prisma-models.js';
import { needsId } from './strategy.js';

/** Tables of tools, not of users: never matched by the default rules. */
const BOOKKEEPING = new Set(['_prisma_migrations']);

/** `provider_id`, `providerId` and `ProviderID` are one name. */
function norm(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** True when the rules in force are the guide's defaults (no `sync.masking` in the config, or a copy of it). */
export function isDefaultMasking(rules: MaskingRules): boolean {
  return isDeepStrictEqual(rules, DEFAULT_MASKING);
}

/** The guide's columns, from the defaults: email, name, providerId, refreshToken, clientSecret. */
function guideColumns(): { field: string; strategy: MaskStrategy }[] {
  return Object.values(DEFAULT_MASKING).flatMap((cols) => Object.entries(cols).map(([field, strategy]) => ({ field, strategy })));
}

function modelOf(t: CatalogTable, models: readonly PrismaModel[]): PrismaModel | undefined {
  return models.find((m) => m.table === t.name && (m.schema === undefined || m.schema === t.schema));
}

/**
 * The guide's defaults made to fit a real schema: every table's columns whose database name, or
 * whose Prisma field name (schema.prisma's `@map`/`@@map`, when the repository is checked out),
 * is one of the guide's (`email`, `name`, `providerId`, `refreshToken`, `clientSecret`, in any
 * case or with underscores) get the guide's strategy. A strategy that builds on the row id falls
 * back to random-hash where the table has no single-column primary key; a column that is not text
 * is left to the PII guard, which names it.
 */
export function resolveDefaultRules(cat: Catalog, models: readonly PrismaModel[]): MaskingRules {
  const defaults = guideColumns();
  const rules: MaskingRules = {};
  for (const t of cat.tables) {
    if (t.isPartition || BOOKKEEPING.has(t.name)) continue;
    const model = modelOf(t, models);
    for (const c of t.columns) {
      if (c.generated || c.identity || c.category !== 'S') continue;
      const names = [c.name, ...(model?.fields.filter((f) => f.column === c.name).map((f) => f.name) ?? [])];
      const d = defaults.find((x) => names.some((n) => norm(n) === norm(x.field)));
      if (!d) continue;
      const strategy: MaskStrategy = needsId(d.strategy) && t.primaryKey.length !== 1 ? { kind: 'random-hash' } : d.strategy;
      (rules[qualifiedName(t)] ??= {})[c.name] = strategy;
    }
  }
  return rules;
}

/**
 * Config rules may name a table and its columns, or a Prisma model and its fields: a key that is
 * no table but a model becomes the model's table (`@@map`, `@@schema`), a column name that is no
 * column but a field of the table's model becomes the field's column (`@map`). Anything else is
 * passed on unchanged, for resolveMaskingPlan to report.
 */
export function resolveConfigRules(cat: Catalog, rules: MaskingRules, models: readonly PrismaModel[]): MaskingRules {
  const out: MaskingRules = {};
  for (const [key, cols] of Object.entries(rules)) {
    let tableKey = key;
    let tables = findTables(cat, key);
    let model: PrismaModel | undefined;
    if (!tables.length) {
      model = models.find((m) => m.name === key);
      if (model) {
        tableKey = model.schema ? `${model.schema}.${model.table}` : model.table;
        tables = findTables(cat, tableKey);
        if (!tables.length) tableKey = key;
      }
    }
    if (tables.length === 1) model ??= modelOf(tables[0]!, models);
    const table = tables.length === 1 ? tables[0] : undefined;
    const mapped: Record<string, MaskStrategy> = {};
    for (const [col, strategy] of Object.entries(cols)) {
      const isColumn = table?.columns.some((c) => c.name === col);
      const field = !isColumn ? model?.fields.find((f) => f.name === col) : undefined;
      mapped[field ? field.column : col] = strategy;
    }
    out[tableKey] = { ...(out[tableKey] ?? {}), ...mapped };
  }
  return out;
}

/** The rules in force on this source database: the guide's defaults fitted to it, or the config's rules resolved. */
export function resolveRules(cat: Catalog, rules: MaskingRules, models: readonly PrismaModel[]): { rules: MaskingRules; defaults: boolean } {
  if (isDefaultMasking(rules)) return { rules: resolveDefaultRules(cat, models), defaults: true };
  return { rules: resolveConfigRules(cat, rules, models), defaults: false };
}
