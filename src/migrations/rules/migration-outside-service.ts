import { listMigrations } from '../model.js';
import { finding, type HistoryRule } from './types.js';

/**
 * A prisma/migrations folder that belongs to no service (a stray at the repository root beside
 * services/*\/prisma, or a service missing from the config) is never checked, linted or deployed
 * by the pipeline, yet `prisma migrate deploy` run from that folder would apply it.
 */
export const migrationOutsideService: HistoryRule = {
  id: 'migration-outside-service',
  severity: 'error',
  summary: 'a migration.sql lies in a prisma/migrations folder that belongs to no service',
  rationale: 'migrations no service owns are never checked or deployed by the pipeline',
  check({ changes, repoRoot, config }) {
    return changes.strays.flatMap((dir) => {
      const sql = listMigrations(repoRoot, dir).filter((m) => m.hasSql);
      if (!sql.length) return [];
      return [
        finding(migrationOutsideService, {
          file: sql[0]!.sqlPath,
          message: `${dir} holds ${sql.length} migration(s) but belongs to no ${config.services.length ? 'configured' : 'discovered'} service`,
          why: config.services.length
            ? 'the services: list in the config does not include it, so these migrations are never checked or deployed'
            : 'there is no schema.prisma beside it, so it is no service: these migrations are never checked or deployed',
          fix: config.services.length
            ? `add the service to services: in .github/migration-gates.yml, or move the migrations into the service they belong to`
            : 'move the migrations into the service they belong to (services/<name>/prisma/migrations), or delete the stray folder',
        }),
      ];
    });
  },
};
