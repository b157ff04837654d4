import { observedRewrite, preExisting } from '../context.js';
import { alterTableCommands, q, qr } from '../analysis.js';
import { strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-generated-stored-column',
  severity: 'error',
  category: 'rewrite',
  kinds: ['AlterTableStmt'],
  summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED rewrites the whole table',
  rationale: 'A stored generated column is computed and written for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock.',
  safeAlternative:
    '-- a plain column kept up to date by the application or a trigger, backfilled in batches:\nALTER TABLE "User" ADD COLUMN "fullName" TEXT;\n-- or compute it at read time (a view, or an expression index)',
  docs: {
    problem: 'Reports `ADD COLUMN ... GENERATED ALWAYS AS (...) STORED` on a table that existed before the migration.',
    bad: 'ALTER TABLE "User" ADD COLUMN "fullName" TEXT GENERATED ALWAYS AS ("first" || \' \' || "last") STORED;',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype !== 'AT_AddColumn' || !preExisting(sc, rel.key)) continue;
        const def = cmd.def?.ColumnDef;
        if (!(def?.constraints ?? []).some((c: { Constraint?: { contype?: string } }) => c.Constraint?.contype === 'CONSTR_GENERATED')) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `ADD COLUMN "${def.colname}" GENERATED ... STORED rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedRewrite(sc, rel.key),
          fix: `-- a plain column, kept up to date by the application or a trigger, backfilled in batches:\nALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${strings(def.typeName?.names).filter((n) => n !== 'pg_catalog').join('.') || '<type>'};\n-- or compute it at read time (a view, or an expression index)`,
        });
      }
    }
    return hits;
  },
};
