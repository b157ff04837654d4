import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { UserError } from '../errors.js';
import { redact } from '../security/redact.js';

export interface UploadedArtifact {
  name: string;
  id: number | undefined;
  sizeBytes: number | undefined;
}

/**
 * Store the dump and its manifest as one workflow artifact (GitHub's results service), kept for
 * `retentionDays`. Level 0: a custom-format dump is already compressed.
 */
export async function uploadBackupArtifact(opts: { name: string; files: string[]; retentionDays: number }): Promise<UploadedArtifact> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    throw new UserError('cannot upload the backup as a workflow artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set', {
      why: 'artifacts exist only inside a GitHub Actions job (the runner provides those variables to actions)',
      next: 'run this step in a workflow job, or set the directory input to store the backup on the runner (self-hosted)',
    });
  }
  const root = path.dirname(opts.files[0]!);
  try {
    const r = await new DefaultArtifactClient().uploadArtifact(opts.name, opts.files, root, { retentionDays: opts.retentionDays, compressionLevel: 0 });
    return { name: opts.name, id: r.id, sizeBytes: r.size };
  } catch (err) {
    throw new UserError(`uploading artifact "${opts.name}" failed: ${redact(err instanceof Error ? err.message : String(err))}`, {
      why: 'the backup was written and verified on the runner, but could not be stored as an artifact',
      next: 'check the artifact name (no " : < > | * ? \\ / or newlines) and the repository\'s artifact storage quota, or set directory: to store it on a self-hosted runner',
      cause: err,
    });
  }
}
