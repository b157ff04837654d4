import { sameType } from '../schema/column-type.js';
import type { LintRule, RuleHit } from '../rule.js';
import { addedForeignKeys } from './foreign-key-without-index.js';

export const rule: LintRule = {
  id: 'foreign-key-type-mismatch',
  severity: 'warning',
  category: 'correctness',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  summary: 'A foreign key column\'s type differs from the column it references',
  rationale:
    'PostgreSQL accepts compatible types (integer referencing bigint, varchar referencing text), but every check and join then casts, indexes may not be used, and the smaller side overflows first: an integer column cannot reference ids past 2^31.',
  safeAlternative: '-- give the referencing column exactly the referenced column\'s type\nALTER TABLE "Post" ADD COLUMN "authorId" BIGINT REFERENCES "User"("id"); -- "User"."id" is BIGINT',
  docs: {
    problem: 'Reports a foreign key added by the migration when, at the end of the migration, a referencing column\'s type is not the referenced column\'s type (as PostgreSQL\'s format_type prints them).',
    bad: 'CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER REFERENCES "User"("id")); -- "User"."id" is BIGINT',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const fk of addedForeignKeys(ctx)) {
      const t = ctx.after.tables.get(fk.rel.key);
      const ref = fk.ref ? ctx.after.tables.get(fk.ref.key) : undefined;
      if (!t || !ref) continue;
      const refCols = fk.refColumns.length ? fk.refColumns : (ref.constraints.find((c) => c.type === 'p')?.columns ?? []);
      fk.columns.forEach((col, i) => {
        const refCol = refCols[i];
        const a = t.columns.find((c) => c.name === col)?.type;
        const b = refCol ? ref.columns.find((c) => c.name === refCol)?.type : undefined;
        if (!a || !b || sameType(a, b)) return;
        hits.push({
          statement: fk.statement,
          message: `foreign key column "${fk.rel.display}"."${col}" is ${a} but references "${fk.ref!.display}"."${refCol}", which is ${b}`,
          table: fk.rel.display,
          tableKey: fk.rel.key,
          observed: ctx.trace?.ok === true,
          fix: `Declare "${col}" as ${b} (in schema.prisma, the same scalar type and @db attribute as the referenced field).`,
        });
      });
    }
    return hits;
  },
};
