import { normalizeTableRef, observedRewrite, preExisting, replayed, type MigrationContext, type StatementContext } from '../context.js';
import { addedConstraints, alterTableCommands, normalizeLockMode, predictedLocks, volatileCalls } from '../analysis.js';
import { rangeVar, walk } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';
import { typeChange } from './change-column-type.js';
import { hasValidatedNotNullCheck } from './set-not-null.js';

interface Held {
  key: string;
  display: string;
  line: number;
}

/** Pre-existing tables a statement locks: what the replay saw, else what its kind takes. */
function locksOf(sc: StatementContext): { key: string; display: string; exclusive: boolean }[] {
  if (replayed(sc)) {
    return sc.trace!.locks
      .map((l) => ({ key: normalizeTableRef(l.table), mode: normalizeLockMode(l.mode) }))
      .filter((l) => preExisting(sc, l.key) && l.mode && l.mode !== 'AccessShareLock' && l.mode !== 'RowShareLock')
      .map((l) => ({ key: l.key, display: l.key.replace(/^public\./, ''), exclusive: l.mode === 'AccessExclusiveLock' }));
  }
  return predictedLocks(sc)
    .filter((l) => preExisting(sc, l.key))
    .map((l) => ({ key: l.key, display: l.display, exclusive: l.mode === 'AccessExclusiveLock' }));
}

/**
 * What a statement does that takes time in proportion to a table's rows, if anything (one phrase),
 * and on which table when its own rule already reports it (an index build, a validation, a scan, a
 * rewrite): on a table the migration already holds, that finding says it, so this one stays quiet.
 */
interface Work {
  what: string;
  ownFindingOn?: string;
}

/** A query reads a table that existed before the pull request (one it created is empty). */
function readsExisting(sc: StatementContext, node: unknown): boolean {
  let found = false;
  walk(node, (k, v) => {
    if (k === 'RangeVar') {
      const r = rangeVar(v);
      if (r && preExisting(sc, r.key) && sc.before.get(r.key)) found = true;
    }
    return !found;
  });
  return found;
}

function describe(sc: StatementContext): Work | undefined {
  const n = sc.stmt.node;
  const rel = (rv: unknown) => rangeVar(rv);
  switch (sc.stmt.kind) {
    case 'UpdateStmt':
    case 'DeleteStmt': {
      const r = rel(n.relation);
      return r && preExisting(sc, r.key) ? { what: `${sc.stmt.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE FROM'} "${r.display}"` } : undefined;
    }
    case 'InsertStmt':
      return readsExisting(sc, n.selectStmt) ? { what: 'INSERT ... SELECT' } : undefined;
    case 'SelectStmt':
      return readsExisting(sc, n) ? { what: 'a SELECT that reads tables' } : undefined;
    case 'CreateTableAsStmt':
      return readsExisting(sc, n.query) ? { what: 'CREATE TABLE ... AS SELECT' } : undefined;
    case 'IndexStmt': {
      const r = rel(n.relation);
      return r && preExisting(sc, r.key) && !n.concurrent ? { what: `the index build on "${r.display}"`, ownFindingOn: r.key } : undefined;
    }
    case 'AlterTableStmt': {
      for (const a of alterTableCommands(sc)) {
        if (!preExisting(sc, a.rel.key)) continue;
        if (observedRewrite(sc, a.rel.key)) return { what: `the rewrite of "${a.rel.display}"`, ownFindingOn: a.rel.key };
        if (a.subtype === 'AT_ValidateConstraint') return { what: `the validation scan of "${a.rel.display}"`, ownFindingOn: a.rel.key };
        if (a.subtype === 'AT_SetNotNull' && !hasValidatedNotNullCheck(sc.before.get(a.rel.key), a.cmd.name) && !sc.before.get(a.rel.key)?.columns.find((c) => c.name === a.cmd.name)?.notNull) return { what: `the NOT NULL scan of "${a.rel.display}"`, ownFindingOn: a.rel.key };
        if (a.subtype === 'AT_AlterColumnType' && !replayed(sc) && ['rewrite', 'unknown'].includes(typeChange(sc, a).change)) return { what: `the rewrite of "${a.rel.display}"`, ownFindingOn: a.rel.key };
        if (a.subtype === 'AT_AddColumn' && !replayed(sc)) {
          const cons: { Constraint?: { contype?: string; raw_expr?: unknown } }[] = a.cmd.def?.ColumnDef?.constraints ?? [];
          const d = cons.find((c) => c.Constraint?.contype === 'CONSTR_DEFAULT')?.Constraint;
          if ((d && volatileCalls(d.raw_expr).length) || cons.some((c) => c.Constraint?.contype === 'CONSTR_GENERATED' || c.Constraint?.contype === 'CONSTR_IDENTITY')) return { what: `the rewrite of "${a.rel.display}"`, ownFindingOn: a.rel.key };
        }
      }
      for (const { rel: r, con } of addedConstraints(sc)) {
        if (!preExisting(sc, r.key) || con.skip_validation || con.indexname) continue;
        if (['CONSTR_CHECK', 'CONSTR_FOREIGN', 'CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION'].includes(con.contype)) return { what: `the validation of a new constraint on "${r.display}"`, ownFindingOn: r.key };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function list(held: Held[]): string {
  return held.map((h) => `"${h.display}" (line ${h.line})`).join(', ');
}

export const rule: LintRule = {
  id: 'lock-held-across-statements',
  severity: 'warning',
  category: 'lock',
  summary: 'An ACCESS EXCLUSIVE lock stays held while later statements of the migration work, or lock other busy tables',
  rationale:
    'Prisma runs a migration file as one transaction and PostgreSQL keeps every lock until it ends (PostgreSQL documentation, "Explicit Locking"). After a statement takes ACCESS EXCLUSIVE on a table, every later statement runs with that table closed to reads and writes: a quick ALTER followed by a scan, a backfill or an index build blocks the table for as long as they take, and a lock on a second busy table makes the first wait for it too.',
  safeAlternative:
    '-- one migration per table lock, with the slow work in a migration of its own:\n-- 20240101000000_add_email/migration.sql\nALTER TABLE "User" ADD COLUMN "email" TEXT;\n-- 20240101000100_backfill_email/migration.sql (or a batched job outside migrations)\nUPDATE "User" SET "email" = ... WHERE ...;',
  docs: {
    problem:
      'Reported once per migration, at the first statement that, while an earlier statement\'s ACCESS EXCLUSIVE lock on a table that existed before the pull request is held, either works in proportion to a table\'s rows (an UPDATE or DELETE, an INSERT ... SELECT, a SELECT from tables, a non-concurrent index build, a constraint validation, a NOT NULL scan, a table rewrite) or locks another table that existed before the pull request. The finding names the lock, where it was taken, and what runs while it is held. Tables created by the pull request are empty and unused: their locks do not count.',
    bad: 'ALTER TABLE "User" ADD COLUMN "email" TEXT;\nUPDATE "User" SET "email" = "name" || \'@example.com\';',
    notes:
      'A second lock with no work (two instant `ALTER TABLE`s on two tables) is a warning when `deploy.lock-timeout` is off and a notice when it is set: the deploy then gives up after that timeout instead of making the first table wait behind the second. Work that has its own rule (an index build, a constraint validation, a NOT NULL scan, a rewrite) on a table the migration already holds is left to that rule (one finding per cause): Prisma\'s `DROP INDEX` + `CREATE UNIQUE INDEX`, or an `ADD COLUMN` + `CREATE INDEX` on the same table, get only `create-index-not-concurrently`.',
  },
  check(ctx: MigrationContext) {
    const held: Held[] = [];
    for (const sc of ctx.statements) {
      if (!sc.stmt.node) continue;
      const locks = locksOf(sc);
      if (held.length) {
        const w = describe(sc);
        // Work its own rule reports, on a table this migration already holds: that finding says it.
        const what = w && !(w.ownFindingOn && held.some((h) => h.key === w.ownFindingOn)) ? w.what : undefined;
        const other = locks.filter((l) => !held.some((h) => h.key === l.key));
        if (what || other.length) {
          const first = held[0]!;
          const onlyLocks = !what;
          const hit: RuleHit = {
            statement: sc.stmt.index,
            message: what
              ? `the ACCESS EXCLUSIVE lock on ${list(held)} is still held while ${what} runs: reads and writes of ${held.length > 1 ? 'those tables' : `"${first.display}"`} wait until the migration commits`
              : `this migration holds ACCESS EXCLUSIVE on ${list(held)} while it locks ${other.map((o) => `"${o.display}"`).join(', ')}: a wait for ${other.length > 1 ? 'those tables' : 'that table'} keeps ${held.length > 1 ? 'the first ones' : `"${first.display}"`} closed to reads and writes`,
            table: first.display,
            tableKey: first.key,
            observed: replayed(sc),
            fix: what
              ? `Split the migration before line ${sc.stmt.line}: move this statement and the ones after it into a new migration (npx prisma migrate dev --create-only), or do the work in batches outside migrations.`
              : `Give each of ${[...held.map((h) => `"${h.display}"`), ...other.map((o) => `"${o.display}"`)].join(', ')} its own migration, so no lock waits while another is held.`,
          };
          if (onlyLocks && ctx.deployLockTimeout) {
            hit.severity = 'notice';
            hit.message += ` (bounded by deploy.lock-timeout ${ctx.deployLockTimeout} when deployed by apply-migration)`;
          }
          return [hit];
        }
      }
      for (const l of locks) if (l.exclusive && !held.some((h) => h.key === l.key)) held.push({ key: l.key, display: l.display, line: sc.stmt.line });
    }
    return [];
  },
};
