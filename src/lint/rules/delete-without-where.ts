import { preExisting, replayed } from '../context.js';
import { rangeVar } from '../parser/ast.js';
import { qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'delete-without-where',
  severity: 'error',
  category: 'data-loss',
  kinds: ['DeleteStmt'],
  summary: 'DELETE without WHERE deletes every row of the table',
  rationale: 'Every row goes, in one long transaction that locks each row it deletes; an empty development table hides it.',
  safeAlternative: '-- say which rows, and delete them in batches outside the migration:\nDELETE FROM "Session" WHERE "expiresAt" < now() AND "id" IN (SELECT "id" FROM "Session" WHERE "expiresAt" < now() LIMIT 10000);',
  docs: {
    problem: 'Reports `DELETE FROM` without a `WHERE` clause on a table that existed before the migration.',
    bad: 'DELETE FROM "Session";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'DeleteStmt' || n.whereClause) continue;
      const rel = rangeVar(n.relation);
      if (!rel || !preExisting(sc, rel.key)) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `DELETE FROM "${rel.display}" without WHERE deletes every row`,
        table: rel.display,
        tableKey: rel.key,
        observed: replayed(sc),
        fix: `-- say which rows, and delete them in batches outside the migration:\n${sc.stmt.sql} WHERE <which rows>;`,
      });
    }
    return hits;
  },
};
