import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { ServiceConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { listMigrations } from '../migrations/model.js';
import { migrationChecksum } from '../prisma/checksum.js';
import { isApplied, isFailed, readAppliedMigrations, type AppliedMigration } from '../prisma/migrations-table.js';

/** One migration folder of the service, as the file on disk has it. */
export interface LocalMigration {
  name: string;
  /** Repository-relative path of migration.sql (posix). */
  sqlPath: string;
  /** SHA-256 of migration.sql's bytes (what Prisma records). */
  checksum: string;
  sizeBytes: number;
}

/**
 * What `migrate deploy` would do, read from `_prisma_migrations` and the folder (never inferred
 * from `migrate status` exit codes, which mean pending, failed and unreachable alike).
 */
export interface ApplyPlan {
  service: string;
  migrationsDir: string;
  /** PostgreSQL schema holding `_prisma_migrations` (the URL's `?schema=`). */
  dbSchema: string;
  /** False when Prisma never migrated this database (the first deploy creates the table). */
  tableExists: boolean;
  rows: AppliedMigration[];
  local: LocalMigration[];
  /** Folders with no finished, not-rolled-back row: what the deploy applies, in order. */
  pending: LocalMigration[];
  /** Rows in Prisma's P3009 state (started, never finished, not rolled back). */
  failed: AppliedMigration[];
  /** Applied rows whose folder is gone from the checkout. */
  missingLocally: string[];
}

export async function buildPlan(client: pg.Client, repoRoot: string, service: ServiceConfig, dbSchema: string): Promise<ApplyPlan> {
  const folders = listMigrations(repoRoot, service.migrations);
  const noSql = folders.filter((f) => !f.hasSql);
  if (noSql.length) {
    throw new UserError(`migration folder(s) without migration.sql in ${service.migrations}: ${noSql.map((f) => f.name).join(', ')}`, {
      why: 'prisma migrate deploy fails on a migration folder that has no migration.sql',
      next: 'restore the file from git (git checkout -- <folder>/migration.sql) or delete the empty folder',
    });
  }
  const local = folders.map((f): LocalMigration => {
    const bytes = readFileSync(path.join(repoRoot, f.sqlPath));
    return { name: f.name, sqlPath: f.sqlPath, checksum: migrationChecksum(bytes), sizeBytes: bytes.length };
  });
  const rows = (await readAppliedMigrations(client, dbSchema)) ?? null;
  const all = rows ?? [];
  const appliedNames = new Set(all.filter(isApplied).map((r) => r.name));
  const localNames = new Set(local.map((m) => m.name));
  return {
    service: service.name,
    migrationsDir: service.migrations,
    dbSchema,
    tableExists: rows !== null,
    rows: all,
    local,
    pending: local.filter((m) => !appliedNames.has(m.name)),
    failed: all.filter(isFailed),
    missingLocally: [...appliedNames].filter((n) => !localNames.has(n)),
  };
}

/** The `plan` output and the JSON report's view: small, no SQL, no row internals. */
export function planSummary(plan: ApplyPlan): {
  service: string;
  migrationsDir: string;
  applied: number;
  pending: { name: string; checksum: string; sqlPath: string }[];
  failed: string[];
  missingLocally: string[];
} {
  return {
    service: plan.service,
    migrationsDir: plan.migrationsDir,
    applied: plan.rows.filter(isApplied).length,
    pending: plan.pending.map((m) => ({ name: m.name, checksum: m.checksum, sqlPath: m.sqlPath })),
    failed: plan.failed.map((r) => r.name),
    missingLocally: plan.missingLocally,
  };
}
