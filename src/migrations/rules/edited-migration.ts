import { finding, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/**
 * "Don't modify existing migrations." A migration that reached the base branch may already be
 * applied somewhere; Prisma never re-runs it, so the edit reaches only fresh databases and the
 * environments diverge (and `_prisma_migrations.checksum` no longer matches the file).
 */
export const editedMigration: HistoryRule = {
  id: 'edited-migration',
  severity: 'error',
  summary: 'an existing migration.sql was edited',
  rationale: 'applied migrations never run again: an edit only reaches new databases, so environments diverge',
  check({ changes, changedLine }) {
    return changes.services.flatMap((s) =>
      s.modified.map((m) =>
        finding(editedMigration, {
          file: m.sqlPath,
          line: changedLine?.(m.sqlPath),
          message: `migration ${m.name} already exists on ${changes.base.ref} and its migration.sql was edited`,
          why: 'databases that already applied it will never run the new SQL (Prisma does not re-apply migrations), so dev, staging and prod drift apart and the checksum in _prisma_migrations no longer matches',
          fix: `restore it (git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(m.sqlPath)}) and put the change in a new migration: npx prisma migrate dev --name <describe_the_change>`,
        }),
      ),
    );
  },
};
