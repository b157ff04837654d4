import { readCatalog, refreshCatalog, refreshQueries, type Catalog } from './facts.js';
import { ensurePrepared, executeWithOids, forgetPrepared } from './prepared.js';
import { strongest } from './locks.js';
import { attemptWithRoles, type RoleCreator } from './roles.js';
import type { SqlError, SqlSession } from './session.js';
import { isNonTransactional, isTransactionControl, leadingWords, shorten } from './statement-kind.js';
import type { MigrationTrace, ReplayStatement, StatementTrace } from './types.js';
import { classifyFailure, type ReplayLimits } from './unsupported.js';

const SAVEPOINT = 'migration_gates_statement';

export interface TraceOptions {
  limits: ReplayLimits;
  createRole: RoleCreator | undefined;
  /** The catalog before the migration, when the caller has it fresh. */
  before?: Catalog;
}

/**
 * Apply one new migration statement by statement inside a transaction and watch what each
 * statement does to the tables that existed before it: the lock modes it newly takes (pg_locks of
 * this backend) and whether it rewrites them (relfilenode changes). A savepoint around each
 * statement lets an unsupported one be skipped without aborting the rest; a genuine error stops
 * the migration and rolls it back, as production would. CONCURRENTLY and other
 * non-transactional statements run on their own, outside the transaction, untraced. At the end
 * the migration is committed so that later migrations see its schema.
 */
export async function traceMigration(
  session: SqlSession,
  name: string,
  statements: ReplayStatement[],
  opts: TraceOptions,
): Promise<{ trace: MigrationTrace; after: Catalog }> {
  const before = opts.before ?? (await readCatalog(session));
  const preExisting = new Set(before.facts.tables.keys());
  const filenodes = new Map<number, number>();
  for (const [oid, t] of before.byOid) filenodes.set(oid, t.relfilenode);
  // After each statement, one round trip: release its savepoint, read this backend's locks and the
  // pre-existing tables' relfilenodes (prepared statements; see prepared.ts).
  await ensurePrepared(session);
  const filenodesNow = executeWithOids('migration_gates_filenodes', before.byOid.keys());
  const observe = `RELEASE SAVEPOINT ${SAVEPOINT};\nEXECUTE migration_gates_locks;\n${filenodesNow};`;
  // Modes held per table in the open transaction: a mode seen again is not this statement's doing.
  const held = new Map<number, Set<string>>();
  // Every relation the migration locked: the tables whose facts must be read again afterwards.
  const touched = new Set<number>();
  let fullRead = false;
  let committed = false;
  const traces: StatementTrace[] = [];
  let inTx = false;
  let ok = true;

  const rewrites = (rows: Record<string, unknown>[]): string[] => {
    const out: string[] = [];
    for (const r of rows) {
      const oid = Number(r.oid);
      if (filenodes.get(oid) !== Number(r.f)) out.push(before.oids.get(oid)!);
      filenodes.set(oid, Number(r.f));
    }
    return out;
  };

  for (let index = 0; index < statements.length; index++) {
    const sql = statements[index]!.sql;
    const t: StatementTrace = { index, locks: [], rewritten: [], traced: true };
    traces.push(t);
    if (isTransactionControl(sql)) {
      // The trace owns the transaction; the migration's own BEGIN/COMMIT change nothing here.
      t.traced = false;
      continue;
    }
    if (isNonTransactional(sql)) {
      if (inTx) {
        await session.exec('COMMIT');
        inTx = false;
        held.clear();
      }
      t.traced = false;
      const err = await attemptWithRoles(() => session.exec(sql), opts.createRole);
      if (err && !record(t, err, sql, opts.limits)) {
        ok = false;
        opts.limits.upstream ??= `migration ${name}, which failed`;
        break;
      }
      if (!err) {
        // Its locks are gone by now: which tables it changed is not known, so read them all after.
        fullRead = true;
        committed = true;
        rewrites((await session.batch(filenodesNow))[0] ?? []);
      }
      continue;
    }
    // BEGIN and the savepoint travel with the statement (one round trip); a retry sets them again.
    const open = inTx ? '' : 'BEGIN;\n';
    inTx = true;
    const undo = (): Promise<void> => session.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    const err = await attemptWithRoles(() => session.exec(`${open}SAVEPOINT ${SAVEPOINT};\n${sql}`), opts.createRole, undo);
    if (err) {
      // A statement that does not parse fails before its savepoint exists: then only ROLLBACK is left.
      const undone = await undo().then(
        () => true,
        () => false,
      );
      if (undone && record(t, err, sql, opts.limits)) {
        t.traced = false;
        await session.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
        continue;
      }
      delete t.unsupported;
      t.error = errorOf(err);
      await session.exec('ROLLBACK');
      inTx = false;
      ok = false;
      opts.limits.upstream ??= `migration ${name}, which failed`;
      break;
    }
    if (needsFullRead(sql)) fullRead = true;
    if (/^(DEALLOCATE|DISCARD)\b/.test(leadingWords(sql, 1))) {
      // The migration dropped prepared statements, ours included.
      forgetPrepared(session);
      await session.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      fullRead = true;
      await ensurePrepared(session);
      continue;
    }
    const [, lockRows = [], nodeRows = []] = await session.batch(observe);
    const modes = new Map<number, Set<string>>();
    for (const r of lockRows) {
      const oid = Number(r.oid);
      touched.add(oid);
      if (!before.oids.has(oid)) continue;
      if (!modes.has(oid)) modes.set(oid, new Set());
      modes.get(oid)!.add(String(r.mode));
    }
    if (before.oids.size) t.held = [];
    for (const [oid, now] of modes) {
      const table = before.oids.get(oid)!;
      const seen = held.get(oid) ?? new Set<string>();
      const fresh = strongest([...now].filter((m) => !seen.has(m)));
      if (fresh) t.locks.push({ table, mode: fresh });
      t.held!.push({ table, mode: strongest(now)! });
      held.set(oid, now);
    }
    t.rewritten = rewrites(nodeRows);
  }
  let after: Catalog;
  if (inTx && !fullRead) {
    // The commit and the reads the incremental catalog needs, in one round trip.
    const [, ...rows] = await session.batch(`COMMIT;\n${refreshQueries(touched)}`);
    after = await refreshCatalog(session, before, rows);
  } else {
    if (inTx) await session.exec('COMMIT');
    if (!inTx && !committed) after = before; // rolled back, or nothing ran: the schema is as it was
    else after = await readCatalog(session);
  }
  return { trace: { name, statements: traces, preExisting, before: before.facts, after: after.facts, ok }, after };
}

/**
 * Statements whose effect on tables a table lock does not reveal: renaming or dropping a type,
 * schema, sequence or function changes how other tables' columns, defaults and keys read; code
 * (DO, SELECT, CALL) can do anything. After them the whole catalog is read again.
 */
function needsFullRead(sql: string): boolean {
  const w = leadingWords(sql, 3);
  // ADD VALUE changes only the enum's labels, which are always read again.
  if (/^ALTER TYPE\b/.test(w)) return !/\bADD\s+VALUE\b/i.test(sql) || /\bRENAME\b/i.test(sql);
  return (
    /^(ALTER|DROP) (TYPE|DOMAIN|SCHEMA|EXTENSION|SEQUENCE|COLLATION|FUNCTION|PROCEDURE|ROUTINE|OPERATOR|AGGREGATE|TEXT|CONVERSION|CAST)\b/.test(w) ||
    /^(DROP|REASSIGN) OWNED\b/.test(w) ||
    /^(DO|SELECT|CALL|EXECUTE|WITH|IMPORT|SECURITY)\b/.test(w)
  );
}

function errorOf(err: SqlError): { message: string; code?: string } {
  return err.code ? { message: err.message, code: err.code } : { message: err.message };
}

/** Record a failure on the trace; true when it is only unsupported here (the migration goes on). */
function record(t: StatementTrace, err: SqlError, sql: string, limits: ReplayLimits): boolean {
  const verdict = classifyFailure(err, sql, limits);
  if (verdict.kind === 'unsupported') {
    t.unsupported = verdict.reason;
    limits.upstream ??= shorten(sql, 80);
    return true;
  }
  t.error = errorOf(err);
  return false;
}

