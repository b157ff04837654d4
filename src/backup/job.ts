import type { Config } from '../config/types.js';
import { environmentByName } from '../environments/resolve.js';
import { UserError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { parseDatabaseUrl } from '../postgres/url.js';
import type { UploadedArtifact } from './artifact.js';
import { completeBackup, createBackup, type StartedBackup } from './create.js';
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
    throw new UserError(`no environment given, and no configured environment uses database ${database}`, {
      why: `the manifest records which environment a backup belongs to (configured: ${config.environments.map((e) => `${e.name}=${e.database}`).join(', ')})`,
      next: `pass environment (e.g. --environment ${config.environments[0]?.name ?? 'prod'})`,
    });
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
  const out: BackupJobResult = { ...result, environment: env.name, retentionDays: opts.retentionDays, deleted: [], findings: env.findings };
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
    out.deleted = (await import('./retention.js')).applyRetention(opts.directory, opts.retentionDays).deleted;
    opts.onProgress?.(`retention: ${opts.retentionDays} days; ${out.deleted.length ? `deleted ${out.deleted.length} file(s): ${out.deleted.join(', ')}` : 'nothing to delete'}`);
  } else {
    const name = opts.store.name ?? result.manifest.backupId;
    out.artifact = await opts.store.upload({ name, files: [result.dumpPath, result.manifestPath], retentionDays: opts.retentionDays });
    opts.onProgress?.(`artifact: ${name} uploaded (id ${out.artifact.id ?? '?'}), kept ${opts.retentionDays} days`);
  }
  return out;
}
