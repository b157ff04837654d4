import { replayed } from '../context.js';
import type { SchemaFacts } from '../replay/types.js';
import type { SchemaView } from '../schema/model.js';
import { qualifiedName } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

/** Tables with a column of the type (format_type() spelling: `"Role"`, `Role[]`, `auth."Role"`). */
function tablesUsing(facts: SchemaFacts | SchemaView, typeKey: string): string[] {
  const dot = typeKey.indexOf('.');
  const [schema, name] = [typeKey.slice(0, dot), typeKey.slice(dot + 1)];
  const out: string[] = [];
  for (const [key, t] of facts.tables) {
    const uses = t.columns.some((c) => {
      const parts = c.type.replace(/\[\]$/, '').match(/"(?:[^"]|"")*"|[^."]+/g)?.map((p) => p.replace(/^"|"$/g, '').replace(/""/g, '"')) ?? [];
      const n = parts.at(-1);
      const sch = parts.length > 1 ? parts.at(-2) : undefined;
      return n === name && (sch === undefined || sch === schema);
    });
    if (uses) out.push(key);
  }
  return out;
}

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
      'Reports `DROP TYPE` of a type that existed before the migration while a column still has that type (PostgreSQL then refuses without CASCADE, and CASCADE drops the columns). A type no column uses when it is dropped is quiet: when its tables were dropped just above, `drop-table` reports that data once. For Prisma\'s enum recreation (RENAME TO "X_old", CREATE TYPE "X", ALTER COLUMN ... USING, DROP TYPE "X_old") it names the values that are removed, and stays quiet when none is.',
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
            hits.push({
              statement: sc.stmt.index,
              message: `enum "${originalName}" loses value${removed.length > 1 ? 's' : ''} ${removed.map((l) => `'${l}'`).join(', ')}: rows holding ${removed.length > 1 ? 'them' : 'it'} fail the conversion, and running code still writes ${removed.length > 1 ? 'them' : 'it'}`,
              observed: replayed(sc),
            });
            continue;
          }
          hits.push({ statement: sc.stmt.index, message: `enum "${originalName}" is recreated and its old type "${t.display}" dropped: values missing from the new type are lost`, observed: replayed(sc) });
          continue;
        }
        // One finding per cause: no column holds the type any more (its tables were dropped above,
        // drop-table reports that data), or none ever did: nothing is lost here.
        if (!tablesUsing(sc.before, t.key).length) continue;
        hits.push({ statement: sc.stmt.index, message: `DROP TYPE "${t.display}" drops a type that existed before this migration`, observed: replayed(sc) });
      }
    }
    return hits;
  },
};
