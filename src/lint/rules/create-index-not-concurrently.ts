import { observedLock, preExisting } from '../context.js';
import { rangeVar } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'create-index-not-concurrently',
  severity: 'warning',
  category: 'lock',
  kinds: ['IndexStmt'],
  summary: 'CREATE INDEX without CONCURRENTLY on an existing table blocks writes while the index builds',
  rationale:
    'A plain CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, for minutes on a large table.',
  safeAlternative: '-- its own migration file: CONCURRENTLY cannot run inside the transaction Prisma uses\nCREATE INDEX CONCURRENTLY "Post_authorId_idx" ON "Post"("authorId");',
  docs: {
    problem: 'Reports `CREATE INDEX` (and `CREATE UNIQUE INDEX`) without `CONCURRENTLY` on a table that existed before the migration. Tables created in the same migration are exempt: they are empty and nobody uses them yet.',
    bad: 'CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");',
    notes: 'Put the concurrent build alone in its own migration (see `concurrently-in-transaction`). If it fails, it leaves an INVALID index behind: drop it with `DROP INDEX CONCURRENTLY` and retry.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      if (sc.stmt.kind !== 'IndexStmt' || sc.stmt.node.concurrent) continue;
      const rel = rangeVar(sc.stmt.node.relation);
      if (!rel || !preExisting(sc, rel.key)) continue;
      const name = sc.stmt.node.idxname ? `"${sc.stmt.node.idxname}" ` : '';
      hits.push({
        statement: sc.stmt.index,
        message: `CREATE INDEX ${name}on "${rel.display}" without CONCURRENTLY blocks writes to the table while the index builds`,
        table: rel.display,
        tableKey: rel.key,
        observed: observedLock(sc, rel.key),
        fix: `In a migration of its own: ${sc.stmt.sql.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\s+/i, '$1 CONCURRENTLY ')};`,
      });
    }
    return hits;
  },
};
