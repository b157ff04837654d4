import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Extension, PGlite, PGliteOptions } from '@electric-sql/pglite';
import { UserError } from '../../errors.js';
import { contribModuleName } from './extensions.js';

/**
 * Loads PGlite without bundling it: ncc 0.45 breaks PGlite at run time ("e is not a function"),
 * so scripts/build.mjs leaves it external and copies the files of node_modules/@electric-sql/pglite/dist
 * that load in Node (its ES entry, contrib modules, and what they reach) to dist/vendor/pglite/dist.
 * A bundle (dist/actions/ or dist/cli/, one level below dist/) loads that copy by file URL; PGlite
 * then finds pglite.wasm, pglite.data, initdb.wasm and the contrib *.tar.gz files relative to its
 * own module URL, i.e. inside the vendored folder. From source (vitest) the copy in node_modules
 * is used instead.
 */
export interface PgliteRuntime {
  PGlite: { create(options?: PGliteOptions): Promise<PGlite> };
  /** The folder holding index.js, pglite.wasm, pglite.data and contrib/. */
  dir: string;
  vendored: boolean;
  version: string;
}

const VENDORED_ENTRY = '../vendor/pglite/dist/index.js';

/** Where PGlite's dist folder is: the vendored copy beside the running bundle, else node_modules. */
export function locatePglite(from: string = import.meta.url): { dir: string; vendored: boolean } | undefined {
  if (from.startsWith('file:')) {
    const vendored = fileURLToPath(new URL(VENDORED_ENTRY, from));
    if (existsSync(vendored)) return { dir: path.dirname(vendored), vendored: true };
    for (let dir = path.dirname(fileURLToPath(from)); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', '@electric-sql', 'pglite', 'dist');
      if (existsSync(path.join(candidate, 'index.js'))) return { dir: candidate, vendored: false };
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

let loading: Promise<PgliteRuntime> | undefined;

/** The PGlite module, loaded once per process. */
export function loadPglite(): Promise<PgliteRuntime> {
  loading ??= (async () => {
    const where = locatePglite();
    if (!where) {
      // Last resort when this file is not on disk as a file: URL: ordinary resolution.
      try {
        const mod = (await import(/* webpackIgnore: true */ '@electric-sql/pglite')) as unknown as { PGlite: PgliteRuntime['PGlite'] };
        return { PGlite: mod.PGlite, dir: '', vendored: false, version: 'unknown' };
      } catch (err) {
        throw missing(err);
      }
    }
    const mod = (await import(/* webpackIgnore: true */ pathToFileURL(path.join(where.dir, 'index.js')).href)) as {
      PGlite?: PgliteRuntime['PGlite'];
    };
    if (!mod.PGlite) throw missing(new Error(`${where.dir}/index.js exports no PGlite`));
    return { PGlite: mod.PGlite, ...where, version: readVersion(where.dir) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The contrib extensions this PGlite ships (SQL names, e.g. `uuid-ossp`). */
export function hasContribExtension(rt: PgliteRuntime, extension: string): boolean {
  return !!rt.dir && existsSync(path.join(rt.dir, 'contrib', `${contribModuleName(extension)}.js`));
}

/** Load one contrib extension's module (`@electric-sql/pglite/contrib/<name>`), or undefined when PGlite has none. */
export async function loadContribExtension(rt: PgliteRuntime, extension: string): Promise<Extension | undefined> {
  if (!hasContribExtension(rt, extension)) return undefined;
  const file = path.join(rt.dir, 'contrib', `${contribModuleName(extension)}.js`);
  const mod = (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as Record<string, unknown>;
  // Each contrib module exports one `{ name, setup }` object (named after the file).
  const ext = Object.values(mod).find((v): v is Extension => !!v && typeof v === 'object' && typeof (v as Extension).setup === 'function');
  return ext;
}

function readVersion(dir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function missing(cause: unknown): UserError {
  return new UserError('the embedded PostgreSQL (PGlite) could not be loaded', {
    why: `neither dist/vendor/pglite (beside the bundle) nor node_modules/@electric-sql/pglite was usable: ${cause instanceof Error ? cause.message : String(cause)}`,
    next: 'rebuild with `node scripts/build.mjs <bundle>` (it vendors PGlite into dist/vendor), or run `npm ci`; or pass shadow-database-url to replay in a real PostgreSQL',
    cause,
  });
}
