import type pg from 'pg';
import { listMigrations } from '../migrations/model.js';
import { isApplied, isFailed, readAppliedMigrations } from '../prisma/migrations-table.js';
import type { HealthMigrationStatus, HealthServicesInput } from './types.js';

export interface MigrationStatusResult {
  statuses: HealthMigrationStatus[];
  /** False when `_prisma_migrations` does not exist in the schema. */
  tableExists: boolean;
}

/**
 * Per service: folders applied, pending (on disk, not applied) and failed (started, never
 * finished, not rolled back). Services may share one `_prisma_migrations`, so each row is
 * attributed to the service that owns its folder; a failed row no folder owns is still reported,
 * under the only service, or under `(unknown)` when there are several.
 */
export async function readMigrationStatus(c: pg.Client, input: HealthServicesInput): Promise<MigrationStatusResult> {
  const rows = await readAppliedMigrations(c, input.schema ?? 'public');
  const applied = new Set((rows ?? []).filter(isApplied).map((m) => m.name));
  const failedAll = [...new Set((rows ?? []).filter((m) => isFailed(m) && !applied.has(m.name)).map((m) => m.name))];
  const owned = new Set<string>();
  const statuses: HealthMigrationStatus[] = input.services.map((s) => {
    const folders = listMigrations(input.repoRoot, s.migrations);
    for (const f of folders) owned.add(f.name);
    const names = new Set(folders.map((f) => f.name));
    return {
      service: s.name,
      applied: folders.filter((f) => applied.has(f.name)).length,
      pending: folders.filter((f) => !applied.has(f.name) && !failedAll.includes(f.name)).map((f) => f.name),
      failed: failedAll.filter((n) => names.has(n)),
    };
  });
  const orphans = failedAll.filter((n) => !owned.has(n));
  if (orphans.length) {
    if (statuses.length === 1) statuses[0]!.failed.push(...orphans);
    else statuses.push({ service: '(unknown)', applied: 0, pending: [], failed: orphans });
  }
  return { statuses, tableExists: rows !== null };
}
