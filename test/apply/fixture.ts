import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { DATASOURCE, makePrismaProject } from '../helpers/prisma-project.js';

export const SCHEMA = `${DATASOURCE}\nmodel User {\n  id    Int    @id\n  email String\n}\n`;

export const INIT = '-- CreateTable\nCREATE TABLE "User" ("id" INTEGER NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n';

/** `count` small, valid migrations after the init one, each adding one table. */
export function tableMigrations(count: number, from = 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = from; i < from + count; i++) {
    const ts = `202401${String(2 + Math.floor(i / 1000)).padStart(2, '0')}${String(i).padStart(6, '0')}`;
    out[`${ts}_create_table_${i}`] = `-- CreateTable\nCREATE TABLE "T${i}" ("id" SERIAL NOT NULL, "note" TEXT, CONSTRAINT "T${i}_pkey" PRIMARY KEY ("id"));\n`;
  }
  return out;
}

export interface Fixture {
  root: string;
  db: TestDatabase;
  config: Config;
  addMigration(name: string, sql: string): void;
  cleanup(): Promise<void>;
}

/** A real Prisma 6 project (offline WASM engine) and a fresh database, with config databases pointed at it. */
export async function makeFixture(opts: { migrations?: Record<string, string>; prefix?: string } = {}): Promise<Fixture> {
  const project = makePrismaProject({ schema: SCHEMA, migrations: { '20240101000000_init': INIT, ...(opts.migrations ?? {}) } });
  const db = await createTestDatabase(opts.prefix ?? 'mga');
  const config = defaultConfig();
  for (const e of config.environments) e.database = db.name;
  return {
    root: project.root,
    db,
    config,
    addMigration(name, sql) {
      mkdirSync(path.join(project.root, 'prisma', 'migrations', name), { recursive: true });
      writeFileSync(path.join(project.root, 'prisma', 'migrations', name, 'migration.sql'), sql);
    },
    async cleanup() {
      await db.drop();
      project.cleanup();
    },
  };
}

/**
 * Everything a deploy could change, read straight from the catalog (independent of the code under
 * test): relations with their relfilenode, columns, constraints, types, functions, and every row
 * of `_prisma_migrations`.
 */
export async function databaseFingerprint(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const parts: string[] = [];
    const q = async (sql: string) => parts.push(JSON.stringify((await c.query(sql)).rows));
    await q(`SELECT n.nspname, c.relname, c.relkind, c.relfilenode, c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2`);
    await q(`SELECT attrelid::regclass::text, attname, atttypid, attnotnull FROM pg_attribute WHERE attrelid IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public') AND attnum > 0 ORDER BY 1, 2`);
    await q(`SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`);
    await q(`SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY 1`);
    await q(`SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1`);
    const t = await c.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok`);
    if (t.rows[0].ok) await q(`SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name`);
    else parts.push('no _prisma_migrations');
    return parts.join('\n');
  } finally {
    await c.end();
  }
}

export async function migrationRows(db: TestDatabase): Promise<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; logs: string | null }[]> {
  return (await db.query(`SELECT migration_name, finished_at, rolled_back_at, applied_steps_count, logs FROM _prisma_migrations ORDER BY started_at, migration_name`)).rows;
}

/** `prisma migrate deploy` straight through the foundation's runner (no apply code involved). */
export async function prismaDeploy(root: string, url: string): Promise<void> {
  const { locatePrisma, runPrisma } = await import('../../src/prisma/cli.js');
  const r = await runPrisma(locatePrisma(root), ['migrate', 'deploy'], { cwd: root, databaseUrl: url });
  if (r.code !== 0) throw new Error(`prisma migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
}
