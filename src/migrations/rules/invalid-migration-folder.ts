import { finding, type HistoryRule } from './types.js';

/** A 14-digit timestamp that is a real UTC date and time (YYYYMMDDHHMMSS). */
export function isPlausibleTimestamp(ts: string): boolean {
  const [y, mo, d, h, mi, s] = [ts.slice(0, 4), ts.slice(4, 6), ts.slice(6, 8), ts.slice(8, 10), ts.slice(10, 12), ts.slice(12, 14)].map(Number) as [number, number, number, number, number, number];
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * Prisma treats every folder in prisma/migrations as a migration, applies them in name order and
 * fails (P3015) on one without migration.sql. Prisma itself always writes
 * `<YYYYMMDDHHMMSS>_<name>/migration.sql`; anything else was made by hand and breaks ordering.
 */
export const invalidMigrationFolder: HistoryRule = {
  id: 'invalid-migration-folder',
  severity: 'error',
  summary: 'a migration folder is not `<14-digit timestamp>_<name>` or has no migration.sql',
  rationale: 'Prisma fails on a folder without migration.sql and orders hand-named folders unpredictably',
  check({ changes }) {
    return changes.services.flatMap((s) => {
      const fresh = new Set([...s.added, ...s.renamed.map((r) => r.to)].map((m) => m.name));
      const out = [];
      for (const m of s.head) {
        if (!m.hasSql) {
          out.push(
            finding(invalidMigrationFolder, {
              file: m.dir,
              message: `migration folder ${m.name} has no migration.sql`,
              why: 'Prisma treats every folder in the migrations directory as a migration: migrate deploy fails with P3015 on this one, in every environment',
              fix: `remove the folder, or restore its migration.sql (npx prisma migrate dev --name <describe_the_change> creates complete folders)`,
            }),
          );
          continue;
        }
        // Naming is checked on the PR's own folders: legacy names already applied cannot change.
        if (!fresh.has(m.name)) continue;
        if (!m.timestamp) {
          out.push(
            finding(invalidMigrationFolder, {
              file: m.sqlPath,
              message: `migration folder ${m.name} is not named <14-digit timestamp>_<name>`,
              why: 'Prisma applies migrations in folder-name order; a hand-made name sorts unpredictably against generated ones',
              fix: 'delete the folder and generate the migration: npx prisma migrate dev --name <describe_the_change>',
            }),
          );
        } else if (!isPlausibleTimestamp(m.timestamp)) {
          out.push(
            finding(invalidMigrationFolder, {
              file: m.sqlPath,
              message: `migration folder ${m.name} has the timestamp ${m.timestamp}, which is not a valid UTC date and time (YYYYMMDDHHMMSS)`,
              why: 'the timestamp decides the apply order; a made-up one puts the migration before or after the wrong changes',
              fix: 'delete the folder and generate the migration: npx prisma migrate dev --name <describe_the_change>',
            }),
          );
        }
      }
      return out;
    });
  },
};
