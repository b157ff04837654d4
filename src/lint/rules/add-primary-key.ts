import { observedLock, preExisting } from '../context.js';
import { addedConstraints, q, qr } from '../analysis.js';
import { strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';
import { hasValidatedNotNullCheck } from './set-not-null.js';

export const rule: LintRule = {
  id: 'add-primary-key',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'Adding a PRIMARY KEY builds its index (and may set NOT NULL) under an ACCESS EXCLUSIVE lock',
  rationale: 'ADD PRIMARY KEY scans the table for NULLs and builds a unique index while the table is locked against reads and writes.',
  safeAlternative:
    '-- migration 1 (alone in its file)\nCREATE UNIQUE INDEX CONCURRENTLY "Item_pkey" ON "Item"("id");\n-- migration 2 (the columns should already be NOT NULL, see set-not-null)\nALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY USING INDEX "Item_pkey";',
  docs: {
    problem:
      'Reports `ADD PRIMARY KEY` (or `ADD COLUMN ... PRIMARY KEY`) on a table that existed before the pull request. `ADD PRIMARY KEY USING INDEX` attaches an existing unique index and is quiet, unless a column of that index is nullable: a primary key makes its columns NOT NULL, an implicit SET NOT NULL that scans the table under ACCESS EXCLUSIVE (PostgreSQL documentation, "ALTER TABLE": "If PRIMARY KEY is specified, and the index\'s columns are not already marked NOT NULL, then this command will attempt to do ALTER COLUMN SET NOT NULL against each such column"). A validated `CHECK (col IS NOT NULL)` lets that step skip the scan (PostgreSQL 12+).',
    bad: 'ALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY ("id");',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, con, column } of addedConstraints(sc)) {
        if (con.contype !== 'CONSTR_PRIMARY' || !preExisting(sc, rel.key)) continue;
        if (con.indexname) {
          const t = sc.before.get(rel.key);
          const idx = t?.indexes.find((i) => i.name === con.indexname);
          // An index we do not know: say nothing rather than guess.
          const nullable = (idx?.columns ?? []).filter((c): c is string => !!c).filter((c) => {
            const col = t!.columns.find((x) => x.name === c);
            return !!col && !col.notNull && !hasValidatedNotNullCheck(t, c);
          });
          if (!nullable.length) continue;
          const name = con.conname ?? `${rel.name}_pkey`;
          hits.push({
            statement: sc.stmt.index,
            message: `PRIMARY KEY USING INDEX "${con.indexname}" makes nullable ${nullable.map((c) => `"${c}"`).join(', ')} NOT NULL: a scan of "${rel.display}" under an ACCESS EXCLUSIVE lock`,
            table: rel.display,
            tableKey: rel.key,
            observed: observedLock(sc, rel.key),
            fix: `${nullable.map((c) => `ALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(`${rel.name}_${c}_not_null`)} CHECK (${q(c)} IS NOT NULL) NOT VALID;`).join('\n')}\n-- next migration:\n${nullable.map((c) => `ALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(`${rel.name}_${c}_not_null`)};`).join('\n')}\n-- then:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} PRIMARY KEY USING INDEX ${q(con.indexname)};`,
          });
          continue;
        }
        const cols = column ? [column] : strings(con.keys);
        const name = con.conname ?? `${rel.name}_pkey`;
        hits.push({
          statement: sc.stmt.index,
          message: `PRIMARY KEY on "${rel.display}"(${cols.join(', ')}) builds its index under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: `-- migration 1, alone in its file:\nCREATE UNIQUE INDEX CONCURRENTLY ${q(name)} ON ${qr(rel)} (${cols.map(q).join(', ')});\n-- migration 2:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} PRIMARY KEY USING INDEX ${q(name)};`,
        });
      }
    }
    return hits;
  },
};
