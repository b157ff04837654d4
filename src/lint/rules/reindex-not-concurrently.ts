import { observedLock, preExisting } from '../context.js';
import { optionNames, rangeVar, relationKey } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'reindex-not-concurrently',
  severity: 'warning',
  category: 'lock',
  kinds: ['ReindexStmt'],
  summary: 'REINDEX without CONCURRENTLY blocks writes (and reads that use the index)',
  rationale: 'REINDEX locks the table against writes and the index against use for the whole rebuild.',
  safeAlternative: '-- its own migration file (PostgreSQL 12+)\nREINDEX INDEX CONCURRENTLY "Post_authorId_idx";',
  docs: {
    problem: 'Reports `REINDEX INDEX|TABLE|SCHEMA|DATABASE` without `CONCURRENTLY`, unless it targets a table (or an index of a table) created in the same migration.',
    bad: 'REINDEX TABLE "Post";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'ReindexStmt' || optionNames(n.params).includes('concurrently')) continue;
      const rel = rangeVar(n.relation);
      let key: string | undefined;
      let table: string | undefined;
      if (n.kind === 'REINDEX_OBJECT_TABLE' && rel) {
        key = rel.key;
        table = rel.display;
      } else if (n.kind === 'REINDEX_OBJECT_INDEX' && rel) {
        const t = sc.before.tableOfIndex(rel.schema, rel.name);
        if (t) {
          key = relationKey(t.schema, t.name);
          table = t.name;
        }
      }
      if (key && !preExisting(sc, key)) continue;
      const what = n.kind.replace('REINDEX_OBJECT_', '');
      const target = rel ? ` "${rel.display}"` : n.name ? ` "${n.name}"` : '';
      hits.push({
        statement: sc.stmt.index,
        message: `REINDEX ${what}${target} without CONCURRENTLY blocks writes while it rebuilds`,
        table,
        tableKey: key,
        observed: key ? observedLock(sc, key) : false,
        fix: `In a migration of its own: ${sc.stmt.sql.replace(/^REINDEX\s+(\([^)]*\)\s*)?(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\s+/i, 'REINDEX $1$2 CONCURRENTLY ')};`,
      });
    }
    return hits;
  },
};
