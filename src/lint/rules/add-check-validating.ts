import { observedLock, preExisting } from '../context.js';
import { addedConstraints, q, qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-check-validating',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'Adding a CHECK constraint without NOT VALID scans the table under an ACCESS EXCLUSIVE lock',
  rationale: 'ADD CONSTRAINT ... CHECK verifies every existing row while holding ACCESS EXCLUSIVE: no reads or writes until the scan ends.',
  safeAlternative:
    'ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;\n-- next migration: SHARE UPDATE EXCLUSIVE only, reads and writes continue\nALTER TABLE "User" VALIDATE CONSTRAINT "User_age_check";',
  docs: {
    problem: 'Reports a CHECK constraint added without `NOT VALID` to a table that existed before the migration, through `ADD CONSTRAINT` or inline in `ADD COLUMN`.',
    bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0);',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, con, viaAddColumn } of addedConstraints(sc)) {
        if (con.contype !== 'CONSTR_CHECK' || con.skip_validation || !preExisting(sc, rel.key)) continue;
        const name = con.conname ?? `${rel.name}_check`;
        hits.push({
          statement: sc.stmt.index,
          message: `CHECK constraint ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}" is validated at once under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: viaAddColumn
            ? `Add the column without the CHECK, then:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} CHECK (...) NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`
            : `${sc.stmt.sql} NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`,
        });
      }
    }
    return hits;
  },
};
