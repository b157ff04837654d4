export const id = 248;
export const ids = [248];
export const modules = {

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _9: () => (/* binding */ DEFAULT_TOP_TABLES),
  p3: () => (/* binding */ collectHealth)
});

// UNUSED EXPORTS: HEALTH_LOCK_TIMEOUT_MS

;// CONCATENATED MODULE: ./src/health/findings.ts
/** Health rule ids: stable, so apply's health gate and the db-health report name them alike. */
const HEALTH_RULES = {
    connections: 'health-connections',
    longRunning: 'health-long-running-query',
    oldTransaction: 'health-old-transaction',
    blocked: 'health-blocked-session',
    failedMigration: 'health-failed-migration',
    pendingMigration: 'health-pending-migration',
    noMigrationsTable: 'health-no-migrations-table',
    incomplete: 'health-incomplete',
};
/** Below the error ratio, connections at this fraction of it are a warning (0.9 -> 0.72). */
const CONNECTION_WARNING_FACTOR = 0.8;
/**
 * Thresholds -> findings. Connections at or over `maxConnectionsRatio` of max_connections are an
 * error (new connections, a migration's included, would be refused); long-running queries, old
 * transactions and blocked sessions are warnings (a migration would queue behind their locks);
 * a failed migration is an error (Prisma refuses to deploy: P3009); pending ones are notices.
 */
function healthFindings(report, t, opts = {}) {
    const out = [];
    const ratio = report.maxConnections > 0 ? report.connections / report.maxConnections : 0;
    const pct = `${Math.round(ratio * 100)}%`;
    // A small epsilon: 72/100 must reach 0.9 * 0.8 despite floating point.
    const reaches = (limit) => ratio + 1e-9 >= limit;
    if (reaches(t.maxConnectionsRatio * CONNECTION_WARNING_FACTOR)) {
        const error = reaches(t.maxConnectionsRatio);
        out.push({
            rule: HEALTH_RULES.connections,
            severity: error ? 'error' : 'warning',
            message: `${report.connections} of ${report.maxConnections} connections in use (${pct}; ${error ? 'limit' : 'warning at'} ${Math.round(t.maxConnectionsRatio * (error ? 100 : 100 * CONNECTION_WARNING_FACTOR))}%)`,
            why: 'when max_connections is reached, new connections (the application\'s and the migration\'s) are refused',
            fix: 'find idle or stuck sessions: SELECT pid, usename, application_name, state, query_start FROM pg_stat_activity ORDER BY query_start; use a pooler (PgBouncer) or lower the pool size',
        });
    }
    for (const q of report.longRunning) {
        out.push({
            rule: HEALTH_RULES.longRunning,
            severity: 'warning',
            message: `query of pid ${q.pid} has been running for ${q.durationSeconds}s (over ${t.longRunningSeconds}s): ${q.query}`,
            why: 'a long query holds locks and snapshots: a migration queues behind it and everything queues behind the migration',
            fix: `inspect it, then if it is stuck: SELECT pg_cancel_backend(${q.pid}); (or pg_terminate_backend(${q.pid}))`,
        });
    }
    for (const x of report.oldTransactions) {
        out.push({
            rule: HEALTH_RULES.oldTransaction,
            severity: 'warning',
            message: `transaction of pid ${x.pid} is ${x.ageSeconds}s old (over ${t.maxTransactionAgeSeconds}s, state ${x.state || 'unknown'})`,
            why: 'an old transaction keeps its locks and stops VACUUM from removing dead rows',
            fix: `end it in the application, or: SELECT pg_terminate_backend(${x.pid});`,
        });
    }
    for (const b of report.blocked) {
        out.push({
            rule: HEALTH_RULES.blocked,
            severity: 'warning',
            message: `pid ${b.blockedPid} has waited ${b.waitSeconds}s for a lock held by pid ${b.blockingPid}: ${b.blockedQuery}`,
            why: `the blocking session (${b.blockingQuery || 'no query text'}) holds a lock others wait for; a migration would join the queue`,
            fix: `end the blocking transaction, or: SELECT pg_terminate_backend(${b.blockingPid});`,
        });
    }
    for (const u of report.unreadable ?? []) {
        out.push({
            rule: HEALTH_RULES.incomplete,
            severity: 'warning',
            message: `not read: ${u.what}; ${u.reason}`,
            why: 'db-health never waits for a lock (it would join the queue it reports on); what it could not read is named instead',
            fix: 'see the blocked sessions and their blockers above; end the blocking transaction or wait for it, then run db-health again',
        });
    }
    for (const s of report.migrations ?? []) {
        for (const name of s.failed) {
            out.push({
                rule: HEALTH_RULES.failedMigration,
                severity: 'error',
                message: `migration ${name} of service ${s.service} failed and is not resolved`,
                why: 'Prisma refuses to deploy while a migration is marked failed (P3009)',
                fix: `fix the database, then: npx prisma migrate resolve --rolled-back ${name} (or --applied ${name} if it completed by hand)`,
            });
        }
        if (s.pending.length) {
            out.push({
                rule: HEALTH_RULES.pendingMigration,
                severity: 'notice',
                message: `${s.pending.length} pending migration(s) for service ${s.service}: ${s.pending.join(', ')}`,
                fix: 'apply them with the apply-migration action (or npx prisma migrate deploy after review)',
            });
        }
    }
    if (opts.migrationsTableMissing && (report.migrations?.length ?? 0) > 0) {
        out.push({
            rule: HEALTH_RULES.noMigrationsTable,
            severity: 'notice',
            message: 'the database has no _prisma_migrations table: no migration was ever applied to it',
            fix: 'check the database URL (and ?schema=), or apply the migrations with apply-migration',
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/migrations/model.ts
var model = __webpack_require__(65256);
// EXTERNAL MODULE: ./src/prisma/migrations-table.ts
var migrations_table = __webpack_require__(6798);
;// CONCATENATED MODULE: ./src/health/migration-status.ts


/**
 * Per service: folders applied, pending (on disk, not applied) and failed (started, never
 * finished, not rolled back). Services may share one `_prisma_migrations`, so each row is
 * attributed to the service that owns its folder; a failed row no folder owns is still reported,
 * under the only service, or under `(unknown)` when there are several.
 */
async function readMigrationStatus(c, input) {
    const rows = await (0,migrations_table/* readAppliedMigrations */.fk)(c, input.schema ?? 'public');
    const applied = new Set((rows ?? []).filter(migrations_table/* isApplied */.KN).map((m) => m.name));
    const failedAll = [...new Set((rows ?? []).filter((m) => (0,migrations_table/* isFailed */.Ix)(m) && !applied.has(m.name)).map((m) => m.name))];
    const owned = new Set();
    const statuses = input.services.map((s) => {
        const folders = (0,model/* listMigrations */.YJ)(input.repoRoot, s.migrations);
        for (const f of folders)
            owned.add(f.name);
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
        if (statuses.length === 1)
            statuses[0].failed.push(...orphans);
        else
            statuses.push({ service: '(unknown)', applied: 0, pending: [], failed: orphans });
    }
    return { statuses, tableExists: rows !== null };
}

;// CONCATENATED MODULE: ./src/health/queries.ts
/**
 * The guide's monitoring and troubleshooting queries ("Best Practices / Monitoring", "Connection
 * Issues"). Each one excludes our own backend (`pg_backend_pid()`), so the report never counts
 * the connection that is measuring. Sessions and locks are scoped to the current database: that
 * is what a migration on it would wait for. Connections are server-wide, as max_connections is.
 */
/** First line of a query, trimmed and capped: enough to recognise it, never a whole script. */
function firstLine(query, max = 200) {
    const line = (query ?? '').trim().split(/\r?\n/, 1)[0] ?? '';
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
async function readConnections(c) {
    const r = await c.query(`SELECT (SELECT count(*)::int FROM pg_stat_activity
              WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()) AS connections,
            current_setting('max_connections')::int AS max_connections,
            current_database() AS db`);
    const row = r.rows[0];
    return { connections: row.connections, maxConnections: row.max_connections, database: row.db };
}
async function readDatabaseSize(c) {
    const r = await c.query(`SELECT pg_database_size(current_database())::text AS size`);
    return Number(r.rows[0].size);
}
async function readLongRunning(c, seconds) {
    const r = await c.query(`SELECT pid, extract(epoch FROM clock_timestamp() - query_start)::float8 AS secs, state, query
       FROM pg_stat_activity
      WHERE pid <> pg_backend_pid() AND datname = current_database()
        AND backend_type = 'client backend' AND state IN ('active', 'fastpath function call')
        AND query_start < clock_timestamp() - make_interval(secs => $1)
      ORDER BY query_start`, [seconds]);
    return r.rows.map((x) => ({ pid: x.pid, durationSeconds: Math.round(x.secs), state: x.state ?? '', query: firstLine(x.query) }));
}
async function readOldTransactions(c, seconds) {
    const r = await c.query(`SELECT pid, extract(epoch FROM clock_timestamp() - xact_start)::float8 AS secs, state, query
       FROM pg_stat_activity
      WHERE pid <> pg_backend_pid() AND datname = current_database()
        AND backend_type = 'client backend' AND xact_start IS NOT NULL
        AND xact_start < clock_timestamp() - make_interval(secs => $1)
      ORDER BY xact_start`, [seconds]);
    return r.rows.map((x) => ({ pid: x.pid, ageSeconds: Math.round(x.secs), state: x.state ?? '', query: firstLine(x.query) }));
}
/** Blocked/blocking pairs from pg_blocking_pids(): one row per (waiter, holder). */
async function readBlocked(c) {
    const r = await c.query(`SELECT w.pid AS blocked_pid, h.pid AS blocking_pid, w.query AS blocked_query, h.query AS blocking_query,
            extract(epoch FROM clock_timestamp() - coalesce(w.state_change, w.query_start))::float8 AS secs
       FROM pg_stat_activity w
       CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS b(pid)
       LEFT JOIN pg_stat_activity h ON h.pid = b.pid
      WHERE w.pid <> pg_backend_pid() AND w.datname = current_database() AND w.wait_event_type = 'Lock'
      ORDER BY secs DESC NULLS LAST, w.pid, b.pid`);
    return r.rows.map((x) => ({
        blockedPid: x.blocked_pid,
        blockingPid: x.blocking_pid,
        blockedQuery: firstLine(x.blocked_query),
        blockingQuery: firstLine(x.blocking_query),
        waitSeconds: Math.round(x.secs ?? 0),
    }));
}
async function readUngrantedLocks(c) {
    const r = await c.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE NOT l.granted AND l.pid <> pg_backend_pid() AND a.datname = current_database()`);
    return r.rows[0].n;
}
/**
 * The largest tables (heap + indexes + TOAST), with the planner's row estimate. Sizing a relation
 * takes an ACCESS SHARE lock on it and its indexes, which queues behind an ACCESS EXCLUSIVE lock
 * (or any request waiting in the lock queue): such tables are not sized but returned as `locked`,
 * so the report is never held up by the very lock it should report. (The session's short
 * lock_timeout covers what changes between the two reads.)
 */
async function readLargestTables(c, limit) {
    const r = await c.query(`WITH contended AS (
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
     (SELECT schema, name, NULL, greatest(reltuples, 0)::bigint::text, pids FROM sized WHERE pids IS NOT NULL ORDER BY schema, name)`, [limit]);
    const tables = [];
    const locked = [];
    for (const x of r.rows) {
        if (x.pids)
            locked.push({ schema: x.schema, name: x.name, pids: x.pids });
        else
            tables.push({ schema: x.schema, name: x.name, totalBytes: Number(x.bytes), rowEstimate: Number(x.rows) });
    }
    return { tables, locked };
}

;// CONCATENATED MODULE: ./src/health/collect.ts



const DEFAULT_TOP_TABLES = 10;
/** How long any health query may wait for a lock: the report exists for the moments tables are locked. */
const HEALTH_LOCK_TIMEOUT_MS = 1000;
/** lock_not_available (lock_timeout) and query_canceled (statement_timeout): a query that could not finish. */
function cannotFinish(err) {
    const e = err;
    if (e?.code === '55P03')
        return `it waited ${HEALTH_LOCK_TIMEOUT_MS} ms for a lock another session holds or queues for (${e.message})`;
    if (e?.code === '57014')
        return `it was cancelled (${e.message}): the statement timeout ended it`;
    return undefined;
}
/**
 * One health snapshot of the database `client` is connected to, and the findings its thresholds
 * give. Read-only; it serves both the db-health report and apply-migration's `health` gate.
 * Queries run one after another on the one client (pg does not pipeline), under a short
 * lock_timeout: sessions, blockers and long-running queries come first and take no relation lock;
 * whatever would wait for a lock is reported as unreadable instead of holding up the report.
 * The session's own lock_timeout is restored afterwards (apply's gate shares its session).
 */
async function collectHealth(client, thresholds, opts = {}) {
    const previous = (await client.query(`SELECT current_setting('lock_timeout') AS v`)).rows[0].v;
    await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${HEALTH_LOCK_TIMEOUT_MS}ms`]);
    const unreadable = [];
    const attempt = async (what, fn, fallback) => {
        try {
            return await fn();
        }
        catch (err) {
            const reason = cannotFinish(err);
            if (!reason)
                throw err;
            unreadable.push({ what, reason });
            return fallback;
        }
    };
    try {
        const conn = await readConnections(client);
        const report = {
            database: conn.database,
            connections: conn.connections,
            maxConnections: conn.maxConnections,
            longRunning: await readLongRunning(client, thresholds.longRunningSeconds),
            oldTransactions: await readOldTransactions(client, thresholds.maxTransactionAgeSeconds),
            blocked: await readBlocked(client),
            ungrantedLocks: await readUngrantedLocks(client),
            databaseSizeBytes: await attempt('database size', () => readDatabaseSize(client), 0),
            tables: [],
        };
        const top = opts.topTables ?? DEFAULT_TOP_TABLES;
        if (top > 0) {
            const sizes = await attempt('table sizes', () => readLargestTables(client, top), { tables: [], locked: [] });
            report.tables = sizes.tables;
            for (const t of sizes.locked) {
                unreadable.push({
                    what: `size of ${t.schema}.${t.name}`,
                    reason: `locked: pid ${t.pids.join(', ')} holds or waits for a lock on it (ACCESS EXCLUSIVE, or queued); reading its size would wait behind it`,
                });
            }
        }
        let migrationsTableMissing = false;
        if (opts.services) {
            const status = await attempt('migration status (_prisma_migrations)', () => readMigrationStatus(client, opts.services), undefined);
            if (status) {
                report.migrations = status.statuses;
                migrationsTableMissing = !status.tableExists;
            }
        }
        if (unreadable.length)
            report.unreadable = unreadable;
        return { report, findings: healthFindings(report, thresholds, { migrationsTableMissing }) };
    }
    finally {
        await client.query(`SELECT set_config('lock_timeout', $1, false)`, [previous]).catch(() => undefined);
    }
}


/***/ }),

/***/ 62986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveServices)
/* harmony export */ });
/* unused harmony export findMigrationDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SKIP = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor']);
/** Every `.../prisma/migrations` folder in the tree (repository-relative, posix). */
function findMigrationDirs(repoRoot) {
    const found = [];
    const walk = (rel, depth) => {
        if (depth > 8)
            return;
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (!e.isDirectory() || e.name.startsWith('.') || SKIP.has(e.name))
                continue;
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.name === 'migrations' && node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(rel) === 'prisma') {
                found.push(child);
                continue; // never descend into migration folders
            }
            walk(child, depth + 1);
        }
    };
    walk('', 0);
    return found.sort();
}
function schemaFor(repoRoot, root) {
    const prismaDir = root ? `${root}/prisma` : 'prisma';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, prismaDir, 'schema.prisma')))
        return `${prismaDir}/schema.prisma`;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, prismaDir, 'schema')))
        return `${prismaDir}/schema`; // multi-file schema
    return undefined;
}
/**
 * The services to check: the configured ones, or every `prisma/migrations` folder with a schema
 * beside it. Any other `prisma/migrations` folder is a stray.
 */
function resolveServices(repoRoot, config) {
    const dirs = findMigrationDirs(repoRoot);
    if (config.services.length) {
        const owned = new Set(config.services.map((s) => s.migrations));
        return { services: config.services, strays: dirs.filter((d) => !owned.has(d)) };
    }
    const services = [];
    const strays = [];
    for (const migrations of dirs) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(migrations)).replace(/^\.$/, '');
        const schema = schemaFor(repoRoot, root);
        if (!schema) {
            strays.push(migrations);
            continue;
        }
        services.push({ name: root ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(root) : 'root', root, schema, migrations });
    }
    // Two services named alike (apps/a/user, services/user): qualify with the path.
    const counts = new Map();
    for (const s of services)
        counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    for (const s of services)
        if ((counts.get(s.name) ?? 0) > 1)
            s.name = s.root.replace(/\//g, '-');
    return { services, strays };
}


/***/ }),

/***/ 65256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ listMigrations),
/* harmony export */   a_: () => (/* binding */ toMigrationFolder),
/* harmony export */   hI: () => (/* binding */ compareMigrations)
/* harmony export */ });
/* unused harmony exports MIGRATION_FOLDER_RE, parseFolderName, isDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Prisma's folder convention: `<14-digit UTC timestamp>_<name>`; Prisma applies folders in name order. */
const MIGRATION_FOLDER_RE = /^(\d{14})_(.+)$/;
function parseFolderName(name) {
    const m = MIGRATION_FOLDER_RE.exec(name);
    return m ? { timestamp: m[1], label: m[2] } : undefined;
}
function toMigrationFolder(migrationsDir, name, hasSql) {
    const parsed = parseFolderName(name);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(migrationsDir, name);
    return { name, timestamp: parsed?.timestamp, label: parsed?.label, dir, sqlPath: `${dir}/migration.sql`, hasSql };
}
/** Migration folders of a migrations directory on disk, in Prisma's apply order. */
function listMigrations(repoRoot, migrationsDir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, migrationsDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => toMigrationFolder(migrationsDir, d.name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, d.name, 'migration.sql'))))
        .sort(compareMigrations);
}
/** Prisma sorts by folder name (byte order), which is timestamp order for valid names. */
function compareMigrations(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function isDirectory(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
