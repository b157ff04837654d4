import { preExisting, preExistingColumn, replayed } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'drop-column',
  severity: 'error',
  category: 'data-loss',
  kinds: ['AlterTableStmt'],
  summary: 'DROP COLUMN deletes the column\'s data and breaks code that still reads it',
  rationale:
    'The values are gone for good, and the running application (its Prisma client selects every column of the model) fails on every query of the table until the new code is deployed.',
  safeAlternative:
    '-- release 1: remove the field from schema.prisma usage (or mark it @ignore), deploy\n-- release 2, after a verified backup:\nALTER TABLE "User" DROP COLUMN "legacyId";',
  docs: {
    problem: 'Reports `ALTER TABLE ... DROP COLUMN` of a column that existed before the pull request (a column the pull request added, or any column of a table it created, holds no production data and is read by no running code). Prisma writes one when a field is removed or renamed in schema.prisma: for a rename, edit the migration to `RENAME COLUMN` (see `rename-column`).',
    bad: 'ALTER TABLE "User" DROP COLUMN "legacyId";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_DropColumn' || !preExisting(sc, rel.key) || !preExistingColumn(sc, rel.key, cmd.name)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `DROP COLUMN "${rel.display}"."${cmd.name}" deletes its data and breaks code that still reads it`,
          table: rel.display,
          tableKey: rel.key,
          observed: replayed(sc),
          fix: `-- release 1: stop reading ${q(cmd.name)} (remove the field from schema.prisma, or mark it @ignore), deploy\n-- release 2, after a verified backup:\nALTER TABLE ${qr(rel)} DROP COLUMN ${q(cmd.name)};`,
        });
      }
    }
    return hits;
  },
};
