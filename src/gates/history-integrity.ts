import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prismaResolveCommand, prismaStatusCommand, restoreCommand } from '../apply/commands.js';
import { shellQuote } from '../security/shell-quote.js';
import { extractDatabaseError } from '../apply/pg-error.js';
import { checksumMatches, migrationChecksum } from '../prisma/checksum.js';
import { isApplied } from '../prisma/migrations-table.js';
import type { Gate } from './types.js';

/**
 * The guide's "DON'T modify existing migrations": every applied migration still has the bytes it
 * was applied with (Prisma stopped warning about edited applied migrations in 3.12), and no row
 * is in the failed state (P3009), which blocks every later deploy.
 */
export const historyIntegrityGate: Gate = {
  name: 'history-integrity',
  description: 'every applied migration matches its file (CRLF/LF twins accepted) and none is in the failed state (P3009)',
  async evaluate(ctx) {
    const { plan, service } = ctx;
    const local = new Map(plan.local.map((m) => [m.name, m]));
    const edited: string[] = [];
    const details: string[] = [];
    for (const row of plan.rows.filter(isApplied)) {
      const file = local.get(row.name);
      if (!file) continue; // missing folders are reported below
      if (file.checksum === row.checksum) continue;
      const bytes = readFileSync(path.join(ctx.repoRoot, file.sqlPath));
      if (checksumMatches(row.checksum, bytes)) continue;
      edited.push(row.name);
      details.push(`${file.sqlPath}: applied with sha256 ${row.checksum.slice(0, 12)}…, file now ${migrationChecksum(bytes).slice(0, 12)}…`);
    }
    for (const name of plan.missingLocally) details.push(`${service.migrations}/${name}: applied to the database, missing from the checkout`);

    const failed = plan.failed;
    if (!edited.length && !plan.missingLocally.length && !failed.length) {
      const n = plan.rows.filter(isApplied).length;
      return { status: 'pass', reason: `${n} applied migration(s) match their files; no failed migration` };
    }

    const reasons: string[] = [];
    const remedies: string[] = [];
    if (failed.length) {
      for (const f of failed) {
        const err = extractDatabaseError(f.logs);
        reasons.push(`migration ${f.name} failed at ${f.startedAt.toISOString()}${err ? ` (${err})` : ''} and blocks every deploy (Prisma P3009)`);
        details.push(`${f.name}: started ${f.startedAt.toISOString()}, finished_at NULL, rolled_back_at NULL, applied_steps_count ${f.appliedStepsCount}`);
      }
      const name = failed[0]!.name;
      remedies.push(
        `check what it left: ${prismaStatusCommand(service)}`,
        ctx.environment.gates['staging-first']
          ? `if its changes were rolled back (a migration runs as one transaction unless it has its own COMMIT), fix the cause in this database (staging already ran the file as it is: do not edit it) and run: ${prismaResolveCommand(service, 'rolled-back', name)}`
          : `if its changes were rolled back (a migration runs as one transaction unless it has its own COMMIT), fix migration.sql and run: ${prismaResolveCommand(service, 'rolled-back', name)}`,
        `if you completed it by hand instead: ${prismaResolveCommand(service, 'applied', name)}`,
        ctx.backupManifest
          ? `or restore the verified backup: ${restoreCommand(ctx.backupManifest, ctx.target.database)}`
          : `or restore the last backup: npx migration-gates restore --backup <manifest.json> --target-database-url "$DATABASE_URL" --confirm ${shellQuote(ctx.target.database)}`,
        'then dispatch the apply again',
      );
    }
    if (edited.length) {
      reasons.push(`${edited.length} applied migration(s) were edited after they ran: ${edited.join(', ')}`);
      remedies.push(
        `restore the applied content (git log -p -- <migration.sql>; git checkout <commit> -- <migration.sql>) and put the change in a new migration: npx prisma migrate dev --name <change>`,
      );
    }
    if (plan.missingLocally.length) {
      reasons.push(`${plan.missingLocally.length} applied migration(s) are missing from ${service.migrations}: ${plan.missingLocally.join(', ')}`);
      remedies.push('restore the deleted migration folders from git (never delete applied migrations)');
    }
    return { status: 'fail', reason: reasons.join('; '), remedy: remedies.map((r, i) => `${i + 1}. ${r}`).join('\n'), details };
  },
};
