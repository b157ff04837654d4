import { observedLock, preExisting } from '../context.js';
import { qualifiedName, relationKey } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'drop-index-not-concurrently',
  severity: 'warning',
  category: 'lock',
  kinds: ['DropStmt'],
  summary: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table',
  rationale: 'A plain DROP INDEX locks the whole table against reads and writes; if a long query holds the table, the DROP waits and every query behind it queues up.',
  safeAlternative: '-- its own migration file\nDROP INDEX CONCURRENTLY "Post_authorId_idx";',
  docs: {
    problem: 'Reports `DROP INDEX` without `CONCURRENTLY` when the index belongs to a table that existed before the migration.',
    bad: 'DROP INDEX "Post_authorId_idx";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_INDEX' || n.concurrent) continue;
      for (const o of n.objects ?? []) {
        const idx = qualifiedName(o);
        if (!idx) continue;
        const t = sc.before.tableOfIndex(idx.schema, idx.name);
        const key = t ? relationKey(t.schema, t.name) : undefined;
        // An index of a table created in this migration can go without ceremony.
        if (key && !preExisting(sc, key)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `DROP INDEX "${idx.display}"${t ? ` on "${t.name}"` : ''} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table`,
          table: t?.name,
          tableKey: key,
          observed: key ? observedLock(sc, key) : false,
          fix: `In a migration of its own: DROP INDEX CONCURRENTLY ${n.missing_ok ? 'IF EXISTS ' : ''}"${idx.name}";`,
        });
      }
    }
    return hits;
  },
};
