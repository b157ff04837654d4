import { preExisting, preExistingColumn, replayed } from '../context.js';
import { rangeVar } from '../parser/ast.js';
import { q } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'update-without-where',
  severity: 'error',
  category: 'data-loss',
  kinds: ['UpdateStmt'],
  summary: 'UPDATE without WHERE overwrites a column in every row',
  rationale: 'Every row is overwritten in one transaction that holds a row lock on each of them until the migration ends; the old values are gone.',
  safeAlternative: '-- say which rows, and update in batches outside the migration:\nUPDATE "User" SET "plan" = \'free\' WHERE "plan" IS NULL AND "id" BETWEEN 1 AND 10000;',
  docs: {
    problem:
      'Reports `UPDATE` without a `WHERE` clause on a table that existed before the pull request (a table it created is empty). When it only fills columns added earlier in the same migration or by an earlier migration of the pull request (a backfill), nothing is overwritten: it is a warning, not an error, for the long transaction and row locks it holds.',
    bad: 'UPDATE "User" SET "plan" = \'free\';',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'UpdateStmt' || n.whereClause) continue;
      const rel = rangeVar(n.relation);
      if (!rel || !preExisting(sc, rel.key)) continue;
      const targets: string[] = (n.targetList ?? []).map((t: { ResTarget?: { name?: string } }) => t.ResTarget?.name).filter((s: unknown): s is string => typeof s === 'string');
      // Tracked from the parsed statements: an ADD COLUMN that failed to replay still makes its column new.
      const backfill = targets.length > 0 && targets.every((c) => !preExistingColumn(sc, rel.key, c));
      hits.push({
        statement: sc.stmt.index,
        message: backfill
          ? `UPDATE "${rel.display}" without WHERE backfills ${targets.map((c) => `"${c}"`).join(', ')} in every row in one transaction`
          : `UPDATE "${rel.display}" without WHERE overwrites ${targets.map((c) => `"${c}"`).join(', ')} in every row`,
        table: rel.display,
        tableKey: rel.key,
        observed: replayed(sc),
        fix: backfill
          ? `-- backfill in batches outside the migration (or in a migration of its own), e.g.:\n${sc.stmt.sql} WHERE ${targets.map((c) => `${q(c)} IS NULL`).join(' AND ')} AND <batch of keys>;`
          : `-- say which rows, and update them in batches outside the migration:\n${sc.stmt.sql} WHERE <which rows>;`,
        ...(backfill
          ? { severity: 'warning' as const, why: 'Nothing is overwritten (the columns are new), but one UPDATE of every row writes a new version of each row and holds a lock on each until the whole migration commits (a lock an earlier ALTER TABLE took is reported by lock-held-across-statements).' }
          : {}),
      });
    }
    return hits;
  },
};
