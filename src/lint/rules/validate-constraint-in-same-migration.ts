import { observedLock, preExisting } from '../context.js';
import { addedConstraints, alterTableCommands, q, qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'validate-constraint-in-same-migration',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'VALIDATE CONSTRAINT in the migration that added the constraint NOT VALID scans under the lock the ADD took',
  rationale:
    'Prisma runs a migration file as one transaction, and PostgreSQL keeps every lock until the transaction ends. The ADD CONSTRAINT ... NOT VALID took ACCESS EXCLUSIVE (SHARE ROW EXCLUSIVE on both tables for a foreign key), so the VALIDATE scan that follows runs with that lock still held: NOT VALID saved nothing.',
  safeAlternative:
    '-- migration 1\nALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;\n-- migration 2, its own file (its own transaction): SHARE UPDATE EXCLUSIVE only\nALTER TABLE "User" VALIDATE CONSTRAINT "User_age_check";',
  docs: {
    problem:
      'Reports `ALTER TABLE ... VALIDATE CONSTRAINT` of a constraint added `NOT VALID` earlier in the same migration, on a table that existed before the pull request. A table the pull request created is empty: quiet.',
    bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;\nALTER TABLE "User" VALIDATE CONSTRAINT "User_age_check";',
    notes:
      'squawk\'s and strong_migrations\' own "good" examples put both statements in one file; they assume each statement commits on its own (Rails\' `disable_ddl_transaction!`, or autocommit). Prisma runs the whole file in one transaction (PostgreSQL documentation, "Explicit Locking": locks are held until the transaction ends), so with Prisma that shape keeps the lock.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    // table key + constraint name -> statement that added it NOT VALID
    const notValid = new Map<string, { index: number; foreign: boolean }>();
    for (const sc of ctx.statements) {
      for (const { rel, con } of addedConstraints(sc)) {
        if (con.skip_validation && con.conname) notValid.set(`${rel.key}\u0000${con.conname}`, { index: sc.stmt.index, foreign: con.contype === 'CONSTR_FOREIGN' });
      }
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_ValidateConstraint' || !preExisting(sc, rel.key)) continue;
        const added = notValid.get(`${rel.key}\u0000${cmd.name}`);
        if (!added) continue;
        const addedAt = ctx.statements[added.index]!.stmt.line;
        hits.push({
          statement: sc.stmt.index,
          message: `VALIDATE CONSTRAINT "${cmd.name}" runs in the same transaction as its ADD ... NOT VALID (line ${addedAt}): the scan of "${rel.display}" holds the ${added.foreign ? 'SHARE ROW EXCLUSIVE locks' : 'ACCESS EXCLUSIVE lock'} that statement took`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: `Move this statement into a new migration of its own (npx prisma migrate dev --create-only --name validate_${cmd.name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}):\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(cmd.name)};`,
        });
      }
    }
    return hits;
  },
};
