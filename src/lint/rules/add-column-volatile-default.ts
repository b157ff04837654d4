import { observedRewrite, preExisting, replayed } from '../context.js';
import { alterTableCommands, q, qr, volatileCalls } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-column-volatile-default',
  severity: 'error',
  category: 'rewrite',
  kinds: ['AlterTableStmt'],
  summary: 'ADD COLUMN with a volatile DEFAULT rewrites the whole table under an ACCESS EXCLUSIVE lock',
  rationale:
    'Since PostgreSQL 11 a constant default is stored once in the catalog, but a volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) must be computed per row: the table is rewritten while locked against reads and writes.',
  safeAlternative:
    'ALTER TABLE "User" ADD COLUMN "publicId" UUID;                         -- instant\nALTER TABLE "User" ALTER COLUMN "publicId" SET DEFAULT gen_random_uuid(); -- new rows only, instant\n-- backfill existing rows in batches, outside the migration:\nUPDATE "User" SET "publicId" = gen_random_uuid() WHERE "id" BETWEEN 1 AND 10000 AND "publicId" IS NULL;',
  docs: {
    problem: 'Reports `ADD COLUMN ... DEFAULT <expr>` on a table that existed before the migration when the expression calls a volatile function. With the replay, a default that turns out not to rewrite the table is not reported.',
    bad: 'ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT gen_random_uuid();',
    notes: '`now()` and `CURRENT_TIMESTAMP` are stable, not volatile: `ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP` is instant and not reported.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_AddColumn' || !preExisting(sc, rel.key)) continue;
        const def = cmd.def?.ColumnDef;
        const dflt = (def?.constraints ?? []).find((c: { Constraint?: { contype?: string } }) => c.Constraint?.contype === 'CONSTR_DEFAULT')?.Constraint;
        if (!dflt) continue;
        const calls = volatileCalls(dflt.raw_expr);
        const seen = observedRewrite(sc, rel.key);
        // The replay ran it and the table kept its storage: the default was not volatile after all.
        if (!calls.length || (!seen && replayed(sc))) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `ADD COLUMN "${def.colname}" with a volatile DEFAULT (${calls.map((c) => `${c}()`).join(', ')}) rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: seen,
          fix: `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} <type>;\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(def.colname)} SET DEFAULT <expression>;\n-- then backfill existing rows in batches outside the migration`,
        });
      }
    }
    return hits;
  },
};
