import path from 'node:path';
import * as core from '@actions/core';
import { safeLogLine } from '../security/log-line.js';
import { uploadBackupArtifact } from '../backup/artifact.js';
import { runBackupJob } from '../backup/job.js';
import { backupReport } from '../backup/report.js';
import { parseRetentionDays } from '../cli/commands/backup.js';
import { loadConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { inputBool, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { publishReport } from '../report/publish.js';

await runAction(async () => {
  const databaseUrl = inputSecret('database-url');
  if (!databaseUrl) {
    throw new UserError('input database-url is empty', {
      why: 'the action backs up the database this URL names',
      next: 'set database-url: ${{ secrets.DATABASE_URL }} (and check that the secret exists in this GitHub Environment)',
    });
  }
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputOptional('working-directory') ?? '.');
  const config = loadConfig(workspace, inputOptional('config'));
  const directory = inputOptional('directory');
  const job = await runBackupJob({
    databaseUrl,
    environment: inputOptional('environment'),
    config,
    directory: directory ? path.resolve(workspace, directory) : path.join(process.env.RUNNER_TEMP ?? workspace, 'migration-gates-backups'),
    store: directory ? { kind: 'directory' } : { kind: 'artifact', ...(inputOptional('artifact-name') ? { name: inputOptional('artifact-name')! } : {}), upload: uploadBackupArtifact },
    retentionDays: parseRetentionDays(inputOptional('retention-days'), config.backup.retentionDays, 'input retention-days'),
    verify: inputBool('verify', true),
    onProgress: (line) => core.info(safeLogLine(line)),
  });
  await publishReport(backupReport(job), { failOn: 'error', comment: false, token: undefined });
  core.setOutput('backup-id', job.manifest.backupId);
  core.setOutput('path', job.dumpPath);
  core.setOutput('manifest', job.manifestPath);
  core.setOutput('sha256', job.manifest.sha256);
  core.setOutput('size-bytes', String(job.manifest.sizeBytes));
  core.setOutput('latest-migration', job.manifest.latestMigration ?? '');
  if (job.artifact) {
    core.setOutput('artifact-name', job.artifact.name);
    core.setOutput('artifact-id', job.artifact.id === undefined ? '' : String(job.artifact.id));
  }
});
