import type pg from 'pg';
import type { HealthReport } from './types.js';

/**
 * The guide's monitoring and troubleshooting queries ("Best Practices / Monitoring", "Connection
 * Issues"). Each one excludes our own backend (`pg_backend_pid()`), so the report never counts
 * the connection that is measuring. Sessions and locks are scoped to the current database: that
 * is what a migration on it would wait for. Connections are server-wide, as max_connections is.
 */

/** First line of a query, trimmed and capped: enough to recognise it, never a whole script. */
export function firstLine(query: string | null | undefined, max = 200): string {
  const line = (query ?? '').trim().split(/\r?\n/, 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export async function readConnections(c: pg.Client): Promise<{ connections: number; maxConnections: number; database: string }> {
  const r = await c.query<{ connections: number; max_connections: number; db: string }>(
    `SELECT (SELECT count(*)::int FROM pg_stat_activity
              WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()) AS connections,
            current_setting('max_connections')::int AS max_connections,
            current_database() AS db`,
  );
  const row = r.rows[0]!;
  return { connections: row.connections, maxConnections: row.max_connections, database: row.db };
}

export async function readDatabaseSize(c: pg.Client): Promise<number> {
  const r = await c.query<{ size: string }>(`SELECT pg_database_size(current_database())::text AS size`);
  return Number(r.rows[0]!.size);
}

export async function readLongRunning(c: pg.Client, seconds: number): Promise<HealthReport['longRunning']> {
  const r = await c.query<{ pid: number; secs: number; state: string | null; query: string | null }>(
    `SELECT pid, extract(epoch FROM clock_timestamp() - query_start)::float8 AS secs, state, query
       FROM pg_stat_activity
      WHERE pid <> pg_backend_pid() AND datname = current_database()
        AND backend_type = 'client backend' AND state IN ('active', 'fastpath function call')
        AND query_start < clock_timestamp() - make_interval(secs => $1)
      ORDER BY query_start`,
    [seconds],
  );
  return r.rows.map((x) => ({ pid: x.pid, durationSeconds: Math.round(x.secs), state: x.state ?? '', query: firstLine(x.query) }));
}

export async function readOldTransactions(c: pg.Client, seconds: number): Promise<HealthReport['oldTransactions']> {
  const r = await c.query<{ pid: number; secs: number; state: string | null; query: string | null }>(
    `SELECT pid, extract(epoch FROM clock_timestamp() - xact_start)::float8 AS secs, state, query
       FROM pg_stat_activity
      WHERE pid <> pg_backend_pid() AND datname = current_database()
        AND backend_type = 'client backend' AND xact_start IS NOT NULL
        AND xact_start < clock_timestamp() - make_interval(secs => $1)
      ORDER BY xact_start`,
    [seconds],
  );
  return r.rows.map((x) => ({ pid: x.pid, ageSeconds: Math.round(x.secs), state: x.state ?? '', query: firstLine(x.query) }));
}

/** Blocked/blocking pairs from pg_blocking_pids(): one row per (waiter, holder). */
export async function readBlocked(c: pg.Client): Promise<HealthReport['blocked']> {
  const r = await c.query<{ blocked_pid: number; blocking_pid: number; blocked_query: string | null; blocking_query: string | null; secs: number | null }>(
    `SELECT w.pid AS blocked_pid, h.pid AS blocking_pid, w.query AS blocked_query, h.query AS blocking_query,
            extract(epoch FROM clock_timestamp() - coalesce(w.state_change, w.query_start))::float8 AS secs
       FROM pg_stat_activity w
       CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS b(pid)
       LEFT JOIN pg_stat_activity h ON h.pid = b.pid
      WHERE w.pid <> pg_backend_pid() AND w.datname = current_database() AND w.wait_event_type = 'Lock'
      ORDER BY secs DESC NULLS LAST, w.pid, b.pid`,
  );
  return r.rows.map((x) => ({
    blockedPid: x.blocked_pid,
    blockingPid: x.blocking_pid,
    blockedQuery: firstLine(x.blocked_query),
    blockingQuery: firstLine(x.blocking_query),
    waitSeconds: Math.round(x.secs ?? 0),
  }));
}

export async function readUngrantedLocks(c: pg.Client): Promise<number> {
  const r = await c.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE NOT l.granted AND l.pid <> pg_backend_pid() AND a.datname = current_database()`,
  );
  return r.rows[0]!.n;
}

/**
 * The largest tables (heap + indexes + TOAST), with the planner's row estimate. Sizing a relation
 * takes an ACCESS SHARE lock on it and its indexes, which queues behind an ACCESS EXCLUSIVE lock
 * (or any request waiting in the lock queue): such tables are not sized but returned as `locked`,
 * so the report is never held up by the very lock it should report. (The session's short
 * lock_timeout covers what changes between the two reads.)
 */
export async function readLargestTables(c: pg.Client, limit: number): Promise<{ tables: HealthReport['tables']; locked: { schema: string; name: string; pids: number[] }[] }> {
  const r = await c.query<{ schema: string; name: string; bytes: string | null; rows: string; pids: number[] | null }>(
    `WITH contended AS (
       SELECT l.relation, array_agg(DISTINCT l.pid) AS pids
         FROM pg_locks l
        WHERE l.relation IS NOT NULL AND l.pid <> pg_backend_pid()
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND (l.mode = 'AccessExclusiveLock' OR NOT l.granted)
        GROUP BY l.relation
     ), rels AS (
       SELECT c.oid, n.nspname AS schema, c.relname AS name, c.reltuples,
              (SELECT array_agg(DISTINCT p) FROM contended x, unnest(x.pids) p
                WHERE x.relation = c.oid OR x.relation = c.reltoastrelid
                   OR x.relation IN (SELECT i.indexrelid FROM pg_index i WHERE i.indrelid = c.oid)) AS pids
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'm')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     ), sized AS (
       SELECT schema, name, reltuples, pids,
              CASE WHEN pids IS NULL THEN pg_total_relation_size(oid) END AS size_bytes
         FROM rels
     )
     (SELECT schema, name, size_bytes::text AS bytes, greatest(reltuples, 0)::bigint::text AS rows, NULL::int[] AS pids
        FROM sized WHERE pids IS NULL ORDER BY size_bytes DESC, schema, name LIMIT $1)
     UNION ALL
     (SELECT schema, name, NULL, greatest(reltuples, 0)::bigint::text, pids FROM sized WHERE pids IS NOT NULL ORDER BY schema, name)`,
    [limit],
  );
  const tables: HealthReport['tables'] = [];
  const locked: { schema: string; name: string; pids: number[] }[] = [];
  for (const x of r.rows) {
    if (x.pids) locked.push({ schema: x.schema, name: x.name, pids: x.pids });
    else tables.push({ schema: x.schema, name: x.name, totalBytes: Number(x.bytes), rowEstimate: Number(x.rows) });
  }
  return { tables, locked };
}
