import { shellQuote } from '../../security/shell-quote.js';
import { optionNames } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';
import type { StatementContext } from '../context.js';

/** Statements PostgreSQL refuses to run inside a transaction block. */
export function nonTransactional(sc: StatementContext): string | undefined {
  const n = sc.stmt.node;
  switch (sc.stmt.kind) {
    case 'IndexStmt':
      return n.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return n.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt':
      return optionNames(n.params).includes('concurrently') ? 'REINDEX CONCURRENTLY' : undefined;
    case 'AlterTableStmt':
      return (n.cmds ?? []).some((c: { AlterTableCmd?: { subtype?: string; def?: { PartitionCmd?: { concurrent?: boolean } } } }) => c.AlterTableCmd?.def?.PartitionCmd?.concurrent)
        ? 'DETACH PARTITION CONCURRENTLY'
        : undefined;
    case 'VacuumStmt':
      return n.is_vacuumcmd ? 'VACUUM' : undefined;
    default:
      return undefined;
  }
}

export const rule: LintRule = {
  id: 'concurrently-in-transaction',
  severity: 'error',
  category: 'correctness',
  kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'VacuumStmt'],
  summary: 'A CONCURRENTLY statement shares its migration with other statements, so it runs in a transaction and fails',
  rationale:
    'Prisma sends migration.sql to PostgreSQL as one script, which runs as one implicit transaction; CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY cannot run inside a transaction block, so the migration fails half-way in production.',
  safeAlternative: '-- prisma/migrations/20240101000000_add_post_author_index/migration.sql holds exactly one statement:\nCREATE INDEX CONCURRENTLY "Post_authorId_idx" ON "Post"("authorId");',
  docs: {
    problem: 'Reports a `CONCURRENTLY` statement (CREATE INDEX, DROP INDEX, REINDEX, DETACH PARTITION), or a `VACUUM`, in a migration that holds any other statement, `SET lock_timeout` included.',
    bad: 'ALTER TABLE "Post" ADD COLUMN "slug" TEXT;\nCREATE INDEX CONCURRENTLY "Post_slug_idx" ON "Post"("slug");',
    notes: 'Create an empty migration with `prisma migrate dev --create-only`, put the single statement in it, and apply it like any other.',
  },
  check(ctx) {
    const parsedCount = ctx.statements.length;
    if (parsedCount < 2) return [];
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const what = nonTransactional(sc);
      if (!what) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `${what} cannot run inside a transaction block, and this migration has ${parsedCount} statements: Prisma runs them as one transaction, so it fails`,
        observed: false,
        fix: `Move this statement alone into a new migration (npx prisma migrate dev --create-only --name ${shellQuote(`${ctx.name.replace(/^\d+_/, '')}_concurrently`)}):\n${sc.stmt.sql};`,
      });
    }
    return hits;
  },
};
