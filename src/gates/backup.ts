import { readManifest } from '../backup/manifest.js';
import { verifyBackup } from '../backup/verify.js';
import { backupCommand } from '../apply/commands.js';
import { isApplied } from '../prisma/migrations-table.js';
import { sameDatabase } from '../postgres/url.js';
import type { Gate, GateOutcome } from './types.js';

/** The newest applied migration, ordered as the backup module records `latestMigration`. */
function latestApplied(rows: { name: string; finishedAt: Date | null; rolledBackAt: Date | null }[]): string | null {
  const applied = rows.filter((r) => isApplied(r as Parameters<typeof isApplied>[0]));
  applied.sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime() || a.name.localeCompare(b.name));
  return applied.at(-1)?.name ?? null;
}

/**
 * The guide's "Backup production DB (REQUIRED!)": a backup of this very database, whose dump
 * still has the recorded size and SHA-256, taken recently, of the schema as it is now.
 */
export const backupGate: Gate = {
  name: 'backup',
  description: 'a verified backup (file and SHA-256) of this database, younger than backup-max-age-minutes, taken at the current migration',
  async evaluate(ctx): Promise<GateOutcome> {
    const env = ctx.environment;
    const take = `run the backup-before-deploy action (or: ${backupCommand(env.name, ctx.backupDirectory)}) before this step and pass its manifest output as backup-manifest`;
    const path = ctx.backupManifest;
    if (!path && ctx.dryRun) {
      // The backup is taken right before the real apply (one older than backup-max-age-minutes
      // would not count), so a dry run, reviewed in advance, has none to check yet.
      return {
        status: 'apply-time',
        reason: `checked at apply time: the real apply requires a verified backup of ${ctx.target.database}, taken by backup-before-deploy right before it (at most ${env.backupMaxAgeMinutes} min old); a dry run has none to check yet`,
      };
    }
    if (!path) {
      return {
        status: 'fail',
        reason: ctx.backupDirectory
          ? `no backup of database ${ctx.target.database} in ${ctx.backupDirectory}`
          : `no backup given (backup-manifest and backup-directory are empty); ${env.name} requires one`,
        remedy: take,
      };
    }
    let manifest;
    try {
      manifest = readManifest(path);
    } catch (err) {
      return { status: 'fail', reason: err instanceof Error ? err.message.split('\n')[0]! : String(err), remedy: take, details: err instanceof Error ? err.message.split('\n').slice(1) : [] };
    }
    const problems: string[] = [];
    const sameTarget = sameDatabase({ ...ctx.target, host: manifest.host, port: manifest.port, database: manifest.database }, ctx.target);
    if (!sameTarget) {
      problems.push(`the backup is of ${manifest.host}:${manifest.port}/${manifest.database}, not of ${ctx.target.host}:${ctx.target.port}/${ctx.target.database}`);
    }
    if (manifest.environment !== env.name) {
      problems.push(`the backup is recorded for environment ${manifest.environment}, not ${env.name}`);
    }
    const ageMinutes = (ctx.now.getTime() - Date.parse(manifest.createdAt)) / 60_000;
    if (ageMinutes > env.backupMaxAgeMinutes) {
      problems.push(`the backup was taken ${Math.round(ageMinutes)} min ago (${manifest.createdAt}); ${env.name} accepts at most ${env.backupMaxAgeMinutes} min`);
    }
    if (ageMinutes < -5) problems.push(`the backup claims a time in the future (${manifest.createdAt})`);
    const current = latestApplied(ctx.plan.rows);
    if (sameTarget && manifest.latestMigration !== current) {
      problems.push(`the backup was taken at migration ${manifest.latestMigration ?? '(none)'}, the database is now at ${current ?? '(none)'}`);
    }
    const verified = await verifyBackup(path);
    problems.push(...verified.problems);
    if (!problems.length) {
      return {
        status: 'pass',
        reason: `backup ${manifest.backupId} verified (SHA-256 ${manifest.sha256.slice(0, 12)}…), ${Math.max(0, Math.round(ageMinutes))} min old`,
        details: [`manifest: ${path}`],
      };
    }
    return { status: 'fail', reason: `backup ${manifest.backupId} cannot be relied on: ${problems[0]}`, remedy: take, details: problems };
  },
};
