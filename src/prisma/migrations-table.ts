import type pg from 'pg';
import { quoteIdent } from '../postgres/quote.js';

/** One row of Prisma's `_prisma_migrations` bookkeeping table. */
export interface AppliedMigration {
  id: string;
  name: string;
  checksum: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
  appliedStepsCount: number;
}

/** Finished and not rolled back: the migration counts as applied. */
export function isApplied(m: AppliedMigration): boolean {
  return m.finishedAt !== null && m.rolledBackAt === null;
}

/** Started, never finished, not rolled back: Prisma's P3009 "failed migration" state. */
export function isFailed(m: AppliedMigration): boolean {
  return m.finishedAt === null && m.rolledBackAt === null;
}

/**
 * Read `_prisma_migrations` in `schema` (Prisma's `?schema=`), in the order rows were started.
 * Returns null when the table does not exist (a database Prisma never migrated).
 */
export async function readAppliedMigrations(client: pg.Client, schema = 'public'): Promise<AppliedMigration[] | null> {
  const exists = await client.query<{ ok: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS ok`,
    [`${quoteIdent(schema)}."_prisma_migrations"`],
  );
  if (!exists.rows[0]?.ok) return null;
  const r = await client.query<{
    id: string;
    migration_name: string;
    checksum: string;
    started_at: Date;
    finished_at: Date | null;
    rolled_back_at: Date | null;
    logs: string | null;
    applied_steps_count: number;
  }>(
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at, logs, applied_steps_count
       FROM ${quoteIdent(schema)}."_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return r.rows.map((row) => ({
    id: row.id,
    name: row.migration_name,
    checksum: row.checksum,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    rolledBackAt: row.rolled_back_at,
    logs: row.logs,
    appliedStepsCount: row.applied_steps_count,
  }));
}
