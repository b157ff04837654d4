import { observedRewrite, preExisting, replayed, type StatementContext } from '../context.js';
import { alterTableCommands, q, qr, type AlterCommand } from '../analysis.js';
import { classifyTypeChange, formatType, parseTypeString, typeFromAst, type TypeChange } from '../schema/column-type.js';
import type { LintRule, RuleHit } from '../rule.js';

export interface TypeChangeInfo {
  column: string;
  from: string | undefined;
  to: string;
  change: TypeChange;
}

/** What an `ALTER COLUMN ... TYPE` does, from the column's type just before the statement. */
export function typeChange(sc: StatementContext, a: AlterCommand): TypeChangeInfo {
  const toType = typeFromAst(a.cmd.def?.ColumnDef?.typeName);
  const col = sc.before.get(a.rel.key)?.columns.find((c) => c.name === a.cmd.name);
  let change = classifyTypeChange(col ? parseTypeString(col.type) : undefined, toType);
  // A USING expression computes a new value per row: a rewrite unless the type is unchanged.
  if (a.cmd.def?.ColumnDef?.raw_default && change === 'binary-coercible') change = 'rewrite';
  return { column: a.cmd.name, from: col?.type, to: formatType({ ...toType, serial: undefined }), change };
}

export const rule: LintRule = {
  id: 'change-column-type',
  severity: 'error',
  category: 'rewrite',
  kinds: ['AlterTableStmt'],
  summary: 'ALTER COLUMN ... TYPE rewrites the whole table (and its indexes) under an ACCESS EXCLUSIVE lock',
  rationale:
    'Changing a column type rewrites every row and rebuilds every index of the table while it is locked against reads and writes. Only binary-coercible changes (varchar(n) to a longer varchar or text, numeric precision up) are catalog-only.',
  safeAlternative:
    '-- expand and contract: a new column, written by the app, backfilled in batches\nALTER TABLE "Order" ADD COLUMN "total_v2" NUMERIC(12,2);\n-- backfill in batches, switch reads, then in a later release:\nALTER TABLE "Order" DROP COLUMN "total";',
  docs: {
    problem:
      'Reports `ALTER COLUMN ... TYPE` on a table that existed before the migration, unless the change is binary-coercible (`varchar(n)` to `varchar(m > n)`, to `varchar` or `text`; `numeric(p,s)` to `numeric(q >= p, s)`; a larger timestamp precision). With the replay, a change that does not rewrite the table is not reported, and one that does is marked as observed. Narrowing changes are reported by `narrowing-type-change` instead.',
    bad: 'ALTER TABLE "Order" ALTER COLUMN "total" SET DATA TYPE BIGINT;',
    notes: 'Prisma\'s enum-value removal (`ALTER TYPE ... RENAME`, `CREATE TYPE`, `ALTER COLUMN ... TYPE ... USING`) rewrites the table too: see `drop-enum-value-or-type`.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const changes = alterTableCommands(sc)
        .filter((a) => a.subtype === 'AT_AlterColumnType' && preExisting(sc, a.rel.key))
        .map((a) => ({ a, info: typeChange(sc, a) }));
      if (!changes.length) continue;
      // A rewrite is seen per statement: pin it on the sub-commands that explain it; if none does,
      // our prediction was wrong and every type change of the statement is the suspect.
      const explains = (c: TypeChange) => c === 'rewrite' || c === 'unknown' || c === 'narrowing';
      const explained = changes.some((c) => explains(c.info.change));
      for (const { a, info } of changes) {
        const seen = observedRewrite(sc, a.rel.key);
        if (info.change === 'narrowing') continue; // narrowing-type-change says it, with the data loss
        if (seen ? explained && !explains(info.change) : info.change === 'same' || info.change === 'binary-coercible' || replayed(sc)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `changing "${a.rel.display}"."${info.column}" ${info.from ? `from ${info.from} ` : ''}to ${info.to} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock`,
          table: a.rel.display,
          tableKey: a.rel.key,
          observed: seen,
          fix: `-- expand and contract instead of rewriting "${a.rel.display}":\nALTER TABLE ${qr(a.rel)} ADD COLUMN ${q(`${info.column}_new`)} ${info.to};\n-- write both columns from the application, backfill in batches outside the migration:\nUPDATE ${qr(a.rel)} SET ${q(`${info.column}_new`)} = ${q(info.column)}::${info.to} WHERE ${q(`${info.column}_new`)} IS NULL AND <batch>;\n-- switch reads to ${q(`${info.column}_new`)}, then in a later release:\nALTER TABLE ${qr(a.rel)} DROP COLUMN ${q(info.column)};`,
        });
      }
    }
    return hits;
  },
};
