import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { resolveServices } from '../migrations/discover.js';
import { withClient } from '../postgres/connect.js';
import { describeTarget, parseDatabaseUrl } from '../postgres/url.js';
import type { Report } from '../report/report.js';
import { collectHealth, DEFAULT_TOP_TABLES } from './collect.js';
import { healthReport } from './report.js';
import type { HealthResult, HealthThresholds } from './types.js';

export interface HealthRunOptions {
  databaseUrl: string;
  config: Config;
  /** Repository root: migration status per service when it holds Prisma migrations. */
  repoRoot?: string;
  longRunningSeconds?: number;
  topTables?: number;
}

/** Parse a positive number input (`long-running-seconds`, `top-tables`), with a clear error. */
export function parsePositive(name: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UserError(`${name} is "${value}"`, { why: `expected a positive ${integer ? 'whole ' : ''}number`, next: `set ${name} to e.g. ${integer ? '10' : '300'}` });
  }
  return n;
}

/** db-health end to end: connect read-only, collect, and build the report every sink renders. */
export async function runHealth(opts: HealthRunOptions): Promise<{ result: HealthResult; thresholds: HealthThresholds; report: Report }> {
  const target = parseDatabaseUrl(opts.databaseUrl);
  const thresholds: HealthThresholds = {
    longRunningSeconds: opts.longRunningSeconds ?? opts.config.health.longRunningSeconds,
    maxConnectionsRatio: opts.config.health.maxConnectionsRatio,
    maxTransactionAgeSeconds: opts.config.health.maxTransactionAgeSeconds,
  };
  const services = opts.repoRoot ? resolveServices(opts.repoRoot, opts.config).services : [];
  const result = await withClient(
    target,
    (c) =>
      collectHealth(c, thresholds, {
        topTables: opts.topTables ?? DEFAULT_TOP_TABLES,
        ...(opts.repoRoot && services.length ? { services: { repoRoot: opts.repoRoot, services, schema: target.schema } } : {}),
      }),
    { readOnly: true, applicationName: 'migration-gates health', statementTimeoutMs: 60_000 },
  );
  return { result, thresholds, report: healthReport(result, thresholds, describeTarget(target)) };
}
