import { observedRewrite, preExisting } from '../context.js';
import { alterTableCommands, qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'set-logged-unlogged',
  severity: 'error',
  category: 'rewrite',
  kinds: ['AlterTableStmt'],
  summary: 'ALTER TABLE ... SET LOGGED / SET UNLOGGED rewrites the whole table',
  rationale:
    'Switching persistence copies the whole table (and writes all of it to the WAL for SET LOGGED) under an ACCESS EXCLUSIVE lock. An UNLOGGED table is also emptied after a crash and is not replicated.',
  safeAlternative: '-- create the table with the persistence it needs from the start, or copy into a new table and swap names in a maintenance window\nCREATE UNLOGGED TABLE "CacheEntry_new" (LIKE "CacheEntry" INCLUDING ALL);',
  docs: {
    problem: 'Reports `ALTER TABLE ... SET LOGGED` and `SET UNLOGGED` on a table that existed before the migration.',
    bad: 'ALTER TABLE "CacheEntry" SET UNLOGGED;',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, subtype } of alterTableCommands(sc)) {
        if ((subtype !== 'AT_SetLogged' && subtype !== 'AT_SetUnLogged') || !preExisting(sc, rel.key)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `SET ${subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED'} rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedRewrite(sc, rel.key),
          fix: `-- in a maintenance window, giving up instead of queueing traffic:\nSET lock_timeout = '5s';\nALTER TABLE ${qr(rel)} SET ${subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED'};\n-- or create a new table with the persistence it needs and copy the rows in batches`,
        });
      }
    }
    return hits;
  },
};
