import type pg from 'pg';
import { quoteIdent } from '../../postgres/quote.js';
import { qualifiedName, quotedName } from '../catalog.js';
import { Progress } from '../progress.js';
import { checkedExpression, type ExpressionContext } from './expression.js';
import type { KeyedHashMethod } from './keyed-hash.js';
import type { TableMask } from './plan.js';
import { takeUnchangedCounts } from './session.js';
import { purgeOriginalRows } from './vacuum.js';

export interface MaskSqlContext {
  keyedHash: KeyedHashMethod;
  pgcryptoSchema?: string;
  serverMajor: number;
}

export interface MaskStatements {
  /** One table rewrite: ALTER TABLE ... ALTER COLUMN c TYPE <same type> USING <masked>, ... */
  rewrite: string;
  /** The fallback: one UPDATE with the same expressions. */
  update: string;
  /** Column names, by the index the unchanged-value counter reports. */
  columns: string[];
}

/**
 * The SQL that masks one table: all its masked columns in one statement. Undefined when every
 * rule of the table is `keep`.
 */
export function buildMaskStatements(t: TableMask, ctx: MaskSqlContext): MaskStatements | undefined {
  const ec: ExpressionContext = {
    idColumn: t.idColumn ? quoteIdent(t.idColumn) : undefined,
    keyedHash: ctx.keyedHash,
    pgcryptoSchema: ctx.pgcryptoSchema,
    serverMajor: ctx.serverMajor,
  };
  const alters: string[] = [];
  const sets: string[] = [];
  const columns: string[] = [];
  for (const m of t.columns) {
    const e = checkedExpression(m.column, m.strategy, ec, columns.length);
    if (e === undefined) continue;
    const col = quoteIdent(m.column.name);
    alters.push(`ALTER COLUMN ${col} TYPE ${m.column.type} USING ${e}`);
    sets.push(`${col} = ${e}`);
    columns.push(m.column.name);
  }
  if (!columns.length) return undefined;
  // ONLY on plain tables: inheritance children have their own rules; a partitioned parent reaches its partitions.
  const only = t.table.kind === 'r' ? 'ONLY ' : '';
  return {
    rewrite: `ALTER TABLE ${only}${quotedName(t.table)} ${alters.join(', ')}`,
    update: `UPDATE ${only}${quotedName(t.table)} SET ${sets.join(', ')}`,
    columns,
  };
}

export interface MaskRunOptions extends MaskSqlContext {
  log: (line: string) => void;
  progressIntervalMs?: number;
  /** Exact rows per table (`schema.table`). */
  rowCounts: Map<string, number>;
  /** The copy's measured load rate, to estimate how long a table rewrite takes. */
  bytesPerSecond?: number;
  /** How long the UPDATE fallback waits for older snapshots before VACUUM FULL (default 5 min). */
  snapshotWaitMs?: number;
  /** A second connection to the copy: watches the heap grow during an UPDATE fallback. */
  monitor?: pg.Client;
}

export interface MaskedTable {
  table: string;
  columns: string[];
  rows: number;
  seconds: number;
  /** `rewrite` (ALTER TABLE, one new heap) or `update` (fallback, then VACUUM FULL). */
  method: 'rewrite' | 'update';
  /** Rows per column whose value the masking left equal to production's. */
  unchanged: Map<string, number>;
}

/**
 * Mask every table on the fresh copy, before its indexes, constraints and triggers exist
 * (pg_restore's post-data section comes later): nothing to maintain, nothing fires.
 *
 * Each table is rewritten once with ALTER TABLE ... TYPE <same type> USING <masked value>: one
 * sequential pass into a new heap, the old file (with every production value) unlinked at commit,
 * no dead rows, no VACUUM. Where PostgreSQL refuses that (a view, rule, policy or generated column
 * depends on the column, or an inherited column), one UPDATE does it, followed by VACUUM FULL so
 * no original row version stays on disk.
 */
export async function applyMasking(client: pg.Client, tables: readonly TableMask[], opts: MaskRunOptions): Promise<MaskedTable[]> {
  const out: MaskedTable[] = [];
  for (const t of tables) {
    const stmt = buildMaskStatements(t, opts);
    if (!stmt) continue;
    const name = qualifiedName(t.table);
    const rows = opts.rowCounts.get(name) ?? t.table.rowEstimate;
    const started = Date.now();
    let method = 'rewrite' as MaskedTable['method'];
    await withEstimate(name, rows, t.table.bytes, opts, async () => {
      try {
        await client.query(stmt.rewrite);
      } catch (err) {
        if (!rewriteRefused(err)) throw err;
        method = 'update';
        opts.log(`masking ${name}: a table rewrite is not possible (${(err as Error).message}); using UPDATE, then VACUUM FULL`);
      }
    });
    if (method === 'update') {
      // The refused rewrite rolled back, its counts with it: what is counted now is the UPDATE's.
      let xid = '';
      await withGrowth(name, rows, t, opts, async () => {
        await client.query('BEGIN');
        try {
          await client.query(stmt.update);
          xid = (await client.query<{ xid: string }>('SELECT backend_xid::text AS xid FROM pg_stat_activity WHERE pid = pg_backend_pid()')).rows[0]!.xid;
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
      await purgeOriginalRows(client, { sql: quotedName(t.table), name }, xid, { log: opts.log, waitMs: opts.snapshotWaitMs });
    }
    const hits = await takeUnchangedCounts(client);
    const seconds = (Date.now() - started) / 1000;
    opts.log(`masking ${name}: done, ${rows.toLocaleString('en-US')} rows, ${stmt.columns.length} column(s) in ${seconds.toFixed(1)} s (${method})`);
    out.push({ table: name, columns: stmt.columns, rows, seconds, method, unchanged: new Map(stmt.columns.map((c, i) => [c, hits.get(i) ?? 0])) });
  }
  return out;
}

/** PostgreSQL's refusals of ALTER COLUMN TYPE on this table, as opposed to a failing value. */
function rewriteRefused(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code === '0A000' || code === '42P16' || code === '42809' || code === '2BP01' || code === '42P17';
}

/** Progress for a rewrite: PostgreSQL reports none, so estimate from the copy's measured rate. */
async function withEstimate(name: string, rows: number, bytes: number, opts: MaskRunOptions, fn: () => Promise<void>): Promise<void> {
  const expected = opts.bytesPerSecond && opts.bytesPerSecond > 0 ? bytes / opts.bytesPerSecond : undefined;
  const progress = new Progress(`masking ${name} (rewrite, estimated from the copy rate)`, rows, 'rows', opts.log, opts.progressIntervalMs ?? 5000, true);
  const timer = expected
    ? setInterval(() => progress.update(Math.min(0.99, progress.elapsedSeconds() / expected) * rows), Math.min(1000, opts.progressIntervalMs ?? 5000))
    : undefined;
  try {
    await fn();
  } finally {
    if (timer) clearInterval(timer);
  }
}

/** Progress for an UPDATE: it appends a new version of each row, so heap growth is the fraction done. */
async function withGrowth(name: string, rows: number, t: TableMask, opts: MaskRunOptions, fn: () => Promise<void>): Promise<void> {
  const progress = new Progress(`masking ${name} (update)`, rows, 'rows', opts.log, opts.progressIntervalMs ?? 5000, true);
  const monitor = opts.monitor;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  if (monitor && t.table.kind === 'r') {
    const size = async () => Number((await monitor.query<{ s: string }>('SELECT pg_relation_size($1::regclass)::text AS s', [quotedName(t.table)])).rows[0]!.s);
    const base = await size();
    let busy = false;
    timer = setInterval(() => {
      if (busy || base === 0) return;
      busy = true;
      inFlight = size()
        .then((s) => progress.update(Math.min(rows, ((s - base) / base) * rows)))
        .catch(() => undefined)
        .finally(() => (busy = false));
    }, Math.min(1000, opts.progressIntervalMs ?? 5000));
  }
  try {
    await fn();
  } finally {
    if (timer) clearInterval(timer);
    // A size query still running holds a snapshot from before the UPDATE committed.
    await inFlight;
  }
}
