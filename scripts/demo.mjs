// The README's first command: run the main job (the root action's PR check) on the sample app.
// It builds a real git repository from examples/services/auth-service, with `develop` holding the
// valid history and a feature branch adding risky migrations, then runs the committed CLI bundle
// exactly as a developer would, and prints its report.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'migration-gates-demo-'));
const git = (...args) => execFileSync('git', args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
const service = 'services/auth-service';
const migrations = path.join(work, service, 'prisma', 'migrations');

try {
  git('init', '-q', '-b', 'develop');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'user.name', 'Demo');
  git('config', 'commit.gpgsign', 'false');
  cpSync(path.join(root, 'examples', 'services', 'auth-service'), path.join(work, service), {
    recursive: true,
    filter: (p) => !p.includes('node_modules'),
  });
  git('add', '-A');
  git('commit', '-q', '-m', 'auth-service with its migration history');

  // Developer B's branch: edits the schema and adds migrations a reviewer should stop.
  git('checkout', '-q', '-b', 'feature/user-profile');
  const schemaPath = path.join(work, service, 'prisma', 'schema.prisma');
  writeFileSync(schemaPath, readFileSync(schemaPath, 'utf8').replace(/model User \{/, 'model User {\n  bio String?'));
  const add = (folder, sql) => {
    mkdirSync(path.join(migrations, folder), { recursive: true });
    writeFileSync(path.join(migrations, folder, 'migration.sql'), sql);
  };
  add(
    '20990101000000_update',
    [
      '-- AlterTable',
      'ALTER TABLE "User" ADD COLUMN "bio" TEXT;',
      'ALTER TABLE "User" DROP COLUMN "name";',
      '',
      '-- CreateIndex',
      'CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");',
      '',
      '-- AlterTable',
      'ALTER TABLE "OAuthConfig" ALTER COLUMN "clientId" SET NOT NULL;',
      '',
    ].join('\n'),
  );
  // And "fixes" an already-applied migration in place (the guide: never modify existing migrations).
  const first = execFileSync('ls', [migrations]).toString().split('\n').find((n) => /^\d{14}_/.test(n));
  appendFileSync(path.join(migrations, first, 'migration.sql'), '\n-- tweak\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: user profile');

  console.log(`Sample repository: ${work}`);
  console.log(`Branch feature/user-profile vs develop, services/auth-service (see examples/services/auth-service)\n`);
  console.log('$ npx migration-gates pr-check --base-ref develop\n');
  const r = spawnSync(process.execPath, [cli, 'pr-check', '--base-ref', 'develop'], { cwd: work, stdio: 'inherit' });
  console.log(`\nexit code ${r.status} (1 = error-level findings: the PR check fails, as it should for this branch)`);
  // The demo succeeds when the check ran and caught the bad branch.
  process.exitCode = r.status === 1 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
