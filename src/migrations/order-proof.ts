import type { HistorySkip, SchemaFacts, TableFact } from '../lint/replay/types.js';

/** One migration to replay: its folder name and SQL. */
export interface OrderedMigration {
  name: string;
  sql: string;
}

export type OrderProof =
  | { kind: 'same'; engine: string }
  | { kind: 'different'; differences: string[] }
  | { kind: 'failed'; order: 'deployed' | 'sorted'; where: string; error: string }
  | { kind: 'unknown'; reason: string };

/**
 * Does the order matter? Replays (a) the base history then the PR's migrations, as every
 * deployed database runs them, and (b) all migrations in folder-name order, as `migrate reset`
 * and every new environment run them, in the embedded PostgreSQL; then compares the schemas.
 */
export async function proveOrder(opts: { base: OrderedMigration[]; added: OrderedMigration[]; cacheDir?: string; onProgress?: (line: string) => void }): Promise<OrderProof> {
  const deployed = [...opts.base, ...opts.added];
  const sorted = [...deployed].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let a: Replayed;
  let b: Replayed;
  try {
    a = await replay(deployed, opts.cacheDir, opts.onProgress);
    b = await replay(sorted, opts.cacheDir, opts.onProgress);
  } catch (err) {
    return { kind: 'unknown', reason: `the embedded PostgreSQL could not replay the history (${(err as Error).message.split('\n')[0]})` };
  }
  const key = (s: HistorySkip) => `${s.migration}\0${s.statement}`;
  const aKeys = new Set(a.skipped.map(key));
  const bKeys = new Set(b.skipped.map(key));
  const onlyA = a.skipped.filter((s) => !bKeys.has(key(s)));
  const onlyB = b.skipped.filter((s) => !aKeys.has(key(s)));
  const addedNames = new Set(opts.added.map((m) => m.name));
  // A statement that fails in one order only, or a new migration that fails at all: the order matters or the migration is broken.
  const failed = [
    ...onlyB.map((s) => ['sorted', s] as const),
    ...onlyA.map((s) => ['deployed', s] as const),
    ...a.skipped.filter((s) => addedNames.has(s.migration)).map((s) => ['deployed', s] as const),
  ].find(([, s]) => s.kind === 'error');
  if (failed) {
    const [order, s] = failed;
    return { kind: 'failed', order, where: `${s.migration}, statement ${s.statement + 1} (line ${s.line}): ${s.sql}`, error: s.reason };
  }
  const unsupported = [...onlyA, ...onlyB, ...a.skipped.filter((s) => addedNames.has(s.migration))][0];
  if (unsupported) {
    return { kind: 'unknown', reason: `${unsupported.migration} line ${unsupported.line} could not be replayed here (${unsupported.reason})` };
  }
  const differences = compareSchemas(a.facts, b.facts);
  if (differences.length) return { kind: 'different', differences };
  return { kind: 'same', engine: `PostgreSQL ${a.serverVersion}` };
}

interface Replayed {
  facts: SchemaFacts;
  skipped: HistorySkip[];
  serverVersion: string;
}

async function replay(history: OrderedMigration[], cacheDir: string | undefined, onProgress?: (line: string) => void): Promise<Replayed> {
  // Loaded on demand: most checks never replay.
  const { openReplayer } = await import('../lint/replay/index.js');
  const r = await openReplayer({ history, ...(cacheDir ? { cacheDir } : {}), ...(onProgress ? { onProgress } : {}) });
  try {
    return { facts: await r.facts(), skipped: [...r.skipped], serverVersion: r.serverVersion };
  } finally {
    await r.close().catch(() => undefined);
  }
}

/** What differs between two replayed schemas, one line per object (tables, columns, indexes, constraints, enums). */
export function compareSchemas(a: SchemaFacts, b: SchemaFacts): string[] {
  const out: string[] = [];
  const names = [...new Set([...a.tables.keys(), ...b.tables.keys()])].sort();
  for (const t of names) {
    const x = a.tables.get(t);
    const y = b.tables.get(t);
    if (!x || !y) {
      out.push(`table ${t}: ${x ? 'only in the deployed order' : 'only in the sorted order'}`);
      continue;
    }
    out.push(...compareTables(t, x, y));
  }
  for (const e of [...new Set([...a.enums.keys(), ...b.enums.keys()])].sort()) {
    const x = a.enums.get(e);
    const y = b.enums.get(e);
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`enum ${e}: ${x ? x.join(', ') : '(none)'} when deployed, ${y ? y.join(', ') : '(none)'} when sorted`);
  }
  return out;
}

function compareTables(t: string, x: TableFact, y: TableFact): string[] {
  const out: string[] = [];
  const parts: [string, Map<string, string>, Map<string, string>][] = [
    ['column', new Map(x.columns.map((c) => [c.name, JSON.stringify([c.type, c.notNull, c.default ?? null, c.identity ?? null, c.generated ?? null])])), new Map(y.columns.map((c) => [c.name, JSON.stringify([c.type, c.notNull, c.default ?? null, c.identity ?? null, c.generated ?? null])]))],
    ['index', new Map(x.indexes.map((i) => [i.name, JSON.stringify([i.columns, i.unique, i.primary, i.partial, i.method ?? null, i.definition ?? null])])), new Map(y.indexes.map((i) => [i.name, JSON.stringify([i.columns, i.unique, i.primary, i.partial, i.method ?? null, i.definition ?? null])]))],
    ['constraint', new Map(x.constraints.map((c) => [c.name, JSON.stringify([c.type, c.definition, c.validated])])), new Map(y.constraints.map((c) => [c.name, JSON.stringify([c.type, c.definition, c.validated])]))],
  ];
  for (const [what, ma, mb] of parts) {
    for (const n of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
      const va = ma.get(n);
      const vb = mb.get(n);
      if (va === vb) continue;
      out.push(`${what} ${t}.${n}: ${va === undefined ? 'only in the sorted order' : vb === undefined ? 'only in the deployed order' : `${va} when deployed, ${vb} when sorted`}`);
    }
  }
  return out;
}
