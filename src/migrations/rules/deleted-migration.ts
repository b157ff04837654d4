import { serviceOfPath } from '../changes.js';
import { finding, shellQuote, type HistoryRule } from './types.js';

const ANY_MIGRATION_SQL = /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/;

/**
 * "Don't delete migration files." The history in Git is the record of what every database has
 * applied; removing a folder breaks `migrate deploy` on databases that applied it and makes new
 * databases differ from old ones.
 */
export const deletedMigration: HistoryRule = {
  id: 'deleted-migration',
  severity: 'error',
  summary: 'a migration folder (or its migration.sql) was deleted',
  rationale: 'databases that applied it no longer match the history; new databases are built without it',
  check({ changes }) {
    const out = changes.services.flatMap((s) =>
      s.deleted.map((m) =>
        finding(deletedMigration, {
          file: m.sqlPath,
          message: `migration ${m.name} exists on ${changes.base.ref} and was deleted`,
          why: 'databases that already applied it keep its changes while new databases never get them; Prisma reports the applied migration as missing from the directory',
          fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(m.dir)}; to undo its effect, add a new migration that reverts it`,
        }),
      ),
    );
    // A whole migrations directory removed: its service is no longer discovered, but the loss is real.
    const services = changes.services.map((s) => s.service);
    for (const f of changes.files) {
      const gone = f.status === 'D' ? f.path : f.status === 'R' ? f.oldPath : undefined;
      if (!gone || !ANY_MIGRATION_SQL.test(gone) || serviceOfPath(services, gone)) continue;
      if (f.status === 'R' && ANY_MIGRATION_SQL.test(f.path) && serviceOfPath(services, f.path)) continue; // moved into a service: renamed, not lost
      out.push(
        finding(deletedMigration, {
          file: gone,
          message: `migration file ${gone} exists on ${changes.base.ref} and was deleted`,
          why: 'databases that already applied it keep its changes while new databases never get them',
          fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(gone)}`,
        }),
      );
    }
    return out;
  },
};
