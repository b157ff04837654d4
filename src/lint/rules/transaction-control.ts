import type { LintRule, RuleHit } from '../rule.js';

const CONTROL: Record<string, string> = {
  TRANS_STMT_BEGIN: 'BEGIN',
  TRANS_STMT_START: 'START TRANSACTION',
  TRANS_STMT_COMMIT: 'COMMIT',
  TRANS_STMT_ROLLBACK: 'ROLLBACK',
  TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
  TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
  TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};

export const rule: LintRule = {
  id: 'transaction-control',
  severity: 'error',
  category: 'correctness',
  kinds: ['TransactionStmt'],
  summary: 'BEGIN, COMMIT or ROLLBACK inside a Prisma migration',
  rationale:
    'Prisma runs the migration file as one script in one implicit transaction. A COMMIT in the middle makes everything before it permanent even if a later statement fails, so a failed migration is left half-applied; a ROLLBACK silently undoes work while Prisma records the migration as applied.',
  safeAlternative: '-- no transaction control: the whole file is already one transaction\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCREATE INDEX "User_bio_idx" ON "User"("bio");',
  docs: {
    problem: 'Reports `BEGIN`, `START TRANSACTION`, `COMMIT`, `END`, `ROLLBACK` and prepared-transaction commands in a migration. SAVEPOINT is not reported.',
    bad: 'BEGIN;\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCOMMIT;',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      if (sc.stmt.kind !== 'TransactionStmt') continue;
      const what = CONTROL[sc.stmt.node.kind];
      if (!what) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `${what} inside a migration: Prisma already runs the file as one transaction`,
        observed: false,
        fix: `Remove the ${what} statement.`,
      });
    }
    return hits;
  },
};
