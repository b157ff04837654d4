import type { LintRule, RuleHit } from '../rule.js';
import { nonTransactional } from './concurrently-in-transaction.js';

export const rule: LintRule = {
  id: 'migration-fails',
  severity: 'error',
  category: 'engine',
  summary: 'The statement fails when the migration is replayed on the history before it',
  rationale: 'Replayed in a real PostgreSQL engine on top of every earlier migration, the statement fails: it will fail the same way in every environment, and Prisma marks the migration as failed (P3009) until someone resolves it by hand.',
  safeAlternative: '-- reproduce it locally against a scratch database:\n--   npx prisma migrate reset && npx prisma migrate dev\n-- then fix the statement (the error names the missing object, type or value)',
  docs: {
    problem: 'Reports the statement that fails, with PostgreSQL\'s error, when the base history and the new migrations are replayed in the embedded database (or in `shadow-database-url`). Later statements of that migration are linted from the SQL alone.',
    bad: 'ALTER TABLE "Userr" ADD COLUMN "bio" TEXT; -- relation "Userr" does not exist',
    notes: 'A statement the embedded database cannot run for a reason of its own (an extension it does not ship) is reported as `replay-unsupported`, never as this rule.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const err = sc.trace?.error;
      if (!err || sc.trace?.unsupported) continue;
      // A CONCURRENTLY statement failing inside the migration's transaction: concurrently-in-transaction says it.
      if (nonTransactional(sc) && (err.code === '25001' || /transaction block/i.test(err.message))) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `this statement fails when replayed on the history before it: ${err.message}${err.code ? ` (SQLSTATE ${err.code})` : ''}`,
        observed: true,
      });
    }
    return hits;
  },
};
