import { observedRewrite, preExisting } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import { lit } from '../fixes.js';
import { strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-identity-or-serial-column',
  severity: 'error',
  category: 'rewrite',
  kinds: ['AlterTableStmt'],
  summary: 'ADD COLUMN SERIAL or GENERATED ... AS IDENTITY rewrites the whole table',
  rationale: 'A serial or identity column takes a value from a sequence for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock.',
  safeAlternative:
    'ALTER TABLE "Order" ADD COLUMN "number" INTEGER;                       -- instant\nCREATE SEQUENCE "Order_number_seq" OWNED BY "Order"."number";\nALTER TABLE "Order" ALTER COLUMN "number" SET DEFAULT nextval(\'"Order_number_seq"\'); -- new rows\n-- backfill existing rows in batches, then set NOT NULL with the CHECK ... NOT VALID pattern',
  docs: {
    problem: 'Reports `ADD COLUMN` of type `SERIAL`, `BIGSERIAL` or `SMALLSERIAL`, or with `GENERATED ... AS IDENTITY`, on a table that existed before the migration.',
    bad: 'ALTER TABLE "Order" ADD COLUMN "number" SERIAL NOT NULL;',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_AddColumn' || !preExisting(sc, rel.key)) continue;
        const def = cmd.def?.ColumnDef;
        const typeName = (strings(def?.typeName?.names).at(-1) ?? '').toLowerCase();
        const serial = /^(small|big)?serial[248]?$/.test(typeName);
        const identity = (def?.constraints ?? []).some((c: { Constraint?: { contype?: string } }) => c.Constraint?.contype === 'CONSTR_IDENTITY');
        if (!serial && !identity) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `ADD COLUMN "${def.colname}" ${serial ? typeName.toUpperCase() : 'GENERATED AS IDENTITY'} rewrites "${rel.display}" to number every existing row`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedRewrite(sc, rel.key),
          fix: (() => {
            const seq = q(`${rel.name}_${def.colname}_seq`);
            const intType = /^big/.test(typeName) || /big/.test(strings(def?.typeName?.names).join(' ')) ? 'BIGINT' : /^small/.test(typeName) ? 'SMALLINT' : 'INTEGER';
            return `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${intType}; -- instant\nCREATE SEQUENCE ${seq} OWNED BY ${qr(rel)}.${q(def.colname)};\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(def.colname)} SET DEFAULT nextval(${lit(seq)}); -- new rows\n-- backfill existing rows in batches, then set NOT NULL with the CHECK ... NOT VALID pattern`;
          })(),
        });
      }
    }
    return hits;
  },
};
