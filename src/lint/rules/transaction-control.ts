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
    problem: 'Reports `BEGIN`, `START TRANSACTION`, `COMMIT`, `END`, `ROLLBACK` and prepared-transaction commands in a migration. SAVEPOINT is not reported. A `BEGIN` that is the first statement with a `COMMIT` that is the last only restates the file\'s own transaction: a notice, not an error.',
    bad: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCOMMIT;\nCREATE INDEX "User_bio_idx" ON "User"("bio");',
  },
  check(ctx) {
    const controls = ctx.statements.filter((sc) => sc.stmt.kind === 'TransactionStmt' && CONTROL[sc.stmt.node.kind]);
    if (!controls.length) return [];
    // BEGIN as the very first statement and COMMIT as the very last only restate the transaction
    // the file already runs in: nothing can be left half-applied, so it is a notice, once.
    const [first, last] = controls;
    if (
      first &&
      last &&
      controls.length === 2 &&
      first === ctx.statements[0] &&
      last === ctx.statements.at(-1) &&
      ['TRANS_STMT_BEGIN', 'TRANS_STMT_START'].includes(first.stmt.node.kind) &&
      last.stmt.node.kind === 'TRANS_STMT_COMMIT'
    ) {
      return [
        {
          statement: first.stmt.index,
          message: `${CONTROL[first.stmt.node.kind]} ... COMMIT around the whole migration: redundant, Prisma already runs the file as one transaction`,
          why: 'The statements between them form one transaction either way, so nothing can be left half-applied; the pair only hides that CREATE INDEX CONCURRENTLY and similar statements cannot be added to this file.',
          observed: false,
          fix: `Remove the ${CONTROL[first.stmt.node.kind]} and COMMIT lines.`,
          severity: 'notice',
        },
      ];
    }
    return controls.map((sc) => {
      const what = CONTROL[sc.stmt.node.kind]!;
      return {
        statement: sc.stmt.index,
        message: `${what} inside a migration: Prisma already runs the file as one transaction`,
        observed: false,
        fix: `Remove the ${what} statement.`,
      };
    });
  },
};
