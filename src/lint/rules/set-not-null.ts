import { observedLock, preExisting } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import type { TableFact } from '../replay/types.js';
import type { LintRule, RuleHit } from '../rule.js';

/** A validated `CHECK (col IS NOT NULL)` lets SET NOT NULL skip its scan (PostgreSQL 12+). */
export function hasValidatedNotNullCheck(t: TableFact | undefined, column: string): boolean {
  const want = `check${column}isnotnull`.toLowerCase();
  return !!t?.constraints.some((c) => c.type === 'c' && c.validated && c.definition.replace(/["()\s]/g, '').toLowerCase() === want);
}

export const rule: LintRule = {
  id: 'set-not-null',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock',
  rationale:
    'ALTER COLUMN ... SET NOT NULL reads every row to prove there is no NULL, holding ACCESS EXCLUSIVE the whole time. A required column added without a default fails outright on a table that has rows.',
  safeAlternative:
    'ALTER TABLE "User" ADD CONSTRAINT "User_email_not_null" CHECK ("email" IS NOT NULL) NOT VALID;\n-- next migration:\nALTER TABLE "User" VALIDATE CONSTRAINT "User_email_not_null";\nALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL; -- instant: the validated CHECK proves it\nALTER TABLE "User" DROP CONSTRAINT "User_email_not_null";',
  docs: {
    problem:
      'Reports `ALTER COLUMN ... SET NOT NULL` on a table that existed before the migration, unless a validated `CHECK (col IS NOT NULL)` already exists (then PostgreSQL skips the scan). Also reports `ADD COLUMN ... NOT NULL` without a `DEFAULT` on an existing table: it fails as soon as the table has one row (Prisma\'s "Added the required column ... without a default value").',
    bad: 'ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;\nALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL;',
    notes: 'For a new required column: add it nullable (or with a constant DEFAULT, which is instant since PostgreSQL 11), backfill in batches, then use the CHECK pattern above.',
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
        if (subtype === 'AT_AddColumn') {
          const def = cmd.def?.ColumnDef;
          const cons: { Constraint?: { contype?: string; generated_when?: string } }[] = def?.constraints ?? [];
          const notNull = cons.some((c) => c.Constraint?.contype === 'CONSTR_NOTNULL' || c.Constraint?.contype === 'CONSTR_PRIMARY');
          const filled = cons.some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.Constraint?.contype ?? ''));
          const serial = /^(small|big)?serial[248]?$/i.test(def?.typeName?.names?.at(-1)?.String?.sval ?? '');
          if (!notNull || filled || serial) continue;
          hits.push({
            statement: sc.stmt.index,
            message: `ADD COLUMN "${def.colname}" NOT NULL without a DEFAULT on "${rel.display}" fails if the table has any row`,
            table: rel.display,
            tableKey: rel.key,
            observed: false,
            severity: 'error',
            why: 'PostgreSQL fills existing rows with NULL, which the NOT NULL constraint rejects: the migration works on an empty development database and fails in production.',
            fix: `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ... DEFAULT <constant> NOT NULL;\n-- or add it nullable, backfill in batches, then use the CHECK ... NOT VALID pattern to set NOT NULL`,
          });
        }
      }
    }
    return hits;
  },
};
