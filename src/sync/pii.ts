import { stringify } from 'yaml';
import type { MaskStrategy } from '../config/types.js';
import { qualifiedName, type Catalog, type CatalogColumn, type CatalogTable } from './catalog.js';
import { findTables, type MaskingRules } from './masking/plan.js';
import { strategyText } from './masking/strategy.js';

/**
 * Column names that look personal or secret. Whole-word checks for short words (`name`, `ip`,
 * `ssn`) so `filename` or `zip` do not count; substrings for unambiguous ones.
 */
const SUBSTRINGS = ['email', 'e_mail', 'phone', 'mobile', 'address', 'token', 'secret', 'password', 'passwd', 'birth', 'username', 'firstname', 'lastname', 'fullname', 'surname', 'iban', 'credit_card', 'creditcard', 'apikey', 'api_key', 'privatekey', 'private_key'];
const WORDS = ['name', 'ip', 'ssn', 'dob', 'tel', 'salt', 'otp'];

/** `clientSecret` -> [client, secret]; `ip_address` -> [ip, address]. */
export function nameWords(column: string): string[] {
  return column
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function looksPersonal(column: string, extraPatterns: readonly string[] = []): boolean {
  const lower = column.toLowerCase();
  if (SUBSTRINGS.some((s) => lower.includes(s))) return true;
  const words = nameWords(column);
  if (words.some((w) => WORDS.includes(w))) return true;
  return extraPatterns.some((p) => new RegExp(p, 'i').test(column));
}

export interface PiiColumn {
  table: CatalogTable;
  column: CatalogColumn;
  suggestion: MaskStrategy;
}

/** A sensible first rule for a column, by its name and type; the user reviews it before pasting. */
export function suggestStrategy(table: CatalogTable, column: CatalogColumn): MaskStrategy {
  const hasId = table.primaryKey.length === 1;
  const lower = column.name.toLowerCase();
  if (column.category !== 'S') return column.notNull ? { kind: 'constant', value: defaultConstant(column) } : { kind: 'null' };
  if (lower.includes('email') && hasId) return { kind: 'email' };
  if (/name/.test(lower) && hasId) return { kind: 'name' };
  if (/(phone|mobile|tel)/.test(lower) && hasId) return { kind: 'prefix', value: '+1555' };
  if (/address/.test(lower) && !/ip/.test(lower)) return column.notNull ? { kind: 'constant', value: '1 Test Street' } : { kind: 'null' };
  return { kind: 'random-hash' };
}

function defaultConstant(c: CatalogColumn): string {
  if (/^date|^timestamp/.test(c.type)) return '2000-01-01';
  if (c.type === 'inet' || c.type === 'cidr') return '127.0.0.1';
  if (c.type === 'boolean') return 'false';
  if (c.category === 'N') return '0';
  return '0';
}

/** Tables of tools, not of users (`migration_name` is not a person's name). */
const BOOKKEEPING = new Set(['_prisma_migrations']);

/** Columns that look personal and have no masking rule (not even `keep`). */
export function findUnmaskedPii(cat: Catalog, rules: MaskingRules, extraPatterns: readonly string[]): PiiColumn[] {
  const covered = new Set<string>();
  for (const [key, cols] of Object.entries(rules)) {
    for (const t of findTables(cat, key)) for (const c of Object.keys(cols)) covered.add(`${qualifiedName(t)}\u0000${c}`);
  }
  const out: PiiColumn[] = [];
  // Partitions carry their parent's columns and rules; Prisma's bookkeeping holds no personal data.
  for (const t of cat.tables.filter((x) => !x.isPartition && !BOOKKEEPING.has(x.name))) {
    for (const c of t.columns) {
      if (c.generated || covered.has(`${qualifiedName(t)}\u0000${c.name}`)) continue;
      if (looksPersonal(c.name, extraPatterns)) out.push({ table: t, column: c, suggestion: suggestStrategy(t, c) });
    }
  }
  return out;
}

/**
 * A complete `sync.masking` block: the rules in force plus a suggestion for each uncovered column.
 * Complete because a `masking:` key in the config replaces the defaults rather than adding to them.
 */
export function maskingSnippet(cat: Catalog, rules: MaskingRules, missing: readonly PiiColumn[]): string {
  const masking: Record<string, Record<string, string>> = {};
  for (const [key, cols] of Object.entries(rules)) {
    masking[key] = Object.fromEntries(Object.entries(cols).map(([c, s]) => [c, strategyText(s)]));
  }
  for (const m of missing) {
    const bare = cat.tables.filter((t) => t.name === m.table.name).length === 1 && !Object.keys(rules).includes(qualifiedName(m.table));
    const key = Object.keys(rules).find((k) => findTables(cat, k).some((t) => t.oid === m.table.oid)) ?? (bare ? m.table.name : qualifiedName(m.table));
    masking[key] = { ...(masking[key] ?? {}), [m.column.name]: strategyText(m.suggestion) };
  }
  return stringify({ sync: { masking } });
}
