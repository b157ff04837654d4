import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { UserError } from '../../errors.js';

/**
 * The real PostgreSQL parser (libpg-query 18, compiled to WASM), loaded once per process.
 *
 * We load libpg-query's Emscripten factory (`wasm/libpg-query.js`) ourselves instead of its
 * index.js/index.cjs: those re-export `@pgsql/types`, which is not vendored into dist/, so they
 * fail to load from a bundle with no node_modules around it. The factory is CommonJS (it needs
 * `__dirname` to find libpg-query.wasm beside it), so it is imported by file URL with the
 * bundler told to leave the import alone.
 */
export interface PgWasmModule {
  _malloc(n: number): number;
  _free(p: number): void;
  _wasm_parse_query_raw(p: number): number;
  _wasm_free_parse_result(p: number): void;
  _wasm_scan(p: number): number;
  _wasm_free_string(p: number): void;
  /** The WASM memory as bytes (a new view after the memory grows: read it at each use). */
  HEAPU8: Uint8Array;
  getValue(p: number, type: 'i32'): number;
}

const FACTORY = 'libpg-query.js';
const BINARY = 'libpg-query.wasm';

/** Where the parser's files are: the copy vendored beside the bundle, else node_modules. */
export function locateParser(from: string = fileURLToPath(import.meta.url)): { dir: string; vendored: boolean } {
  // dist/<bundle>/index.js -> dist/vendor/libpg-query/wasm (scripts/build.mjs copies it there).
  const vendored = path.resolve(path.dirname(from), '..', 'vendor', 'libpg-query', 'wasm');
  if (existsSync(path.join(vendored, FACTORY))) return { dir: vendored, vendored: true };
  // Running from source (vitest): walk up to the nearest node_modules/libpg-query.
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'libpg-query', 'wasm');
    if (existsSync(path.join(candidate, FACTORY))) return { dir: candidate, vendored: false };
    if (path.dirname(dir) === dir) break;
  }
  throw new UserError('the PostgreSQL parser (libpg-query) is missing', {
    why: `neither ${vendored} (beside the bundle) nor node_modules/libpg-query was found`,
    next: 'rebuild with `node scripts/build.mjs <bundle>` (it vendors the parser into dist/vendor), or run `npm ci`',
  });
}

let loading: Promise<PgWasmModule> | undefined;

/** Emscripten's hook for bringing our own instance: call `done` with it, return {} (asynchronous). */
export interface FactoryOptions {
  instantiateWasm?(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): object;
}

export type Factory = (arg?: FactoryOptions) => Promise<PgWasmModule>;

/**
 * The factory is CommonJS: `require` it. An `import()` of a CommonJS file makes Node scan its
 * 61 KB of source for export names first (cjs-module-lexer), about 35 ms of every lint's start.
 * The require function comes from `process.getBuiltinModule` so the bundler leaves it alone.
 */
export function loadFactory(file: string): Factory {
  const nodeModule = (process as unknown as { getBuiltinModule?: (id: string) => typeof import('node:module') }).getBuiltinModule?.('node:module');
  if (!nodeModule) return async (arg) => (await importFactory(file))(arg);
  const exported = nodeModule.createRequire(file)(file) as Factory | { default: Factory };
  return typeof exported === 'function' ? exported : exported.default;
}

/** Node before 20.16 (no getBuiltinModule): the ESM loader, which works, only slower. */
export async function importFactory(file: string): Promise<Factory> {
  const mod = (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as { default: Factory | { default: Factory } };
  return typeof mod.default === 'function' ? mod.default : mod.default.default;
}

/**
 * Start compiling the parser's WASM: V8 decodes and validates it in the background while the
 * caller goes on (planning the lint, reading migrations). The file is read synchronously (~6 ms):
 * an asynchronous read comes back in chunks, each waiting for the main thread, so the compile would
 * only start once the caller first waits. Emscripten's own loader would also copy the bytes.
 *
 * A lint is a short burst of parsing: V8's background tier-up of this 1.7 MB module to optimised
 * code costs more than it saves (1,000 migrations parse 3x faster on the baseline compiler alone).
 * The flag applies to modules compiled while it is set; it is restored as soon as the compile
 * ends, so PGlite and anything else keep V8's default tiering.
 */
export async function compileParserWasm(file: string): Promise<WebAssembly.Module> {
  try {
    const bytes = readFileSync(file);
    v8.setFlagsFromString('--liftoff-only');
    try {
      return await WebAssembly.compile(bytes);
    } finally {
      v8.setFlagsFromString('--no-liftoff-only');
    }
  } catch (err) {
    throw new UserError(`the PostgreSQL parser's binary ${file} cannot be loaded: ${(err as Error).message}`, {
      why: 'it is missing or damaged beside its loader',
      next: 'reinstall with `npm ci`, or rebuild the bundle with `node scripts/build.mjs <bundle>` (it vendors the parser)',
      cause: err,
    });
  }
}

/** The initialised WASM module; every caller shares one instance (no per-file re-initialisation). */
export function loadParserModule(): Promise<PgWasmModule> {
  loading ??= (async () => instantiateParser(locateParser().dir))();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** A new instance of the parser whose factory and binary are in `dir`. */
export async function instantiateParser(dir: string): Promise<PgWasmModule> {
  const compiled = compileParserWasm(path.join(dir, BINARY));
  compiled.catch(() => undefined); // reported through `failed`, or by the factory's own error
  // Emscripten waits for `done` forever: a failed compile or instantiation rejects this instead.
  let fail!: (err: unknown) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const factory = loadFactory(path.join(dir, FACTORY));
  const ready = factory({
    instantiateWasm(imports, done) {
      compiled.then((mod) => WebAssembly.instantiate(mod, imports).then((instance) => done(instance, mod))).catch(fail);
      return {};
    },
  });
  return await Promise.race([ready, failed]);
}

/** Start loading the parser now, so its file read and compile overlap the caller's own work. */
export function preloadParser(): void {
  loadParserModule().catch(() => undefined); // a failure is reported by the parse that needs it
}
