import { checkDrift, type DriftResult } from '../../prisma/drift.js';
import type { Finding } from '../../report/finding.js';
import type { ServiceChanges } from '../changes.js';
import { finding, serviceDir } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/**
 * The migrations, replayed in order into an empty database, must produce exactly schema.prisma.
 * When they do not, `migrate deploy` builds a database the code does not expect: a forgotten
 * migration, a hand-edited one, or a schema edit after `migrate dev`.
 */
export const schemaDrift = {
  id: 'schema-drift',
  severity: 'error' as const,
  summary: 'schema.prisma and the migrations disagree (checked with prisma migrate diff and a shadow database)',
  rationale: 'a database built from the migrations would not match the schema the code is generated from',
};

/** Services worth a drift check: their schema or migrations changed in the PR. */
export function needsDrift(s: ServiceChanges): boolean {
  return s.schemaChanged || s.lockChanged || s.added.length + s.modified.length + s.deleted.length + s.renamed.length > 0;
}

export interface DriftRun {
  findings: Finding[];
  results: DriftResult[];
}

export async function runSchemaDrift(opts: {
  repoRoot: string;
  services: ServiceChanges[];
  shadowDatabaseUrl: string | undefined;
  prismaCommand?: string;
  onProgress?: (line: string) => void;
}): Promise<DriftRun> {
  const todo = opts.services.filter(needsDrift);
  if (!todo.length) return { findings: [], results: [] };
  if (!opts.shadowDatabaseUrl) {
    return {
      results: [],
      findings: [
        finding(schemaDrift, {
          severity: 'notice',
          message: `schema drift was not checked for ${todo.map((s) => s.service.name).join(', ')}: no shadow database`,
          why: 'prisma migrate diff replays the migrations into an empty database to compare them with schema.prisma',
          fix: 'set shadow-database-url (e.g. a postgres service container: postgresql://postgres@localhost:5432/postgres), or pass --shadow-database-url to the CLI',
        }),
      ],
    };
  }
  const findings: Finding[] = [];
  const results: DriftResult[] = [];
  for (const s of todo) {
    const r = await checkDrift({ repoRoot: opts.repoRoot, service: s.service, shadowDatabaseUrl: opts.shadowDatabaseUrl, prismaCommand: opts.prismaCommand, onProgress: opts.onProgress });
    results.push(r);
    opts.onProgress?.(`schema-drift: ${s.service.name}: ${r.outcome === 'same' ? 'no drift' : r.outcome === 'different' ? 'DRIFT' : 'prisma migrate diff failed'}`);
    const cd = `cd ${shellQuote(serviceDir(s.service.root))} && `;
    if (r.outcome === 'different') {
      findings.push(
        finding(schemaDrift, {
          file: s.service.schema,
          message: `${s.service.schema} and the migrations in ${s.service.migrations} disagree. Prisma's diff (what the migrations lack):\n${r.summary || '(no summary)'}`,
          why: 'migrate deploy builds databases from the migrations: they would not match the schema the Prisma Client is generated from',
          fix: `${cd}npx prisma migrate dev --name <describe_the_change> to add the missing migration (reproduce with: ${r.command})`,
        }),
      );
    } else if (r.outcome === 'error') {
      findings.push(
        finding(schemaDrift, {
          file: s.service.migrations,
          message: `prisma migrate diff could not replay the migrations of ${s.service.name}: ${r.error}`,
          why: 'a migration that fails on an empty database fails in every new environment too',
          fix: `${cd}${r.command} and fix the migration it reports`,
        }),
      );
    }
  }
  return { findings, results };
}
