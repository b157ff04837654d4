import { observedLock, preExisting } from '../context.js';
import { addedConstraints } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-exclusion-constraint',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'Adding an EXCLUDE constraint builds its index under an ACCESS EXCLUSIVE lock, with no concurrent alternative',
  rationale: 'ADD CONSTRAINT ... EXCLUDE builds its index and checks every row while the table is locked against reads and writes; PostgreSQL has no CONCURRENTLY or USING INDEX form for it.',
  safeAlternative:
    '-- There is no online form: run it in a maintenance window with a short lock_timeout so it gives up instead of queueing traffic\nSET lock_timeout = \'5s\';\nALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist ("roomId" WITH =, "during" WITH &&);',
  docs: {
    problem: 'Reports `ADD CONSTRAINT ... EXCLUDE` on a table that existed before the migration.',
    bad: 'ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist ("roomId" WITH =, "during" WITH &&);',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, con } of addedConstraints(sc)) {
        if (con.contype !== 'CONSTR_EXCLUSION' || !preExisting(sc, rel.key)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `EXCLUDE constraint ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}" builds its index under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: `-- no online form: run it in a maintenance window, giving up instead of queueing traffic:\nSET lock_timeout = '5s';\n${sc.stmt.sql};`,
        });
      }
    }
    return hits;
  },
};
