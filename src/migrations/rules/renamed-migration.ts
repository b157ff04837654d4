import { finding, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/**
 * Prisma identifies a migration by its folder name (`_prisma_migrations.migration_name`). A
 * renamed folder looks like a new, unapplied migration (its SQL runs twice and fails) while the
 * old name is reported as applied-but-missing.
 */
export const renamedMigration: HistoryRule = {
  id: 'renamed-migration',
  severity: 'error',
  summary: 'a migration folder was renamed',
  rationale: 'Prisma tracks migrations by folder name: a rename re-applies the SQL and orphans the old entry',
  check({ changes }) {
    return changes.services.flatMap((s) =>
      s.renamed.map(({ from, to }) =>
        finding(renamedMigration, {
          file: to.sqlPath,
          message: `migration ${from.name} was renamed to ${to.name}`,
          why: 'Prisma records applied migrations by folder name: every database that applied the old name would run this SQL again (and fail), and list the old name as missing',
          fix: `rename it back: git mv ${shellQuote(to.dir)} ${shellQuote(from.dir)}`,
        }),
      ),
    );
  },
};
