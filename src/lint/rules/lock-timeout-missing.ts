import { normalizeTableRef, preExisting, replayed } from '../context.js';
import { normalizeLockMode, predictedLocks, setsLockTimeout } from '../analysis.js';
import type { LintRule } from '../rule.js';

export const rule: LintRule = {
  id: 'lock-timeout-missing',
  severity: 'warning',
  category: 'lock',
  summary: 'The migration takes an ACCESS EXCLUSIVE lock on an existing table without SET lock_timeout first',
  rationale:
    'An ACCESS EXCLUSIVE lock request waits behind any long query on the table, and every query that arrives after it waits behind the request: a one-millisecond ALTER can stall all traffic to the table for as long as that query runs.',
  safeAlternative: "SET lock_timeout = '5s'; -- give up (and retry later) instead of queueing traffic\nALTER TABLE \"User\" ADD COLUMN \"bio\" TEXT;",
  docs: {
    problem:
      'Reported once per migration, at the first statement that takes ACCESS EXCLUSIVE on a table that existed before the migration (ALTER TABLE, DROP TABLE, TRUNCATE, DROP INDEX, RENAME...), when no `SET lock_timeout` to a non-zero value comes before it. With the replay, the lock is the one PostgreSQL actually took.',
    bad: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;',
    notes: 'apply-migration can also set lock_timeout for the whole deploy; this rule keeps the migration safe however it is run.',
  },
  check(ctx) {
    for (const sc of ctx.statements) {
      if (setsLockTimeout(sc)) return [];
      let table: { key: string; display: string } | undefined;
      if (replayed(sc)) {
        const l = sc.trace!.locks.find((x) => normalizeLockMode(x.mode) === 'AccessExclusiveLock' && preExisting(sc, normalizeTableRef(x.table)));
        if (l) table = { key: normalizeTableRef(l.table), display: normalizeTableRef(l.table).replace(/^public\./, '') };
      } else {
        const l = predictedLocks(sc).find((x) => x.mode === 'AccessExclusiveLock' && preExisting(sc, x.key));
        if (l) table = { key: l.key, display: l.display };
      }
      if (!table) continue;
      return [
        {
          statement: sc.stmt.index,
          message: `this migration takes an ACCESS EXCLUSIVE lock on "${table.display}" with no SET lock_timeout before it`,
          table: table.display,
          tableKey: table.key,
          observed: replayed(sc),
          fix: `Start the migration with:\nSET lock_timeout = '5s';`,
        },
      ];
    }
    return [];
  },
};
