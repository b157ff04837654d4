import { finding, serviceDir, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/**
 * The guide's workflow is "edit schema.prisma, then `prisma migrate dev --name ...`, then commit
 * prisma/migrations". A schema change with no new migration folder deploys nothing: the
 * database silently stays behind the code that expects the new columns.
 */
export const schemaWithoutMigration: HistoryRule = {
  id: 'schema-without-migration',
  severity: 'error',
  summary: 'schema.prisma changed but no new migration was added for the service',
  rationale: 'migrate deploy only applies migration folders; a schema change without one never reaches the database',
  check({ changes }) {
    return changes.services
      .filter((s) => s.schemaChanged && s.added.length === 0 && s.renamed.length === 0)
      .map((s) =>
        finding(schemaWithoutMigration, {
          file: s.service.schema,
          message: `${s.service.schema} changed but no new migration folder was added to ${s.service.migrations} (service ${s.service.name})`,
          why: 'prisma migrate deploy applies migration folders only: the database would not get this schema change, and the code expecting it would fail at run time',
          fix: `cd ${shellQuote(serviceDir(s.service.root))} && npx prisma migrate dev --name <describe_the_change>, then commit ${shellQuote(s.service.migrations)}`,
        }),
      );
  },
};
