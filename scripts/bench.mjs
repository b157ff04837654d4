// Run the benchmarks in bench/ (all, or those named: npm run bench -- check lint).
// Each prints its own figures; results are also appended to bench-results/<name>.json.
// Options after the names go to every chosen bench: npm run bench -- history --repo /path/to/clone
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('-'));
const names = firstOption === -1 ? args : args.slice(0, firstOption);
const passed = firstOption === -1 ? [] : args.slice(firstOption);
const all = readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.mjs')).map((f) => f.replace(/\.mjs$/, '')).sort();
const chosen = names.length ? names : all;
let failed = 0;
for (const n of chosen) {
  if (!all.includes(n)) {
    console.error(`no benchmark "${n}" (have: ${all.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n=== bench ${n}`);
  const r = spawnSync(process.execPath, [path.join(root, 'bench', `${n}.mjs`), ...passed], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
