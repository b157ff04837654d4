// Benchmark: the schema-aware replay (src/lint/replay) on a generated 800-migration Prisma-shaped
// history, each run a whole process:
//   cold           embedded PGlite, no cache: boot (initdb) + replay 800 + trace 1 new migration
//   cold+snapshot  the same with a cache folder: the snapshot is written (a cache miss)
//   warm PR        cache hit: restore the snapshot + trace the PR's one new migration
//   warm prefix    the base gained that migration: restore 800, replay 1, save a new snapshot
//   shadow         a scratch database on the local PostgreSQL (pg): replay 800 + trace
//   audit          no history; each of the 800 migrations traced in turn (what `lint --all` asks)
//   cli lint --all the lint engineer's CLI (dist/cli), no cache, then --cache twice
// Targets: cold under 10 s; warm PR under 4 s (2 cores, shared machine: figures are noisy).
// The probe bundle is built here with ncc (as scripts/build.mjs builds the actions) into .tmp/,
// beside a copy of dist/vendor, so PGlite loads exactly as it does from an action bundle.
//   cold, prebuilt the cold runs again with dist/vendor/pglite-base-<version>.tgz (a fresh data
//                  directory the build can ship; made here in the bench's copy when absent)
// Run: npm run bench -- replay   (needs dist/vendor: node scripts/build.mjs <any bundle>)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.tmp', 'bench-replay');
const MIGRATIONS = 800;
const SHADOW_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

if (!existsSync(path.join(root, 'dist', 'vendor', 'pglite', 'dist', 'index.js'))) {
  console.error('missing dist/vendor/pglite: run node scripts/build.mjs cli');
  process.exit(1);
}

// ---- the history ------------------------------------------------------------------------------
const ts = (i) => new Date(Date.UTC(2021, 0, 1) + i * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** The shapes `prisma migrate dev` writes, cycling: tables with FKs, columns, indexes, enums, type changes. */
function migration(i, tables, enums) {
  const t = `Model${i}`;
  const prev = tables.length ? tables[(i * 7) % tables.length] : undefined;
  const other = tables.length ? tables[(i * 13) % tables.length] : undefined;
  switch (prev ? i % 7 : 0) {
    case 0: {
      const lines = [];
      let enumCol = '';
      if (i % 3 === 0) {
        const e = `Status${i}`;
        enums.push(e);
        lines.push('-- CreateEnum', `CREATE TYPE "${e}" AS ENUM ('ACTIVE', 'INACTIVE', 'PENDING');`, '');
        enumCol = `    "status" "${e}" NOT NULL DEFAULT 'ACTIVE',\n`;
      }
      const ref = prev ?? t;
      tables.push(t);
      lines.push(
        '-- CreateTable',
        `CREATE TABLE "${t}" (\n    "id" SERIAL NOT NULL,\n    "name" VARCHAR(120) NOT NULL,\n    "parentId" INTEGER,\n${enumCol}    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    "updatedAt" TIMESTAMP(3) NOT NULL,\n\n    CONSTRAINT "${t}_pkey" PRIMARY KEY ("id")\n);`,
        '',
        '-- CreateIndex',
        `CREATE UNIQUE INDEX "${t}_name_key" ON "${t}"("name");`,
        '',
        '-- CreateIndex',
        `CREATE INDEX "${t}_parentId_idx" ON "${t}"("parentId");`,
        '',
        '-- AddForeignKey',
        `ALTER TABLE "${t}" ADD CONSTRAINT "${t}_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "${ref}"("id") ON DELETE SET NULL ON UPDATE CASCADE;`,
      );
      return lines.join('\n');
    }
    case 1:
      return `-- AlterTable\nALTER TABLE "${prev}" ADD COLUMN "bio${i}" TEXT,\nADD COLUMN "score${i}" INTEGER NOT NULL DEFAULT 0;\n\n-- CreateIndex\nCREATE INDEX "${prev}_score${i}_idx" ON "${prev}"("score${i}");`;
    case 2:
      return `-- AlterTable\nALTER TABLE "${prev}" ADD COLUMN "${other.toLowerCase()}Id${i}" INTEGER;\n\n-- AddForeignKey\nALTER TABLE "${prev}" ADD CONSTRAINT "${prev}_${other.toLowerCase()}Id${i}_fkey" FOREIGN KEY ("${other.toLowerCase()}Id${i}") REFERENCES "${other}"("id") ON DELETE CASCADE ON UPDATE CASCADE;`;
    case 3:
      return enums.length
        ? `-- AlterEnum\nALTER TYPE "${enums[i % enums.length]}" ADD VALUE 'STATE${i}';`
        : `-- AlterTable\nALTER TABLE "${prev}" ADD COLUMN "note${i}" TEXT;`;
    case 4:
      return `-- AlterTable\nALTER TABLE "${prev}" ALTER COLUMN "name" SET DATA TYPE VARCHAR(${200 + i});\n\n-- CreateIndex\nCREATE INDEX "${prev}_createdAt_${i}_idx" ON "${prev}"("createdAt" DESC);`;
    case 5:
      return `-- AlterTable\nALTER TABLE "${prev}" ADD COLUMN "email${i}" VARCHAR(255);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "${prev}_email${i}_key" ON "${prev}"("email${i}");`;
    default:
      return `-- DropIndex\nDROP INDEX IF EXISTS "${prev}_parentId_idx";\n\n-- CreateIndex\nCREATE INDEX "${prev}_parentId_name_${i}_idx" ON "${prev}"("parentId", "name");`;
  }
}

const tables = [];
const enums = [];
const history = [];
for (let i = 0; i < MIGRATIONS; i++) history.push({ name: `${ts(i)}_m${i}`, sql: `${migration(i, tables, enums)}\n` });
const target = tables[3];
const NEW_SQL = [
  `ALTER TABLE "${target}" ADD COLUMN "flag" BOOLEAN NOT NULL DEFAULT false`,
  `CREATE INDEX "${target}_flag_idx" ON "${target}"("flag")`,
  `ALTER TABLE "${target}" ALTER COLUMN "parentId" SET NOT NULL`,
];
const newMigration = { name: `${ts(MIGRATIONS)}_pr`, sql: `${NEW_SQL.join(';\n')};\n` };

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(path.join(work, 'history.json'), JSON.stringify(history));
writeFileSync(path.join(work, 'history-plus-1.json'), JSON.stringify([...history, newMigration]));
writeFileSync(path.join(work, 'trace.json'), JSON.stringify(NEW_SQL.map((sql, i) => ({ sql, line: i + 1 }))));
const statements = history.reduce((n, m) => n + m.sql.split(';').length - 1, 0);
console.log(`history: ${MIGRATIONS} migrations, ${statements} statements, ${tables.length} tables, ${enums.length} enums`);

// ---- the probe bundle, laid out like dist/ ------------------------------------------------------
const ncc = require('@vercel/ncc');
const built = Date.now();
const { code } = await ncc(path.join(root, 'test/lint/replay/fixtures/replay-probe.ts'), {
  cache: false,
  minify: false,
  sourceMap: false,
  quiet: true,
  externals: ['@electric-sql/pglite', 'libpg-query'],
  target: 'es2022',
});
const dist = path.join(work, 'dist');
mkdirSync(path.join(dist, 'replay-probe'), { recursive: true });
writeFileSync(path.join(dist, 'replay-probe', 'index.js'), code);
cpSync(path.join(root, 'dist', 'vendor'), path.join(dist, 'vendor'), { recursive: true });
writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');
console.log(`probe bundle built in ${((Date.now() - built) / 1000).toFixed(1)} s\n`);

// Peak RSS of the whole process, whatever it runs.
const rssHook = path.join(work, 'rss-hook.cjs');
writeFileSync(
  rssHook,
  "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeSync(2, `\\nPEAK_RSS_KIB=${u.maxRSS} CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
);

function run(label, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', rssHook, ...args], { cwd: opts.cwd ?? work, encoding: 'utf8', maxBuffer: 64 << 20 });
  const secs = (performance.now() - t) / 1000;
  const rss = /PEAK_RSS_KIB=(\d+)/.exec(r.stderr)?.[1];
  const cpu = /CPU_US=(\d+)/.exec(r.stderr)?.[1];
  const ok = opts.okCodes ? opts.okCodes.includes(r.status) : r.status === 0;
  if (!ok) {
    console.log(`${label.padEnd(30)} FAILED (exit ${r.status})\n${r.stderr.slice(-2000)}`);
    return undefined;
  }
  let detail = '';
  if (opts.probe) {
    const out = JSON.parse(r.stdout);
    detail = `open ${(out.ms.open / 1000).toFixed(2)} s, trace ${(out.ms.trace / 1000).toFixed(2)} s; cache=${out.cache} replayed=${out.replayed} tables=${out.tables}${out.trace ? ` trace.ok=${out.trace.ok}` : ''}${out.tracedMigrations !== undefined ? ` traced=${out.tracedMigrations}` : ''}`;
  }
  const cpuText = cpu ? `${(Number(cpu) / 1e6).toFixed(2)} s` : '?';
  console.log(`${label.padEnd(30)} wall ${secs.toFixed(2).padStart(6)} s   cpu ${cpuText.padStart(7)}   peak RSS ${rss ? `${Math.round(rss / 1024)} MiB` : '?'}   ${detail}`);
  return secs;
}

const probe = path.join(dist, 'replay-probe', 'index.js');
const cacheDir = path.join(work, 'cache');
const figures = {};
// The prebuilt data directory: the build's (if it ships one) or one made now by the vendored PGlite.
const version = JSON.parse(readFileSync(path.join(dist, 'vendor', 'pglite', 'package.json'), 'utf8')).version;
const baseFile = path.join(dist, 'vendor', `pglite-base-${version}.tgz`);
if (!existsSync(baseFile)) {
  const { PGlite } = await import(pathToFileURL(path.join(dist, 'vendor', 'pglite', 'dist', 'index.js')).href);
  const db = await PGlite.create({});
  writeFileSync(baseFile, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()));
  await db.close();
}
renameSync(baseFile, `${baseFile}.off`);
figures.cold = run('cold, initdb (no cache)', [probe, 'history.json', '-', '-', 'trace.json'], { probe: true });
renameSync(`${baseFile}.off`, baseFile);
figures.coldBase = run('cold, prebuilt (no cache)', [probe, 'history.json', '-', '-', 'trace.json'], { probe: true });
figures.coldSnapshot = run('cold, prebuilt + snapshot', [probe, 'history.json', cacheDir, '-', 'trace.json'], { probe: true });
figures.warm = run('warm PR (hit) + trace', [probe, 'history.json', cacheDir, '-', 'trace.json'], { probe: true });
figures.warm2 = run('warm PR again', [probe, 'history.json', cacheDir, '-', 'trace.json'], { probe: true });
figures.prefix = run('warm prefix (800 + 1 merged)', [probe, 'history-plus-1.json', cacheDir], { probe: true });
figures.shadow = run('shadow database (pg 15)', [probe, 'history.json', '-', SHADOW_URL, 'trace.json'], { probe: true });
figures.traceAll = run('audit: trace all 800, one by one', [probe, 'history.json', '-', '-', '--trace-all'], { probe: true });

// The lint engineer's CLI over the same history, as a user runs it.
const cli = path.join(root, 'dist', 'cli', 'index.js');
if (existsSync(cli)) {
  const project = path.join(work, 'project');
  for (const m of [...history, newMigration]) {
    mkdirSync(path.join(project, 'prisma', 'migrations', m.name), { recursive: true });
    writeFileSync(path.join(project, 'prisma', 'migrations', m.name, 'migration.sql'), m.sql);
  }
  writeFileSync(path.join(project, 'prisma', 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
  writeFileSync(path.join(project, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n');
  const lint = ['lint', '--all', '--format', 'json', '--fail-on', 'never'];
  console.log('');
  figures.cliCold = run('cli lint --all (no cache)', [cli, ...lint], { cwd: project });
  figures.cliMiss = run('cli lint --all --cache (miss)', [cli, ...lint, '--cache'], { cwd: project });
  figures.cliHit = run('cli lint --all --cache (hit)', [cli, ...lint, '--cache'], { cwd: project });
}

console.log('');
const verdict = (v, limit) => (v === undefined ? 'n/a' : v <= limit ? `${v.toFixed(2)} s (target < ${limit} s: met)` : `${v.toFixed(2)} s (target < ${limit} s: MISSED)`);
console.log(`load average while running: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (2 cores; wall times scale with it, cpu times much less)`);
console.log(`cold replay + trace, initdb: ${verdict(figures.cold, 10)}`);
console.log(`cold replay + trace, prebuilt data directory: ${verdict(figures.coldBase, 10)}`);
console.log(`warm PR (one new migration): ${verdict(figures.warm2 ?? figures.warm, 4)}`);
if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
