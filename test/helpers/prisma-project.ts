import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, REPO_ROOT } from './tmp.js';

/** The project's own offline Prisma set-up (its README says what each part is for). */
export const PRISMA_OFFLINE_FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'prisma-offline');

/**
 * A Prisma 6.19.3 project that runs offline on the WASM schema engine (test/fixtures/prisma-offline):
 * the real CLI, no engine download. `root` is the service folder holding prisma/.
 */
export function makePrismaProject(opts: { schema: string; migrations?: Record<string, string>; dir?: string }): { root: string; cleanup: () => void } {
  const t = opts.dir ? { dir: opts.dir, cleanup: () => undefined } : makeTempDir('prisma');
  const root = t.dir;
  mkdirSync(path.join(root, 'prisma', 'migrations'), { recursive: true });
  copyFileSync(path.join(PRISMA_OFFLINE_FIXTURE, 'prisma.config.ts'), path.join(root, 'prisma.config.ts'));
  copyFileSync(path.join(PRISMA_OFFLINE_FIXTURE, 'prisma', 'schema-engine-stub.cjs'), path.join(root, 'prisma', 'schema-engine-stub.cjs'));
  writeFileSync(path.join(root, 'prisma', 'schema.prisma'), opts.schema);
  writeFileSync(path.join(root, 'prisma', 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [folder, sql] of Object.entries(opts.migrations ?? {})) {
    mkdirSync(path.join(root, 'prisma', 'migrations', folder), { recursive: true });
    writeFileSync(path.join(root, 'prisma', 'migrations', folder, 'migration.sql'), sql);
  }
  return { root, cleanup: t.cleanup };
}

export const DATASOURCE = `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n`;
