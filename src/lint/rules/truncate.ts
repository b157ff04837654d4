import { preExisting, replayed } from '../context.js';
import { rangeVar } from '../parser/ast.js';
import { qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'truncate',
  severity: 'error',
  category: 'data-loss',
  kinds: ['TruncateStmt'],
  summary: 'TRUNCATE deletes every row of the table',
  rationale: 'All rows are gone at once (CASCADE empties referencing tables too), under an ACCESS EXCLUSIVE lock; a migration that passes on an empty development database wipes production.',
  safeAlternative: '-- delete what must go, with a condition, in batches, after a verified backup:\nDELETE FROM "Session" WHERE "expiresAt" < now() - interval \'30 days\';',
  docs: {
    problem: 'Reports `TRUNCATE` of a table that existed before the migration.',
    bad: 'TRUNCATE TABLE "Session";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      if (sc.stmt.kind !== 'TruncateStmt') continue;
      for (const r of sc.stmt.node.relations ?? []) {
        const rel = rangeVar(r);
        if (!rel || !preExisting(sc, rel.key)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `TRUNCATE "${rel.display}"${sc.stmt.node.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every row`,
          table: rel.display,
          tableKey: rel.key,
          observed: replayed(sc),
          fix: `-- delete what must go, with a condition, in batches, after a verified backup:\nDELETE FROM ${qr(rel)} WHERE <which rows>;`,
        });
      }
    }
    return hits;
  },
};
