import { preExisting, preExistingColumn, replayed } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'drop-not-null',
  severity: 'notice',
  category: 'compatibility',
  kinds: ['AlterTableStmt'],
  summary: 'DROP NOT NULL lets NULLs in that running code may not expect',
  rationale:
    'The change itself is instant, but from now on the column can hold NULL: code of the previous release (its Prisma client types the field as required) and other readers (reports, exports, other services) may fail on the first NULL they read.',
  safeAlternative:
    '-- release 1: make every reader handle NULL (in schema.prisma: field String?), deploy\n-- release 2:\nALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;',
  docs: {
    problem:
      'Reports `ALTER COLUMN ... DROP NOT NULL` of a column that existed before the pull request and was NOT NULL, as a notice: it takes no long lock and loses no data, but readers may break. A column the pull request added, or a table it created, is quiet.',
    bad: 'ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_DropNotNull' || !preExisting(sc, rel.key) || !preExistingColumn(sc, rel.key, cmd.name)) continue;
        const col = sc.before.get(rel.key)?.columns.find((c) => c.name === cmd.name);
        if (col && !col.notNull) continue; // already nullable: a no-op
        hits.push({
          statement: sc.stmt.index,
          message: `DROP NOT NULL on "${rel.display}"."${cmd.name}": readers that expect a value (the running release's Prisma client among them) may fail on the first NULL`,
          table: rel.display,
          tableKey: rel.key,
          observed: replayed(sc),
          fix: `Make the field optional in schema.prisma and deploy code that handles NULL first; then:\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(cmd.name)} DROP NOT NULL;`,
        });
      }
    }
    return hits;
  },
};
