import { observedLock, preExisting } from '../context.js';
import { qualifiedName, relationKey } from '../parser/ast.js';
import { alterTableCommands } from '../analysis.js';
import type { MigrationContext } from '../context.js';
import type { LintRule, RuleHit } from '../rule.js';

/**
 * The same migration goes on to drop the index's table, or one of its columns: that statement takes
 * ACCESS EXCLUSIVE and drops the index anyway, and drop-table / drop-column report it (one finding per cause).
 */
function droppedLaterWithItsTable(ctx: MigrationContext, from: number, tableKey: string, columns: (string | null)[]): boolean {
  for (const later of ctx.statements.slice(from + 1)) {
    const n = later.stmt.node;
    if (later.stmt.kind === 'DropStmt' && n.removeType === 'OBJECT_TABLE' && (n.objects ?? []).some((o: unknown) => qualifiedName(o)?.key === tableKey)) return true;
    if (alterTableCommands(later).some((a) => a.subtype === 'AT_DropColumn' && a.rel.key === tableKey && columns.includes(a.cmd.name))) return true;
  }
  return false;
}

export const rule: LintRule = {
  id: 'drop-index-not-concurrently',
  severity: 'warning',
  category: 'lock',
  kinds: ['DropStmt'],
  summary: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table',
  rationale: 'A plain DROP INDEX locks the whole table against reads and writes; if a long query holds the table, the DROP waits and every query behind it queues up.',
  safeAlternative: '-- its own migration file\nDROP INDEX CONCURRENTLY "Post_authorId_idx";',
  docs: {
    problem:
      'Reports `DROP INDEX` without `CONCURRENTLY` when the index belongs to a table that existed before the migration. Not when the same migration then drops that table or a column of the index (Prisma drops an index before removing its field): that statement takes ACCESS EXCLUSIVE and drops the index anyway, and `drop-table` / `drop-column` report it once.',
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
        const cols = t?.indexes.find((i) => i.name === idx.name)?.columns ?? [];
        if (key && droppedLaterWithItsTable(ctx, sc.stmt.index, key, cols)) continue;
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
