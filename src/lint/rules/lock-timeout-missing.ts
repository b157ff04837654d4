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
    notes:
      'apply-migration runs every deploy with `lock_timeout` = `deploy.lock-timeout` of the config (default `5s`; its `lock-timeout` input overrides it for one run). While that is set, a deploy through apply-migration already gives up instead of queueing traffic, so this rule is only a notice (once per migration) reminding that other ways of running the migration (`prisma migrate deploy` by hand) do not have it. With `deploy.lock-timeout: 0` (or `off`) it is a warning, as the migration is then the only thing that can set it.',
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
      const deploy = ctx.deployLockTimeout;
      return [
        {
          statement: sc.stmt.index,
          message: deploy
            ? `this migration takes an ACCESS EXCLUSIVE lock on "${table.display}"; apply-migration deploys it with lock_timeout ${deploy} (deploy.lock-timeout), other ways of running it do not`
            : `this migration takes an ACCESS EXCLUSIVE lock on "${table.display}" with no SET lock_timeout before it, and deploy.lock-timeout is off`,
          table: table.display,
          tableKey: table.key,
          observed: replayed(sc),
          ...(deploy ? { severity: 'notice' as const } : {}),
          fix: deploy
            ? `Nothing to do for deploys through apply-migration. To make the file safe however it is run, start it with:\nSET lock_timeout = '${deploy}';`
            : `Start the migration with:\nSET lock_timeout = '5s';\n-- or set deploy.lock-timeout in .github/migration-gates.yml (apply-migration then sets it for every deploy)`,
        },
      ];
    }
    return [];
  },
};
