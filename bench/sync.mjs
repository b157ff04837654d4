// sync: the whole production -> staging sync of a ~1 GB database (`migration-gates sync`,
// dist/cli: guards, PII check, pg_dump | pg_restore, masking, verification, swap) side by side
// with a bare `pg_dump -Fc | pg_restore` of the same data. Targets: within 1.5x of the bare copy;
// our process under 150 MB peak (VmHWM).
// Data: `pgbench -i -s 70` (~1 GB) plus 200,000 users to mask, in mg_bench_sync_src (reused).
// Needs dist/cli (node scripts/build.mjs cli), pgbench, pg_dump/pg_restore, PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const admin = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const cli = path.join(root, 'dist', 'cli', 'index.js');
const SCALE = Number(process.env.BENCH_SYNC_SCALE ?? 70);
const SRC = SCALE === 70 ? 'mg_bench_sync_src' : `mg_bench_sync_src_s${SCALE}`;
const STG = 'mg_bench_sync_stg';
const BASE = 'mg_bench_sync_bare';
const USERS = 200_000;

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run node scripts/build.mjs cli');
  process.exit(1);
}
const urlFor = (db) => Object.assign(new URL(admin), { pathname: `/${db}` }).toString();
async function q(db, text) {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}
const exists = async (db) => (await q('postgres', `SELECT 1 FROM pg_database WHERE datname = '${db}'`)).rowCount > 0;
async function dropFamily(name) {
  const r = await q('postgres', `SELECT datname FROM pg_database WHERE datname = '${name}' OR datname ~ '^${name}_(sync|old)_[0-9]{14}$'`);
  for (const { datname } of r.rows) await q('postgres', `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
const u = new URL(admin);
const libpq = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username) || 'postgres'];
function tool(name) {
  const debian = `/usr/lib/postgresql/15/bin/${name}`;
  return existsSync(debian) ? debian : name;
}

async function ensureSource() {
  const ok = (await exists(SRC)) && (await q(SRC, `SELECT to_regclass('public.users') IS NOT NULL AND to_regclass('public.pgbench_accounts') IS NOT NULL AS ok`)).rows[0].ok;
  if (ok) return false;
  if (!(await exists(SRC))) await q('postgres', `CREATE DATABASE "${SRC}"`);
  if (!(await q(SRC, `SELECT to_regclass('public.pgbench_accounts') IS NOT NULL AS ok`)).rows[0].ok) {
    const r = spawnSync('pgbench', [...libpq, '-i', '-q', '-s', String(SCALE), SRC], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } });
    if (r.status !== 0) throw new Error(`pgbench -i failed: ${r.stderr}`);
  }
  await q(SRC, `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, name text, "createdAt" timestamptz NOT NULL DEFAULT now());
    INSERT INTO users (id, email, name) SELECT g, 'person' || g || '@mail.example.org', 'Real Person ' || g FROM generate_series(1, ${USERS}) g`);
  await q(SRC, 'VACUUM ANALYZE users');
  return true;
}

/** Spawn, sample peak memory (VmHWM) of the process, time it. */
function runMeasured(cmd, args, opts) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let hwm = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
      } catch {
        /* exited */
      }
    };
    const timer = setInterval(sample, 100);
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => {
      err += c;
      sample();
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, out, err, seconds: Number(process.hrtime.bigint() - started) / 1e9, hwm });
    });
  });
}

/** The bare copy: pg_dump -Fc | pg_restore, the two processes piped directly (no shell). */
function bareCopy() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
    const dump = spawn(tool('pg_dump'), [...libpq, '-Fc', SRC], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const restore = spawn(tool('pg_restore'), [...libpq, '--no-owner', '-d', BASE], { env, stdio: [dump.stdout, 'ignore', 'inherit'] });
    let codes = 0;
    const done = (code) => {
      if (code !== 0) reject(new Error(`bare copy exited ${code}`));
      if (++codes === 2) resolve(Number(process.hrtime.bigint() - started) / 1e9);
    };
    // 'exit', not 'close': the dump's stdout belongs to pg_restore, so its streams never close here.
    dump.on('exit', done);
    restore.on('exit', done);
  });
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const s = (x) => `${x.toFixed(1)} s`;

const g0 = Date.now();
const generated = await ensureSource();
const size = Number((await q(SRC, 'SELECT pg_database_size(current_database()) AS b')).rows[0].b);
console.log(`source ${SRC}: ${mb(size)} (pgbench -s ${SCALE} + ${USERS.toLocaleString('en-US')} users) ${generated ? `generated in ${s((Date.now() - g0) / 1000)}` : '(reused)'}`);

// Bare copy first.
if (await exists(BASE)) await q('postgres', `DROP DATABASE "${BASE}" WITH (FORCE)`);
await q('postgres', `CREATE DATABASE "${BASE}"`);
const bare = await bareCopy();
await q('postgres', `DROP DATABASE "${BASE}" WITH (FORCE)`);

// Our sync into a staging that does not exist yet (a first sync: no backup of a previous one).
mkdirSync(path.join(root, '.tmp'), { recursive: true }); // git-ignored; absent in a fresh clone
const work = mkdtempSync(path.join(root, '.tmp', 'bench-sync-'));
mkdirSync(path.join(work, '.github'));
writeFileSync(path.join(work, '.github', 'migration-gates.yml'), 'sync:\n  keep-old: 0\n  masking:\n    users:\n      email: email\n      name: name\n');
await dropFamily(STG);
const r = await runMeasured(process.execPath, [cli, 'sync', '--source-database-url', urlFor(SRC), '--target-database-url', urlFor(STG), '--format', 'json'], { cwd: work, env: { ...process.env } });
if (r.code !== 0) {
  console.error(`sync failed (exit ${r.code}):\n${r.err.split('\n').slice(-15).join('\n')}\n${r.out.slice(0, 2000)}`);
  process.exit(1);
}
const summary = JSON.parse(r.out).summary;
const t = summary.timings;
const ratio = r.seconds / bare;
console.log(`bare pg_dump -Fc | pg_restore : ${s(bare)}`);
console.log(`migration-gates sync          : ${s(r.seconds)}  = ${ratio.toFixed(2)}x the bare copy (target <= 1.5x: ${ratio <= 1.5 ? 'PASS' : 'FAIL'})`);
console.log(`  steps: ${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
console.log(`  copied ${mb(summary.transfer.bytes)} through the pipe; rows ${summary.tables.reduce((a, x) => a + x.stagingRows, 0).toLocaleString('en-US')}, all equal: ${summary.tables.every((x) => x.sourceRows === x.stagingRows)}; production values left: ${summary.unmasked.reduce((a, x) => a + x.remaining, 0)}`);
console.log(`  node peak memory (VmHWM): ${mb(r.hwm)} (target < 150 MB: ${r.hwm < 150 * 1024 * 1024 ? 'PASS' : 'FAIL'})`);

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', 'sync.json');
const history = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
history.push({ at: new Date().toISOString(), sourceBytes: size, bareSeconds: bare, syncSeconds: r.seconds, ratio, timings: t, peakBytes: r.hwm });
writeFileSync(file, JSON.stringify(history, null, 2));
await dropFamily(STG);
rmSync(work, { recursive: true, force: true });
