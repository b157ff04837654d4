// apply: our CLI (`migration-gates apply --environment dev`, dev gates) against a bare
// `prisma migrate deploy`, each applying the same 50 pending migrations to its own fresh
// database, side by side, three rounds (order swapped each round). Target: within 1 s.
// Needs dist/cli (node scripts/build.mjs cli) and PostgreSQL (TEST_PG_URL, default local 5432).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.join(root, 'test', 'fixtures', 'prisma-offline');
const admin = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const cli = path.join(root, 'dist', 'cli', 'index.js');
const prisma = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const N = 50;
const ROUNDS = 3;

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run node scripts/build.mjs cli');
  process.exit(1);
}

// A Prisma 6 project on the offline WASM engine (test/fixtures/prisma-offline), with N migrations.
mkdirSync(path.join(root, '.tmp'), { recursive: true });
const project = mkdtempSync(path.join(root, '.tmp', 'bench-apply-'));
mkdirSync(path.join(project, 'prisma', 'migrations'), { recursive: true });
copyFileSync(path.join(fixture, 'prisma.config.ts'), path.join(project, 'prisma.config.ts'));
copyFileSync(path.join(fixture, 'prisma', 'schema-engine-stub.cjs'), path.join(project, 'prisma', 'schema-engine-stub.cjs'));
writeFileSync(path.join(project, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel T1 {\n  id Int @id\n}\n');
writeFileSync(path.join(project, 'prisma', 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
for (let i = 1; i <= N; i++) {
  const dir = path.join(project, 'prisma', 'migrations', `2024010100${String(i).padStart(4, '0')}_create_table_${i}`);
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, 'migration.sql'),
    `-- CreateTable\nCREATE TABLE "T${i}" (\n  "id" SERIAL NOT NULL,\n  "name" TEXT NOT NULL,\n  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT "T${i}_pkey" PRIMARY KEY ("id")\n);\nCREATE INDEX "T${i}_name_idx" ON "T${i}"("name");\n`,
  );
}

async function sql(text) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}
const urlFor = (db) => Object.assign(new URL(admin), { pathname: `/${db}` }).toString();
const dbs = [];
async function freshDb(tag) {
  const name = `bench_apply_${tag}_${Date.now().toString(36)}`;
  await sql(`CREATE DATABASE "${name}"`);
  dbs.push(name);
  return name;
}
async function finishedRows(db) {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  try {
    return (await c.query('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL')).rows[0].n;
  } finally {
    await c.end();
  }
}

function timed(args, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: project, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { s, stdout: r.stdout };
}

async function bare() {
  const db = await freshDb('bare');
  const { s } = timed([prisma, 'migrate', 'deploy'], { DATABASE_URL: `${urlFor(db)}?schema=public`, CHECKPOINT_DISABLE: '1' });
  if ((await finishedRows(db)) !== N) throw new Error('bare deploy did not apply every migration');
  return { s };
}

async function ours() {
  const db = await freshDb('ours');
  const { s, stdout } = timed([cli, 'apply', '--environment', 'dev', '--ref', 'develop', '--working-directory', project, '--format', 'json'], { DATABASE_URL: `${urlFor(db)}?schema=public` });
  const summary = JSON.parse(stdout).summary;
  if (summary.status !== 'applied' || summary.applied.length !== N || (await finishedRows(db)) !== N) throw new Error(`apply did not apply every migration: ${summary.status}`);
  return { s, prisma: summary.prismaMs / 1000 };
}

const results = [];
try {
  console.log(`apply: ${N} pending migrations (CREATE TABLE + index each), Prisma 6.19.3 (WASM engine), fresh database per run`);
  for (let round = 1; round <= ROUNDS; round++) {
    // Swap the order each round, so neither side always runs on a warmer machine.
    const a = round % 2 ? await bare() : undefined;
    const o = await ours();
    const b = a ?? (await bare());
    results.push({ round, bare: b.s, ours: o.s, inner: o.prisma });
  }
  console.log('');
  console.log('round | bare prisma migrate deploy | migration-gates apply (dev gates) | overhead | (prisma inside apply)');
  for (const r of results) {
    console.log(`${String(r.round).padStart(5)} | ${r.bare.toFixed(2).padStart(24)} s | ${r.ours.toFixed(2).padStart(31)} s | ${(r.ours - r.bare >= 0 ? '+' : '') + (r.ours - r.bare).toFixed(2)} s | ${r.inner.toFixed(2)} s`);
  }
  const avg = (k) => results.reduce((a, r) => a + r[k], 0) / results.length;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const overhead = avg('ours') - avg('bare');
  const medOverhead = median(results.map((r) => r.ours - r.bare));
  console.log('');
  console.log(`mean: bare ${avg('bare').toFixed(2)} s, apply ${avg('ours').toFixed(2)} s, overhead ${overhead.toFixed(2)} s; median overhead ${medOverhead.toFixed(2)} s (target: within 1 s): ${medOverhead <= 1 ? 'OK' : 'OVER'}`);
  console.log(`our own work around Prisma (apply total - the prisma child inside it), mean: ${(avg('ours') - avg('inner')).toFixed(2)} s`);
  console.log(`machine load (1-min average) at the end: ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores: figures are noisy`);
} finally {
  for (const db of dbs) await sql(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => undefined);
  rmSync(project, { recursive: true, force: true });
}
