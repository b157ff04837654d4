import { observedLock, preExisting } from '../context.js';
import { addedConstraints, q, qr } from '../analysis.js';
import { rangeVar, strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-foreign-key-validating',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'Adding a FOREIGN KEY without NOT VALID scans the table while blocking writes to both tables',
  rationale:
    'ADD CONSTRAINT ... FOREIGN KEY checks every existing row while holding SHARE ROW EXCLUSIVE locks on the table and the referenced table: writes to both wait until the scan ends.',
  safeAlternative:
    'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID;\n-- next migration: checks existing rows without blocking writes\nALTER TABLE "Post" VALIDATE CONSTRAINT "Post_authorId_fkey";',
  docs: {
    problem: 'Reports a foreign key added to a table that existed before the migration without `NOT VALID`, through `ADD CONSTRAINT` or an `ADD COLUMN ... REFERENCES`. The usual Prisma shape (CREATE TABLE, then ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY on that new table) is exempt.',
    bad: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
    notes:
      'A foreign key on a table the pull request created is not reported, even inline in `CREATE TABLE` (squawk reports that form): the new table has no row to validate, and the alternative (`ADD CONSTRAINT ... NOT VALID`) takes the same SHARE ROW EXCLUSIVE lock on the referenced table (PostgreSQL documentation, "ALTER TABLE"). `NOT VALID` followed by `VALIDATE CONSTRAINT` in the same migration is `validate-constraint-in-same-migration`: Prisma runs the file as one transaction, so the validation would hold the lock anyway.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, con, column } of addedConstraints(sc)) {
        if (con.contype !== 'CONSTR_FOREIGN' || con.skip_validation || !preExisting(sc, rel.key)) continue;
        const ref = rangeVar(con.pktable);
        const cols = column ? [column] : strings(con.fk_attrs);
        const refCols = strings(con.pk_attrs);
        const name = con.conname ?? `${rel.name}_${cols.join('_')}_fkey`;
        hits.push({
          statement: sc.stmt.index,
          message: `FOREIGN KEY ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}"(${cols.join(', ')}) is validated at once, blocking writes to "${rel.display}"${ref ? ` and "${ref.display}"` : ''} during the scan`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: column
            ? `Add the column first, then the constraint NOT VALID, then validate in a later migration:\nALTER TABLE ${qr(rel)} ADD COLUMN ...;\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} FOREIGN KEY (${q(column)}) REFERENCES ${ref ? qr(ref) : '...'}${refCols.length ? `(${refCols.map(q).join(', ')})` : ''} NOT VALID;\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`
            : `${sc.stmt.sql} NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`,
        });
      }
    }
    return hits;
  },
};
