// Backup speed and memory: our `migration-gates backup` (pg_dump -Fc writing the file itself,
// started before the config loads; then SHA-256 and pg_restore --list verification at once) against a bare `pg_dump -Fc -f file`,
// on a pgbench database of at least 1 GB. Runs alternate, after one warm-up of each.
//   npm run bench -- backup              (drops the bench database at the end)
//   node bench/backup.mjs --keep         (or MG_BENCH_KEEP=1) keeps it for the next run
//   MG_BENCH_RUNS=3 MG_BENCH_SCALE=70    runs per variant, pgbench scale
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist', 'cli', 'index.js');
const DB = 'mg_bench_backup';
const SCALE = Number(process.env.MG_BENCH_SCALE ?? 70);
const RUNS = Math.max(2, Number(process.env.MG_BENCH_RUNS ?? 2));
const KEEP = process.argv.includes('--keep') || process.env.MG_BENCH_KEEP === '1';
const ADMIN = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const url = (() => {
  const u = new URL(ADMIN);
  u.pathname = `/${DB}`;
  return u.toString();
})();

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const psql = (sql, db = ADMIN) => {
  const r = spawnSync('psql', ['-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql, db], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout.trim();
};

if (!existsSync(CLI)) {
  console.error(`missing ${CLI}: build it first with: node scripts/build.mjs cli`);
  process.exit(1);
}

// 1. The database: reuse it when it is already big enough (pgbench -i takes minutes).
const exists = psql(`SELECT count(*) FROM pg_database WHERE datname = '${DB}'`) === '1';
let rows = 0;
if (exists) {
  try {
    rows = Number(psql('SELECT count(*) FROM pgbench_accounts', url));
  } catch {
    rows = 0;
  }
}
if (rows < SCALE * 100_000) {
  if (exists) psql(`DROP DATABASE ${DB} WITH (FORCE)`);
  psql(`CREATE DATABASE ${DB}`);
  console.log(`creating the bench database: pgbench -i -s ${SCALE} (a few minutes)...`);
  const t = Date.now();
  const r = spawnSync('pgbench', ['-i', '-q', '-s', String(SCALE), url], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(1);
  console.log(`  created in ${((Date.now() - t) / 1000).toFixed(0)} s`);
} else {
  console.log(`reusing ${DB} (${rows} pgbench_accounts rows)`);
}
const dbSize = Number(psql('SELECT pg_database_size(current_database())', url));
console.log(`database ${DB}: ${mb(dbSize)} (pg_database_size), scale ${SCALE}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);

const work = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-backup-'));

/** Run a command; sample the peak RSS (VmHWM) of the process we spawned, every 50 ms. */
function timed(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    let hwm = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
      } catch {
        /* exited */
      }
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ seconds, peakRss: hwm, stdout, stderr });
    });
  });
}

const bare = async (i) => {
  const file = path.join(work, `bare-${i}.dump`);
  const r = await timed('pg_dump', ['-Fc', '-f', file, url]);
  const size = statSync(file).size;
  rmSync(file);
  return { ...r, size };
};
const ours = async (i, verify) => {
  const dir = path.join(work, `ours-${verify ? 'v' : 'n'}-${i}`);
  const args = [CLI, 'backup', '--database-url', url, '--environment', 'staging', '--directory', dir, '--format', 'json', ...(verify ? [] : ['--no-verify'])];
  const r = await timed(process.execPath, args);
  const summary = JSON.parse(r.stdout).summary;
  const verifyLine = /verify: .*\(([\d.]+) s\)/.exec(r.stderr);
  const progressLines = r.stderr.split('\n').filter((l) => l.startsWith('dump: '));
  rmSync(dir, { recursive: true, force: true });
  return { ...r, size: summary.sizeBytes, dumpSeconds: summary.durationSeconds, verifySeconds: verifyLine ? Number(verifyLine[1]) : undefined, progressLines };
};

/** The CLI's fixed start-up cost (bundle load, every command's modules): `backup --help`. */
const startup = async () => (await timed(process.execPath, [CLI, 'backup', '--help'])).seconds;

console.log('warm-up (not counted)...');
await bare('w');
await ours('w', false);

const results = { bare: [], noverify: [], verify: [], startup: [] };
for (let i = 0; i < RUNS; i++) {
  results.startup.push(await startup());
  results.bare.push(await bare(i));
  results.noverify.push(await ours(i, false));
  results.verify.push(await ours(i, true));
  const [b, n, v] = [results.bare.at(-1), results.noverify.at(-1), results.verify.at(-1)];
  console.log(
    `run ${i + 1}: pg_dump -Fc -f ${b.seconds.toFixed(2)} s | ours --no-verify ${n.seconds.toFixed(2)} s (dump ${n.dumpSeconds.toFixed(2)} s, ${mb(n.peakRss)} peak RSS) | ` +
      `ours + verify ${v.seconds.toFixed(2)} s (verify ${v.verifySeconds?.toFixed(2) ?? '?'} s, ${mb(v.peakRss)} peak RSS)`,
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mBare = median(results.bare.map((r) => r.seconds));
const mNo = median(results.noverify.map((r) => r.seconds));
const mV = median(results.verify.map((r) => r.seconds));
const mVerify = median(results.verify.map((r) => r.verifySeconds ?? 0));
const mDump = median(results.noverify.map((r) => r.dumpSeconds));
const mStart = median(results.startup);
const peak = Math.max(...[...results.noverify, ...results.verify].map((r) => r.peakRss));
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

console.log('');
console.log(`database            ${mb(dbSize)}; dump ${mb(results.bare[0].size)} (bare) vs ${mb(results.noverify[0].size)} (ours)`);
console.log(`pg_dump -Fc -f      median ${mBare.toFixed(2)} s over ${RUNS} runs`);
console.log(`ours, no verify     median ${mNo.toFixed(2)} s  (${pct(mNo / mBare - 1)} vs bare; target within 5%: ${mNo <= mBare * 1.05 ? 'yes' : 'NO'})`);
console.log(`  of which the dump  median ${mDump.toFixed(2)} s  (${pct(mDump / mBare - 1)} vs bare pg_dump: from pg_dump's start to its exit)`);
console.log(`  fixed overhead     ${(mNo - mDump).toFixed(2)} s, of which CLI start-up (migration-gates backup --help) median ${mStart.toFixed(2)} s`);
console.log(`ours, with verify   median ${mV.toFixed(2)} s  (${pct(mV / mBare - 1)} vs bare; within 5%: ${mV <= mBare * 1.05 ? 'yes' : 'no'}); pg_restore --list verify alone ${mVerify.toFixed(2)} s`);
console.log(`peak RSS of our node process: ${mb(peak)} (target < 100 MB: ${peak < 100 * 1024 * 1024 ? 'yes' : 'NO'})`);
const sample = results.verify.at(-1).progressLines;
if (sample.length) console.log(`progress lines (last run):\n  ${sample.slice(0, 3).join('\n  ')}${sample.length > 3 ? '\n  ...' : ''}`);

rmSync(work, { recursive: true, force: true });
if (!KEEP) {
  psql(`DROP DATABASE ${DB} WITH (FORCE)`);
  console.log(`dropped ${DB} (pass --keep or MG_BENCH_KEEP=1 to reuse it)`);
}
