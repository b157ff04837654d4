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
