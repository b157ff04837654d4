// Benchmark: the whole `migration-gates check` (history rules, no drift) as a user runs it, on a
// generated repository with 1,000 migrations on main and a PR adding 3. Target: under 1.5 s.
// Run: npm run bench -- check   (needs dist/cli: node scripts/build.mjs cli)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const MIGRATIONS = 1000;
const ADDED = 3;
const RUNS = 7;
const TARGET_MS = 1500;

if (!existsSync(cli)) {
  console.error(`missing ${cli}: run node scripts/build.mjs cli`);
  process.exit(1);
}

const git = (cwd, ...args) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
  return r.stdout.trim();
};
const write = (dir, rel, text) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const ts = (i) => {
  const d = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000);
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
};

mkdirSync(path.join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(path.join(root, '.tmp', 'bench-check-'));
try {
  const t0 = performance.now();
  const svc = 'services/auth-service/prisma';
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  let schema = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
  write(dir, `${svc}/migrations/migration_lock.toml`, 'provider = "postgresql"\n');
  for (let i = 0; i < MIGRATIONS; i++) {
    schema += `\nmodel T${i} {\n  id Int @id\n}\n`;
    write(dir, `${svc}/migrations/${ts(i)}_create_table_t${i}/migration.sql`, `-- CreateTable\nCREATE TABLE "T${i}" (\n    "id" INTEGER NOT NULL,\n\n    CONSTRAINT "T${i}_pkey" PRIMARY KEY ("id")\n);\n`);
  }
  write(dir, `${svc}/schema.prisma`, schema);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'history');
  git(dir, 'checkout', '-q', '-b', 'feature/bench');
  for (let i = MIGRATIONS; i < MIGRATIONS + ADDED; i++) {
    schema += `\nmodel T${i} {\n  id Int @id\n}\n`;
    write(dir, `${svc}/migrations/${ts(i)}_create_table_t${i}/migration.sql`, `CREATE TABLE "T${i}" ("id" INTEGER NOT NULL PRIMARY KEY);\n`);
  }
  write(dir, `${svc}/schema.prisma`, schema);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feature');
  console.log(`repository: ${MIGRATIONS} migrations on main, a PR adding ${ADDED} (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // CPU time of finished children (and theirs: git), from /proc: less sensitive to other load than wall time.
  const childCpuMs = () => {
    try {
      const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
      return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in 10 ms ticks
    } catch {
      return NaN;
    }
  };
  const time = (args) => {
    const c = childCpuMs();
    const s = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    return { ms: performance.now() - s, cpu: childCpuMs() - c, r };
  };
  const baseline = [];
  for (let i = 0; i < 3; i++) baseline.push(time(['-e', '']).ms);

  const load = [];
  const loadCpu = [];
  for (let i = 0; i < 3; i++) {
    const t = time([cli, '--version']);
    load.push(t.ms);
    loadCpu.push(t.cpu);
  }

  const times = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const { ms, cpu: c, r } = time([cli, 'check', '--base-ref', 'main', '--format', 'json']);
    cpu.push(c);
    if (r.status !== 0) {
      console.error(`check exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
      process.exit(1);
    }
    const out = JSON.parse(r.stdout);
    if (out.summary.newMigrations.length !== ADDED) throw new Error(`expected ${ADDED} new migrations, got ${out.summary.newMigrations.length}`);
    times.push(ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const f = (ms) => `${Math.round(ms)} ms`;
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  console.log(`node startup alone:              ${f(Math.min(...baseline))}`);
  console.log(`CLI bundle load (--version):     ${f(Math.min(...load))} (CPU ${f(Math.min(...loadCpu))})`);
  console.log(`check (whole process), ${RUNS} runs:  min ${f(sorted[0])}, median ${f(median)}, max ${f(sorted.at(-1))}`);
  if (!Number.isNaN(cpuSorted[0])) console.log(`check CPU time (node + git):     min ${f(cpuSorted[0])}, median ${f(cpuSorted[Math.floor(cpuSorted.length / 2)])}`);
  console.log(`target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'NOT met'} (median)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
