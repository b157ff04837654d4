import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PgliteRuntime } from './pglite-loader.js';
import { unpackSnapshot } from './snapshot-cache.js';

/**
 * A freshly initialised PGlite data directory shipped beside the vendored PGlite
 * (dist/vendor/pglite-base-<version>.tgz, made at build time). A cold start loads it instead of
 * running initdb, which is most of PGlite's start-up cost. Absent (running from source, or a build
 * without it), PGlite runs initdb as usual.
 */
export function baseDataDirFile(rt: PgliteRuntime): string {
  return path.join(rt.dir, '..', '..', `pglite-base-${rt.version}.tgz`);
}

/** The checked tar of the shipped data directory, or undefined (none, or unusable: logged). */
export function readBaseDataDir(rt: PgliteRuntime, log: (line: string) => void): Buffer | undefined {
  if (!rt.vendored) return undefined;
  const file = baseDataDirFile(rt);
  if (!existsSync(file)) return undefined;
  try {
    return unpackSnapshot(readFileSync(file));
  } catch (err) {
    log(`replay: ignoring ${path.basename(file)} (${(err as Error).message}); running initdb`);
    return undefined;
  }
}
