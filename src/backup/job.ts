import type { Config } from '../config/types.js';
import { environmentByName } from '../environments/resolve.js';
import { UserError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { parseDatabaseUrl } from '../postgres/url.js';
import type { UploadedArtifact } from './artifact.js';
import { completeBackup, createBackup, type StartedBackup } from './create.js';
import { UNKNOWN_ENVIRONMENT } from './naming.js';
import type { BackupResult } from './types.js';

export interface BackupJobOptions {
  databaseUrl: string;
  /** Environment name (or its GitHub Environment name); inferred from the database when omitted. */
  environment?: string;
  config: Config;
  /** Where the dump and manifest are written. */
  directory: string;
  /** Keep them there and apply retention (self-hosted), or upload them as an artifact. */
  store: { kind: 'directory' } | { kind: 'artifact'; name?: string; upload: (o: { name: string; files: string[]; retentionDays: number }) => Promise<UploadedArtifact> };
  retentionDays: number;
  verify: boolean;
  onProgress?: (line: string) => void;
  progressIntervalMs?: number;
  /** A dump already started with startBackup (the CLI starts it before loading the config). */
  started?: StartedBackup;
}

export interface BackupJobResult extends BackupResult {
  environment: string;
  retentionDays: number;
  deleted: string[];
  /** Old files in the directory this tool did not write: kept, and listed so nobody expects them gone. */
  notOurs: string[];
  artifact?: UploadedArtifact;
  findings: Finding[];
}

/** Which configured environment this backup belongs to: named, or found by its database. */
export function resolveBackupEnvironment(config: Config, name: string | undefined, database: string): { name: string; findings: Finding[] } {
  const findings: Finding[] = [];
  if (name) {
    const env = environmentByName(config, name);
    if (env.database !== database) {
      findings.push({
        rule: 'backup-database',
        severity: 'warning',
        message: `environment ${env.name} uses database ${env.database} in the config, but database-url names ${database}`,
        why: 'the backup gate of apply-migration looks for a backup of the environment\'s own database',
        fix: `check the secret behind database-url, or set database: ${database} under environments.${env.name}`,
      });
    }
    return { name: env.name, findings };
  }
  const env = config.environments.find((e) => e.database === database);
  if (!env) {
    // A plain backup still works; the manifest says whose it is not, and apply's gate (which
    // requires the backup of its own environment) will not take it.
    findings.push({
      rule: 'backup-environment-unknown',
      severity: 'notice',
      message: `database ${database} matches no configured environment: the backup is recorded with environment "${UNKNOWN_ENVIRONMENT}"`,
      why: `configured: ${config.environments.map((e) => `${e.name}=${e.database}`).join(', ')}; apply-migration's backup gate accepts only a backup recorded for its own environment`,
      fix: `to use it as the pre-deploy backup, back up with the environment named: --environment ${config.environments.find((e) => e.production)?.name ?? config.environments[0]?.name ?? 'prod'}`,
    });
    return { name: UNKNOWN_ENVIRONMENT, findings };
  }
  return { name: env.name, findings };
}

/** The backup-before-deploy job: a verified backup, then stored (directory + retention, or artifact). */
export async function runBackupJob(opts: BackupJobOptions): Promise<BackupJobResult> {
  let env: ReturnType<typeof resolveBackupEnvironment>;
  try {
    if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < 1) {
      throw new UserError(`retention-days is ${opts.retentionDays}`, { why: 'expected a whole number of days, 1 or more', next: 'set retention-days: 30 (the guide\'s default)' });
    }
    env = resolveBackupEnvironment(opts.config, opts.environment, parseDatabaseUrl(opts.databaseUrl).database);
  } catch (err) {
    await opts.started?.abort();
    throw err;
  }
  const result = opts.started ? await completeBackup(opts.started, { environment: env.name, verify: opts.verify }) : await createBackup({
    databaseUrl: opts.databaseUrl,
    environment: env.name,
    directory: opts.directory,
    verify: opts.verify,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
  });
  const out: BackupJobResult = { ...result, environment: env.name, retentionDays: opts.retentionDays, deleted: [], notOurs: [], findings: env.findings };
  if (!opts.verify) {
    out.findings.push({
      rule: 'backup-unverified',
      severity: 'warning',
      message: `backup ${result.manifest.backupId} was not verified (verify: false)`,
      why: 'an unverified dump may not restore; the apply-migration backup gate can require a verified one',
      fix: 'leave verify at its default (true)',
    });
  }
  if (opts.store.kind === 'directory') {
    const kept = (await import('./retention.js')).applyRetention(opts.directory, opts.retentionDays);
    out.deleted = kept.deleted;
    out.notOurs = kept.notOurs;
    opts.onProgress?.(`retention: ${opts.retentionDays} days; ${out.deleted.length ? `deleted ${out.deleted.length} file(s): ${out.deleted.join(', ')}` : 'nothing to delete'}`);
    if (kept.notOurs.length) opts.onProgress?.(`retention: not ours, kept (${kept.notOurs.length}): ${kept.notOurs.join(', ')}`);
  } else {
    const name = opts.store.name ?? result.manifest.backupId;
    out.artifact = await opts.store.upload({ name, files: [result.dumpPath, result.manifestPath], retentionDays: opts.retentionDays });
    opts.onProgress?.(`artifact: ${name} uploaded (id ${out.artifact.id ?? '?'}), kept ${opts.retentionDays} days`);
  }
  return out;
}
