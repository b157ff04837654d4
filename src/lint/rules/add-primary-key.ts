import { observedLock, preExisting } from '../context.js';
import { addedConstraints, q, qr } from '../analysis.js';
import { strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

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
    problem: 'Reports `ADD PRIMARY KEY` (or `ADD COLUMN ... PRIMARY KEY`) on a table that existed before the migration, unless it attaches an existing unique index with `USING INDEX`.',
    bad: 'ALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY ("id");',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, con, column } of addedConstraints(sc)) {
        if (con.contype !== 'CONSTR_PRIMARY' || con.indexname || !preExisting(sc, rel.key)) continue;
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
