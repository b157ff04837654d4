import { replayed } from '../context.js';
import { qualifiedName } from '../parser/ast.js';
import { q } from '../analysis.js';
import { columnsOfType, lit, qk } from '../fixes.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'alter-enum-rename-value',
  severity: 'error',
  category: 'compatibility',
  kinds: ['AlterEnumStmt'],
  summary: 'ALTER TYPE ... RENAME VALUE breaks the application that still writes the old value',
  rationale:
    'The running application (and its generated Prisma client) still sends the old label: every write of it fails with "invalid input value for enum" from the moment the migration commits until the new code is deployed, and a rollback of the code breaks again.',
  safeAlternative:
    '-- expand: add the new value, deploy code that writes it, migrate rows in batches\nALTER TYPE "Status" ADD VALUE \'ARCHIVED\';\nUPDATE "Post" SET "status" = \'ARCHIVED\' WHERE "status" = \'OLD\' AND "id" BETWEEN 1 AND 10000;\n-- contract, in a later release: remove the old value',
  docs: {
    problem: 'Reports `ALTER TYPE ... RENAME VALUE` on an enum that existed before the migration.',
    bad: 'ALTER TYPE "Status" RENAME VALUE \'OLD\' TO \'ARCHIVED\';',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'AlterEnumStmt' || n.oldVal === undefined) continue;
      const t = qualifiedName(n.typeName);
      if (!t || sc.createdTypes.has(t.key)) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `renaming value '${n.oldVal}' of enum "${t.display}" to '${n.newVal}' breaks every running instance that still writes '${n.oldVal}'`,
        observed: replayed(sc),
        fix: `-- expand: add the new value, deploy code that writes it, move rows in batches\nALTER TYPE ${t.qualified ? `${q(t.schema)}.` : ''}${q(t.name)} ADD VALUE ${lit(n.newVal)} AFTER ${lit(n.oldVal)};\n${(columnsOfType(sc.before, t.key).map((u) => `UPDATE ${qk(u.tableKey)} SET ${q(u.column)} = ${lit(n.newVal)} WHERE ${q(u.column)} = ${lit(n.oldVal)};`).join('\n') || `-- UPDATE each column of this type: SET it to ${lit(n.newVal)} WHERE it is ${lit(n.oldVal)}`)}\n-- contract, in a later release: remove ${lit(n.oldVal)} (Prisma recreates the enum)`,
      });
    }
    return hits;
  },
};
