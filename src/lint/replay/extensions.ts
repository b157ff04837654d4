/**
 * PGlite loads an extension's files only when it is declared at start, so the history and the
 * new migrations are scanned for CREATE EXTENSION before the instance is created.
 */

/** Extensions that need another one's files at CREATE time (`CREATE EXTENSION ... CASCADE`). */
const REQUIRES: Record<string, string[]> = {
  earthdistance: ['cube'],
};

/** Built into every PostgreSQL (PGlite included): nothing to load. */
const BUILT_IN = new Set(['plpgsql']);

const CREATE_EXTENSION = /\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"((?:[^"]|"")+)"|([A-Za-z_][\w$-]*))/gi;

/** Names of the extensions a script creates, as PostgreSQL stores them (unquoted names folded to lower case). */
export function scanExtensions(sql: string): string[] {
  const out = new Set<string>();
  for (const m of sql.matchAll(CREATE_EXTENSION)) out.add(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase());
  return [...out];
}

/** Every extension the scripts create, with what they require, minus the built-in ones; sorted. */
export function extensionsOf(scripts: Iterable<string>): string[] {
  const out = new Set<string>();
  const add = (name: string): void => {
    if (BUILT_IN.has(name) || out.has(name)) return;
    out.add(name);
    for (const dep of REQUIRES[name] ?? []) add(dep);
  };
  for (const sql of scripts) for (const name of scanExtensions(sql)) add(name);
  return [...out].sort();
}

/** PGlite's contrib module file for an extension: `uuid-ossp` -> `uuid_ossp`. */
export function contribModuleName(extension: string): string {
  return extension.replace(/-/g, '_');
}
