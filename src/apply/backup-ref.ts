import path from 'node:path';
import { findLatestManifest } from '../backup/manifest.js';

/**
 * The backup this run relies on: the `backup-manifest` input, else the newest manifest of this
 * database in `backup-directory`. Relative paths are taken from the current directory (the
 * workspace, in an action). The backup gate then verifies it; recovery prints its restore command.
 */
export function resolveBackupManifest(explicit: string | undefined, directory: string | undefined, database: string): string | undefined {
  if (explicit) return path.resolve(explicit);
  if (directory) return findLatestManifest(path.resolve(directory), database)?.manifestPath;
  return undefined;
}
