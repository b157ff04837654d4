import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Prisma's folder convention: `<14-digit UTC timestamp>_<name>`; Prisma applies folders in name order. */
export const MIGRATION_FOLDER_RE = /^(\d{14})_(.+)$/;

export interface MigrationFolder {
  /** Folder name, e.g. 20240101000000_add_user_profile (also `_prisma_migrations.migration_name`). */
  name: string;
  timestamp: string | undefined;
  /** The part after the timestamp: the descriptive name. */
  label: string | undefined;
  /** Repository-relative folder path (posix). */
  dir: string;
  /** Repository-relative path of migration.sql (posix). */
  sqlPath: string;
  hasSql: boolean;
}

export function parseFolderName(name: string): { timestamp: string; label: string } | undefined {
  const m = MIGRATION_FOLDER_RE.exec(name);
  return m ? { timestamp: m[1]!, label: m[2]! } : undefined;
}

export function toMigrationFolder(migrationsDir: string, name: string, hasSql: boolean): MigrationFolder {
  const parsed = parseFolderName(name);
  const dir = path.posix.join(migrationsDir, name);
  return { name, timestamp: parsed?.timestamp, label: parsed?.label, dir, sqlPath: `${dir}/migration.sql`, hasSql };
}

/** Migration folders of a migrations directory on disk, in Prisma's apply order. */
export function listMigrations(repoRoot: string, migrationsDir: string): MigrationFolder[] {
  const abs = path.join(repoRoot, migrationsDir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => toMigrationFolder(migrationsDir, d.name, existsSync(path.join(abs, d.name, 'migration.sql'))))
    .sort(compareMigrations);
}

/** Prisma sorts by folder name (byte order), which is timestamp order for valid names. */
export function compareMigrations(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
