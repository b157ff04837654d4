import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './tmp.js';

const SHARED = path.resolve(process.env.MIGRATION_GATES_SHARED ?? path.join(import.meta.dirname, '../../../shared'));

/**
 * A Prisma 6.19.3 project that runs offline on the WASM engine (../shared/prisma-offline): the
 * real CLI, no engine download. `root` is the service folder holding prisma/.
 */
export function makePrismaProject(opts: { schema: string; migrations?: Record<string, string>; dir?: string }): { root: string; cleanup: () => void } {
  const t = opts.dir ? { dir: opts.dir, cleanup: () => undefined } : makeTempDir('prisma');
  const root = t.dir;
  mkdirSync(path.join(root, 'prisma', 'migrations'), { recursive: true });
  copyFileSync(path.join(SHARED, 'prisma-offline', 'prisma.config.ts'), path.join(root, 'prisma.config.ts'));
  copyFileSync(path.join(SHARED, 'prisma-offline', 'prisma', 'schema-engine-stub.cjs'), path.join(root, 'prisma', 'schema-engine-stub.cjs'));
  writeFileSync(path.join(root, 'prisma', 'schema.prisma'), opts.schema);
  writeFileSync(path.join(root, 'prisma', 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [folder, sql] of Object.entries(opts.migrations ?? {})) {
    mkdirSync(path.join(root, 'prisma', 'migrations', folder), { recursive: true });
    writeFileSync(path.join(root, 'prisma', 'migrations', folder, 'migration.sql'), sql);
  }
  return { root, cleanup: t.cleanup };
}

export const DATASOURCE = `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n`;
