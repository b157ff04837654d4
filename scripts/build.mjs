// Build the bundles with ncc: dist/actions/ holds every action (src/actions/_dispatch.ts, one
// chunk per action, the code they share once), each dist/<name>/index.js is a two-line entry
// naming its action (the path its action.yml runs), and dist/cli/ is the CLI (src/cli/main.ts),
// the only bundle the npm package ships. The WASM-bearing packages (PGlite, libpg-query) are not
// bundled: ncc breaks PGlite at run time and drops libpg-query's .wasm. The files of theirs that
// load in Node are copied once to dist/vendor/ and loaded by path at run time
// (src/lint/replay/pglite-loader.ts, src/lint/parser/load.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const only = process.argv.slice(2);

const actionNames = readdirSync(path.join(root, 'src/actions'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const entries = [
  { name: 'actions', input: path.join(root, 'src/actions/_dispatch.ts') },
  { name: 'cli', input: path.join(root, 'src/cli/main.ts') },
];
// Any action's name builds the shared actions bundle (the names the build took before).
const wanted = only.map((n) => (actionNames.includes(n) ? 'actions' : n));
const selected = wanted.length ? entries.filter((e) => wanted.includes(e.name)) : entries;
if (wanted.some((n) => !entries.some((e) => e.name === n))) {
  throw new Error(`unknown bundle in ${only.join(' ')}: build one of ${[...entries.map((e) => e.name), ...actionNames].join(', ')}`);
}

if (!only.length) rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// ---- dist/vendor: only the files that load in Node ------------------------------------------------
const vendor = path.join(dist, 'vendor');

/** Relative module specifiers and `new URL('./x', import.meta.url)` assets of an ES module's source. */
function references(source) {
  const refs = new Set();
  const patterns = [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g, /new URL\(\s*["'](\.{1,2}\/[^"']+)["']/g];
  for (const re of patterns) for (const m of source.matchAll(re)) refs.add(m[1]);
  return [...refs];
}

/**
 * Copy the files reachable from `starts` (paths relative to `srcDir`): ES imports, dynamic imports
 * and assets located by URL, followed transitively. `skip` names reachable files that never load
 * in Node (browser-only code behind a runtime check).
 */
function copyReachable(srcDir, destDir, starts, skip = new Set()) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length) {
    const rel = queue.shift();
    if (seen.has(rel) || skip.has(rel)) continue;
    const file = path.join(srcDir, rel);
    if (!existsSync(file)) throw new Error(`vendoring: ${rel} is referenced but missing in ${srcDir}`);
    seen.add(rel);
    if (rel.endsWith('.js')) {
      for (const ref of references(readFileSync(file, 'utf8'))) queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(rel), ref)));
    }
  }
  for (const rel of [...seen].sort()) {
    mkdirSync(path.dirname(path.join(destDir, rel)), { recursive: true });
    copyFileSync(path.join(srcDir, rel), path.join(destDir, rel));
  }
  return seen.size;
}

function vendorPackages() {
  rmSync(vendor, { recursive: true, force: true });
  const pkgDir = (pkg) => {
    const dir = path.join(root, 'node_modules', pkg);
    if (!existsSync(dir)) throw new Error(`missing ${pkg}: run npm ci`);
    return dir;
  };
  // PGlite: its ES entry, the contrib extension modules the replay may load for CREATE EXTENSION,
  // and what they reach (chunks, pglite.wasm/.data, initdb, each extension's .tar.gz). Not the
  // CommonJS copies, the worker, live queries, templating, node-postgres, or the browser (OPFS)
  // file systems, which PGlite imports only for an opfs-ahp:// data directory.
  const pglite = pkgDir('@electric-sql/pglite');
  const contrib = readdirSync(path.join(pglite, 'dist', 'contrib')).filter((f) => f.endsWith('.js')).sort().map((f) => `contrib/${f}`);
  const pgliteFiles = copyReachable(path.join(pglite, 'dist'), path.join(vendor, 'pglite', 'dist'), ['index.js', ...contrib], new Set(['fs/opfs-ahp.js', 'fs/memfs2opfs.js']));
  copyFileSync(path.join(pglite, 'package.json'), path.join(vendor, 'pglite', 'package.json'));
  // libpg-query: the Emscripten factory and its binary (src/lint/parser/load.ts loads only these).
  const pgq = pkgDir('libpg-query');
  mkdirSync(path.join(vendor, 'libpg-query', 'wasm'), { recursive: true });
  for (const f of ['libpg-query.js', 'libpg-query.wasm']) copyFileSync(path.join(pgq, 'wasm', f), path.join(vendor, 'libpg-query', 'wasm', f));
  copyFileSync(path.join(pgq, 'package.json'), path.join(vendor, 'libpg-query', 'package.json'));
  process.stdout.write(`vendored PGlite (${pgliteFiles} files) and libpg-query into dist/vendor\n`);
}
// Copied before any bundle is built; a partial build (one bundle, during development, or a
// child of the full build) reuses the existing copy.
if (!only.length || !existsSync(path.join(vendor, 'pglite')) || !existsSync(path.join(vendor, 'libpg-query'))) vendorPackages();
writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');

// ---- one entry per action, pointing into the shared bundle ---------------------------------------
if (!only.length || wanted.includes('actions')) {
  for (const name of actionNames) {
    mkdirSync(path.join(dist, name), { recursive: true });
    writeFileSync(
      path.join(dist, name, 'index.js'),
      `// The ${name} action (generated by scripts/build.mjs): its code is in the shared bundle.\nimport { run } from '../actions/index.js';\n\nawait run('${name}');\n`,
    );
  }
}

const started = Date.now();
if (!only.length) {
  // One child process per bundle, both at once: ncc's compiler keeps memory across builds.
  const queue = entries.map((e) => e.name);
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const code = await new Promise((resolve) => {
        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
        child.on('close', resolve);
      });
      if (code !== 0) throw new Error(`building ${name} failed (exit ${code})`);
    }
  };
  await Promise.all([worker(), worker()]);
} else {
  for (const e of selected) await buildOne(e);
}

async function buildOne(e) {
  const { code, assets } = await ncc(e.input, {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    // PGlite and libpg-query load from dist/vendor at run time (see above).
    externals: ['@electric-sql/pglite', 'libpg-query'],
    target: 'es2022',
  });
  const out = path.join(dist, e.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'index.js'), e.name === 'cli' ? `#!/usr/bin/env node\n${code.replace(/^#!.*\n/, '')}` : code);
  if (e.name === 'cli') chmodSync(path.join(out, 'index.js'), 0o755);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const target = path.join(out, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, asset.source);
  }
  process.stdout.write(`built dist/${e.name}/index.js (${(code.length / 1024).toFixed(0)} KiB${Object.keys(assets ?? {}).length ? `, ${Object.keys(assets).length} asset(s)` : ''})\n`);
}

writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');
process.stdout.write(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
