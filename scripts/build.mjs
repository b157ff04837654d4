// Build one ncc bundle per action (src/actions/<name>.ts -> dist/<name>/index.js) and the CLI
// (src/cli/main.ts -> dist/cli/index.js). The WASM-bearing packages (PGlite, libpg-query) are not
// bundled: ncc breaks PGlite at run time and drops libpg-query's .wasm. Their files are copied
// once to dist/vendor/ and loaded by path at run time (src/lint/vendor.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const only = process.argv.slice(2);

const entries = readdirSync(path.join(root, 'src/actions'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => ({ name: f.replace(/\.ts$/, ''), input: path.join(root, 'src/actions', f) }));
entries.push({ name: 'cli', input: path.join(root, 'src/cli/main.ts') });
const selected = only.length ? entries.filter((e) => only.includes(e.name)) : entries;

if (!only.length) rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Vendored WASM packages, shared by every bundle (package.json says "type": "module").
const vendor = path.join(dist, 'vendor');
const copyPkg = (pkg, sub, dest) => {
  const src = path.join(root, 'node_modules', pkg);
  if (!existsSync(src)) throw new Error(`missing ${pkg}: run npm ci`);
  rmSync(path.join(vendor, dest), { recursive: true, force: true });
  cpSync(path.join(src, sub), path.join(vendor, dest, sub), {
    recursive: true,
    filter: (p) => !p.endsWith('.map') && !p.endsWith('.d.ts') && !p.endsWith('.d.cts'),
  });
  cpSync(path.join(src, 'package.json'), path.join(vendor, dest, 'package.json'));
};
// Copied before any bundle is built; a partial build (one bundle, during development, or a
// child of the full build) reuses the existing copy.
if (!only.length || !existsSync(path.join(vendor, 'pglite')) || !existsSync(path.join(vendor, 'libpg-query'))) {
  copyPkg('@electric-sql/pglite', 'dist', 'pglite');
  copyPkg('libpg-query', 'wasm', 'libpg-query');
}
writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');

const started = Date.now();
if (!only.length) {
  // One child process per bundle, two at a time: ncc's compiler keeps memory across builds, and
  // nine in one process exhaust the heap.
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
