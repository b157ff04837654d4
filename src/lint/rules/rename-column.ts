import { preExisting, preExistingColumn, replayed } from '../context.js';
import { rangeVar } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'rename-column',
  severity: 'error',
  category: 'compatibility',
  kinds: ['RenameStmt'],
  summary: 'Renaming a column breaks every running instance that still uses the old name',
  rationale: 'The running application\'s Prisma client selects the column by its old name: every query of the table fails until the new code is deployed.',
  safeAlternative:
    '-- keep the database name and rename only in Prisma:\n--   newName String @map("oldName")\n-- or expand/contract: add the new column, write both, backfill, switch reads, drop the old one later\nALTER TABLE "User" ADD COLUMN "displayName" TEXT;',
  docs: {
    problem: 'Reports `ALTER TABLE ... RENAME COLUMN` of a column that existed before the pull request. A column added earlier in the same migration or by an earlier migration of the same pull request, or any column of a table the pull request created, is exempt: no running code reads it yet.',
    bad: 'ALTER TABLE "User" RENAME COLUMN "name" TO "displayName";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'RenameStmt' || n.renameType !== 'OBJECT_COLUMN' || (n.relationType && n.relationType !== 'OBJECT_TABLE')) continue;
      const rel = rangeVar(n.relation);
      // A column this PR added (or a table it created) is read by no running code yet.
      if (!rel || !preExisting(sc, rel.key) || !preExistingColumn(sc, rel.key, n.subname)) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `renaming column "${rel.display}"."${n.subname}" to "${n.newname}" breaks every running instance that still reads "${n.subname}"`,
        table: rel.display,
        tableKey: rel.key,
        observed: replayed(sc),
        fix: `Keep the column name and map the field in schema.prisma: ${n.newname} ... @map("${n.subname}")`,
      });
    }
    return hits;
  },
};
