import { replayed, type StatementContext } from '../context.js';
import { columnsOfType, lit, qk } from '../fixes.js';
import { q } from '../analysis.js';
import { qualifiedName } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'drop-enum-value-or-type',
  severity: 'error',
  category: 'data-loss',
  kinds: ['DropStmt'],
  summary: 'Dropping an enum type, or recreating it without some values, loses data and breaks writers',
  rationale:
    'PostgreSQL cannot drop an enum value, so Prisma renames the type, creates a new one without the value, converts each column with USING and drops the old type: rows holding a removed value make the conversion fail, and the running application still writes it.',
  safeAlternative:
    '-- 1. stop writing the value (deploy), 2. move the rows off it in batches:\nUPDATE "Post" SET "status" = \'ARCHIVED\' WHERE "status" = \'HIDDEN\' AND "id" BETWEEN 1 AND 10000;\n-- 3. only then run the enum recreation Prisma generated',
  docs: {
    problem:
      'Reports `DROP TYPE` of a type that existed before the migration while a column still has that type (PostgreSQL then refuses without CASCADE, and CASCADE drops the columns). A type no column uses when it is dropped is quiet: when its tables were dropped just above, `drop-table` reports that data once. For Prisma\'s enum recreation (RENAME TO "X_old", CREATE TYPE "X", ALTER COLUMN ... USING, DROP TYPE "X_old") it names the values that are removed, and stays quiet when none is, or when every column of the type was converted above with an explicit `USING (CASE ... ELSE ... END)` mapping (no row can fail the conversion; `change-column-type` reports the rewrite).',
    bad: 'ALTER TYPE "Status" RENAME TO "Status_old";\nCREATE TYPE "Status" AS ENUM (\'DRAFT\', \'PUBLISHED\');\nALTER TABLE "Post" ALTER COLUMN "status" TYPE "Status" USING ("status"::text::"Status");\nDROP TYPE "Status_old";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_TYPE') continue;
      for (const o of n.objects ?? []) {
        const t = qualifiedName(o?.TypeName?.names ?? o);
        if (!t || sc.createdTypes.has(t.key)) continue;
        const original = ctx.renamedTypes.get(t.key);
        if (original) {
          const oldLabels = ctx.before.enums.get(original);
          const newLabels = sc.before.enums.get(original);
          const originalName = original.replace(/^public\./, '');
          if (oldLabels && newLabels) {
            const removed = oldLabels.filter((l) => !newLabels.includes(l));
            if (!removed.length) continue; // recreated with every old value: nothing lost
            const users = columnsOfType(ctx.before, original);
            // Each column was converted above with an explicit mapping that has an ELSE: no row can
            // fail the conversion, and change-column-type already reports the rewrite.
            if (users.length && users.every((u) => mappedAbove(ctx.statements, sc.stmt.index, u.tableKey, u.column))) continue;
            const kept = newLabels[0];
            hits.push({
              fix: `-- 1. stop writing ${removed.map(lit).join(', ')} (deploy), 2. move the rows off ${removed.length > 1 ? 'them' : 'it'} in batches:\n${(users.length ? users : [{ tableKey: '<table>', column: '<column>' }])
                .map((u) => `UPDATE ${u.tableKey === '<table>' ? '<table>' : qk(u.tableKey)} SET ${u.column === '<column>' ? '<column>' : q(u.column)} = ${kept ? lit(kept) : '<kept value>'} WHERE ${u.column === '<column>' ? '<column>' : q(u.column)} IN (${removed.map(lit).join(', ')});`)
                .join('\n')}\n-- 3. only then run this enum recreation`,
              statement: sc.stmt.index,
              message: `enum "${originalName}" loses value${removed.length > 1 ? 's' : ''} ${removed.map((l) => `'${l}'`).join(', ')}: rows holding ${removed.length > 1 ? 'them' : 'it'} fail the conversion, and running code still writes ${removed.length > 1 ? 'them' : 'it'}`,
              observed: replayed(sc),
            });
            continue;
          }
          hits.push({
            statement: sc.stmt.index,
            message: `enum "${originalName}" is recreated and its old type "${t.display}" dropped: values missing from the new type are lost`,
            observed: replayed(sc),
            fix: `-- compare the values of ${q(originalName)} before and after this migration; for each value removed, stop writing it (deploy) and move its rows in batches first:\n${columnsOfType(ctx.before, original).map((u) => `UPDATE ${qk(u.tableKey)} SET ${q(u.column)} = <kept value> WHERE ${q(u.column)} = <removed value>;`).join('\n') || '-- UPDATE each column of the type'}`,
          });
          continue;
        }
        // One finding per cause: no column holds the type any more (its tables were dropped above,
        // drop-table reports that data), or none ever did: nothing is lost here.
        if (!columnsOfType(sc.before, t.key).length) continue;
        const users = columnsOfType(sc.before, t.key);
        hits.push({
          statement: sc.stmt.index,
          message: `DROP TYPE "${t.display}" drops a type that existed before this migration, still used by ${users.map((u) => `${qk(u.tableKey)}.${q(u.column)}`).join(', ')}`,
          observed: replayed(sc),
          fix: `-- release 1: stop using the values (deploy); release 2, after a verified backup: drop or convert the columns first\n${users.map((u) => `ALTER TABLE ${qk(u.tableKey)} ALTER COLUMN ${q(u.column)} TYPE TEXT USING ${q(u.column)}::text;`).join('\n')}\n${sc.stmt.sql};`,
        });
      }
    }
    return hits;
  },
};

/**
 * True when a statement before `index` converts `table.column` with `USING (CASE ... ELSE ... END)`:
 * every value, removed or not, maps to a value of the new type.
 */
function mappedAbove(statements: readonly StatementContext[], index: number, tableKey: string, column: string): boolean {
  const table = tableKey.slice(tableKey.indexOf('.') + 1);
  const names = (name: string) => [`"${name.replace(/"/g, '""')}"`, ...(/^[a-z_][a-z0-9_]*$/.test(name) ? [name] : [])];
  const mentions = (sql: string, name: string) => names(name).some((n) => new RegExp(`(^|[^A-Za-z0-9_"])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_"])`).test(sql));
  return statements.some(
    (o) =>
      o.stmt.index < index &&
      o.stmt.kind === 'AlterTableStmt' &&
      /\bTYPE\b[\s\S]*\bUSING\b[\s\S]*\bCASE\b[\s\S]*\bELSE\b[\s\S]*\bEND\b/i.test(o.stmt.sql) &&
      mentions(o.stmt.sql, table) &&
      mentions(o.stmt.sql, column),
  );
}
