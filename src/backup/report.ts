import { mdEscape } from '../report/markdown.js';
import { cellCode } from '../report/table-cell.js';
import { envRef, shellCommand } from '../security/shell-quote.js';
import type { Report } from '../report/report.js';
import { formatBytes, formatSeconds } from './format.js';
import type { BackupJobResult } from './job.js';
import { UNKNOWN_ENVIRONMENT } from './naming.js';

/** One backup as a report: the job summary table, and the facts --format json prints. */
export function backupReport(job: BackupJobResult): Report {
  const m = job.manifest;
  const rows: [string, string][] = [
    ['Backup id', cellCode(m.backupId)],
    ['Environment', m.environment === UNKNOWN_ENVIRONMENT ? `**${UNKNOWN_ENVIRONMENT}**: the database matches no configured environment; apply-migration's backup gate will not accept this backup` : mdEscape(m.environment)],
    ['Database', `${mdEscape(m.database)} on ${mdEscape(m.host)}:${m.port} (PostgreSQL ${mdEscape(m.serverVersion)})`],
    ['Taken at', m.createdAt],
    ['Size', `${formatBytes(m.sizeBytes)} dump${m.databaseSizeBytes !== undefined ? ` of a ${formatBytes(m.databaseSizeBytes)} database` : ''}${m.durationSeconds !== undefined ? `, in ${formatSeconds(m.durationSeconds)}` : ''}`],
    ['Tables', String(m.tableCount)],
    ['Latest migration', m.latestMigration ? cellCode(m.latestMigration) : '(none)'],
    ['SHA-256', cellCode(m.sha256)],
    ['Verified', m.verified ? 'yes: pg_restore --list reads it and every table is in it' : '**no**'],
    ['Stored', job.artifact ? `artifact ${cellCode(job.artifact.name)}, ${job.retentionDays} days` : `${cellCode(job.dumpPath)} (retention ${job.retentionDays} days, ${job.deleted.length} old file(s) deleted)`],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const restore = restoreCommandFor(job.manifestPath, m.database);
  const retention = job.artifact ? [] : [{ title: 'Retention', markdown: retentionMarkdown(job) }];
  return {
    tool: 'backup-before-deploy',
    title: `Backup of ${m.database} (${m.environment}): ${m.verified ? 'verified' : 'NOT verified'}`,
    findings: job.findings,
    sections: [
      { title: 'Backup', markdown: table },
      ...retention,
      { title: 'Restore', markdown: `To roll back to this backup (see docs/restore.md):\n\n\`\`\`bash\n${restore}\n\`\`\`` },
    ],
    facts: {
      backupId: m.backupId,
      environment: m.environment,
      database: m.database,
      path: job.dumpPath,
      manifest: job.manifestPath,
      sha256: m.sha256,
      sizeBytes: m.sizeBytes,
      tableCount: m.tableCount,
      durationSeconds: m.durationSeconds,
      latestMigration: m.latestMigration,
      verified: m.verified,
      retentionDays: job.retentionDays,
      deleted: job.deleted,
      notOurs: job.notOurs,
      ...(job.artifact ? { artifact: job.artifact } : {}),
    },
  };
}

/** The restore command, runnable as printed: path and name quoted, --confirm for a production target. */
export function restoreCommandFor(manifestPath: string, database: string): string {
  return shellCommand(['npx', 'migration-gates', 'restore', '--backup', manifestPath, '--target-database-url', envRef('DATABASE_URL'), '--confirm', database]);
}

function retentionMarkdown(job: BackupJobResult): string {
  const list = (files: string[]) => files.map((f) => `- \`${f.replace(/`/g, "'")}\``).join('\n');
  const parts = [
    job.deleted.length ? `Deleted (older than ${job.retentionDays} days, written by migration-gates):\n\n${list(job.deleted)}` : `Nothing older than ${job.retentionDays} days to delete.`,
  ];
  if (job.notOurs.length) {
    parts.push(`Not ours, kept (older than ${job.retentionDays} days, but not a backup and manifest migration-gates wrote; delete them yourself if they are unneeded):\n\n${list(job.notOurs)}`);
  }
  return parts.join('\n\n');
}
