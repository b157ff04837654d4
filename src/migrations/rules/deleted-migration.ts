import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServiceConfig } from '../../config/types.js';
import type { Finding } from '../../report/finding.js';
import { serviceOfPath } from '../changes.js';
import { finding, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

const ANY_MIGRATION_SQL = /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/;

function isUnder(p: string, dir: string): boolean {
  return p === dir || p.startsWith(`${dir}/`);
}

/**
 * "Don't delete migration files." The history in Git is the record of what every database has
 * applied; removing a folder breaks `migrate deploy` on databases that applied it and makes new
 * databases differ from old ones. Not reported: deleting a migrations folder that belonged to no
 * service at the merge base (what `migration-outside-service` asks for: the pipeline never
 * deployed it). Removing a whole service, its schema and its migrations together, is one
 * warning: nothing deploys that service any more, so there is nothing to restore.
 */
export const deletedMigration: HistoryRule = {
  id: 'deleted-migration',
  severity: 'error',
  summary: 'a migration folder (or its migration.sql) was deleted from a service that still exists',
  rationale: 'databases that applied it no longer match the history; new databases are built without it',
  check({ changes, base, repoRoot }) {
    const out: Finding[] = changes.services.flatMap((s) =>
      s.deleted.map((m) =>
        finding(deletedMigration, {
          file: m.sqlPath,
          message: `migration ${m.name} exists on ${changes.base.ref} and was deleted`,
          why: 'databases that already applied it keep its changes while new databases never get them; Prisma reports the applied migration as missing from the directory',
          fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(m.dir)}; to undo its effect, add a new migration that reverts it`,
        }),
      ),
    );
    // A whole migrations directory removed: its service is no longer discovered, but the loss may be real.
    const services = changes.services.map((s) => s.service);
    const removedServices = new Map<string, { service: ServiceConfig; files: string[] }>();
    for (const f of changes.files) {
      const gone = f.status === 'D' ? f.path : f.status === 'R' ? f.oldPath : undefined;
      if (!gone || !ANY_MIGRATION_SQL.test(gone) || serviceOfPath(services, gone)) continue;
      if (f.status === 'R' && ANY_MIGRATION_SQL.test(f.path) && serviceOfPath(services, f.path)) continue; // moved into a service: renamed, not lost
      if (base?.services.strays.some((d) => isUnder(gone, d))) continue; // a stray cleaned up, as migration-outside-service asks
      const owner = base && serviceOfPath(base.services.services, gone);
      if (owner && isUnder(gone, owner.migrations) && !existsSync(path.join(repoRoot, owner.schema))) {
        const entry = removedServices.get(owner.migrations) ?? { service: owner, files: [] };
        entry.files.push(gone);
        removedServices.set(owner.migrations, entry);
        continue;
      }
      out.push(
        finding(deletedMigration, {
          file: gone,
          message: `migration file ${gone} exists on ${changes.base.ref} and was deleted`,
          why: 'databases that already applied it keep its changes while new databases never get them',
          fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(gone)}`,
        }),
      );
    }
    for (const { service, files } of removedServices.values()) {
      out.push(
        finding(deletedMigration, {
          severity: 'warning',
          file: service.schema,
          message: `service ${service.name} was removed: ${service.schema} and its ${files.length} migration(s) in ${service.migrations} were deleted together`,
          why: 'the pipeline no longer checks or deploys this service; its databases keep their tables until someone drops them, and nothing tells them apart from a service deleted by mistake',
          fix: `confirm the removal is intended; then retire the service's databases (back them up, then drop them) and remove it from services: in .github/migration-gates.yml if it is listed. A removal by mistake is undone with: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(path.posix.dirname(service.schema))}`,
        }),
      );
    }
    return out;
  },
};
