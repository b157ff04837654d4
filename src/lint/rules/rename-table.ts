import { preExisting, replayed } from '../context.js';
import { q, qr } from '../analysis.js';
import { rangeVar } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'rename-table',
  severity: 'error',
  category: 'compatibility',
  kinds: ['RenameStmt'],
  summary: 'Renaming a table (or a schema) breaks every running instance that still uses the old name',
  rationale: 'The running application keeps querying the old name until the new code is deployed: every query of the table fails in between, and rolling the code back breaks again.',
  safeAlternative:
    '-- expand: keep the old name working while both versions run\nALTER TABLE "Customer" RENAME TO "Client";\nCREATE VIEW "Customer" AS SELECT * FROM "Client"; -- simple views are updatable\n-- contract, in a later release: DROP VIEW "Customer";\n-- or keep the table name and map it in Prisma: model Client { ... @@map("Customer") }',
  docs: {
    problem: 'Reports `ALTER TABLE ... RENAME TO` of a table that existed before the pull request (a table it created is used by no running code), and `ALTER SCHEMA ... RENAME TO`, which renames every table of the schema at once.',
    bad: 'ALTER TABLE "Customer" RENAME TO "Client";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind === 'RenameStmt' && n.renameType === 'OBJECT_SCHEMA' && n.subname) {
        hits.push({
          statement: sc.stmt.index,
          message: `renaming schema "${n.subname}" to "${n.newname}" breaks every running instance that still queries a table of "${n.subname}"`,
          observed: replayed(sc),
          fix: `Keep the schema name (in schema.prisma, @@schema("${n.subname}") on the models), or move tables one by one with the expand/contract steps of a table rename.`,
        });
        continue;
      }
      if (sc.stmt.kind !== 'RenameStmt' || n.renameType !== 'OBJECT_TABLE') continue;
      const rel = rangeVar(n.relation);
      if (!rel || !preExisting(sc, rel.key)) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `renaming table "${rel.display}" to "${n.newname}" breaks every running instance that still queries "${rel.display}"`,
        table: rel.display,
        tableKey: rel.key,
        observed: replayed(sc),
        fix: `Keep the old name in the model with @@map("${rel.name}"), or bridge it:\n${sc.stmt.sql};\nCREATE VIEW ${qr(rel)} AS SELECT * FROM ${q(n.newname)};`,
      });
    }
    return hits;
  },
};
