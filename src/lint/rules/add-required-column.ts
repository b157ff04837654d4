import { preExisting } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import { strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

/** `ADD COLUMN ... NOT NULL` that PostgreSQL cannot fill: no DEFAULT, identity, generation or serial. */
export function requiredWithoutDefault(def: { constraints?: { Constraint?: { contype?: string } }[]; typeName?: unknown } | undefined): boolean {
  const cons = def?.constraints ?? [];
  const notNull = cons.some((c) => c.Constraint?.contype === 'CONSTR_NOTNULL' || c.Constraint?.contype === 'CONSTR_PRIMARY');
  const filled = cons.some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.Constraint?.contype ?? ''));
  const serial = /^(small|big)?serial[248]?$/i.test(strings((def?.typeName as { names?: unknown } | undefined)?.names).at(-1) ?? '');
  return notNull && !filled && !serial;
}

export const rule: LintRule = {
  id: 'add-required-column',
  severity: 'warning',
  category: 'correctness',
  kinds: ['AlterTableStmt'],
  summary: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows',
  rationale:
    'PostgreSQL fills the existing rows with NULL, which the NOT NULL constraint rejects: the migration works on an empty development database and fails wherever the table has a row (Prisma warns: "Added the required column ... without a default value. This is not possible if the table is not empty").',
  safeAlternative:
    '-- a constant DEFAULT is instant (PostgreSQL 11+) and fills every row:\nALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL DEFAULT 0;\n-- or add it nullable, backfill in batches, then SET NOT NULL with the CHECK ... NOT VALID pattern (see set-not-null)',
  docs: {
    problem:
      'Reports `ALTER TABLE ... ADD COLUMN ... NOT NULL` without a `DEFAULT` (nor identity, generated or serial, which fill every row) on a table that existed before the pull request. Its severity follows what is known about the table: an **error** when `stats-database-url` shows rows in it (the migration will fail there), a **warning** when the row count is unknown (no `stats-database-url`), and nothing when the statistics show the table empty.',
    bad: 'ALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL;',
    notes:
      'A table created by the same pull request (in this migration or an earlier one of the PR) is empty on every environment: quiet. The row count is `pg_class.reltuples` (or `n_live_tup` when the table was never analysed) of the stats database, an estimate: a table that just received its first rows may still read 0.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_AddColumn' || !preExisting(sc, rel.key)) continue;
        const def = cmd.def?.ColumnDef;
        if (!requiredWithoutDefault(def)) continue;
        const type = strings(def.typeName?.names).filter((n) => n !== 'pg_catalog').join('.') || '<type>';
        hits.push({
          statement: sc.stmt.index,
          message: `ADD COLUMN "${def.colname}" NOT NULL without a DEFAULT on "${rel.display}" fails if the table has any row`,
          table: rel.display,
          tableKey: rel.key,
          observed: false,
          fix: `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${type} NOT NULL DEFAULT <constant>;\n-- or: ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${type}; backfill in batches; then the CHECK ... NOT VALID pattern of set-not-null`,
        });
      }
    }
    return hits;
  },
};
