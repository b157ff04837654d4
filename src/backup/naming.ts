import { existsSync } from 'node:fs';
import path from 'node:path';

/** `<backupId>.manifest.json` beside `<backupId>.dump`. */
export const MANIFEST_SUFFIX = '.manifest.json';
export const DUMP_SUFFIX = '.dump';

/** A file-name-safe form of a name from input or a URL (which may be hostile). */
export function safeName(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[.-]+/, '').slice(0, 63);
  return cleaned || 'x';
}

/** A backup id as newBackupId makes it: `<env>-<database>-<yyyymmddThhmmssZ>`, maybe `-<n>`. */
export function isBackupId(id: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}-[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}-\d{8}T\d{6}Z(?:-\d+)?$/.test(id);
}

/** The hidden name createBackup gives a dump while it is written: `.<12 hex>.dump.partial`. */
export function partialDumpName(random: string): string {
  return `.${random}${DUMP_SUFFIX}.partial`;
}

export function isPartialDumpName(name: string): boolean {
  return /^\.[0-9a-f]{12}\.dump\.partial$/.test(name);
}

/** 2024-05-01T12:03:04.567Z -> 20240501T120304Z */
export function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** `<environment>-<database>-<yyyymmddThhmmssZ>`, with a -2, -3... suffix if that id is taken. */
export function newBackupId(directory: string, environment: string, database: string, at: Date): string {
  const base = `${safeName(environment)}-${safeName(database)}-${stamp(at)}`;
  let id = base;
  for (let n = 2; existsSync(path.join(directory, id + DUMP_SUFFIX)) || existsSync(path.join(directory, id + MANIFEST_SUFFIX)); n++) id = `${base}-${n}`;
  return id;
}

/** The environment recorded for a backup of a database no configured environment uses. */
export const UNKNOWN_ENVIRONMENT = 'unknown';
