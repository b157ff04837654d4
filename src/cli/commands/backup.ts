import path from 'node:path';
import { backupReport } from '../../backup/report.js';
import { startBackup } from '../../backup/create.js';
import { runBackupJob } from '../../backup/job.js';
import { UserError } from '../../errors.js';
import { redact } from '../../security/redact.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFormat, printReport } from '../output.js';

/** Whole days from a flag; clear error otherwise. */
export function parseRetentionDays(v: string | undefined, fallback: number, label = '--retention-days'): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) {
    throw new UserError(`${label} is "${v}"`, { why: 'expected a whole number of days, 1 or more', next: `pass ${label} 30 (the guide's default)` });
  }
  return Number(v);
}

/** `migration-gates backup`: the backup-before-deploy action, locally or on a self-hosted runner. */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'verified pg_dump backup with a manifest (the guide\'s "Backup production DB (REQUIRED!)"), plus retention cleanup',
  options: {
    'database-url': { type: 'string', description: 'PostgreSQL URL of the database to back up (default: $DATABASE_URL)' },
    environment: { type: 'string', description: 'environment the backup belongs to (default: the one whose database matches)' },
    directory: { type: 'string', description: 'folder for the dump and its manifest (required)' },
    'retention-days': { type: 'string', description: 'delete backups older than this many days (default: config backup.retention-days, 30)' },
    verify: { type: 'boolean', description: 'check the dump with pg_restore --list against the catalog', default: true },
    'no-verify': { type: 'boolean', description: 'skip that check (the manifest says verified: false)' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const databaseUrl = str(values['database-url']) ?? str(process.env.DATABASE_URL);
    if (!databaseUrl) {
      throw new UserError('no database to back up', { why: '--database-url is missing and DATABASE_URL is not set', next: 'pass --database-url postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or export DATABASE_URL' });
    }
    const directory = str(values.directory);
    if (!directory) {
      throw new UserError('--directory is missing', { why: 'the CLI stores backups in a folder (the action can also upload an artifact)', next: 'pass --directory ./backups' });
    }
    const verify = values['no-verify'] !== true && values.verify !== false;
    // Progress goes to stderr, so --format json keeps stdout clean.
    const onProgress = (line: string) => process.stderr.write(`${redact(line)}\n`);
    // pg_dump starts first; the config (only needed to name and store the backup) loads while it works.
    const started = await startBackup({ databaseUrl, directory: path.resolve(cwd, directory), verify, onProgress });
    let config;
    let retentionDays: number;
    try {
      config = (await import('../../config/load.js')).loadConfig(cwd, str(values.config));
      retentionDays = parseRetentionDays(str(values['retention-days']), config.backup.retentionDays);
    } catch (err) {
      await started.abort();
      throw err;
    }
    const job = await runBackupJob({
      started,
      databaseUrl,
      environment: str(values.environment),
      config,
      directory: path.resolve(cwd, directory),
      store: { kind: 'directory' },
      retentionDays,
      verify,
      onProgress,
    });
    return printReport(backupReport(job), format);
  },
};
