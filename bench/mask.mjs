// mask: masking 1,000,000 User rows (the guide's rules: email, name, providerId) through the
// real sync (`migration-gates sync`, dist/cli), against a naive UPDATE of the same rows on a
// table with its indexes in place. Target: the masking (table rewrite with its per-row check that
// no production value is left, plus the constant/null checks) under 30 s; our process under 150 MB peak (VmHWM).
// Needs dist/cli (node scripts/build.mjs cli) and PostgreSQL (TEST_PG_URL, default local 5432).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const admin = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const cli = path.join(root, 'dist', 'cli', 'index.js');
const ROWS = Number(process.env.BENCH_MASK_ROWS ?? 1_000_000);
const SRC = `mg_bench_mask_src_${ROWS}`;
const STG = 'mg_bench_mask_stg';
const NAIVE = 'mg_bench_mask_naive';

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

// The sample auth-service schema (Prisma's), 1M users; reused when present.
const SCHEMA = `
CREATE TABLE "User" (id text PRIMARY KEY, email text NOT NULL, name text, "providerId" text, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE UNIQUE INDEX "User_email_key" ON "User"(email);
CREATE TABLE "Session" (id text PRIMARY KEY, "userId" text NOT NULL REFERENCES "User"(id) ON DELETE CASCADE, "refreshToken" text NOT NULL, "expiresAt" timestamp(3) NOT NULL);
CREATE UNIQUE INDEX "Session_refreshToken_key" ON "Session"("refreshToken");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE TABLE "OAuthConfig" (id text PRIMARY KEY, provider text NOT NULL UNIQUE, "clientId" text NOT NULL, "clientSecret" text NOT NULL);`;

async function ensureSource() {
  if (await exists(SRC)) {
    const n = Number((await q(SRC, 'SELECT count(*) AS n FROM "User"')).rows[0].n);
    if (n === ROWS) return false;
    await q('postgres', `DROP DATABASE "${SRC}" WITH (FORCE)`);
  }
  await q('postgres', `CREATE DATABASE "${SRC}"`);
  await q(SRC, SCHEMA);
  await q(SRC, `INSERT INTO "User" (id, email, name, "providerId")
    SELECT md5(g::text)::uuid::text, 'person' || g || '@mail.example.org', 'Real Person ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE 'google-' || g END
      FROM generate_series(1, ${ROWS}) g`);
  await q(SRC, `INSERT INTO "Session" SELECT 's' || g, md5(g::text)::uuid::text, 'rt-' || md5('t' || g), now() FROM generate_series(1, 1000) g`);
  await q(SRC, `INSERT INTO "OAuthConfig" VALUES ('o1', 'google', 'cid', 'secret-1')`);
  await q(SRC, 'VACUUM ANALYZE');
  return true;
}

/** Spawn a process and sample its peak resident memory (VmHWM) from /proc. */
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

const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const s = (x) => `${x.toFixed(2)} s`;

const t0 = Date.now();
const generated = await ensureSource();
console.log(`source ${SRC}: ${ROWS.toLocaleString('en-US')} users ${generated ? `generated in ${s((Date.now() - t0) / 1000)}` : '(reused)'}`);
mkdirSync(path.join(root, '.tmp'), { recursive: true }); // git-ignored; absent in a fresh clone
const work = mkdtempSync(path.join(root, '.tmp', 'bench-mask-'));
mkdirSync(path.join(work, '.github'));
writeFileSync(path.join(work, '.github', 'migration-gates.yml'), 'sync:\n  keep-old: 0\n');
await dropFamily(STG);

const r = await runMeasured(process.execPath, [cli, 'sync', '--source-database-url', urlFor(SRC), '--target-database-url', urlFor(STG), '--no-backup', '--format', 'json'], { cwd: work, env: { ...process.env } });
if (r.code !== 0) {
  console.error(`sync failed (exit ${r.code}):\n${r.err.split('\n').slice(-15).join('\n')}\n${r.out.slice(0, 2000)}`);
  process.exit(1);
}
const summary = JSON.parse(r.out).summary;
const t = summary.timings;
const masking = (t.mask ?? 0) + (t['verify-masking'] ?? 0);
const users = summary.tables.find((x) => x.table === 'public.User');
const left = summary.unmasked.reduce((a, u) => a + u.remaining, 0);

// Naive: the same UPDATE on a copy that keeps its indexes (what masking after a plain restore costs).
if (await exists(NAIVE)) await q('postgres', `DROP DATABASE "${NAIVE}" WITH (FORCE)`);
await q('postgres', `CREATE DATABASE "${NAIVE}" TEMPLATE "${SRC}"`);
const n0 = Date.now();
await q(NAIVE, `UPDATE "User" SET email = CASE WHEN email IS NULL THEN NULL ELSE 'user_' || id || '@test.example.com' END,
  name = CASE WHEN name IS NULL THEN NULL ELSE 'Test User ' || id END, "providerId" = CASE WHEN "providerId" IS NULL THEN NULL ELSE 'masked_' || id END`);
const naive = (Date.now() - n0) / 1000;
await q('postgres', `DROP DATABASE "${NAIVE}" WITH (FORCE)`);

console.log(`masking ${users.stagingRows.toLocaleString('en-US')} User rows (3 columns) + Session + OAuthConfig, production values left: ${left}`);
console.log(`  rewrite with per-row check (ALTER TABLE ... USING, no indexes yet, no dead rows): ${s(t.mask)}`);
console.log(`  verify constant/null columns + collect counts: ${s(t['verify-masking'])}`);
console.log(`  masking total         : ${s(masking)}   (target < 30 s: ${masking < 30 ? 'PASS' : 'FAIL'})`);
console.log(`  indexes after masking : ${s(t.indexes)} (pg_restore post-data, needed by any restore)`);
console.log(`naive UPDATE with indexes in place: ${s(naive)} (UPDATE only, no verification, dead rows left)`);
console.log(`whole sync of the ${ROWS.toLocaleString('en-US')}-user database: ${s(r.seconds)}; node peak memory (VmHWM): ${mb(r.hwm)} (target < 150 MB: ${r.hwm < 150 * 1024 * 1024 ? 'PASS' : 'FAIL'})`);

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', 'mask.json');
const history = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
history.push({ at: new Date().toISOString(), rows: ROWS, timings: t, maskingSeconds: masking, naiveUpdateSeconds: naive, syncSeconds: r.seconds, peakBytes: r.hwm });
writeFileSync(file, JSON.stringify(history, null, 2));
await dropFamily(STG);
rmSync(work, { recursive: true, force: true });
