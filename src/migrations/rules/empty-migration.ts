import { finding, type HistoryRule } from './types.js';

/** SQL with comments and whitespace removed (enough to tell "nothing to run"). */
export function stripSqlComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, '').replace(/--[^\n]*/g, '').trim();
}

/**
 * `prisma migrate dev --create-only` with no schema change writes "-- This is an empty
 * migration.": committed as is, it records a no-op in every environment's history, usually a
 * sign the schema change it was meant for was forgotten.
 */
export const emptyMigration: HistoryRule = {
  id: 'empty-migration',
  severity: 'warning',
  summary: 'a new migration.sql contains no SQL statement',
  rationale: 'an empty migration is usually a forgotten schema change and clutters every environment\'s history',
  check({ changes, read }) {
    return changes.services.flatMap((s) =>
      s.added
        .filter((m) => m.hasSql && stripSqlComments(read(m.sqlPath)) === '')
        .map((m) =>
          finding(emptyMigration, {
            file: m.sqlPath,
            line: 1,
            message: `migration ${m.name} contains no SQL statement`,
            why: 'it changes nothing yet becomes a permanent entry in every environment\'s history; the schema change it was meant for may be missing',
            fix: 'write the SQL it was created for, or delete the folder',
          }),
        ),
    );
  },
};
