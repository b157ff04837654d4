import { observedLock, preExisting } from '../context.js';
import { addedConstraints, q, qr } from '../analysis.js';
import { strings } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'add-unique-constraint',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock',
  rationale: 'ADD CONSTRAINT ... UNIQUE builds a unique index while the table is locked against reads and writes.',
  safeAlternative:
    '-- migration 1 (alone in its file)\nCREATE UNIQUE INDEX CONCURRENTLY "User_email_key" ON "User"("email");\n-- migration 2: instant, reuses the index\nALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE USING INDEX "User_email_key";',
  docs: {
    problem: 'Reports `ADD CONSTRAINT ... UNIQUE` (and `ADD COLUMN ... UNIQUE`) on a table that existed before the migration, unless it attaches an existing index with `USING INDEX`.',
    bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");',
    notes: 'Prisma itself writes `CREATE UNIQUE INDEX` for `@unique`: that statement is covered by `create-index-not-concurrently`.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, con, column } of addedConstraints(sc)) {
        if (con.contype !== 'CONSTR_UNIQUE' || con.indexname || !preExisting(sc, rel.key)) continue;
        const cols = column ? [column] : strings(con.keys);
        const name = con.conname ?? `${rel.name}_${cols.join('_')}_key`;
        hits.push({
          statement: sc.stmt.index,
          message: `UNIQUE constraint ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}"(${cols.join(', ')}) builds its index under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: `-- migration 1, alone in its file:\nCREATE UNIQUE INDEX CONCURRENTLY ${q(name)} ON ${qr(rel)} (${cols.map(q).join(', ')});\n-- migration 2:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} UNIQUE USING INDEX ${q(name)};`,
        });
      }
    }
    return hits;
  },
};
