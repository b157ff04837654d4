export const id = 608;
export const ids = [608];
export const modules = {

/***/ 1608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  healthCommand: () => (/* binding */ healthCommand)
});

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(9827);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(6741);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/health/collect.ts + 3 modules
var collect = __webpack_require__(6432);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/sync/progress.ts
var progress = __webpack_require__(52);
;// CONCATENATED MODULE: ./src/health/report.ts


function cell(text) {
    return (0,markdown/* mdEscape */.Li)(text) || '—';
}
function table(head, rows, empty) {
    if (!rows.length)
        return `_${empty}_`;
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
/**
 * The db-health report: findings plus the guide's monitoring tables (connections, long-running
 * queries, locks, sizes, migrations). Query text comes from other sessions: escaped, and the whole
 * report is redacted by the sinks.
 */
function healthReport(result, thresholds, target) {
    const r = result.report;
    const pct = r.maxConnections ? Math.round((r.connections / r.maxConnections) * 100) : 0;
    const sections = [
        {
            title: 'Overview',
            markdown: table(['Database', 'Connections', 'Size', 'Ungranted locks', 'Long-running (>' + thresholds.longRunningSeconds + ' s)', 'Blocked'], [[cell(target), `${r.connections} / ${r.maxConnections} (${pct}%)`, (0,progress/* formatBytes */.z3)(r.databaseSizeBytes), String(r.ungrantedLocks), String(r.longRunning.length), String(r.blocked.length)]], ''),
        },
        {
            title: 'Long-running queries',
            markdown: table(['pid', 'Running for', 'State', 'Query (first line)'], r.longRunning.map((q) => [String(q.pid), `${q.durationSeconds} s`, cell(q.state), cell(q.query)]), `None over ${thresholds.longRunningSeconds} s.`),
        },
        {
            title: 'Old transactions',
            markdown: table(['pid', 'Open for', 'State', 'Query (first line)'], r.oldTransactions.map((q) => [String(q.pid), `${q.ageSeconds} s`, cell(q.state), cell(q.query)]), `None older than ${thresholds.maxTransactionAgeSeconds} s.`),
        },
        {
            title: 'Blocked sessions',
            markdown: table(['Blocked pid', 'Waiting', 'Blocked query', 'Blocking pid', 'Blocking query'], r.blocked.map((b) => [String(b.blockedPid), `${b.waitSeconds} s`, cell(b.blockedQuery), String(b.blockingPid), cell(b.blockingQuery)]), 'No session is waiting for a lock.'),
        },
        {
            title: 'Largest tables',
            markdown: table(['Table', 'Total size', 'Rows (estimate)'], r.tables.map((t) => [cell(`${t.schema}.${t.name}`), (0,progress/* formatBytes */.z3)(t.totalBytes), t.rowEstimate.toLocaleString('en-US')]), 'No user tables.'),
        },
    ];
    if (r.migrations) {
        sections.push({
            title: 'Migrations',
            markdown: table(['Service', 'Applied', 'Pending', 'Failed'], r.migrations.map((m) => [cell(m.service), String(m.applied), m.pending.length ? cell(m.pending.join(', ')) : '0', m.failed.length ? `❌ ${cell(m.failed.join(', '))}` : '0']), 'No Prisma service found in the working directory.'),
        });
    }
    return {
        tool: 'db-health',
        title: `Database health: ${target}`,
        findings: result.findings,
        sections,
        facts: {
            database: r.database,
            connections: r.connections,
            maxConnections: r.maxConnections,
            databaseSizeBytes: r.databaseSizeBytes,
            longRunning: r.longRunning,
            oldTransactions: r.oldTransactions,
            blocked: r.blocked,
            ungrantedLocks: r.ungrantedLocks,
            tables: r.tables,
            ...(r.migrations ? { migrations: r.migrations } : {}),
            thresholds,
        },
    };
}

;// CONCATENATED MODULE: ./src/health/run.ts






/** Parse a positive number input (`long-running-seconds`, `top-tables`), with a clear error. */
function parsePositive(name, value, integer = false) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
        throw new errors/* UserError */.y(`${name} is "${value}"`, { why: `expected a positive ${integer ? 'whole ' : ''}number`, next: `set ${name} to e.g. ${integer ? '10' : '300'}` });
    }
    return n;
}
/** db-health end to end: connect read-only, collect, and build the report every sink renders. */
async function runHealth(opts) {
    const target = (0,url/* parseDatabaseUrl */.mx)(opts.databaseUrl);
    const thresholds = {
        longRunningSeconds: opts.longRunningSeconds ?? opts.config.health.longRunningSeconds,
        maxConnectionsRatio: opts.config.health.maxConnectionsRatio,
        maxTransactionAgeSeconds: opts.config.health.maxTransactionAgeSeconds,
    };
    const services = opts.repoRoot ? (0,discover/* resolveServices */.b)(opts.repoRoot, opts.config).services : [];
    const result = await (0,connect/* withClient */.SV)(target, (c) => (0,collect/* collectHealth */.p)(c, thresholds, {
        topTables: opts.topTables ?? collect/* DEFAULT_TOP_TABLES */._,
        ...(opts.repoRoot && services.length ? { services: { repoRoot: opts.repoRoot, services, schema: target.schema } } : {}),
    }), { readOnly: true, applicationName: 'migration-gates health', statementTimeoutMs: 60_000 });
    return { result, thresholds, report: healthReport(result, thresholds, (0,url/* describeTarget */.ff)(target)) };
}

// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(4792);
// EXTERNAL MODULE: ./src/cli/fail-on.ts
var fail_on = __webpack_require__(3604);
// EXTERNAL MODULE: ./src/cli/output.ts + 2 modules
var output = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/cli/commands/health.ts






const healthCommand = {
    name: 'health',
    summary: 'connections, long-running queries, locks, sizes and migration status of a database (db-health)',
    options: {
        'database-url': { type: 'string', description: 'PostgreSQL URL (default: $DATABASE_URL)' },
        'long-running-seconds': { type: 'string', description: 'report queries running longer (default: config health.long-running-seconds, 300)' },
        'top-tables': { type: 'string', description: 'how many of the largest tables to list', default: '10' },
        'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
    },
    async run({ values, cwd }) {
        const format = (0,output/* parseFormat */.X)(values.format);
        const databaseUrl = (0,args/* str */.gx)(values['database-url']) ?? (0,args/* str */.gx)(process.env.DATABASE_URL);
        if (!databaseUrl) {
            throw new errors/* UserError */.y('no database to check', { why: '--database-url is empty and DATABASE_URL is not set', next: 'run: npx migration-gates health --database-url "postgresql://USER:PASSWORD@HOST:5432/DB"' });
        }
        const { report } = await runHealth({
            databaseUrl,
            config: (0,load.loadConfig)(cwd, (0,args/* str */.gx)(values.config)),
            repoRoot: cwd,
            longRunningSeconds: parsePositive('--long-running-seconds', (0,args/* str */.gx)(values['long-running-seconds'])),
            topTables: parsePositive('--top-tables', (0,args/* str */.gx)(values['top-tables']), true),
        });
        return (0,output/* printReport */.Y)(report, format, (0,fail_on/* parseFailOn */.X)(values['fail-on']));
    },
};


/***/ }),

/***/ 3604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function parseFailOn(v) {
    const s = typeof v === 'string' && v ? v : 'error';
    if (s === 'error' || s === 'warning' || s === 'never')
        return s;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--fail-on ${s} is not supported`, { why: 'expected error, warning or never', next: 'use --fail-on error' });
}


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ DEFAULT_TOP_TABLES),
  p: () => (/* binding */ collectHealth)
});

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
var model = __webpack_require__(5256);
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
/** The largest tables (heap + indexes + TOAST), with the planner's row estimate. */
async function readLargestTables(c, limit) {
    const r = await c.query(`SELECT n.nspname AS schema, c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes,
            greatest(c.reltuples, 0)::bigint::text AS rows
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY pg_total_relation_size(c.oid) DESC, n.nspname, c.relname
      LIMIT $1`, [limit]);
    return r.rows.map((x) => ({ schema: x.schema, name: x.name, totalBytes: Number(x.bytes), rowEstimate: Number(x.rows) }));
}

;// CONCATENATED MODULE: ./src/health/collect.ts



const DEFAULT_TOP_TABLES = 10;
/**
 * One health snapshot of the database `client` is connected to, and the findings its thresholds
 * give. Read-only; it serves both the db-health report and apply-migration's `health` gate.
 * Queries run one after another on the one client (pg does not pipeline).
 */
async function collectHealth(client, thresholds, opts = {}) {
    const conn = await readConnections(client);
    const report = {
        database: conn.database,
        connections: conn.connections,
        maxConnections: conn.maxConnections,
        databaseSizeBytes: await readDatabaseSize(client),
        longRunning: await readLongRunning(client, thresholds.longRunningSeconds),
        oldTransactions: await readOldTransactions(client, thresholds.maxTransactionAgeSeconds),
        blocked: await readBlocked(client),
        ungrantedLocks: await readUngrantedLocks(client),
        tables: await readLargestTables(client, opts.topTables ?? DEFAULT_TOP_TABLES),
    };
    let migrationsTableMissing = false;
    if (opts.services) {
        const status = await readMigrationStatus(client, opts.services);
        report.migrations = status.statuses;
        migrationsTableMissing = !status.tableExists;
    }
    return { report, findings: healthFindings(report, thresholds, { migrationsTableMissing }) };
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveServices)
/* harmony export */ });
/* unused harmony export findMigrationDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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

/***/ 5256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ listMigrations),
/* harmony export */   a_: () => (/* binding */ toMigrationFolder),
/* harmony export */   hI: () => (/* binding */ compareMigrations)
/* harmony export */ });
/* unused harmony exports MIGRATION_FOLDER_RE, parseFolderName, isDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ mdEscape)
/* harmony export */ });
/* unused harmony exports renderFindingsTable, renderChecklist, renderMarkdown */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9023);

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const CHECK = { passed: '✅', failed: '❌', review: '👀' };
/** Escape text from PRs (names, SQL) so it cannot inject markdown or HTML into our comment. */
function mdEscape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#|!~]/g, (c) => `\\${c}`)
        // A zero-width space after @ stops "@ops" in PR-controlled SQL from pinging anyone.
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function code(text) {
    const t = text.replace(/\r?\n/g, ' ');
    const fence = t.includes('`') ? '`` ' : '`';
    return `${fence}${t}${fence.trim() === '``' ? ' ``' : '`'}`;
}
function location(f) {
    if (!f.file)
        return '';
    return code(`${f.file}${f.line ? `:${f.line}` : ''}`);
}
function renderFindingsTable(findings) {
    if (!findings.length)
        return '_No findings._';
    const rows = sortFindings(findings).map((f) => {
        const rule = f.docsUrl ? `[${f.rule}](${f.docsUrl})` : code(f.rule);
        const detail = [mdEscape(f.message), f.why ? `<br>_Why:_ ${mdEscape(f.why)}` : '', f.fix ? `<br>_Fix:_ ${mdEscape(f.fix)}` : ''].join('');
        return `| ${ICON[f.severity]} ${f.severity} | ${rule} | ${location(f)} | ${detail} |`;
    });
    return ['| | Rule | Where | Finding |', '|---|---|---|---|', ...rows].join('\n');
}
function renderChecklist(items) {
    return items
        .map((i) => {
        const box = i.status === 'passed' ? '[x]' : '[ ]';
        const tail = i.status === 'failed' ? ` — failed: ${i.findings.map(code).join(', ')}` : i.note ? ` — ${i.note}` : '';
        return `- ${box} ${CHECK[i.status]} ${i.text}${tail}`;
    })
        .join('\n');
}
/** The job summary and the body of the sticky comment share this rendering. */
function renderMarkdown(report) {
    const s = summarize(report.findings);
    const head = s.errors ? '❌' : s.warnings ? '⚠️' : '✅';
    const parts = [
        `## ${head} ${mdEscape(report.title)}`,
        `**${s.errors}** error(s), **${s.warnings}** warning(s), **${s.notices}** notice(s)`,
    ];
    if (report.checklist?.length)
        parts.push('### Migration review checklist', renderChecklist(report.checklist));
    parts.push('### Findings', renderFindingsTable(report.findings));
    for (const sec of report.sections ?? [])
        parts.push(`### ${sec.title}`, sec.markdown);
    return parts.join('\n\n') + '\n';
}


/***/ }),

/***/ 52:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ke: () => (/* binding */ Progress),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(i ? 1 : 0)} ${units[i]}`;
}
function formatAmount(n, unit) {
    if (unit === 'bytes')
        return formatBytes(n);
    if (unit === 'percent')
        return `${n.toFixed(0)}%`;
    return `${Math.round(n).toLocaleString('en-US')} rows`;
}
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '?';
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
    const m = Math.floor(seconds / 60);
    return `${m} min ${Math.round(seconds % 60)} s`;
}
class Progress {
    label;
    total;
    unit;
    log;
    intervalMs;
    totalIsEstimate;
    started = Date.now();
    last = Date.now();
    done = 0;
    constructor(label, 
    /** Expected total; an estimate is shown with `~`. */
    total, unit, log, intervalMs = 5000, totalIsEstimate = false) {
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.log = log;
        this.intervalMs = intervalMs;
        this.totalIsEstimate = totalIsEstimate;
    }
    update(done) {
        this.done = done;
        const now = Date.now();
        if (now - this.last < this.intervalMs)
            return;
        this.last = now;
        this.log(this.line(false));
    }
    finish(done = this.done) {
        this.done = done;
        const line = this.line(true);
        this.log(line);
        return line;
    }
    elapsedSeconds() {
        return (Date.now() - this.started) / 1000;
    }
    line(final) {
        const secs = Math.max(this.elapsedSeconds(), 0.001);
        const rate = this.done / secs;
        const rateText = this.unit === 'percent' ? '' : `, ${formatAmount(rate, this.unit)}/s`;
        if (final)
            return `${this.label}: done, ${formatAmount(this.done, this.unit)} in ${formatDuration(secs)}${rateText}`;
        if (!this.total)
            return `${this.label}: ${formatAmount(this.done, this.unit)}${rateText}`;
        const pct = Math.min(99, (this.done / this.total) * 100);
        const left = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : Infinity;
        const tilde = this.totalIsEstimate ? '~' : '';
        return `${this.label}: ${formatAmount(this.done, this.unit)} / ${tilde}${formatAmount(this.total, this.unit)} (${pct.toFixed(0)}%)${rateText}, ${tilde}${formatDuration(left)} left`;
    }
}


/***/ })

};
