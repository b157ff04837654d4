// Benchmark: static lint (`migration-gates lint --no-replay`) of 1,000 generated Prisma-shaped
// migrations (about 12 lines each), as a whole process, side by side with squawk on the same
// files. Target: within 2x of squawk. Each tool runs RUNS times, directly (node dist/cli/index.js
// vs node_modules/.bin/squawk) and as users type it (npx migration-gates vs npx squawk),
// interleaved; the best runs (the least disturbed) and the medians are compared.
// Run: npm run bench -- lint   (needs dist/cli: node scripts/build.mjs cli; MG_BENCH_RUNS=7)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
// squawk-cli is not a devDependency: its other-platform binaries are not on every registry, which
// breaks `npm ci`. The benchmark installs it on demand into .tmp/squawk-cli.
const squawkPrefix = path.join(root, '.tmp', 'squawk-cli');
const squawk = path.join(squawkPrefix, 'node_modules/.bin/squawk');
if (!existsSync(squawk)) {
  console.log('installing squawk-cli@2.66.0 into .tmp/squawk-cli (once)');
  const r = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', squawkPrefix, 'squawk-cli@2.66.0'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('could not install squawk-cli: the comparison needs it');
    process.exit(1);
  }
}
const MIGRATIONS = 1000;
// This machine's speed drifts by ±15% from minute to minute: several interleaved runs, best and median.
const RUNS = Math.max(3, Number(process.env.MG_BENCH_RUNS ?? 7));

for (const [p, fix] of [[cli, 'node scripts/build.mjs cli'], [squawk, 'npm install --prefix .tmp/squawk-cli squawk-cli@2.66.0']]) {
  if (!existsSync(p)) {
    console.error(`missing ${p}: run ${fix}`);
    process.exit(1);
  }
}

const ts = (i) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** The shapes `prisma migrate dev` writes, cycling: new tables with FKs and indexes, added columns, enums, type changes, drops. */
function migration(i, tables) {
  const t = `Model${i}`;
  const prev = tables.length ? tables[(i * 7) % tables.length] : undefined;
  switch (i % 6) {
    case 0:
    case 1:
    case 2: {
      tables.push(t);
      const ref = prev ?? 'Model0';
      return [
        '-- CreateTable',
        `CREATE TABLE "${t}" (`,
        '    "id" SERIAL NOT NULL,',
        '    "name" VARCHAR(120) NOT NULL,',
        `    "${ref.toLowerCase()}Id" INTEGER,`,
        '    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,',
        `    CONSTRAINT "${t}_pkey" PRIMARY KEY ("id")`,
        ');',
        '-- CreateIndex',
        `CREATE INDEX "${t}_${ref.toLowerCase()}Id_idx" ON "${t}"("${ref.toLowerCase()}Id");`,
        '-- AddForeignKey',
        `ALTER TABLE "${t}" ADD CONSTRAINT "${t}_${ref.toLowerCase()}Id_fkey" FOREIGN KEY ("${ref.toLowerCase()}Id") REFERENCES "${prev ? ref : t}"("id") ON DELETE SET NULL ON UPDATE CASCADE;`,
        '',
      ].join('\n');
    }
    case 3:
      return [
        '-- AlterTable',
        `ALTER TABLE "${prev}" ADD COLUMN "bio${i}" TEXT,`,
        `ADD COLUMN "score${i}" INTEGER NOT NULL DEFAULT 0;`,
        '',
        '-- CreateIndex',
        `CREATE INDEX "${prev}_score${i}_idx" ON "${prev}"("score${i}");`,
        '',
        '-- CreateEnum',
        `CREATE TYPE "Status${i}" AS ENUM ('ACTIVE', 'DISABLED');`,
        '-- AlterTable',
        `ALTER TABLE "${prev}" ADD COLUMN "status${i}" "Status${i}" NOT NULL DEFAULT 'ACTIVE';`,
        '',
      ].join('\n');
    case 4:
      return [
        '/*',
        '  Warnings:',
        `  - You are about to alter the column "name" on the "${prev}" table.`,
        '*/',
        '-- AlterTable',
        `ALTER TABLE "${prev}" ALTER COLUMN "name" SET DATA TYPE VARCHAR(255);`,
        '',
        '-- CreateIndex',
        `CREATE UNIQUE INDEX "${prev}_name_key${i}" ON "${prev}"("name");`,
        '',
        '-- AlterTable',
        `ALTER TABLE "${prev}" ALTER COLUMN "createdAt" SET DEFAULT now();`,
      ].join('\n');
    default:
      return [
        '/*',
        '  Warnings:',
        `  - You are about to drop the column "bio${i - 2}" on the "${prev}" table. All the data in the column will be lost.`,
        '*/',
        '-- AlterTable',
        `ALTER TABLE "${prev}" DROP COLUMN IF EXISTS "bio${i - 2}";`,
        '',
        '-- DropIndex',
        `DROP INDEX IF EXISTS "${prev}_score${i - 2}_idx";`,
        '',
        '-- AlterTable',
        `ALTER TABLE "${prev}" ADD COLUMN "note${i}" VARCHAR(500);`,
      ].join('\n');
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-lint-'));
try {
  const mdir = path.join(dir, 'prisma', 'migrations');
  const tables = [];
  let lines = 0;
  const files = [];
  for (let i = 0; i < MIGRATIONS; i++) {
    const sql = migration(i, tables);
    lines += sql.split('\n').length;
    const f = path.join(mdir, `${ts(i)}_m${i}`, 'migration.sql');
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, sql);
    files.push(f);
  }
  console.log(`generated ${MIGRATIONS} migrations, ${(lines / MIGRATIONS).toFixed(1)} lines each on average, in ${dir}`);

  const time = (cmd, args, cwd = dir) => {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.error) throw r.error;
    return { ms, r };
  };
  const rel = files.map((f) => path.relative(dir, f));
  const ours = { direct: [], npx: [] };
  const theirs = { direct: [], npx: [] };
  let oursOut;
  let squawkOut;
  const check = (name, r, ok) => {
    if (!ok.includes(r.status)) throw new Error(`${name} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  };
  for (let run = 1; run <= RUNS; run++) {
    const a = time(process.execPath, [cli, 'lint', 'prisma/migrations', '--no-replay', '--format', 'json', '--fail-on', 'never']);
    check('migration-gates lint', a.r, [0]);
    ours.direct.push(a.ms);
    oursOut = JSON.parse(a.r.stdout);
    const b = time(squawk, ['--reporter', 'json', ...rel]);
    check('squawk', b.r, [0, 1]);
    theirs.direct.push(b.ms);
    squawkOut = b.r.stdout;
    // As a user types it: npx resolves the package's own bin / node_modules/.bin from the repository.
    const c = time('npx', ['--no-install', 'migration-gates', 'lint', 'prisma/migrations', '--working-directory', dir, '--no-replay', '--format', 'json', '--fail-on', 'never'], root);
    check('npx migration-gates lint', c.r, [0]);
    ours.npx.push(c.ms);
    const d = time('npx', ['--no-install', '--prefix', squawkPrefix, 'squawk', '--reporter', 'json', ...files], root);
    check('npx squawk', d.r, [0, 1]);
    theirs.npx.push(d.ms);
    console.log(`run ${run}: direct: migration-gates ${a.ms.toFixed(0)} ms, squawk ${b.ms.toFixed(0)} ms | npx: migration-gates ${c.ms.toFixed(0)} ms, squawk ${d.ms.toFixed(0)} ms`);
  }
  const best = (xs) => Math.min(...xs);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // What each tool reported, to compare the noise as well as the time.
  const ourFiles = new Set(oursOut.findings.filter((f) => f.severity !== 'notice').map((f) => f.file));
  let squawkFindings = [];
  try {
    squawkFindings = JSON.parse(squawkOut);
  } catch {
    squawkFindings = squawkOut.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
  }
  const squawkFiles = new Set(squawkFindings.map((v) => v.file));
  console.log('');
  for (const mode of ['direct', 'npx']) {
    const ratio = best(ours[mode]) / best(theirs[mode]);
    const mratio = median(ours[mode]) / median(theirs[mode]);
    console.log(`${mode.padEnd(6)}: migration-gates lint best ${best(ours[mode]).toFixed(0)} ms (${(best(ours[mode]) / MIGRATIONS).toFixed(2)} ms/migration), squawk best ${best(theirs[mode]).toFixed(0)} ms -> ${ratio.toFixed(2)}x squawk (target 2x: ${ratio <= 2 ? 'met' : 'missed'}); medians ${median(ours[mode]).toFixed(0)} vs ${median(theirs[mode]).toFixed(0)} ms -> ${mratio.toFixed(2)}x`);
  }
  console.log(`findings: migration-gates ${oursOut.findings.length} in ${ourFiles.size} of ${MIGRATIONS} migrations; squawk ${squawkFindings.length} in ${squawkFiles.size} of ${MIGRATIONS}`);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}
