export const id = 899;
export const ids = [899,638];
export const modules = {

/***/ 66072:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6944);
/* harmony import */ var _health_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48269);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26146);
// db-health: the guide's "Monitoring" and "Troubleshooting" queries as a scheduled report.







await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .Cs)(async () => {
    const databaseUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('database-url');
    if (!databaseUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('input database-url is empty', { why: 'db-health reads the database it reports on', next: 'set database-url: ${{ secrets.DATABASE_URL }}' });
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('working-directory') ?? '.');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(repoRoot, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('config'));
    const { result, report } = await (0,_health_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runHealth */ .K)({
        databaseUrl,
        config,
        repoRoot,
        longRunningSeconds: (0,_health_run_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositive */ .j)('long-running-seconds', (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('long-running-seconds')),
        topTables: (0,_health_run_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositive */ .j)('top-tables', (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('top-tables'), true),
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('connections', result.report.connections);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('max-connections', result.report.maxConnections);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('database-size-bytes', result.report.databaseSizeBytes);
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_6__/* .publishReport */ .S)(report, { failOn: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputFailOn */ .yL)(), comment: false, token: undefined });
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 48269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ parsePositive),
  K: () => (/* binding */ runHealth)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(62986);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(88638);
// EXTERNAL MODULE: ./src/health/collect.ts + 3 modules
var collect = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/sync/progress.ts
var progress = __webpack_require__(70052);
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
    if (r.unreadable?.length) {
        sections.push({
            title: 'Not read (a lock or a timeout stopped these)',
            markdown: table(['What', 'Why'], r.unreadable.map((u) => [cell(u.what), cell(u.reason)]), ''),
        });
    }
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
            ...(r.unreadable ? { unreadable: r.unreadable } : {}),
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
    const result = await (0,connect/* withClient */.SV)(target, (c) => (0,collect/* collectHealth */.p3)(c, thresholds, {
        topTables: opts.topTables ?? collect/* DEFAULT_TOP_TABLES */._9,
        ...(opts.repoRoot && services.length ? { services: { repoRoot: opts.repoRoot, services, schema: target.schema } } : {}),
    }), { readOnly: true, applicationName: 'migration-gates health', statementTimeoutMs: 60_000 });
    return { result, thresholds, report: healthReport(result, thresholds, (0,url/* describeTarget */.ff)(target)) };
}


/***/ }),

/***/ 36741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   SV: () => (/* binding */ withClient),
/* harmony export */   bp: () => (/* binding */ serverMajorVersion)
/* harmony export */ });
/* unused harmony export libpqCompatible */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77733);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88638);




/**
 * Connect with a clear, redacted error: which server, what went wrong, what to check next.
 * pg's own messages can carry the URL, so they pass through `redact`.
 */
async function connect(target, opts = {}) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: libpqCompatible(target.url),
        application_name: opts.applicationName ?? 'migration-gates',
        connectionTimeoutMillis: (opts.connectTimeoutSeconds ?? 15) * 1000,
        ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    });
    // pg reads the database name with decodeURI, which leaves %3B, %24, %2F... encoded; libpq and
    // psql decode them all. The name parseDatabaseUrl decoded is the one to connect to.
    client.connectionParameters.database = target.database;
    // An idle client whose server goes away emits 'error'; without a listener that kills the process.
    client.on('error', () => undefined);
    try {
        await client.connect();
        if (opts.readOnly)
            await client.query('SET default_transaction_read_only = on');
    }
    catch (err) {
        await client.end().catch(() => undefined);
        const msg = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(err instanceof Error ? err.message : String(err));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot connect to ${(0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTarget */ .ff)(target)}: ${msg}`, {
            why: 'the database must be reachable from this runner with these credentials',
            next: `test it with: psql "<url>" -c 'SELECT 1' (check host, port, firewall, password and sslmode)`,
            cause: err,
        });
    }
    return client;
}
/**
 * node-postgres reads `sslmode=require` as verify-full, unlike libpq, psql and Prisma, where it
 * means "encrypt, do not verify". A URL that works with Prisma must work here too, so such URLs
 * get libpq's semantics (`uselibpqcompat=true`); verify-ca/verify-full still verify.
 */
function libpqCompatible(url) {
    try {
        const u = new URL(url);
        if (u.searchParams.has('sslmode') && !u.searchParams.has('uselibpqcompat'))
            u.searchParams.set('uselibpqcompat', 'true');
        return u.toString();
    }
    catch {
        return url;
    }
}
/** Run `fn` with a connected client and always close it. */
async function withClient(target, fn, opts = {}) {
    const c = await connect(target, opts);
    try {
        return await fn(c);
    }
    finally {
        await c.end().catch(() => undefined);
    }
}
/** Server major version, e.g. 15, from `server_version_num`. */
async function serverMajorVersion(c) {
    const r = await c.query(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(r.rows[0].v) / 10000);
}


/***/ }),

/***/ 78707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ quoteQualified),
/* harmony export */   ce: () => (/* binding */ quoteLiteral),
/* harmony export */   v4: () => (/* binding */ quoteIdent)
/* harmony export */ });
/** Quote an SQL identifier (table, column, database name): never interpolate one raw. */
function quoteIdent(name) {
    if (name.includes('\u0000'))
        throw new Error('identifier contains a NUL byte');
    return `"${name.replace(/"/g, '""')}"`;
}
/** Quote a possibly schema-qualified name given as separate parts. */
function quoteQualified(...parts) {
    return parts.map(quoteIdent).join('.');
}
/** Quote an SQL string literal (for the rare statement that cannot take a parameter). */
function quoteLiteral(value) {
    if (value.includes('\u0000'))
        throw new Error('literal contains a NUL byte');
    return `'${value.replace(/'/g, "''")}'`;
}


/***/ }),

/***/ 88638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ sameDatabase),
/* harmony export */   LS: () => (/* binding */ withParams),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   mx: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77733);


/**
 * Parse a PostgreSQL URL and register its password (and the whole URL) as secrets before
 * anything can print them. Errors never echo the URL itself.
 */
function parseDatabaseUrl(raw, label = 'database-url') {
    const value = raw.trim();
    if (!value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} is empty`, {
            why: 'a PostgreSQL connection URL is required for this command',
            next: `pass ${label} (e.g. a repository secret: \${{ secrets.DATABASE_URL }})`,
        });
    }
    (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value);
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} is not a valid URL`, {
            why: 'expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE',
            next: `check the secret that feeds ${label}`,
        });
    }
    if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} uses the scheme "${u.protocol.replace(/:$/, '')}", not postgresql`, {
            why: 'migration-gates only manages PostgreSQL databases',
            next: `set ${label} to postgresql://USER:PASSWORD@HOST:PORT/DATABASE`,
        });
    }
    if (u.password)
        (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(decodeURIComponent(u.password));
    const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (!database) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} names no database`, {
            why: 'the URL path must be the database name',
            next: `append /DATABASE to ${label}`,
        });
    }
    return {
        url: value,
        host: u.hostname || 'localhost',
        port: u.port ? Number(u.port) : 5432,
        database,
        user: decodeURIComponent(u.username),
        schema: u.searchParams.get('schema') ?? 'public',
    };
}
/** A printable description: user@host:port/db, never the password. */
function describeTarget(t) {
    return `${t.user ? `${t.user}@` : ''}${t.host}:${t.port}/${t.database}`;
}
/** The same server and credentials, another database (for shadow, sync and restore targets). */
function withDatabase(t, database) {
    const u = new URL(t.url);
    u.pathname = `/${encodeURIComponent(database)}`;
    return { ...t, url: u.toString(), database };
}
/** Add or replace query parameters (e.g. `options` for lock_timeout) without touching the rest. */
function withParams(t, params) {
    const u = new URL(t.url);
    for (const [k, v] of Object.entries(params))
        u.searchParams.set(k, v);
    const url = u.toString();
    (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(url);
    return { ...t, url };
}
/** Same host, port and database: the sync guard's notion of "the same database". */
function sameDatabase(a, b) {
    const norm = (h) => (h === 'localhost' || h === '::1' || h === '[::1]' ? '127.0.0.1' : h.toLowerCase());
    return norm(a.host) === norm(b.host) && a.port === b.port && a.database === b.database;
}


/***/ }),

/***/ 6798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ isFailed),
/* harmony export */   KN: () => (/* binding */ isApplied),
/* harmony export */   fk: () => (/* binding */ readAppliedMigrations)
/* harmony export */ });
/* harmony import */ var _postgres_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78707);

/** Finished and not rolled back: the migration counts as applied. */
function isApplied(m) {
    return m.finishedAt !== null && m.rolledBackAt === null;
}
/** Started, never finished, not rolled back: Prisma's P3009 "failed migration" state. */
function isFailed(m) {
    return m.finishedAt === null && m.rolledBackAt === null;
}
/**
 * Read `_prisma_migrations` in `schema` (Prisma's `?schema=`), in the order rows were started.
 * Returns null when the table does not exist (a database Prisma never migrated).
 */
async function readAppliedMigrations(client, schema = 'public') {
    const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`${(0,_postgres_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(schema)}."_prisma_migrations"`]);
    if (!exists.rows[0]?.ok)
        return null;
    const r = await client.query(`SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at, logs, applied_steps_count
       FROM ${(0,_postgres_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(schema)}."_prisma_migrations" ORDER BY started_at, migration_name`);
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


/***/ }),

/***/ 70052:
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
