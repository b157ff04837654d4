import { mdEscape } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { formatBytes, formatSeconds } from './format.js';
import type { BackupJobResult } from './job.js';

/** One backup as a report: the job summary table, and the facts --format json prints. */
export function backupReport(job: BackupJobResult): Report {
  const m = job.manifest;
  const rows: [string, string][] = [
    ['Backup id', `\`${m.backupId}\``],
    ['Environment', mdEscape(m.environment)],
    ['Database', `${mdEscape(m.database)} on ${mdEscape(m.host)}:${m.port} (PostgreSQL ${mdEscape(m.serverVersion)})`],
    ['Taken at', m.createdAt],
    ['Size', `${formatBytes(m.sizeBytes)} dump${m.databaseSizeBytes !== undefined ? ` of a ${formatBytes(m.databaseSizeBytes)} database` : ''}${m.durationSeconds !== undefined ? `, in ${formatSeconds(m.durationSeconds)}` : ''}`],
    ['Tables', String(m.tableCount)],
    ['Latest migration', m.latestMigration ? `\`${m.latestMigration}\`` : '(none)'],
    ['SHA-256', `\`${m.sha256}\``],
    ['Verified', m.verified ? 'yes: pg_restore --list reads it and every table is in it' : '**no**'],
    ['Stored', job.artifact ? `artifact \`${job.artifact.name}\`, ${job.retentionDays} days` : `\`${job.dumpPath}\` (retention ${job.retentionDays} days, ${job.deleted.length} old file(s) deleted)`],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const restore = `npx migration-gates restore --backup ${job.manifestPath} --target-database-url "$DATABASE_URL" --confirm ${m.database}`;
  return {
    tool: 'backup-before-deploy',
    title: `Backup of ${m.database} (${m.environment}): ${m.verified ? 'verified' : 'NOT verified'}`,
    findings: job.findings,
    sections: [
      { title: 'Backup', markdown: table },
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
      ...(job.artifact ? { artifact: job.artifact } : {}),
    },
  };
}
