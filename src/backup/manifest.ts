import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { MANIFEST_SUFFIX } from './naming.js';
import type { BackupManifest } from './types.js';

const manifestSchema = z.object({
  version: z.literal(1),
  backupId: z.string().min(1),
  environment: z.string(),
  database: z.string().min(1),
  host: z.string(),
  port: z.number().int().positive(),
  serverVersion: z.string(),
  serverMajor: z.number().int().positive(),
  pgDumpVersion: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  // A bare file name: a manifest must never point outside its own folder.
  file: z
    .string()
    .min(1)
    .refine((f) => !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..', 'must be a file name in the manifest\'s folder'),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  tableCount: z.number().int().nonnegative(),
  latestMigration: z.string().nullable(),
  verified: z.boolean(),
  durationSeconds: z.number().nonnegative().optional(),
  databaseSizeBytes: z.number().int().nonnegative().optional(),
});

/** Read and validate a manifest; every problem names the field. */
export function readManifest(manifestPath: string): BackupManifest {
  if (!existsSync(manifestPath)) {
    throw new UserError(`backup manifest ${manifestPath} does not exist`, {
      why: 'a backup is identified by its manifest (<backup-id>.manifest.json beside the .dump)',
      next: `list the backups with: ls ${path.dirname(manifestPath)}/*${MANIFEST_SUFFIX}`,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    throw new UserError(`backup manifest ${manifestPath} is not valid JSON: ${(err as Error).message}`, {
      why: 'the file was truncated or edited by hand',
      next: 'take a new backup with: npx migration-gates backup --database-url ... --environment ... --directory ...',
    });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
    throw new UserError(`backup manifest ${manifestPath} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
      why: 'the manifest does not match the format migration-gates writes (version 1)',
      next: 'take a new backup with: npx migration-gates backup --database-url ... --environment ... --directory ...',
    });
  }
  return parsed.data as BackupManifest;
}

/** Write atomically (temp file, then rename): a reader never sees half a manifest. */
export function writeManifest(manifestPath: string, manifest: BackupManifest): void {
  manifestSchema.parse(manifest);
  const tmp = `${manifestPath}.tmp-${process.pid}`;
  // 0600: a manifest names production's host and database; only the runner's user reads it.
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, manifestPath);
}

/** The dump a manifest describes, resolved against the manifest's folder. */
export function dumpPathOf(manifestPath: string, manifest: BackupManifest): string {
  return path.join(path.dirname(manifestPath), manifest.file);
}

/** Every valid manifest in a folder (unreadable ones are skipped: they prove no backup). */
export function listManifests(directory: string): (BackupManifest & { manifestPath: string })[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const out: (BackupManifest & { manifestPath: string })[] = [];
  for (const n of names) {
    if (!n.endsWith(MANIFEST_SUFFIX)) continue;
    const manifestPath = path.join(directory, n);
    try {
      if (!lstatSync(manifestPath).isFile()) continue; // a folder or link named like a manifest
      out.push({ ...readManifest(manifestPath), manifestPath });
    } catch {
      /* not a backup we can vouch for */
    }
  }
  return out.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.backupId.localeCompare(a.backupId));
}

/** The newest backup of `database` in a folder, or undefined. */
export function findLatestManifest(directory: string, database: string): (BackupManifest & { manifestPath: string }) | undefined {
  return listManifests(directory).find((m) => m.database === database);
}
