import { observedLock, preExisting } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import type { TableFact } from '../replay/types.js';
import type { LintRule, RuleHit } from '../rule.js';

/** A validated `CHECK (col IS NOT NULL)` lets SET NOT NULL skip its scan (PostgreSQL 12+). */
export function hasValidatedNotNullCheck(t: TableFact | undefined, column: string): boolean {
  const want = `check${column}isnotnull`.toLowerCase();
  // pg_get_constraintdef() ends with " NOT VALID" until validated; a VALIDATE replayed in the model
  // later in the same migration sets the flag but keeps that text: the flag says it, not the text.
  return !!t?.constraints.some((c) => c.type === 'c' && c.validated && c.definition.replace(/\s+NOT\s+VALID\s*$/i, '').replace(/["()\s]/g, '').toLowerCase() === want);
}

export const rule: LintRule = {
  id: 'set-not-null',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock',
  rationale:
    'ALTER COLUMN ... SET NOT NULL reads every row to prove there is no NULL, holding ACCESS EXCLUSIVE the whole time.',
  safeAlternative:
    'ALTER TABLE "User" ADD CONSTRAINT "User_email_not_null" CHECK ("email" IS NOT NULL) NOT VALID;\n-- next migration:\nALTER TABLE "User" VALIDATE CONSTRAINT "User_email_not_null";\nALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL; -- instant: the validated CHECK proves it\nALTER TABLE "User" DROP CONSTRAINT "User_email_not_null";',
  docs: {
    problem:
      'Reports `ALTER COLUMN ... SET NOT NULL` on a table that existed before the pull request, unless a validated `CHECK (col IS NOT NULL)` exists when it runs: validated by an earlier migration, or earlier in the same one (PostgreSQL 12+ then proves the column from the constraint and skips the scan: "ALTER TABLE", SET NOT NULL). A column that is already NOT NULL is a no-op and is not reported either. `ADD COLUMN ... NOT NULL` without a `DEFAULT` is `add-required-column`.',
    bad: 'ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;',
    notes: 'Validating the CHECK in the same migration that adds it NOT VALID does not help the lock: see `validate-constraint-in-same-migration`.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (!preExisting(sc, rel.key)) continue;
        const t = sc.before.get(rel.key);
        if (subtype === 'AT_SetNotNull') {
          if (hasValidatedNotNullCheck(t, cmd.name)) continue;
          if (t?.columns.find((c) => c.name === cmd.name)?.notNull) continue; // already NOT NULL: a no-op
          hits.push({
            statement: sc.stmt.index,
            message: `SET NOT NULL on "${rel.display}"."${cmd.name}" scans the whole table under an ACCESS EXCLUSIVE lock`,
            table: rel.display,
            tableKey: rel.key,
            observed: observedLock(sc, rel.key),
            fix: `ALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(`${rel.name}_${cmd.name}_not_null`)} CHECK (${q(cmd.name)} IS NOT NULL) NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(`${rel.name}_${cmd.name}_not_null`)};\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(cmd.name)} SET NOT NULL;\nALTER TABLE ${qr(rel)} DROP CONSTRAINT ${q(`${rel.name}_${cmd.name}_not_null`)};`,
          });
        }
      }
    }
    return hits;
  },
};
