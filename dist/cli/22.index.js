export const id = 22;
export const ids = [22,638];
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

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(94);
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

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ parseFormat),
  Y: () => (/* binding */ printReport)
});

// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
;// CONCATENATED MODULE: ./src/report/json.ts

/** `{ findings, summary }`: the CLI's --format json and the action's `report` file. */
function renderJson(report) {
    const summary = { tool: report.tool, ...(0,finding/* summarize */.eh)(report.findings), ...(report.facts ?? {}) };
    const out = { findings: (0,finding/* sortFindings */.Tc)(report.findings), summary };
    if (report.checklist)
        out.checklist = report.checklist;
    return JSON.stringify(out, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/terminal.ts

/** Plain text for people at a terminal (the CLI's default format). */
function renderText(report, color = false) {
    const paint = (c, s) => (color ? `\u001b[${c}m${s}\u001b[0m` : s);
    const tag = { error: paint(31, 'error'), warning: paint(33, 'warning'), notice: paint(36, 'notice') };
    const lines = [paint(1, report.title), ''];
    for (const f of (0,finding/* sortFindings */.Tc)(report.findings)) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}  ` : '';
        lines.push(`${where}${tag[f.severity]} [${f.rule}] ${f.message}`);
        if (f.why)
            lines.push(`    why: ${f.why}`);
        if (f.fix)
            lines.push(`    fix: ${f.fix.replace(/\n/g, '\n         ')}`);
        if (f.docsUrl)
            lines.push(`    docs: ${f.docsUrl}`);
    }
    if (report.checklist?.length) {
        lines.push('', 'Review checklist:');
        const mark = { passed: '[x]', failed: '[!]', review: '[ ]' };
        for (const i of report.checklist)
            lines.push(`  ${mark[i.status]} ${i.text}${i.status === 'failed' ? ` (${i.findings.join(', ')})` : i.note ? ` (${i.note})` : ''}`);
    }
    for (const sec of report.sections ?? [])
        lines.push('', `${sec.title}:`, sec.markdown);
    const s = (0,finding/* summarize */.eh)(report.findings);
    lines.push('', `${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s)`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cli/output.ts





function parseFormat(v, allowed = ['text', 'json']) {
    const f = (typeof v === 'string' ? v : 'text');
    if (!allowed.includes(f))
        throw new errors/* UserError */.y(`--format ${String(v)} is not supported here`, { why: `expected ${allowed.join(', ')}`, next: `use --format ${allowed.join(' or --format ')}` });
    return f;
}
/** Print a report in the chosen format and return the exit code (1 when it should fail). */
function printReport(report, format, failOn = 'error', sarif) {
    const text = format === 'json' ? renderJson(report) : format === 'sarif' && sarif ? sarif() : renderText(report, process.stdout.isTTY === true);
    process.stdout.write((0,redact/* redact */.E$)(text));
    return (0,finding/* shouldFail */.W9)((0,finding/* summarize */.eh)(report.findings), failOn) ? 1 : 0;
}


/***/ }),

/***/ 6432:
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

/***/ 6741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   SV: () => (/* binding */ withClient),
/* harmony export */   bp: () => (/* binding */ serverMajorVersion)
/* harmony export */ });
/* unused harmony export libpqCompatible */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7733);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8638);




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

/***/ 8707:
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

/***/ 8638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ sameDatabase),
/* harmony export */   LS: () => (/* binding */ withParams),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   mx: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7733);


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
/* harmony import */ var _postgres_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8707);

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

/***/ 9023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   W9: () => (/* binding */ shouldFail),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* unused harmony exports SEVERITY_ORDER, DOCS_BASE */
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function summarize(findings) {
    const s = { errors: 0, warnings: 0, notices: 0, total: findings.length };
    for (const f of findings) {
        if (f.severity === 'error')
            s.errors++;
        else if (f.severity === 'warning')
            s.warnings++;
        else
            s.notices++;
    }
    return s;
}
/**
 * Code-unit order, not the locale's: the same findings list the same way on every machine, and
 * migration folders come in Prisma's apply order (it sorts their names by bytes). It also spares
 * loading ICU's collation data (about 10 ms) and a collator call per comparison.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Errors first, then by file and line, so every sink lists findings in the same order. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        byCodeUnits(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        byCodeUnits(a.rule, b.rule));
}
/** Whether the findings should fail the check, given the `fail-on` threshold. */
function shouldFail(summary, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return summary.errors + summary.warnings > 0;
    return summary.errors > 0;
}
const DOCS_BASE = 'https://github.com/migration-gates/migration-gates/blob/main/docs/rules';
function ruleDocsUrl(rule) {
    return `${DOCS_BASE}/${rule}.md`;
}


/***/ }),

/***/ 6221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   q$: () => (/* binding */ shellCommand),
/* harmony export */   rV: () => (/* binding */ envRef)
/* harmony export */ });
/**
 * The one way a command we print is quoted. Names and paths in printed commands come from PRs,
 * URLs and folders (all possibly hostile): each value is single-quoted for POSIX shells unless it
 * is made only of characters no shell treats specially, so a pasted command runs exactly what it
 * shows and nothing a name smuggled in (`app_d"q;$(id)` stays a literal argument).
 */
function shellQuote(value) {
    if (value !== '' && /^[A-Za-z0-9_./:=@%+,-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function envRef(name) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new Error(`not a shell variable name: ${name}`);
    return { env: name };
}
/** A command line from its words: literals quoted, variables as `"$NAME"`. */
function shellCommand(words) {
    return words.map((w) => (typeof w === 'string' ? shellQuote(w) : `"$${w.env}"`)).join(' ');
}


/***/ })

};
