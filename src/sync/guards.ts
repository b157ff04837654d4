import type pg from 'pg';
import type { Config } from '../config/types.js';
import type { Finding } from '../report/finding.js';
import { describeTarget, sameDatabase, type DatabaseTarget } from '../postgres/url.js';

/** Who a connection really reached, as the server sees it. */
export interface ServerIdentity {
  /** inet_server_addr(): null over a Unix socket. */
  address: string | null;
  port: number | null;
  database: string;
  /** pg_control_system().system_identifier: the cluster's unique id; null where not permitted. */
  systemIdentifier: string | null;
}

export async function readServerIdentity(c: pg.Client): Promise<ServerIdentity> {
  const r = await c.query<{ addr: string | null; port: number | null; db: string }>(
    `SELECT host(inet_server_addr()) AS addr, inet_server_port() AS port, current_database() AS db`,
  );
  let systemIdentifier: string | null = null;
  // Ask first: a refused call would abort the caller's transaction (the source snapshot).
  const can = await c.query<{ ok: boolean }>(`SELECT has_function_privilege('pg_control_system()', 'EXECUTE') AS ok`);
  if (can.rows[0]?.ok) {
    const s = await c.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()');
    systemIdentifier = s.rows[0]?.id ?? null;
  }
  const row = r.rows[0]!;
  return { address: row.addr, port: row.port, database: row.db, systemIdentifier };
}

export const SYNC_RULES = {
  sameDatabase: 'sync-target-is-source',
  production: 'sync-target-is-production',
  pii: 'sync-unmasked-pii-column',
  unmasked: 'sync-unmasked-values',
  counts: 'sync-row-count-mismatch',
  constraints: 'sync-constraint-missing',
} as const;

/**
 * Refuse when the target is the source: the same host, port and database in the URLs, or two
 * URLs that reach one database differently (a proxy, a DNS alias, a port forward, a pooler's
 * database alias): the same cluster, or the same server address, and the same database as both
 * servers report them (`current_database()` read on each side).
 */
export function checkNotSameDatabase(
  source: DatabaseTarget,
  target: DatabaseTarget,
  sourceId: ServerIdentity,
  targetId: ServerIdentity,
): Finding | undefined {
  if (sameDatabase(source, target)) return sameDatabaseFinding(source, target, 'both URLs name the same host, port and database');
  if (sourceId.database !== targetId.database) return undefined;
  if (sourceId.systemIdentifier && targetId.systemIdentifier && sourceId.systemIdentifier === targetId.systemIdentifier) {
    return sameDatabaseFinding(source, target, `both servers report the same cluster (system identifier ${sourceId.systemIdentifier}) and database ${sourceId.database}`);
  }
  if (sourceId.address && targetId.address && sourceId.address === targetId.address && sourceId.port === targetId.port) {
    return sameDatabaseFinding(source, target, `both servers report the address ${sourceId.address}:${sourceId.port} and database ${sourceId.database}`);
  }
  return undefined;
}

export function sameDatabaseFinding(source: DatabaseTarget, target: DatabaseTarget, reason: string): Finding {
  return {
    rule: SYNC_RULES.sameDatabase,
    severity: 'error',
    message: `refusing to sync: the target ${describeTarget(target)} is the source ${describeTarget(source)} (${reason})`,
    why: 'the sync replaces the target database; with the target being production it would destroy production',
    fix: 'set target-database-url to the staging database (e.g. secrets.STAGING_DATABASE_URL) and source-database-url to production',
  };
}

/** Refuse a target that the config maps to a production environment. */
export function checkNotProduction(config: Config, target: DatabaseTarget): Finding[] {
  return config.environments
    .filter((e) => e.production && e.database === target.database)
    .map((env) => ({
      rule: SYNC_RULES.production,
      severity: 'error' as const,
      message: `refusing to sync into ${target.database}: the config maps it to the production environment "${env.name}"`,
      why: 'the sync replaces the target database with a masked copy; production must never be a sync target',
      fix: `point target-database-url at the staging database${config.file ? `, or correct environments.${env.name}.database in the config` : ''}`,
    }));
}

/** Refuse a target (on another server) named like the production database. */
export function checkNotProductionName(source: DatabaseTarget, target: DatabaseTarget): Finding[] {
  if (target.database !== source.database) return [];
  return [
    {
      rule: SYNC_RULES.production,
      severity: 'error',
      message: `refusing to sync into ${describeTarget(target)}: it has the production database's name (${source.database})`,
      why: 'a staging database named like production is how a copy-paste of the wrong secret replaces production',
      fix: 'give staging its own database name (the guide: staging_girok_user), then point target-database-url at it',
    },
  ];
}
