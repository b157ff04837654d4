import { preExisting, replayed, preExistingColumn } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import type { RelationName } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';
import { typeChange } from './change-column-type.js';

/** Check the data first; for a length limit, enforce it with a CHECK that validates without a rewrite. */
function narrowingFix(rel: RelationName, column: string, to: string): string {
  const len = /^(?:character varying|varchar|character|char)\((\d+)\)$/i.exec(to)?.[1];
  if (len) {
    const con = q(`${rel.name}_${column}_length`);
    return `-- check the data first:\nSELECT count(*) FROM ${qr(rel)} WHERE length(${q(column)}) > ${len};\n-- then enforce the limit without a rewrite:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${con} CHECK (length(${q(column)}) <= ${len}) NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${con};`;
  }
  return `-- check that no row changes (or fails) first:\nSELECT count(*) FROM ${qr(rel)} WHERE ${q(column)} IS DISTINCT FROM ${q(column)}::${to};\n-- then keep the type, or convert with expand/contract (a new column, backfilled in batches)`;
}

export const rule: LintRule = {
  id: 'narrowing-type-change',
  severity: 'error',
  category: 'data-loss',
  kinds: ['AlterTableStmt'],
  summary: 'ALTER COLUMN ... TYPE to a narrower type can truncate, round or reject existing data',
  rationale:
    'A shorter varchar, a smaller integer, fewer numeric digits or a lower timestamp precision either fails on existing values (the migration breaks in production) or silently rounds them; it also rewrites the table under an ACCESS EXCLUSIVE lock.',
  safeAlternative:
    '-- check the data first, then enforce the limit without a rewrite:\nSELECT count(*) FROM "User" WHERE length("name") > 100;\nALTER TABLE "User" ADD CONSTRAINT "User_name_length" CHECK (length("name") <= 100) NOT VALID;\n-- next migration:\nALTER TABLE "User" VALIDATE CONSTRAINT "User_name_length";',
  docs: {
    problem:
      'Reports `ALTER COLUMN ... TYPE` that narrows the column of a table that existed before the migration: `varchar(255)` to `varchar(100)`, `text` to `varchar(n)`, `bigint` to `integer`, `double precision` to `real`, `numeric(12,4)` to `numeric(10,2)`, `timestamp(6)` to `timestamp(3)`, numbers to integers.',
    bad: 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const a of alterTableCommands(sc)) {
        // A column the PR added holds no production data to cut.
        if (a.subtype !== 'AT_AlterColumnType' || !preExisting(sc, a.rel.key) || !preExistingColumn(sc, a.rel.key, a.cmd.name)) continue;
        const info = typeChange(sc, a);
        if (info.change !== 'narrowing') continue;
        hits.push({
          statement: sc.stmt.index,
          message: `changing "${a.rel.display}"."${info.column}" from ${info.from} to ${info.to} narrows it: longer or more precise values are rejected or rounded`,
          table: a.rel.display,
          tableKey: a.rel.key,
          observed: replayed(sc),
          fix: narrowingFix(a.rel, info.column, info.to),
        });
      }
    }
    return hits;
  },
};
