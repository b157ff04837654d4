export const id = 660;
export const ids = [660];
export const modules = {

/***/ 38660:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _security_log_line_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47851);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6944);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26146);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77733);
/* harmony import */ var _sync_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37238);
/* harmony import */ var _sync_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15657);
/* harmony import */ var _sync_run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64552);
// sync-staging: the guide's weekly production -> staging copy, masked and verified.











await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .Cs)(async () => {
    const sourceUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('source-database-url');
    const targetUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('target-database-url');
    const maskingSalt = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('masking-salt');
    for (const [name, v] of [['source-database-url', sourceUrl], ['target-database-url', targetUrl]]) {
        if (!v)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`input ${name} is empty`, { why: 'the sync copies production (source) into staging (target)', next: `set ${name}: \${{ secrets.${name === 'source-database-url' ? 'PRODUCTION' : 'STAGING'}_DATABASE_URL }}` });
    }
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('working-directory') ?? '.');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(repoRoot, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('config'));
    const result = await (0,_sync_run_js__WEBPACK_IMPORTED_MODULE_9__/* .runSync */ .H)({
        sourceUrl: sourceUrl,
        targetUrl: targetUrl,
        config,
        repoRoot,
        keepOld: (0,_sync_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKeepOld */ .Y)((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('keep-old')),
        strict: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('strict', config.sync.strict),
        maskingSalt,
        backup: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('backup', true),
        backupDirectory: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('backup-directory'),
        dryRun: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('dry-run', false),
        log: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_1__.info((0,_security_log_line_js__WEBPACK_IMPORTED_MODULE_10__/* .safeLogLine */ .A)((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(l))),
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('status', result.status);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('database', result.status === 'synced' ? result.staging : '');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('old-database', result.oldDatabase ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('dropped', result.dropped.join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('copied-rows', result.tables.reduce((a, t) => a + t.stagingRows, 0));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('masked-columns', result.unmasked.length);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('backup-path', result.backup?.dumpPath ?? '');
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishReport */ .S)((0,_sync_report_js__WEBPACK_IMPORTED_MODULE_8__/* .syncReport */ .G)(result), { failOn: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputFailOn */ .yL)(), comment: false, token: undefined });
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 55360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ completeBackup),
  dB: () => (/* binding */ createBackup),
  lw: () => (/* binding */ startBackup)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/postgres/client-tools.ts
var client_tools = __webpack_require__(77706);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/postgres/dump.ts
var postgres_dump = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(88638);
// EXTERNAL MODULE: ./src/prisma/migrations-table.ts
var migrations_table = __webpack_require__(6798);
;// CONCATENATED MODULE: ./src/backup/catalog.ts

/**
 * Ordinary and partitioned tables in user schemas: what a backup must contain. Temporary tables
 * and tables owned by an extension (pg_dump leaves those to CREATE EXTENSION) are excluded.
 */
async function listCatalogTables(c) {
    const r = await c.query(`SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p')
        AND c.relpersistence <> 't'
        AND n.nspname <> 'information_schema'
        AND n.nspname NOT LIKE 'pg\\_%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY n.nspname, c.relname`);
    return r.rows.map((row) => ({ oid: Number(row.oid), schema: row.schema, name: row.name }));
}
async function readServerFacts(c) {
    const r = await c.query(`SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num,
            pg_database_size(current_database())::text AS size`);
    const row = r.rows[0];
    return { serverVersion: row.version, serverMajor: Math.floor(Number(row.num) / 10000), databaseSizeBytes: Number(row.size) };
}
/** Newest applied migration (finished, not rolled back) in `_prisma_migrations`, or null. */
async function latestAppliedMigration(c, schema) {
    const rows = await (0,migrations_table/* readAppliedMigrations */.fk)(c, schema);
    const applied = (rows ?? []).filter(migrations_table/* isApplied */.KN);
    applied.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || a.name.localeCompare(b.name));
    return applied.at(-1)?.name ?? null;
}

// EXTERNAL MODULE: ./src/backup/format.ts
var format = __webpack_require__(45655);
// EXTERNAL MODULE: ./src/backup/hash.ts
var hash = __webpack_require__(73604);
// EXTERNAL MODULE: ./src/backup/naming.ts
var naming = __webpack_require__(94388);
;// CONCATENATED MODULE: ./src/backup/progress.ts

/** One log line for a dump or restore progress sample: done/total, rate and an estimate. */
function formatProgress(p) {
    const parts = [];
    if (p.phase === 'dump') {
        parts.push(`${(0,format/* formatBytes */.z3)(p.fileBytes)} written`);
        if (p.copiedBytes !== undefined) {
            const of = p.estimateBytes ? ` of ~${(0,format/* formatBytes */.z3)(p.estimateBytes)} (database size)` : '';
            const pct = p.estimateBytes ? `, ${Math.min(99, Math.floor((100 * p.copiedBytes) / p.estimateBytes))}%` : '';
            parts.push(`${(0,format/* formatBytes */.z3)(p.copiedBytes)} read${of}${p.done ? '' : pct}`);
        }
    }
    else {
        const total = p.fileTotalBytes ? ` of ${(0,format/* formatBytes */.z3)(p.fileTotalBytes)}` : '';
        parts.push(`${(0,format/* formatBytes */.z3)(p.fileBytes)}${total} read`);
        if (p.tablesTotal !== undefined)
            parts.push(`${p.tablesDone ?? 0}/${p.tablesTotal} tables`);
    }
    parts.push((0,format/* formatRate */.CE)(p.rate));
    if (p.done)
        return `${p.phase}: finished in ${(0,format/* formatSeconds */.Xo)(p.elapsedSeconds)}: ${parts.join(', ')}`;
    parts.push(p.etaSeconds !== undefined ? `~${(0,format/* formatSeconds */.Xo)(p.etaSeconds)} left` : `${(0,format/* formatSeconds */.Xo)(p.elapsedSeconds)} elapsed`);
    return `${p.phase}: ${parts.join(', ')}`;
}

// EXTERNAL MODULE: ./src/backup/archive-check.ts
var archive_check = __webpack_require__(41333);
;// CONCATENATED MODULE: ./src/backup/create.ts














/**
 * The guide's "Backup production DB (REQUIRED!)", as a verified backup: pg_dump -Fc (of the
 * server's major or newer) writing the file itself, its SHA-256, a pg_restore --list check against
 * the catalog read in pg_dump's own snapshot, and a manifest beside it. A dump that fails any check gets no manifest,
 * so no gate can mistake it for a backup.
 */
async function createBackup(opts) {
    return completeBackup(await startBackup(opts), opts);
}
/**
 * Start pg_dump as early as possible: connect, read the server's version, export a snapshot,
 * pick pg_dump, start it, and read the catalog check in that same snapshot while it works. What
 * only naming needs (the environment, the config) can be decided while the dump runs.
 */
async function startBackup(opts) {
    const target = (0,url/* parseDatabaseUrl */.mx)(opts.databaseUrl);
    const log = opts.onProgress ?? (() => undefined);
    const searchPath = opts.searchPath ? { searchPath: opts.searchPath } : {};
    // Ask the installed pg_dumps their versions while we connect (answers are cached).
    const probing = (0,client_tools/* findClientTools */.Mt)(0, searchPath).catch(() => undefined);
    // One session, in the snapshot pg_dump will dump: the catalog check reads exactly what the
    // archive must hold.
    const session = await (0,connect/* connect */.Ng)(target, { readOnly: true, applicationName: 'migration-gates-backup' });
    try {
        const server = await readServerFacts(session);
        // The session idles in its transaction while pg_dump works: no server timeout may end it.
        await session.query(`SET idle_in_transaction_session_timeout = 0${server.serverMajor >= 17 ? '; SET transaction_timeout = 0' : ''}`);
        await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        const snapshot = await exportSnapshot(session);
        await probing;
        const tools = await (0,client_tools/* findClientTools */.Mt)(server.serverMajor, searchPath);
        // A folder we create is ours alone (0700); an existing one keeps the mode its owner chose.
        (0,external_node_fs_.mkdirSync)(opts.directory, { recursive: true, mode: 0o700 });
        const createdAt = new Date();
        // A hidden temporary name until verified: a crash never leaves a .dump that looks complete.
        const partial = external_node_path_default().join(opts.directory, (0,naming/* partialDumpName */.j)((0,external_node_crypto_.randomBytes)(6).toString('hex')));
        log(`backup: ${(0,url/* describeTarget */.ff)(target)} (PostgreSQL ${server.serverVersion}, ${(0,format/* formatBytes */.z3)(server.databaseSizeBytes)}) with pg_dump ${tools.version} -> ${opts.directory}`);
        const stop = new AbortController();
        const dump = (0,postgres_dump/* runPgDump */.nN)({
            target,
            file: partial,
            tools,
            ...(snapshot ? { snapshot } : {}),
            signal: stop.signal,
            estimateBytes: server.databaseSizeBytes,
            onProgress: (p) => log(formatProgress(p)),
            ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
        });
        dump.catch(() => undefined); // awaited in completeBackup or abort
        const catalog = (async () => ({ tables: await listCatalogTables(session), latestMigration: await latestAppliedMigration(session, target.schema) }))();
        catalog.catch(() => undefined);
        const state = { session, server, tools, partial, dump, catalog, stop, log };
        return {
            target,
            directory: opts.directory,
            createdAt,
            state,
            abort: async () => {
                stop.abort();
                await dump.catch(() => undefined);
                (0,external_node_fs_.rmSync)(partial, { force: true }); // pg_dump may have finished first
                await catalog.catch(() => undefined);
                await session.end().catch(() => undefined);
            },
        };
    }
    catch (err) {
        await session.end().catch(() => undefined);
        throw err;
    }
}
/**
 * Wait for the dump, then hash and verify it (at once: one reads the file, the other is
 * pg_restore), name it and write its manifest. Any failure removes the partial dump (abort).
 */
async function completeBackup(started, opts) {
    const { session, server, tools, partial, dump: dumping, catalog, log } = started.state;
    const { target, directory, createdAt } = started;
    const verify = opts.verify ?? true;
    try {
        const { tables, latestMigration } = await catalog;
        // pg_dump imported the snapshot when it started; ours ends with the dump (it holds no more than pg_dump's own).
        const dump = await dumping;
        // Read-only: nothing to commit. A proxy that dropped the idle session by now does no harm.
        await session.query('COMMIT').catch(() => undefined);
        const checking = Date.now();
        const [{ sha256 }, checked] = await Promise.all([(0,hash/* sha256File */.Q)(partial), verify ? (0,archive_check/* checkArchive */.P)(partial, tools, tables) : undefined]);
        let tableCount = tables.length;
        if (checked) {
            const { problems, toc } = checked;
            if (problems.length) {
                throw new errors/* UserError */.y(`backup of ${(0,url/* describeTarget */.ff)(target)} failed verification:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
                    why: 'a backup that cannot be restored whole is no backup; the dump was removed and no manifest was written',
                    next: 'run the backup again; if it fails the same way, check disk space and that the backup role can read every table',
                    exitCode: 1,
                });
            }
            tableCount = (0,postgres_dump/* tocTables */.CW)(toc).length;
            log(`verify: pg_restore --list read ${toc.entries.length} entries; all ${tables.length} catalog tables present (${(0,format/* formatSeconds */.Xo)((Date.now() - checking) / 1000)})`);
        }
        const backupId = (0,naming/* newBackupId */._H)(directory, opts.environment, target.database, createdAt);
        const dumpPath = external_node_path_default().join(directory, backupId + naming/* DUMP_SUFFIX */.VU);
        const manifestPath = external_node_path_default().join(directory, backupId + naming/* MANIFEST_SUFFIX */.OK);
        (0,external_node_fs_.renameSync)(partial, dumpPath);
        const manifest = {
            version: 1,
            backupId,
            environment: opts.environment,
            database: target.database,
            host: target.host,
            port: target.port,
            serverVersion: server.serverVersion,
            serverMajor: server.serverMajor,
            pgDumpVersion: tools.version,
            createdAt: createdAt.toISOString(),
            file: external_node_path_default().basename(dumpPath),
            sizeBytes: dump.sizeBytes,
            sha256,
            tableCount,
            latestMigration,
            verified: verify,
            durationSeconds: Math.round(dump.seconds * 1000) / 1000,
            databaseSizeBytes: server.databaseSizeBytes,
        };
        // The manifest's schema check loads zod: only now, not before pg_dump starts.
        const { writeManifest } = await __webpack_require__.e(/* import() */ 336).then(__webpack_require__.bind(__webpack_require__, 99336));
        writeManifest(manifestPath, manifest);
        log(`backup: ${backupId}: ${(0,format/* formatBytes */.z3)(dump.sizeBytes)} dump of a ${(0,format/* formatBytes */.z3)(server.databaseSizeBytes)} database in ${(0,format/* formatSeconds */.Xo)(dump.seconds)}, ` +
            `${tableCount} tables, latest migration ${latestMigration ?? '(none)'}, sha256 ${sha256}${verify ? ', verified' : ', NOT verified'}`);
        return { manifest, dumpPath, manifestPath };
    }
    catch (err) {
        await started.abort();
        throw err;
    }
    finally {
        await session.end().catch(() => undefined);
    }
}
/**
 * In a fresh REPEATABLE READ transaction, the exported snapshot's id; undefined (and a new
 * transaction) where the server cannot export one. It must be the transaction's first query.
 */
async function exportSnapshot(c) {
    try {
        return (await c.query('SELECT pg_export_snapshot() AS id')).rows[0].id;
    }
    catch {
        await c.query('ROLLBACK');
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        return undefined;
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

/***/ 37238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseKeepOld)
/* harmony export */ });
/* unused harmony export parseBoolText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** `keep-old`: a whole number, 0 or more; empty means the config's value. */
function parseKeepOld(value, flag = 'keep-old') {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${flag} is "${value}"`, { why: 'expected how many previous staging copies to keep: a whole number, 0 or more', next: `set ${flag} to 1 (the default)` });
    }
    return n;
}
/** true/false flags given as text (CLI `--strict false`, action inputs). */
function parseBoolText(value, flag) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new UserError(`${flag} is "${value}"`, { why: 'expected true or false', next: `set ${flag} to true or false` });
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


/***/ }),

/***/ 15657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ syncReport)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70052);


function table(head, rows) {
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
const STATUS = {
    synced: 'synced',
    'dry-run': 'dry run (nothing changed)',
    refused: 'refused (nothing changed)',
    'verification-failed': 'verification failed (staging unchanged, copy dropped)',
};
/** The sync's summary: what was copied where, the counts, the masking proof and the snippet. */
function syncReport(r) {
    const sections = [];
    const facts = [
        ['Status', STATUS[r.status]],
        ['Source (read-only)', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.source)],
        ['Target', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.target)],
        [r.status === 'synced' ? 'Built as' : 'Copy', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.copy)],
    ];
    if (r.oldDatabase)
        facts.push([r.status === 'synced' ? 'Previous staging kept as' : 'Previous staging would be kept as', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.oldDatabase)]);
    if (r.recovered)
        facts.push(['Recovered', `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.recovered)} renamed back (an earlier sync stopped between its renames)`]);
    if (r.strays.length)
        facts.push([r.status === 'dry-run' ? 'Half-made copies to drop' : 'Half-made copies', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.strays.join(', '))]);
    facts.push([`Old copies dropped (keep-old ${r.keepOld})`, r.dropped.length ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.dropped.join(', ')) : 'none']);
    if (r.backup)
        facts.push(['Backup of the previous staging', `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.backup.dumpPath)} (${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(r.backup.sizeBytes)})`]);
    if (r.transfer)
        facts.push(['Copied', `${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(r.transfer.bytes)} in ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(r.transfer.seconds)}, archive SHA-256 ${r.transfer.sha256.slice(0, 16)}…`]);
    if (r.keyedHashMethod)
        facts.push(['keyed-hash', r.keyedHashMethod]);
    sections.push({ title: 'Sync', markdown: table(['', ''], facts) });
    if (r.tables.length) {
        sections.push({
            title: 'Row counts (exact, same snapshot)',
            markdown: table(['Table', 'Production', 'Staging', 'Masked columns'], r.tables.map((t) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(t.table), t.sourceRows.toLocaleString('en-US'), `${t.stagingRows.toLocaleString('en-US')}${t.sourceRows === t.stagingRows ? ' ✅' : ' ❌'}`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(t.maskedColumns.join(', ')) || '—'])),
        });
    }
    else if (r.plan.length) {
        sections.push({
            title: 'Plan',
            markdown: table(['Table', 'Rows (estimate)', 'Size', 'Masking'], r.plan.map((p) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(p.table), p.rowEstimate.toLocaleString('en-US'), (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(p.bytes), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(p.masked.map((m) => `${m.column}: ${m.strategy}`).join(', ')) || '—'])),
        });
    }
    if (r.unmasked.length) {
        sections.push({
            title: 'Masking verification (every row, in the database)',
            markdown: table(['Column', 'Strategy', 'Production values left'], r.unmasked.map((u) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(`${u.table}.${u.column}`), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(u.strategy), `${u.remaining}${u.remaining ? ' ❌' : ' ✅'}`])),
        });
    }
    if (r.piiSnippet) {
        sections.push({
            title: 'Masking rules to add (paste into .github/migration-gates.yml, review each strategy)',
            markdown: `~~~yaml\n${r.piiSnippet.replace(/~~~/g, '~ ~ ~')}~~~`,
        });
    }
    if (Object.keys(r.timings).length) {
        sections.push({ title: 'Timings', markdown: table(['Step', 'Seconds'], Object.entries(r.timings).map(([k, v]) => [k, v.toFixed(1)])) });
    }
    return {
        tool: 'sync-staging',
        title: `Staging sync: ${r.staging} ${STATUS[r.status]}`,
        findings: r.findings,
        sections,
        facts: {
            status: r.status,
            source: r.source,
            target: r.target,
            staging: r.staging,
            copy: r.copy,
            oldDatabase: r.oldDatabase ?? null,
            dropped: r.dropped,
            strays: r.strays,
            recovered: r.recovered ?? null,
            keepOld: r.keepOld,
            tables: r.tables,
            plan: r.plan,
            unmasked: r.unmasked,
            unmaskedPii: r.unmaskedPii,
            piiSnippet: r.piiSnippet ?? null,
            keyedHashMethod: r.keyedHashMethod ?? null,
            backup: r.backup ?? null,
            transfer: r.transfer ?? null,
            terminatedConnections: r.terminatedConnections ?? 0,
            timings: r.timings,
        },
    };
}


/***/ }),

/***/ 64552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ runSync)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/backup/create.ts + 2 modules
var create = __webpack_require__(55360);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/postgres/client-tools.ts
var client_tools = __webpack_require__(77706);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(88638);
// EXTERNAL MODULE: ./src/process/run.ts
var run = __webpack_require__(67212);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(77733);
// EXTERNAL MODULE: ./src/postgres/quote.ts
var quote = __webpack_require__(78707);
;// CONCATENATED MODULE: ./src/sync/admin.ts

/**
 * Database-level operations on the staging server, through a connection to its maintenance
 * database (a database cannot be renamed or dropped from a session connected to it).
 */
async function databaseExists(admin, name) {
    const r = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (r.rowCount ?? 0) > 0;
}
async function listDatabases(admin) {
    const r = await admin.query('SELECT datname FROM pg_database ORDER BY datname');
    return r.rows.map((x) => x.datname);
}
/**
 * A fresh, empty database from template0 in the source's encoding, closed to PUBLIC while it holds
 * unmasked data (only its owner, us, can connect until the swap).
 */
async function createDatabase(admin, name, encoding) {
    try {
        await admin.query(`CREATE DATABASE ${(0,quote/* quoteIdent */.v4)(name)} TEMPLATE template0 ENCODING ${(0,quote/* quoteLiteral */.ce)(encoding)}`);
    }
    catch {
        // The encoding may not suit the server's locale: the server's default then.
        await admin.query(`CREATE DATABASE ${(0,quote/* quoteIdent */.v4)(name)} TEMPLATE template0`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${(0,quote/* quoteIdent */.v4)(name)} FROM PUBLIC`);
}
/** Drop, ending any session in it (WITH (FORCE) from PostgreSQL 13, terminate-then-drop before). */
async function dropDatabase(admin, name, serverMajor) {
    if (serverMajor >= 13) {
        await admin.query(`DROP DATABASE IF EXISTS ${(0,quote/* quoteIdent */.v4)(name)} WITH (FORCE)`);
        return;
    }
    await terminateConnections(admin, name);
    await admin.query(`DROP DATABASE IF EXISTS ${(0,quote/* quoteIdent */.v4)(name)}`);
}
/** End every other session connected to `name`; returns how many there were. */
async function terminateConnections(admin, name) {
    const r = await admin.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    return r.rows[0]?.n ?? 0;
}
async function setAllowConnections(admin, name, allow) {
    await admin.query(`ALTER DATABASE ${(0,quote/* quoteIdent */.v4)(name)} WITH ALLOW_CONNECTIONS ${allow ? 'true' : 'false'}`);
}
async function renameDatabase(admin, from, to) {
    await admin.query(`ALTER DATABASE ${(0,quote/* quoteIdent */.v4)(from)} RENAME TO ${(0,quote/* quoteIdent */.v4)(to)}`);
}
/**
 * Give `to` the database-level privileges `from` has (CONNECT, CREATE, TEMPORARY per role), so the
 * apps that could connect to the old staging can connect to the new one. A NULL ACL is the
 * default: CONNECT and TEMPORARY for PUBLIC.
 */
async function copyDatabaseAcl(admin, from, to) {
    let grants = [
        { grantee: null, privilege: 'CONNECT' },
        { grantee: null, privilege: 'TEMPORARY' },
    ];
    if (from) {
        const r = await admin.query(`SELECT CASE WHEN a.grantee = 0 THEN NULL ELSE pg_get_userbyid(a.grantee) END AS grantee, a.privilege_type AS privilege, true AS has_acl
         FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a
        WHERE d.datname = $1 AND a.grantee <> d.datdba`, [from]);
        const acl = await admin.query('SELECT datacl IS NULL AS isnull FROM pg_database WHERE datname = $1', [from]);
        if (acl.rows[0] && !acl.rows[0].isnull)
            grants = r.rows;
    }
    for (const g of grants) {
        if (!/^(CONNECT|CREATE|TEMPORARY)$/.test(g.privilege))
            continue;
        await admin.query(`GRANT ${g.privilege} ON DATABASE ${(0,quote/* quoteIdent */.v4)(to)} TO ${g.grantee === null ? 'PUBLIC' : (0,quote/* quoteIdent */.v4)(g.grantee)}`);
    }
}
/** One sync per staging database at a time, server-wide (a session-level advisory lock). */
async function tryLockSync(admin, staging) {
    const r = await admin.query(`SELECT pg_try_advisory_lock(hashtext('migration-gates sync'), hashtext($1)) AS ok`, [staging]);
    return r.rows[0]?.ok === true;
}
async function unlockSync(admin, staging) {
    await admin.query(`SELECT pg_advisory_unlock(hashtext('migration-gates sync'), hashtext($1))`, [staging]);
}

;// CONCATENATED MODULE: ./src/sync/catalog.ts

function qualifiedName(t) {
    return `${t.schema}.${t.name}`;
}
function quotedName(t) {
    return (0,quote/* quoteQualified */.$s)(t.schema, t.name);
}
/** User tables only: no system schemas, no extension members (pg_dump skips their data). */
const TABLES_SQL = `
SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.relispartition AS is_partition,
       pg_table_size(c.oid)::int8 AS bytes, greatest(c.reltuples, 0)::int8 AS rows
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't'
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY n.nspname, c.relname`;
const COLUMNS_SQL = `
SELECT a.attrelid::int8 AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       coalesce(bt.typcategory, t.typcategory) AS category, a.attnotnull AS not_null,
       a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity,
       CASE WHEN a.atttypmod > 4 AND coalesce(bt.typname, t.typname) IN ('varchar', 'bpchar') THEN a.atttypmod - 4 END AS max_length
  FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
 WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum`;
const PK_SQL = `
SELECT i.indrelid::int8 AS oid, array_agg(a.attname::text ORDER BY k.ord) AS cols
  FROM pg_index i
 CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
 WHERE i.indisprimary AND i.indrelid = ANY($1::oid[])
 GROUP BY i.indrelid`;
const CONSTRAINTS_SQL = `
SELECT n.nspname AS schema, c.relname AS rel, k.conname AS name, k.contype AS type, k.convalidated AS validated
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE k.conrelid = ANY($1::oid[]) AND k.contype IN ('p', 'u', 'f', 'c', 'x')
 ORDER BY 1, 2, 3`;
const INDEXES_SQL = `
SELECT n.nspname AS schema, c.relname AS rel, ic.relname AS name, i.indisvalid AS valid
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE i.indrelid = ANY($1::oid[])
 ORDER BY 1, 2, 3`;
async function readCatalog(c) {
    const t = await c.query(TABLES_SQL);
    const oids = t.rows.map((r) => r.oid);
    const cols = await c.query(COLUMNS_SQL, [oids]);
    const pks = await c.query(PK_SQL, [oids]);
    const cons = await c.query(CONSTRAINTS_SQL, [oids]);
    const idx = await c.query(INDEXES_SQL, [oids]);
    const meta = await c.query(`SELECT pg_encoding_to_char(encoding) AS enc, current_setting('server_version_num') AS v FROM pg_database WHERE datname = current_database()`);
    const byOid = new Map();
    for (const r of cols.rows) {
        const list = byOid.get(r.oid) ?? [];
        list.push({ name: r.name, type: r.type, category: r.category, notNull: r.not_null, generated: r.generated, identity: r.identity, maxLength: r.max_length });
        byOid.set(r.oid, list);
    }
    const pkByOid = new Map(pks.rows.map((r) => [r.oid, r.cols]));
    return {
        tables: t.rows.map((r) => ({
            oid: Number(r.oid),
            schema: r.schema,
            name: r.name,
            kind: r.kind,
            isPartition: r.is_partition,
            columns: byOid.get(r.oid) ?? [],
            primaryKey: pkByOid.get(r.oid) ?? [],
            bytes: Number(r.bytes),
            rowEstimate: Number(r.rows),
        })),
        constraints: cons.rows.map((r) => ({ table: `${r.schema}.${r.rel}`, name: r.name, type: r.type, validated: r.validated })),
        indexes: idx.rows.map((r) => ({ table: `${r.schema}.${r.rel}`, name: r.name, valid: r.valid })),
        encoding: meta.rows[0]?.enc ?? 'UTF8',
        serverMajor: Math.floor(Number(meta.rows[0]?.v ?? 0) / 10000),
    };
}
/** Leaf tables hold the rows: partitioned parents are counted through their partitions. */
function leafTables(cat) {
    return cat.tables.filter((t) => t.kind === 'r');
}
/** Exact row counts, `schema.table` -> rows. Run inside the source snapshot for a consistent view. */
async function exactCounts(c, tables) {
    const out = new Map();
    for (const t of tables) {
        const r = await c.query(`SELECT count(*)::int8 AS n FROM ONLY ${quotedName(t)}`);
        out.set(qualifiedName(t), Number(r.rows[0].n));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sync/commands.ts

function withOptions(env, options) {
    return { ...env, PGOPTIONS: [env.PGOPTIONS, options].filter(Boolean).join(' ') };
}
/**
 * pg_dump of the source, read-only (PGOPTIONS on top of pg_dump's own read-only transaction), in
 * the exported snapshot. Uncompressed: the archive only crosses a local pipe, and compressing it
 * would cost CPU for nothing. No owners, privileges, publications, subscriptions or security
 * labels: they belong to production's roles and replication, not to staging.
 */
function dumpSpec(tools, source, snapshot, sections, file) {
    const conn = (0,client_tools/* libpqConnection */.Vb)(source);
    const args = [
        '--format=custom',
        '--compress=0',
        '--no-owner',
        '--no-privileges',
        '--no-publications',
        '--no-subscriptions',
        '--no-security-labels',
        `--snapshot=${snapshot}`,
        ...sections.map((s) => `--section=${s}`),
        ...(file ? [`--file=${file}`] : []),
        `--dbname=${conn.dbname}`,
    ];
    return { command: tools.pgDump, args, env: withOptions(conn.env, '-c default_transaction_read_only=on') };
}
/** pg_restore into the new copy: stdin when no file is given; parallel jobs need a file. */
function restoreSpec(tools, target, opts = {}) {
    const conn = (0,client_tools/* libpqConnection */.Vb)(target);
    const args = [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        '--no-tablespaces',
        '--exit-on-error',
        ...(opts.file && opts.jobs && opts.jobs > 1 ? [`--jobs=${opts.jobs}`] : []),
        `--dbname=${conn.dbname}`,
        ...(opts.file ? [opts.file] : []),
    ];
    // The copy is thrown away on any failure, so commits need not wait for the disk; bigger sort memory builds indexes faster.
    return { command: tools.pgRestore, args, env: withOptions(conn.env, '-c synchronous_commit=off -c maintenance_work_mem=256MB') };
}
/**
 * pg_restore's errors quote rows (`DETAIL: Key (email)=(...)`, `CONTEXT: COPY ... line 1: "..."`):
 * production values must not reach a CI log, so those lines are withheld.
 */
function scrubRowData(stderr) {
    const lines = stderr.split('\n');
    const kept = lines.filter((l) => !/^\s*(DETAIL|CONTEXT):/.test(l));
    const note = kept.length < lines.length ? '\n(DETAIL/CONTEXT lines withheld: they can quote production rows)' : '';
    return kept.join('\n').trim() + note;
}
/**
 * The lines that explain a pg_dump/pg_restore failure: its `error:` lines and the command each
 * names, without row data, and without parallel restore's consequential "worker process died".
 */
function toolErrorSummary(stderr, max = 8) {
    const lines = scrubRowData(stderr).split('\n');
    const out = [];
    for (let i = 0; i < lines.length && out.length < max; i++) {
        const l = lines[i];
        if (/worker process died unexpectedly/.test(l))
            continue;
        if (/error:|ERROR:|FATAL:/.test(l)) {
            out.push(l.trim());
            if (/^Command was:/.test(lines[i + 1] ?? ''))
                out.push(`${lines[i + 1].trim()} ${(lines[i + 2] ?? '').trim()}`.trim());
        }
    }
    return out.length ? out.join('\n') : lines.filter(Boolean).slice(-max).join('\n');
}

;// CONCATENATED MODULE: ./src/sync/guards.ts

async function readServerIdentity(c) {
    const r = await c.query(`SELECT host(inet_server_addr()) AS addr, inet_server_port() AS port, current_database() AS db`);
    let systemIdentifier = null;
    // Ask first: a refused call would abort the caller's transaction (the source snapshot).
    const can = await c.query(`SELECT has_function_privilege('pg_control_system()', 'EXECUTE') AS ok`);
    if (can.rows[0]?.ok) {
        const s = await c.query('SELECT system_identifier::text AS id FROM pg_control_system()');
        systemIdentifier = s.rows[0]?.id ?? null;
    }
    const row = r.rows[0];
    return { address: row.addr, port: row.port, database: row.db, systemIdentifier };
}
const SYNC_RULES = {
    sameDatabase: 'sync-target-is-source',
    production: 'sync-target-is-production',
    pii: 'sync-unmasked-pii-column',
    unmasked: 'sync-unmasked-values',
    counts: 'sync-row-count-mismatch',
    constraints: 'sync-constraint-missing',
};
/**
 * Refuse when the target is the source: the same host, port and database in the URLs, or two
 * URLs that reach one database differently (a proxy, a DNS alias, a port forward, a pooler's
 * database alias): the same cluster, or the same server address, and the same database as both
 * servers report them (`current_database()` read on each side).
 */
function checkNotSameDatabase(source, target, sourceId, targetId) {
    if ((0,url/* sameDatabase */.KX)(source, target))
        return sameDatabaseFinding(source, target, 'both URLs name the same host, port and database');
    if (sourceId.database !== targetId.database)
        return undefined;
    if (sourceId.systemIdentifier && targetId.systemIdentifier && sourceId.systemIdentifier === targetId.systemIdentifier) {
        return sameDatabaseFinding(source, target, `both servers report the same cluster (system identifier ${sourceId.systemIdentifier}) and database ${sourceId.database}`);
    }
    if (sourceId.address && targetId.address && sourceId.address === targetId.address && sourceId.port === targetId.port) {
        return sameDatabaseFinding(source, target, `both servers report the address ${sourceId.address}:${sourceId.port} and database ${sourceId.database}`);
    }
    return undefined;
}
function sameDatabaseFinding(source, target, reason) {
    return {
        rule: SYNC_RULES.sameDatabase,
        severity: 'error',
        message: `refusing to sync: the target ${(0,url/* describeTarget */.ff)(target)} is the source ${(0,url/* describeTarget */.ff)(source)} (${reason})`,
        why: 'the sync replaces the target database; with the target being production it would destroy production',
        fix: 'set target-database-url to the staging database (e.g. secrets.STAGING_DATABASE_URL) and source-database-url to production',
    };
}
/** Refuse a target that the config maps to a production environment. */
function checkNotProduction(config, target) {
    return config.environments
        .filter((e) => e.production && e.database === target.database)
        .map((env) => ({
        rule: SYNC_RULES.production,
        severity: 'error',
        message: `refusing to sync into ${target.database}: the config maps it to the production environment "${env.name}"`,
        why: 'the sync replaces the target database with a masked copy; production must never be a sync target',
        fix: `point target-database-url at the staging database${config.file ? `, or correct environments.${env.name}.database in the config` : ''}`,
    }));
}
/** Refuse a target (on another server) named like the production database. */
function checkNotProductionName(source, target) {
    if (target.database !== source.database)
        return [];
    return [
        {
            rule: SYNC_RULES.production,
            severity: 'error',
            message: `refusing to sync into ${(0,url/* describeTarget */.ff)(target)}: it has the production database's name (${source.database})`,
            why: 'a staging database named like production is how a copy-paste of the wrong secret replaces production',
            fix: 'give staging its own database name (the guide: staging_girok_user), then point target-database-url at it',
        },
    ];
}

// EXTERNAL MODULE: ./src/sync/progress.ts
var sync_progress = __webpack_require__(70052);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sync/masking/keyed-hash.ts

const BLOCK = 64;
/** RFC 2104 key pads for SHA-256: (K xor 0x36..., K xor 0x5c...). */
function hmacPads(salt) {
    let key = Buffer.from(salt, 'utf8');
    if (key.length > BLOCK)
        key = (0,external_node_crypto_.createHash)('sha256').update(key).digest();
    const k = Buffer.alloc(BLOCK);
    key.copy(k);
    const inner = Buffer.alloc(BLOCK);
    const outer = Buffer.alloc(BLOCK);
    for (let i = 0; i < BLOCK; i++) {
        inner[i] = k[i] ^ 0x36;
        outer[i] = k[i] ^ 0x5c;
    }
    return { inner, outer };
}
/** The value `keyed-hash` gives, computed in Node (tests and docs compare against it). */
function keyedHash(value, salt, method = 'hmac-sha256') {
    if (method === 'md5-chain') {
        const inner = createHash('md5').update(salt + value, 'utf8').digest('hex');
        return createHash('md5').update(salt + inner, 'utf8').digest('hex');
    }
    return createHmac('sha256', Buffer.from(salt, 'utf8')).update(value, 'utf8').digest('hex');
}
/** Pick the method for a server: its major version and whether pgcrypto is installed in the copy. */
function chooseKeyedHashMethod(serverMajor, hasPgcrypto) {
    if (serverMajor >= 11)
        return 'hmac-sha256';
    return hasPgcrypto ? 'pgcrypto-hmac' : 'md5-chain';
}

;// CONCATENATED MODULE: ./src/sync/masking/session.ts

/** Session settings that carry the salt (or its HMAC pads) to the masking expressions. */
const SECRET_SETTINGS = {
    hmacInner: 'migration_gates.hmac_inner',
    hmacOuter: 'migration_gates.hmac_outer',
    salt: 'migration_gates.masking_salt',
};
/**
 * Prepare the session that masks the copy: literal quoting as the expressions expect, the salt in
 * session-local settings (set through bind parameters, so it is in no statement text a server log
 * could keep), and the counter of values the masking left unchanged: a temp table and a function
 * the masked expressions call only for such a row.
 */
async function prepareMaskingSession(client, salt, method) {
    await client.query('SET standard_conforming_strings = on');
    if (salt !== undefined) {
        if (method === 'hmac-sha256') {
            const pads = hmacPads(salt);
            await client.query('SELECT set_config($1, $2, false), set_config($3, $4, false)', [
                SECRET_SETTINGS.hmacInner,
                pads.inner.toString('hex'),
                SECRET_SETTINGS.hmacOuter,
                pads.outer.toString('hex'),
            ]);
        }
        else {
            await client.query('SELECT set_config($1, $2, false)', [SECRET_SETTINGS.salt, salt]);
        }
    }
    await client.query('CREATE TEMP TABLE IF NOT EXISTS mg_unchanged (k int NOT NULL)');
    await client.query(`CREATE OR REPLACE FUNCTION pg_temp.mg_unchanged(k int, v anyelement) RETURNS anyelement
       LANGUAGE sql VOLATILE AS $$ INSERT INTO pg_temp.mg_unchanged VALUES ($1); SELECT $2 $$`);
}
/** How many rows kept their production value, per column index; cleared for the next table. */
async function takeUnchangedCounts(client) {
    const r = await client.query('SELECT k, count(*)::int8 AS n FROM pg_temp.mg_unchanged GROUP BY k');
    await client.query('TRUNCATE pg_temp.mg_unchanged');
    return new Map(r.rows.map((x) => [x.k, Number(x.n)]));
}

;// CONCATENATED MODULE: ./src/sync/masking/expression.ts


/**
 * The SQL expression that replaces one column's value, or undefined for `keep`. NULL stays NULL
 * (a missing value reveals nothing, and nullable semantics survive). Hash outputs are cut to a
 * varchar(n)/char(n) column's length. Config values (prefixes, constants) are quoted literals:
 * ALTER TABLE takes no bind parameters. The salt never appears in SQL text: it is read from a
 * session setting (see session.ts).
 */
function maskExpression(column, s, ctx) {
    const col = (0,quote/* quoteIdent */.v4)(column.name);
    const id = ctx.idColumn ? `${ctx.idColumn}::text` : undefined;
    const fit = (e) => (column.maxLength ? `left(${e}, ${column.maxLength})` : e);
    switch (s.kind) {
        case 'keep':
            return undefined;
        case 'null':
            return 'NULL';
        case 'email':
            return `'user_' || ${id} || '@test.example.com'`;
        case 'name':
            return `'Test User ' || ${id}`;
        case 'prefix':
            return `${(0,quote/* quoteLiteral */.ce)(s.value)} || ${id}`;
        case 'constant':
            return `CAST(${(0,quote/* quoteLiteral */.ce)(s.value)} AS ${column.type})`;
        case 'random-hash': {
            // Strong randomness where the server has it; random() with the clock otherwise.
            const src = ctx.serverMajor >= 13 ? 'gen_random_uuid()::text' : `random()::text || clock_timestamp()::text`;
            return fit(`md5(${src})`);
        }
        case 'keyed-hash': {
            const value = `convert_to(${col}::text, 'UTF8')`;
            const setting = (name) => `current_setting(${(0,quote/* quoteLiteral */.ce)(name)})`;
            if (ctx.keyedHash === 'hmac-sha256') {
                const inner = `decode(${setting(SECRET_SETTINGS.hmacInner)}, 'hex')`;
                const outer = `decode(${setting(SECRET_SETTINGS.hmacOuter)}, 'hex')`;
                return fit(`encode(sha256(${outer} || sha256(${inner} || ${value})), 'hex')`);
            }
            const salt = setting(SECRET_SETTINGS.salt);
            if (ctx.keyedHash === 'pgcrypto-hmac') {
                const fn = ctx.pgcryptoSchema ? `${(0,quote/* quoteIdent */.v4)(ctx.pgcryptoSchema)}.hmac` : 'hmac';
                return fit(`encode(${fn}(${value}, convert_to(${salt}, 'UTF8'), 'sha256'), 'hex')`);
            }
            return fit(`md5(${salt} || md5(${salt} || ${col}::text))`);
        }
    }
}
/**
 * The value to write, with the per-row proof built in: when the masked value equals the row's
 * original (its production value), pg_temp.mg_unchanged() counts it under `index` and the value
 * is still written, so the check costs one comparison per row and the masked expression is
 * evaluated once (NULLIF/COALESCE). NULL stays NULL.
 */
function checkedExpression(column, s, ctx, index) {
    const e = maskExpression(column, s, ctx);
    if (e === undefined)
        return undefined;
    const col = (0,quote/* quoteIdent */.v4)(column.name);
    if (s.kind === 'null')
        return 'NULL';
    if (s.kind === 'constant')
        return `CASE WHEN ${col} IS NULL THEN NULL ELSE ${e} END`;
    return `CASE WHEN ${col} IS NULL THEN NULL ELSE COALESCE(NULLIF(${e}, ${col}::text), pg_temp.mg_unchanged(${index}, ${e})) END`;
}

;// CONCATENATED MODULE: ./src/sync/masking/vacuum.ts

/**
 * After the UPDATE fallback, remove every original row version from disk. VACUUM FULL keeps a
 * dead version while any snapshot may still see it: a session in this database whose snapshot is
 * older than the UPDATE (autovacuum's ANALYZE of the fresh copy), and, because VACUUM's own
 * snapshot starts at the oldest running transaction, a write transaction in any database of the
 * server that began before the UPDATE committed. So wait for those, run VACUUM FULL, and trust
 * its own count of the versions it had to keep: run it again until that is 0. Masking that
 * leaves production values in the heap files is a failure, not a warning.
 */
async function purgeOriginalRows(client, table, updateXid, opts) {
    const waitMs = opts.waitMs ?? 300_000;
    const deadline = Date.now() + waitMs;
    let logged = false;
    for (;;) {
        const holders = await snapshotHolders(client, updateXid);
        if (!holders.length) {
            const kept = await vacuumFull(client, table.sql);
            if (kept === 0)
                return;
            if (Date.now() >= deadline) {
                throw new errors/* UserError */.y(`masking ${table.name}: VACUUM FULL had to keep ${kept} original row version(s) on disk for ${Math.round(waitMs / 1000)} s`, {
                    why: 'a replication slot, or a standby with hot_standby_feedback, holds back the cleanup horizon of the staging server',
                    next: 'nothing of production was kept: the copy is dropped. Drop the stale slot (pg_replication_slots), then run the sync again',
                });
            }
        }
        else if (Date.now() >= deadline) {
            throw new errors/* UserError */.y(`masking ${table.name}: ${describeHolders(holders)} kept a snapshot from before the masking for ${Math.round(waitMs / 1000)} s`, {
                why: 'VACUUM FULL cannot remove original row versions such a snapshot may still read, and masking must leave no production value on disk',
                next: 'nothing of production was kept: the copy is dropped. End that session, then run the sync again',
            });
        }
        else if (!logged) {
            opts.log(`masking ${table.name}: waiting for ${describeHolders(holders)} to end before VACUUM FULL`);
            logged = true;
        }
        await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
    }
}
/**
 * What holds back the horizon for rows the UPDATE replaced: write transactions older than it
 * anywhere on the server, snapshots older than it in this database, and prepared transactions.
 */
async function snapshotHolders(client, updateXid) {
    const r = await client.query(`SELECT pid, backend_type AS kind, application_name AS application
       FROM pg_stat_activity
      WHERE pid <> pg_backend_pid()
        AND ((backend_xid IS NOT NULL AND age(backend_xid) >= age($1::xid))
          OR ((datname = current_database() OR datname IS NULL) AND backend_xmin IS NOT NULL AND age(backend_xmin) >= age($1::xid)))
     UNION ALL
     SELECT NULL, 'prepared transaction', gid FROM pg_prepared_xacts WHERE age(transaction) >= age($1::xid)
     ORDER BY 1`, [updateXid]);
    return r.rows.map((h) => ({ pid: h.pid ?? 0, kind: h.kind ?? 'backend', application: h.application ?? '' }));
}
/** VACUUM (FULL, VERBOSE): returns the dead row versions it reports it could not remove yet. */
async function vacuumFull(client, sqlName) {
    let kept = 0;
    // The count is the first number of the detail's first line, in every message language.
    const onNotice = (n) => {
        const first = n.detail?.split('\n')[0]?.match(/\d+/);
        if (first)
            kept = Math.max(kept, Number(first[0]));
    };
    client.on('notice', onNotice);
    try {
        await client.query(`VACUUM (FULL, VERBOSE) ${sqlName}`);
    }
    finally {
        client.off('notice', onNotice);
    }
    return kept;
}
function describeHolders(holders) {
    const list = holders.map((h) => h.pid ? `session pid ${h.pid} (${h.kind}${h.application ? `, ${JSON.stringify(h.application)}` : ''})` : `${h.kind} ${JSON.stringify(h.application)}`);
    return `${list.slice(0, 5).join(', ')}${list.length > 5 ? ` and ${list.length - 5} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/sync/masking/apply.ts






/**
 * The SQL that masks one table: all its masked columns in one statement. Undefined when every
 * rule of the table is `keep`.
 */
function buildMaskStatements(t, ctx) {
    const ec = {
        idColumn: t.idColumn ? (0,quote/* quoteIdent */.v4)(t.idColumn) : undefined,
        keyedHash: ctx.keyedHash,
        pgcryptoSchema: ctx.pgcryptoSchema,
        serverMajor: ctx.serverMajor,
    };
    const alters = [];
    const sets = [];
    const columns = [];
    for (const m of t.columns) {
        const e = checkedExpression(m.column, m.strategy, ec, columns.length);
        if (e === undefined)
            continue;
        const col = (0,quote/* quoteIdent */.v4)(m.column.name);
        alters.push(`ALTER COLUMN ${col} TYPE ${m.column.type} USING ${e}`);
        sets.push(`${col} = ${e}`);
        columns.push(m.column.name);
    }
    if (!columns.length)
        return undefined;
    // ONLY on plain tables: inheritance children have their own rules; a partitioned parent reaches its partitions.
    const only = t.table.kind === 'r' ? 'ONLY ' : '';
    return {
        rewrite: `ALTER TABLE ${only}${quotedName(t.table)} ${alters.join(', ')}`,
        update: `UPDATE ${only}${quotedName(t.table)} SET ${sets.join(', ')}`,
        columns,
    };
}
/**
 * Mask every table on the fresh copy, before its indexes, constraints and triggers exist
 * (pg_restore's post-data section comes later): nothing to maintain, nothing fires.
 *
 * Each table is rewritten once with ALTER TABLE ... TYPE <same type> USING <masked value>: one
 * sequential pass into a new heap, the old file (with every production value) unlinked at commit,
 * no dead rows, no VACUUM. Where PostgreSQL refuses that (a view, rule, policy or generated column
 * depends on the column, or an inherited column), one UPDATE does it, followed by VACUUM FULL so
 * no original row version stays on disk.
 */
async function applyMasking(client, tables, opts) {
    const out = [];
    for (const t of tables) {
        const stmt = buildMaskStatements(t, opts);
        if (!stmt)
            continue;
        const name = qualifiedName(t.table);
        const rows = opts.rowCounts.get(name) ?? t.table.rowEstimate;
        const started = Date.now();
        let method = 'rewrite';
        await withEstimate(name, rows, t.table.bytes, opts, async () => {
            try {
                await client.query(stmt.rewrite);
            }
            catch (err) {
                if (!rewriteRefused(err))
                    throw err;
                method = 'update';
                opts.log(`masking ${name}: a table rewrite is not possible (${err.message}); using UPDATE, then VACUUM FULL`);
            }
        });
        if (method === 'update') {
            // The refused rewrite rolled back, its counts with it: what is counted now is the UPDATE's.
            let xid = '';
            await withGrowth(name, rows, t, opts, async () => {
                await client.query('BEGIN');
                try {
                    await client.query(stmt.update);
                    xid = (await client.query('SELECT backend_xid::text AS xid FROM pg_stat_activity WHERE pid = pg_backend_pid()')).rows[0].xid;
                    await client.query('COMMIT');
                }
                catch (err) {
                    await client.query('ROLLBACK').catch(() => undefined);
                    throw err;
                }
            });
            await purgeOriginalRows(client, { sql: quotedName(t.table), name }, xid, { log: opts.log, waitMs: opts.snapshotWaitMs });
        }
        const hits = await takeUnchangedCounts(client);
        const seconds = (Date.now() - started) / 1000;
        opts.log(`masking ${name}: done, ${rows.toLocaleString('en-US')} rows, ${stmt.columns.length} column(s) in ${seconds.toFixed(1)} s (${method})`);
        out.push({ table: name, columns: stmt.columns, rows, seconds, method, unchanged: new Map(stmt.columns.map((c, i) => [c, hits.get(i) ?? 0])) });
    }
    return out;
}
/** PostgreSQL's refusals of ALTER COLUMN TYPE on this table, as opposed to a failing value. */
function rewriteRefused(err) {
    const code = err.code ?? '';
    return code === '0A000' || code === '42P16' || code === '42809' || code === '2BP01' || code === '42P17';
}
/** Progress for a rewrite: PostgreSQL reports none, so estimate from the copy's measured rate. */
async function withEstimate(name, rows, bytes, opts, fn) {
    const expected = opts.bytesPerSecond && opts.bytesPerSecond > 0 ? bytes / opts.bytesPerSecond : undefined;
    const progress = new sync_progress/* Progress */.ke(`masking ${name} (rewrite, estimated from the copy rate)`, rows, 'rows', opts.log, opts.progressIntervalMs ?? 5000, true);
    const timer = expected
        ? setInterval(() => progress.update(Math.min(0.99, progress.elapsedSeconds() / expected) * rows), Math.min(1000, opts.progressIntervalMs ?? 5000))
        : undefined;
    try {
        await fn();
    }
    finally {
        if (timer)
            clearInterval(timer);
    }
}
/** Progress for an UPDATE: it appends a new version of each row, so heap growth is the fraction done. */
async function withGrowth(name, rows, t, opts, fn) {
    const progress = new sync_progress/* Progress */.ke(`masking ${name} (update)`, rows, 'rows', opts.log, opts.progressIntervalMs ?? 5000, true);
    const monitor = opts.monitor;
    let timer;
    let inFlight = Promise.resolve();
    if (monitor && t.table.kind === 'r') {
        const size = async () => Number((await monitor.query('SELECT pg_relation_size($1::regclass)::text AS s', [quotedName(t.table)])).rows[0].s);
        const base = await size();
        let busy = false;
        timer = setInterval(() => {
            if (busy || base === 0)
                return;
            busy = true;
            inFlight = size()
                .then((s) => progress.update(Math.min(rows, ((s - base) / base) * rows)))
                .catch(() => undefined)
                .finally(() => (busy = false));
        }, Math.min(1000, opts.progressIntervalMs ?? 5000));
    }
    try {
        await fn();
    }
    finally {
        if (timer)
            clearInterval(timer);
        // A size query still running holds a snapshot from before the UPDATE committed.
        await inFlight;
    }
}

;// CONCATENATED MODULE: ./src/sync/masking/strategy.ts
/** The YAML spelling of a strategy (config `sync.masking`), e.g. `prefix:masked_`. */
function strategyText(s) {
    if (s.kind === 'prefix')
        return `prefix:${s.value}`;
    if (s.kind === 'constant')
        return `constant:${s.value}`;
    return s.kind;
}
/** Strategies whose value is built from the row's primary key (`<id>`). */
function needsId(s) {
    return s.kind === 'email' || s.kind === 'name' || s.kind === 'prefix';
}
/** Strategies that produce text, so the column must be a string type. */
function needsText(s) {
    return s.kind === 'email' || s.kind === 'name' || s.kind === 'prefix' || s.kind === 'random-hash' || s.kind === 'keyed-hash';
}
/**
 * How verification proves a column masked: `distinct` = no value equal to any original value
 * remains; `constant`/`null` = every non-null value is the constant / no value remains; `none` for keep.
 */
function verifyMode(s) {
    if (s.kind === 'keep')
        return 'none';
    if (s.kind === 'constant')
        return 'constant';
    if (s.kind === 'null')
        return 'null';
    return 'distinct';
}

;// CONCATENATED MODULE: ./src/sync/masking/plan.ts


/** Tables a rule key names: `schema.table` or a bare table name in any schema. */
function findTables(cat, key) {
    const exact = cat.tables.filter((t) => qualifiedName(t) === key);
    if (exact.length)
        return exact;
    return cat.tables.filter((t) => t.name === key);
}
function suggest(names, wanted) {
    const lower = wanted.toLowerCase();
    const close = names.filter((n) => n.toLowerCase() === lower || n.toLowerCase().endsWith(`.${lower}`));
    return close.length ? ` (did you mean ${close.map((n) => `"${n}"`).join(', ')}? names are case-sensitive)` : '';
}
/**
 * Check the masking rules against the source catalog before anything is copied: every table and
 * column exists, the type suits the strategy, `<id>` has a single-column primary key, and so on.
 * All problems are collected, so one run lists them all.
 */
function resolveMaskingPlan(cat, rules, opts = {}) {
    const problems = [];
    const tables = [];
    const seen = new Set();
    for (const [key, columns] of Object.entries(rules)) {
        const found = findTables(cat, key);
        if (!found.length) {
            problems.push(`masking rule for table "${key}": no such table in the source database${suggest(cat.tables.map(qualifiedName), key)}`);
            continue;
        }
        if (found.length > 1) {
            problems.push(`masking rule for table "${key}" is ambiguous: ${found.map(qualifiedName).join(', ')} (write it schema-qualified, e.g. "${qualifiedName(found[0])}")`);
            continue;
        }
        const table = found[0];
        const qn = qualifiedName(table);
        if (seen.has(qn)) {
            problems.push(`table ${qn} has masking rules under two keys; keep one`);
            continue;
        }
        seen.add(qn);
        const pk = table.primaryKey.length === 1 ? table.primaryKey[0] : undefined;
        const masks = [];
        for (const [colName, strategy] of Object.entries(columns)) {
            const column = table.columns.find((c) => c.name === colName);
            const where = `masking rule ${key}.${colName} (${strategyText(strategy)})`;
            if (!column) {
                problems.push(`${where}: table ${qn} has no column "${colName}"${suggest(table.columns.map((c) => c.name), colName)}`);
                continue;
            }
            if (strategy.kind !== 'keep') {
                if (column.generated)
                    problems.push(`${where}: ${colName} is a generated column; mask the columns it is computed from`);
                else if (column.identity)
                    problems.push(`${where}: ${colName} is an identity column and cannot be masked`);
            }
            if (needsText(strategy) && column.category !== 'S') {
                problems.push(`${where}: column type ${column.type} is not text; use null, constant:<value> or keep for it`);
            }
            if (strategy.kind === 'null' && column.notNull) {
                problems.push(`${where}: ${colName} is NOT NULL; use constant:<value> instead`);
            }
            if (needsId(strategy) && !pk) {
                problems.push(`${where}: <id> needs a single-column primary key, and ${qn} has ${table.primaryKey.length ? `a ${table.primaryKey.length}-column one` : 'none'}; use random-hash, keyed-hash, constant:<value> or null`);
            }
            if (strategy.kind === 'keyed-hash' && !opts.salt) {
                problems.push(`${where}: keyed-hash needs masking-salt (a secret, e.g. \${{ secrets.MASKING_SALT }})`);
            }
            masks.push({ column, strategy });
        }
        tables.push({ table, ruleKey: key, columns: masks, idColumn: pk });
    }
    return { tables, problems };
}
/** Tables with at least one column to rewrite (not only `keep`). */
function tablesToMask(plan) {
    return plan.tables.filter((t) => t.columns.some((c) => c.strategy.kind !== 'keep'));
}
/**
 * `constant:<v>` must be a valid value of its column's type: try the CAST on the source (inside a
 * savepoint, so a bad value does not end the read-only snapshot transaction).
 */
async function checkConstants(client, plan) {
    const problems = [];
    for (const t of plan.tables) {
        for (const m of t.columns) {
            if (m.strategy.kind !== 'constant')
                continue;
            await client.query('SAVEPOINT mg_constant_check');
            try {
                await client.query(`SELECT CAST($1::text AS ${m.column.type})`, [m.strategy.value]);
                await client.query('RELEASE SAVEPOINT mg_constant_check');
            }
            catch (err) {
                await client.query('ROLLBACK TO SAVEPOINT mg_constant_check');
                problems.push(`masking rule ${t.ruleKey}.${m.column.name} (constant:${m.strategy.value}): not a valid ${m.column.type}: ${err.message}`);
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/sync/masking/prisma-models.ts


/** Remove `//` comments, leaving string literals (which may hold `//`) intact. */
function stripComments(text) {
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            out += ch;
            if (ch === '\\')
                out += text[++i] ?? '';
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"') {
            inString = true;
            out += ch;
        }
        else if (ch === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i++;
            out += '\n';
        }
        else
            out += ch;
    }
    return out;
}
/** The first string argument of `@attr("...")` / `@attr(name: "...")` in a line, if any. */
function attrString(line, attr) {
    const re = new RegExp(`${attr.replace(/@/g, '@')}\\(\\s*(?:name\\s*:\\s*)?"((?:[^"\\\\]|\\\\.)*)"`);
    const m = re.exec(line);
    return m ? m[1].replace(/\\(.)/g, '$1') : undefined;
}
/**
 * A small reader for what masking needs from schema.prisma: `model` blocks, their `@@map` and
 * `@@schema`, and each scalar or relation field's `@map`. Enums, views, types and the datasource
 * are skipped; anything it does not understand is ignored rather than guessed.
 */
function parsePrismaModels(text) {
    const models = [];
    const src = stripComments(text);
    const head = /(^|\n)\s*model\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/g;
    for (let m = head.exec(src); m; m = head.exec(src)) {
        // The block ends at the first `}` outside a string at depth 0 (attribute arguments hold no braces outside strings).
        let i = head.lastIndex;
        let depth = 1;
        let inString = false;
        for (; i < src.length && depth > 0; i++) {
            const ch = src[i];
            if (inString) {
                if (ch === '\\')
                    i++;
                else if (ch === '"')
                    inString = false;
            }
            else if (ch === '"')
                inString = true;
            else if (ch === '{')
                depth++;
            else if (ch === '}')
                depth--;
        }
        const body = src.slice(head.lastIndex, i - 1);
        head.lastIndex = i;
        const model = { name: m[2], table: m[2], schema: undefined, fields: [] };
        for (const raw of body.split('\n')) {
            const line = raw.trim();
            if (!line)
                continue;
            if (line.startsWith('@@')) {
                if (/^@@map\s*\(/.test(line))
                    model.table = attrString(line, '@@map') ?? model.table;
                else if (/^@@schema\s*\(/.test(line))
                    model.schema = attrString(line, '@@schema');
                continue;
            }
            const field = /^([A-Za-z_][A-Za-z0-9_]*)\s+[A-Za-z_]/.exec(line);
            if (!field)
                continue;
            const map = /(^|\s)@map\s*\(/.test(line) ? attrString(line.slice(line.search(/(^|\s)@map\s*\(/)), '@map') : undefined;
            model.fields.push({ name: field[1], column: map ?? field[1] });
        }
        models.push(model);
    }
    return models;
}
/** Every model of the given schema files or multi-file schema folders (missing paths are skipped). */
function readPrismaModels(paths) {
    const out = [];
    for (const p of paths) {
        if (!(0,external_node_fs_.existsSync)(p))
            continue;
        const files = (0,external_node_fs_.statSync)(p).isDirectory()
            ? (0,external_node_fs_.readdirSync)(p, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.prisma')).map((f) => external_node_path_default().join(p, f))
            : [p];
        for (const f of files)
            out.push(...parsePrismaModels((0,external_node_fs_.readFileSync)(f, 'utf8')));
    }
    return out;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
;// CONCATENATED MODULE: ./src/sync/masking/resolve-rules.ts





/** Tables of tools, not of users: never matched by the default rules. */
const BOOKKEEPING = new Set(['_prisma_migrations']);
/** `provider_id`, `providerId` and `ProviderID` are one name. */
function norm(name) {
    return name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}
/** True when the rules in force are the guide's defaults (no `sync.masking` in the config, or a copy of it). */
function isDefaultMasking(rules) {
    return (0,external_node_util_.isDeepStrictEqual)(rules, defaults/* DEFAULT_MASKING */.Lv);
}
/** The guide's columns, from the defaults: email, name, providerId, refreshToken, clientSecret. */
function guideColumns() {
    return Object.values(defaults/* DEFAULT_MASKING */.Lv).flatMap((cols) => Object.entries(cols).map(([field, strategy]) => ({ field, strategy })));
}
function modelOf(t, models) {
    return models.find((m) => m.table === t.name && (m.schema === undefined || m.schema === t.schema));
}
/**
 * The guide's defaults made to fit a real schema: every table's columns whose database name, or
 * whose Prisma field name (schema.prisma's `@map`/`@@map`, when the repository is checked out),
 * is one of the guide's (`email`, `name`, `providerId`, `refreshToken`, `clientSecret`, in any
 * case or with underscores) get the guide's strategy. A strategy that builds on the row id falls
 * back to random-hash where the table has no single-column primary key; a column that is not text
 * is left to the PII guard, which names it.
 */
function resolveDefaultRules(cat, models) {
    const defaults = guideColumns();
    const rules = {};
    for (const t of cat.tables) {
        if (t.isPartition || BOOKKEEPING.has(t.name))
            continue;
        const model = modelOf(t, models);
        for (const c of t.columns) {
            if (c.generated || c.identity || c.category !== 'S')
                continue;
            const names = [c.name, ...(model?.fields.filter((f) => f.column === c.name).map((f) => f.name) ?? [])];
            const d = defaults.find((x) => names.some((n) => norm(n) === norm(x.field)));
            if (!d)
                continue;
            const strategy = needsId(d.strategy) && t.primaryKey.length !== 1 ? { kind: 'random-hash' } : d.strategy;
            (rules[qualifiedName(t)] ??= {})[c.name] = strategy;
        }
    }
    return rules;
}
/**
 * Config rules may name a table and its columns, or a Prisma model and its fields: a key that is
 * no table but a model becomes the model's table (`@@map`, `@@schema`), a column name that is no
 * column but a field of the table's model becomes the field's column (`@map`). Anything else is
 * passed on unchanged, for resolveMaskingPlan to report.
 */
function resolveConfigRules(cat, rules, models) {
    const out = {};
    for (const [key, cols] of Object.entries(rules)) {
        let tableKey = key;
        let tables = findTables(cat, key);
        let model;
        if (!tables.length) {
            model = models.find((m) => m.name === key);
            if (model) {
                tableKey = model.schema ? `${model.schema}.${model.table}` : model.table;
                tables = findTables(cat, tableKey);
                if (!tables.length)
                    tableKey = key;
            }
        }
        if (tables.length === 1)
            model ??= modelOf(tables[0], models);
        const table = tables.length === 1 ? tables[0] : undefined;
        const mapped = {};
        for (const [col, strategy] of Object.entries(cols)) {
            const isColumn = table?.columns.some((c) => c.name === col);
            const field = !isColumn ? model?.fields.find((f) => f.name === col) : undefined;
            mapped[field ? field.column : col] = strategy;
        }
        out[tableKey] = { ...(out[tableKey] ?? {}), ...mapped };
    }
    return out;
}
/** The rules in force on this source database: the guide's defaults fitted to it, or the config's rules resolved. */
function resolveRules(cat, rules, models) {
    if (isDefaultMasking(rules))
        return { rules: resolveDefaultRules(cat, models), defaults: true };
    return { rules: resolveConfigRules(cat, rules, models), defaults: false };
}

// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(62986);
;// CONCATENATED MODULE: ./src/sync/names.ts

/** PostgreSQL truncates identifiers to 63 bytes; our suffixes must survive whole. */
const MAX_IDENTIFIER_BYTES = 63;
const STAMP_RE = /^\d{14}$/;
/** UTC `yyyymmddhhmmss`. */
function timestamp(d) {
    return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
function addSeconds(stamp, seconds) {
    const d = new Date(Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(8, 10), +stamp.slice(10, 12), +stamp.slice(12, 14)));
    return timestamp(new Date(d.getTime() + seconds * 1000));
}
/** The half-made copy: `<staging>_sync_<stamp>`. */
function syncCopyName(staging, stamp) {
    return `${staging}_sync_${stamp}`;
}
/** The previous staging, set aside: `<staging>_old_<stamp>`. */
function oldCopyName(staging, stamp) {
    return `${staging}_old_${stamp}`;
}
/** Stamp of `name` when it is `<staging>_<kind>_<14 digits>`, else undefined. */
function copyStamp(staging, kind, name) {
    const prefix = `${staging}_${kind}_`;
    if (!name.startsWith(prefix))
        return undefined;
    const stamp = name.slice(prefix.length);
    return STAMP_RE.test(stamp) ? stamp : undefined;
}
/** Refuse a staging name too long for its `_sync_<stamp>` sibling (PostgreSQL would truncate it). */
function assertNameFits(staging) {
    const longest = Buffer.byteLength(syncCopyName(staging, '00000000000000'));
    if (longest > MAX_IDENTIFIER_BYTES) {
        throw new errors/* UserError */.y(`the staging database name "${staging}" is too long for a sync`, {
            why: `the sync builds the copy as ${staging}_sync_<yyyymmddhhmmss> (${longest} bytes), over PostgreSQL's ${MAX_IDENTIFIER_BYTES}-byte identifier limit`,
            next: `use a staging database name of at most ${MAX_IDENTIFIER_BYTES - 20} bytes`,
        });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/sync/pii.ts




/**
 * Column names that look personal or secret. Whole-word checks for short words (`name`, `ip`,
 * `ssn`) so `filename` or `zip` do not count; substrings for unambiguous ones.
 */
const SUBSTRINGS = ['email', 'e_mail', 'phone', 'mobile', 'address', 'token', 'secret', 'password', 'passwd', 'birth', 'username', 'firstname', 'lastname', 'fullname', 'surname', 'iban', 'credit_card', 'creditcard', 'apikey', 'api_key', 'privatekey', 'private_key'];
const WORDS = ['name', 'ip', 'ssn', 'dob', 'tel', 'salt', 'otp'];
/** `clientSecret` -> [client, secret]; `ip_address` -> [ip, address]. */
function nameWords(column) {
    return column
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
function looksPersonal(column, extraPatterns = []) {
    const lower = column.toLowerCase();
    if (SUBSTRINGS.some((s) => lower.includes(s)))
        return true;
    const words = nameWords(column);
    if (words.some((w) => WORDS.includes(w)))
        return true;
    return extraPatterns.some((p) => new RegExp(p, 'i').test(column));
}
/** A sensible first rule for a column, by its name and type; the user reviews it before pasting. */
function suggestStrategy(table, column) {
    const hasId = table.primaryKey.length === 1;
    const lower = column.name.toLowerCase();
    if (column.category !== 'S')
        return column.notNull ? { kind: 'constant', value: defaultConstant(column) } : { kind: 'null' };
    if (lower.includes('email') && hasId)
        return { kind: 'email' };
    if (/name/.test(lower) && hasId)
        return { kind: 'name' };
    if (/(phone|mobile|tel)/.test(lower) && hasId)
        return { kind: 'prefix', value: '+1555' };
    if (/address/.test(lower) && !/ip/.test(lower))
        return column.notNull ? { kind: 'constant', value: '1 Test Street' } : { kind: 'null' };
    return { kind: 'random-hash' };
}
function defaultConstant(c) {
    if (/^date|^timestamp/.test(c.type))
        return '2000-01-01';
    if (c.type === 'inet' || c.type === 'cidr')
        return '127.0.0.1';
    if (c.type === 'boolean')
        return 'false';
    if (c.category === 'N')
        return '0';
    return '0';
}
/** Tables of tools, not of users (`migration_name` is not a person's name). */
const pii_BOOKKEEPING = new Set(['_prisma_migrations']);
/** Columns that look personal and have no masking rule (not even `keep`). */
function findUnmaskedPii(cat, rules, extraPatterns) {
    const covered = new Set();
    for (const [key, cols] of Object.entries(rules)) {
        for (const t of findTables(cat, key))
            for (const c of Object.keys(cols))
                covered.add(`${qualifiedName(t)}\u0000${c}`);
    }
    const out = [];
    // Partitions carry their parent's columns and rules; Prisma's bookkeeping holds no personal data.
    for (const t of cat.tables.filter((x) => !x.isPartition && !pii_BOOKKEEPING.has(x.name))) {
        for (const c of t.columns) {
            if (c.generated || covered.has(`${qualifiedName(t)}\u0000${c.name}`))
                continue;
            if (looksPersonal(c.name, extraPatterns))
                out.push({ table: t, column: c, suggestion: suggestStrategy(t, c) });
        }
    }
    return out;
}
/**
 * A complete `sync.masking` block: the rules in force plus a suggestion for each uncovered column.
 * Complete because a `masking:` key in the config replaces the defaults rather than adding to them.
 */
function maskingSnippet(cat, rules, missing) {
    const masking = {};
    for (const [key, cols] of Object.entries(rules)) {
        masking[key] = Object.fromEntries(Object.entries(cols).map(([c, s]) => [c, strategyText(s)]));
    }
    for (const m of missing) {
        const bare = cat.tables.filter((t) => t.name === m.table.name).length === 1 && !Object.keys(rules).includes(qualifiedName(m.table));
        const key = Object.keys(rules).find((k) => findTables(cat, k).some((t) => t.oid === m.table.oid)) ?? (bare ? m.table.name : qualifiedName(m.table));
        masking[key] = { ...(masking[key] ?? {}), [m.column.name]: strategyText(m.suggestion) };
    }
    return (0,dist/* stringify */.As)({ sync: { masking } });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/process/cancel.ts
var cancel = __webpack_require__(79507);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/sync/pipe.ts







class PipeError extends Error {
    side;
    code;
    stderr;
    constructor(side, code, stderr) {
        super(`${side === 'dump' ? 'pg_dump' : 'pg_restore'} failed (exit ${code ?? 'signal'}): ${lastLines(stderr)}`);
        this.side = side;
        this.code = code;
        this.stderr = stderr;
        this.name = 'PipeError';
    }
}
function lastLines(text) {
    return (0,redact/* redact */.E$)(toolErrorSummary(text)) || 'no error output';
}
/** Keep only the tail of a child's stderr: enough to explain a failure, bounded in memory. */
function stderrTail(child, max = 64 * 1024) {
    let text = '';
    child.stderr.on('data', (c) => {
        text += c.toString('utf8');
        if (text.length > max)
            text = text.slice(-max);
    });
    return () => text;
}
function exited(child) {
    return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
            resolve(child.exitCode);
        else {
            child.once('close', (code) => resolve(code));
            child.once('error', () => resolve(null));
        }
    });
}
/**
 * Stream one child's stdout into another's stdin (`pg_dump -Fc | pg_restore` without a shell),
 * counting bytes and hashing them on the way. Backpressure holds memory to a few buffers. If either
 * side fails, the other is stopped and the error names the side and its last stderr lines.
 */
async function pipeChildren(dumpSpec, restoreSpec, onBytes) {
    const started = Date.now();
    const dump = (0,external_node_child_process_.spawn)(dumpSpec.command, dumpSpec.args, { env: dumpSpec.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const restore = (0,external_node_child_process_.spawn)(restoreSpec.command, restoreSpec.args, { env: restoreSpec.env, stdio: ['pipe', 'ignore', 'pipe'], shell: false });
    // Cancelled: both get the signal and are waited for; the copy database is the caller's to drop.
    const offCancel = (0,cancel/* onCancel */.A)(async (sig) => {
        await Promise.all([(0,cancel/* stopChild */.D)(dump, sig), (0,cancel/* stopChild */.D)(restore, sig)]);
    });
    const dumpErr = stderrTail(dump);
    const restoreErr = stderrTail(restore);
    const spawnError = new Promise((_, reject) => {
        dump.once('error', (e) => reject(new Error(`cannot start pg_dump (${dumpSpec.command}): ${e.message}`)));
        restore.once('error', (e) => reject(new Error(`cannot start pg_restore (${restoreSpec.command}): ${e.message}`)));
    });
    spawnError.catch(() => undefined);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            bytes += chunk.length;
            hash.update(chunk);
            onBytes?.(bytes);
            cb(null, chunk);
        },
    });
    const dumpExit = exited(dump);
    const restoreExit = exited(restore);
    let streamError;
    let stoppedDump = false;
    try {
        await Promise.race([(0,promises_.pipeline)(dump.stdout, counter, restore.stdin), spawnError]);
    }
    catch (err) {
        streamError = err;
        // The restore side broke the pipe (or a program did not start): stop the dump too.
        stoppedDump = dump.exitCode === null;
        dump.kill('SIGTERM');
        restore.stdin.destroy();
    }
    const [dumpCode, restoreCode] = await Promise.all([dumpExit, restoreExit]);
    offCancel();
    // A dump that failed on its own is the cause (the restore then only saw a truncated archive).
    if (dumpCode !== 0 && !stoppedDump && !(streamError instanceof Error && /cannot start pg_restore/.test(streamError.message))) {
        if (streamError instanceof Error && /cannot start pg_dump/.test(streamError.message))
            throw streamError;
        restore.kill('SIGTERM');
        throw new PipeError('dump', dumpCode, dumpErr());
    }
    if (streamError instanceof Error && /cannot start/.test(streamError.message))
        throw streamError;
    if (restoreCode !== 0)
        throw new PipeError('restore', restoreCode, restoreErr());
    if (dumpCode !== 0)
        throw new PipeError('dump', dumpCode, dumpErr());
    if (streamError)
        throw streamError;
    return { bytes, sha256: hash.digest('hex'), seconds: (Date.now() - started) / 1000 };
}

;// CONCATENATED MODULE: ./src/sync/source.ts

/**
 * The production side, read-only twice over: a session with default_transaction_read_only and a
 * REPEATABLE READ READ ONLY transaction whose snapshot is exported. pg_dump imports that snapshot
 * (`--snapshot`), so the catalog read up front, the exact row counts and both dumps all see the
 * same instant of production: counts compare exactly even while production keeps writing.
 */
class SourceSession {
    client;
    snapshot;
    closed = false;
    constructor(client, snapshot) {
        this.client = client;
        this.snapshot = snapshot;
    }
    static async open(target) {
        const client = await (0,connect/* connect */.Ng)(target, { readOnly: true, applicationName: 'migration-gates sync (read-only source)' });
        try {
            await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
            const r = await client.query('SELECT pg_export_snapshot() AS id');
            return new SourceSession(client, r.rows[0].id);
        }
        catch (err) {
            await client.end().catch(() => undefined);
            throw err;
        }
    }
    /** End the snapshot transaction and the session (the snapshot holds back VACUUM on production). */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.client.query('ROLLBACK').catch(() => undefined);
        await this.client.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/sync/swap.ts



/**
 * Put the masked copy in staging's place. ALTER DATABASE ... RENAME cannot run in a transaction
 * block, so this is two statements with a window between them: staging is closed to new
 * connections, its sessions ended, set aside, and then the copy renamed. If the second rename
 * fails, the first is undone, so the staging name ends on the old data, never on nothing and
 * never on unmasked data (the copy is masked and verified before this runs).
 */
async function swapIntoPlace(admin, names, log, hooks = {}) {
    let oldDatabase;
    let terminated = 0;
    if (await databaseExists(admin, names.staging)) {
        await setAllowConnections(admin, names.staging, false);
        try {
            terminated = await terminateConnections(admin, names.staging);
            log(`swap: terminating ${terminated} connection(s) to ${names.staging} (closed to new connections for the swap)`);
            await renameWithRetry(admin, names.staging, names.old);
        }
        catch (err) {
            await setAllowConnections(admin, names.staging, true).catch(() => undefined);
            throw err;
        }
        await setAllowConnections(admin, names.old, true);
        oldDatabase = names.old;
        log(`swap: ${names.staging} set aside as ${names.old}`);
    }
    try {
        await hooks.betweenRenames?.(names);
        await renameDatabase(admin, names.fresh, names.staging);
    }
    catch (err) {
        if (oldDatabase)
            await restoreOld(admin, oldDatabase, names.staging, err, log);
        throw err;
    }
    log(`swap: ${names.fresh} is now ${names.staging}`);
    return { oldDatabase, terminated };
}
/** A terminated backend takes a moment to exit; RENAME refuses while any session remains. */
async function renameWithRetry(admin, from, to, attempts = 5) {
    for (let i = 1;; i++) {
        try {
            await renameDatabase(admin, from, to);
            return;
        }
        catch (err) {
            if (i >= attempts || !/being accessed by other users/.test(err.message))
                throw err;
            await terminateConnections(admin, from);
            await new Promise((r) => setTimeout(r, 200 * i));
        }
    }
}
async function restoreOld(admin, old, staging, cause, log) {
    try {
        await renameWithRetry(admin, old, staging);
        log(`swap failed (${cause.message}); ${old} renamed back to ${staging}: staging is unchanged`);
    }
    catch (err) {
        throw new errors/* UserError */.y(`the swap failed and ${old} could not be renamed back to ${staging}: ${err.message}`, {
            why: `the first rename had set the previous staging aside as ${old}; the second failed: ${cause.message}`,
            next: `psql -d postgres -c 'ALTER DATABASE ${(0,quote/* quoteIdent */.v4)(old)} RENAME TO ${(0,quote/* quoteIdent */.v4)(staging)}'`,
            cause: err,
        });
    }
}

;// CONCATENATED MODULE: ./src/sync/verify.ts



/**
 * Proof of masking, in the database, every row: for value-changing strategies the masking
 * statement itself compares each row's new value with its original (the production value, in the
 * copy) and counts the rows where they are equal (masking/expression.ts checkedExpression), so no
 * production data leaves the staging server and nothing crosses servers. `constant:` and `null`
 * columns are then scanned: every non-null value must be the constant, no value may remain.
 */
async function checkMasked(client, tables, masked) {
    const out = [];
    const byTable = new Map(masked.map((m) => [m.table, m]));
    for (const t of tables) {
        const name = qualifiedName(t.table);
        const only = t.table.kind === 'r' ? 'ONLY ' : '';
        for (const m of t.columns) {
            const mode = verifyMode(m.strategy);
            if (mode === 'none')
                continue;
            const col = (0,quote/* quoteIdent */.v4)(m.column.name);
            let remaining;
            if (mode === 'distinct')
                remaining = byTable.get(name)?.unchanged.get(m.column.name) ?? 0;
            else if (m.strategy.kind === 'constant') {
                const r = await client.query(`SELECT count(*)::int8 AS n FROM ${only}${quotedName(t.table)} WHERE ${col} IS NOT NULL AND ${col} IS DISTINCT FROM CAST($1::text AS ${m.column.type})`, [m.strategy.value]);
                remaining = Number(r.rows[0].n);
            }
            else {
                const r = await client.query(`SELECT count(*)::int8 AS n FROM ${only}${quotedName(t.table)} WHERE ${col} IS NOT NULL`);
                remaining = Number(r.rows[0].n);
            }
            out.push({ table: name, column: m.column.name, strategy: m.strategy.kind, remaining });
        }
    }
    return out;
}
async function compareCounts(client, tables, sourceCounts) {
    const target = await exactCounts(client, tables);
    return tables.map((t) => ({ table: qualifiedName(t), sourceRows: sourceCounts.get(qualifiedName(t)) ?? -1, targetRows: target.get(qualifiedName(t)) ?? -1 }));
}
/**
 * Every primary-key, unique, foreign-key, check and exclusion constraint of the source exists in
 * the copy and is validated (PostgreSQL enforced it while pg_restore built it, on masked data);
 * every index is valid.
 */
function checkConstraints(source, target) {
    const problems = [];
    const key = (c) => `${c.table}\u0000${c.name}`;
    const have = new Map(target.constraints.map((c) => [key(c), c]));
    for (const c of source.constraints) {
        const t = have.get(key(c));
        if (!t)
            problems.push(`constraint ${c.name} on ${c.table} is missing from the copy`);
        else if (c.validated && !t.validated)
            problems.push(`constraint ${c.name} on ${c.table} is not validated in the copy`);
    }
    const idx = new Set(target.indexes.map(key));
    for (const i of source.indexes)
        if (!idx.has(key(i)))
            problems.push(`index ${i.name} on ${i.table} is missing from the copy`);
    for (const i of target.indexes)
        if (!i.valid)
            problems.push(`index ${i.name} on ${i.table} is invalid in the copy`);
    return problems;
}

;// CONCATENATED MODULE: ./src/sync/run.ts





























/**
 * The guide's "Data Synchronization": production -> staging, masked and verified.
 *
 * Guards (nothing is touched until they pass): target is not the source, not production; masking
 * rules fit the source catalog; no personal-looking column without a rule (strict). Then: back up
 * staging, stream `pg_dump | pg_restore` (schema and data, no indexes yet) into
 * `<staging>_sync_<stamp>`, mask with one UPDATE per table, prove no original value remains,
 * build indexes and constraints (so unique constraints are checked on masked data), compare exact
 * row counts, swap names, drop old copies beyond keep-old. Any failure drops the copy and leaves
 * staging as it was.
 */
async function runSync(opts) {
    const log = opts.log ?? (() => undefined);
    const source = (0,url/* parseDatabaseUrl */.mx)(opts.sourceUrl, 'source-database-url');
    const target = (0,url/* parseDatabaseUrl */.mx)(opts.targetUrl, 'target-database-url');
    if (opts.maskingSalt)
        (0,redact/* registerSecret */.cl)(opts.maskingSalt);
    const config = opts.config;
    const keepOld = opts.keepOld ?? config.sync.keepOld;
    if (!Number.isInteger(keepOld) || keepOld < 0) {
        throw new errors/* UserError */.y(`keep-old is ${keepOld}`, { why: 'expected a whole number of old staging copies to keep (0 or more)', next: 'set keep-old: 1' });
    }
    const strict = opts.strict ?? config.sync.strict;
    const staging = target.database;
    assertNameFits(staging);
    const stamp = timestamp((opts.now ?? (() => new Date()))());
    const result = {
        status: 'refused',
        findings: [],
        source: (0,url/* describeTarget */.ff)(source),
        target: (0,url/* describeTarget */.ff)(target),
        staging,
        copy: syncCopyName(staging, stamp),
        dropped: [],
        strays: [],
        keepOld,
        plan: [],
        tables: [],
        unmasked: [],
        unmaskedPii: [],
        timings: {},
    };
    const timed = async (step, fn) => {
        const t0 = Date.now();
        try {
            return await fn();
        }
        finally {
            result.timings[step] = (Date.now() - t0) / 1000;
        }
    };
    // Config and URL guards first: a production or same-URL target is refused before any connection.
    result.findings.push(...checkNotProduction(config, target));
    if ((0,url/* sameDatabase */.KX)(source, target))
        result.findings.push(sameDatabaseFinding(source, target, 'both URLs name the same host, port and database'));
    if (hasErrors(result.findings))
        return result;
    log(`sync: ${result.source} (read-only) -> ${result.target}${opts.dryRun ? ' (dry run)' : ''}`);
    const src = await SourceSession.open(source);
    let admin;
    let locked = false;
    try {
        admin = await connectMaintenance(target, opts.maintenanceDatabase);
        // Who the URLs really reach: a proxy, alias or port forward can make two URLs one database.
        const sourceId = await readServerIdentity(src.client);
        const adminId = await readServerIdentity(admin);
        // The target itself when it exists (a pooler alias reports its real database); else its server.
        const targetId = await (0,connect/* withClient */.SV)(target, readServerIdentity, { applicationName: 'migration-gates sync (identity)', connectTimeoutSeconds: 10 }).catch(() => ({ ...adminId, database: staging }));
        const same = checkNotSameDatabase(source, target, sourceId, targetId);
        if (same)
            result.findings.push(same);
        else
            result.findings.push(...checkNotProductionName(source, target));
        if (hasErrors(result.findings))
            return result;
        const catalog = await timed('catalog', () => readCatalog(src.client));
        // The guide's defaults are fitted to this database (its table and column names, through
        // schema.prisma when the repository is here); config rules may name models and fields.
        const resolved = resolveRules(catalog, config.sync.masking, opts.repoRoot ? prismaModels(opts.repoRoot, config) : []);
        const rules = resolved.rules;
        if (resolved.defaults)
            log(`sync: no sync.masking in the config: the guide's defaults matched ${Object.values(rules).reduce((a, c) => a + Object.keys(c).length, 0)} column(s): ${Object.entries(rules).flatMap(([t, cols]) => Object.keys(cols).map((c) => `${t}.${c}`)).join(', ') || 'none'}`);
        const plan = resolveMaskingPlan(catalog, rules, { salt: opts.maskingSalt });
        plan.problems.push(...(await checkConstants(src.client, plan)));
        if (plan.problems.length)
            throw rulesError(plan.problems, config.file);
        result.plan = describePlan(catalog, plan);
        const pii = findUnmaskedPii(catalog, rules, config.sync.piiPatterns);
        result.unmaskedPii = pii.map((p) => ({ table: qualifiedName(p.table), column: p.column.name, type: p.column.type, suggestion: strategyText(p.suggestion) }));
        if (pii.length) {
            result.piiSnippet = maskingSnippet(catalog, rules, pii);
            result.findings.push(...pii.map((p) => ({
                rule: SYNC_RULES.pii,
                severity: strict ? 'error' : 'warning',
                table: qualifiedName(p.table),
                message: `column ${qualifiedName(p.table)}.${p.column.name} (${p.column.type}) looks personal or secret and has no masking rule`,
                why: 'staging is read by more people and tools than production; unmasked personal data there is a leak',
                fix: `add a rule under sync.masking (suggested: ${p.table.name}.${p.column.name}: ${strategyText(p.suggestion)}), or "keep" if it is not personal; the summary has a ready-to-paste block`,
            })));
        }
        const targetMajor = await (0,connect/* serverMajorVersion */.bp)(admin);
        const tools = await (0,client_tools/* findClientTools */.Mt)(Math.max(catalog.serverMajor, targetMajor), opts.searchPath ? { searchPath: opts.searchPath } : {});
        log(`sync: ${catalog.tables.length} table(s), ${(0,sync_progress/* formatBytes */.z3)(sum(catalog.tables.map((t) => t.bytes)))} of table data; pg_dump/pg_restore ${tools.version}`);
        const existing = await listDatabases(admin);
        const stagingExists = existing.includes(staging);
        const olds = existing.map((d) => ({ d, s: copyStamp(staging, 'old', d) })).filter((x) => x.s).sort((a, b) => b.s.localeCompare(a.s)).map((x) => x.d);
        result.strays = existing.filter((d) => copyStamp(staging, 'sync', d));
        if (hasErrors(result.findings))
            return result;
        if (opts.dryRun) {
            result.status = 'dry-run';
            result.oldDatabase = stagingExists ? oldCopyName(staging, stamp) : undefined;
            const after = [...(stagingExists ? [oldCopyName(staging, stamp)] : []), ...olds];
            result.dropped = after.slice(keepOld);
            log(`dry run: would copy ${result.plan.length} table(s) into ${result.copy}, mask ${sum(result.plan.map((p) => p.masked.length))} column(s), then swap it in as ${staging}`);
            return result;
        }
        if (!(await tryLockSync(admin, staging))) {
            throw new errors/* UserError */.y(`another sync into ${staging} is running on this server`, {
                why: 'two syncs would race to rename the same database',
                next: 'wait for it to finish (see its workflow run), then run this sync again',
            });
        }
        locked = true;
        await recoverAndClean(admin, staging, stagingExists, olds, result, targetMajor, log);
        await syncInto({ src, admin, source, target, catalog, plan, tools, targetMajor, stamp, result, opts, log, timed });
        result.dropped = await dropOldCopies(admin, staging, keepOld, targetMajor, log);
        return result;
    }
    finally {
        if (admin && locked)
            await unlockSync(admin, staging).catch(() => undefined);
        await admin?.end().catch(() => undefined);
        await src.close();
    }
}
/** Build, mask, verify and swap in the copy; on any failure drop it and leave staging untouched. */
async function syncInto(x) {
    const { admin, target, catalog, plan, tools, result, opts, log, timed } = x;
    const staging = target.database;
    const interval = opts.progressIntervalMs ?? 5000;
    if (await databaseExists(admin, staging)) {
        if (opts.backup !== false) {
            const directory = opts.backupDirectory ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'migration-gates-staging-backups');
            const environment = opts.config.environments.find((e) => e.database === staging)?.name ?? 'staging';
            const b = await timed('backup', () => (0,create/* createBackup */.dB)({ databaseUrl: target.url, environment, directory, verify: true, onProgress: log, progressIntervalMs: interval, searchPath: opts.searchPath }));
            result.backup = { dumpPath: b.dumpPath, manifestPath: b.manifestPath, sizeBytes: b.manifest.sizeBytes, sha256: b.manifest.sha256 };
            log(`backup of ${staging}: ${b.dumpPath} (${(0,sync_progress/* formatBytes */.z3)(b.manifest.sizeBytes)})`);
        }
        else
            log(`backup of ${staging} skipped (backup: false)`);
    }
    const copy = (result.copy = await freeName(admin, (s) => syncCopyName(staging, s), x.stamp));
    const copyTarget = (0,url/* withDatabase */.kR)(target, copy);
    const tmp = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'mg-sync-'));
    let step = 'creating the copy';
    let created = false;
    const clients = [];
    try {
        await createDatabase(admin, copy, catalog.encoding);
        created = true;
        log(`sync: created ${copy} (closed to other roles until it is masked)`);
        // Source side, all in the one exported snapshot: counts and the post-data DDL run beside the copy.
        step = 'copying production (pg_dump | pg_restore)';
        const leaves = leafTables(catalog);
        const counting = timed('count-source', () => exactCounts(x.src.client, leaves));
        const postDataFile = external_node_path_default().join(tmp, 'post-data.dump');
        const postDump = dumpSpec(tools, x.source, x.src.snapshot, ['post-data'], postDataFile);
        const postDumping = (0,run/* run */.e)(postDump.command, postDump.args, { env: postDump.env });
        const estimate = sum(leaves.map((t) => t.bytes));
        const progress = new sync_progress/* Progress */.ke('copy (pg_dump | pg_restore)', estimate, 'bytes', log, interval, true);
        result.transfer = await timed('copy', () => pipeChildren(dumpSpec(tools, x.source, x.src.snapshot, ['pre-data', 'data']), restoreSpec(tools, copyTarget), (b) => progress.update(b)));
        progress.finish(result.transfer.bytes);
        const sourceCounts = await counting;
        const pd = await postDumping;
        if (pd.code !== 0)
            throw new errors/* UserError */.y(`pg_dump of the indexes and constraints failed: ${toolErrorSummary(pd.stderr)}`);
        await x.src.close(); // production is no longer needed: release its snapshot
        await opts.hooks?.afterLoad?.(copy);
        step = 'masking';
        const c = await (0,connect/* connect */.Ng)(copyTarget, { applicationName: 'migration-gates sync (masking)' });
        clients.push(c);
        // The copy is thrown away on failure, so commits need not wait for the disk; JIT only costs
        // start-up time on these simple expressions.
        await c.query(`SET synchronous_commit = off${x.targetMajor >= 11 ? '; SET jit = off' : ''}`);
        const monitor = await (0,connect/* connect */.Ng)(copyTarget, { applicationName: 'migration-gates sync (progress)' });
        clients.push(monitor);
        const toMask = tablesToMask(plan);
        const method = opts.keyedHashMethod ?? chooseKeyedHashMethod(x.targetMajor, await hasExtension(c, 'pgcrypto'));
        if (plan.tables.some((t) => t.columns.some((m) => m.strategy.kind === 'keyed-hash'))) {
            result.keyedHashMethod = method;
            log(`keyed-hash: ${method}`);
        }
        const pgcryptoSchema = method === 'pgcrypto-hmac' ? await extensionSchema(c, 'pgcrypto') : undefined;
        await prepareMaskingSession(c, opts.maskingSalt, method);
        const copyRate = result.transfer.seconds > 0 ? result.transfer.bytes / result.transfer.seconds : undefined;
        const masked = await timed('mask', () => applyMasking(c, toMask, {
            keyedHash: method,
            pgcryptoSchema,
            serverMajor: x.targetMajor,
            log,
            progressIntervalMs: interval,
            rowCounts: sourceCounts,
            bytesPerSecond: copyRate,
            monitor,
        }));
        step = 'verifying the masking';
        result.unmasked = await timed('verify-masking', () => checkMasked(c, toMask, masked));
        for (const u of result.unmasked.filter((v) => v.remaining > 0)) {
            result.findings.push({
                rule: SYNC_RULES.unmasked,
                severity: 'error',
                table: u.table,
                message: `${u.remaining} row(s) of ${u.table}.${u.column} still hold a production value after masking (${u.strategy})`,
                why: 'a masked column must not keep any production value',
                fix: 'choose a strategy that changes every value (email, name, prefix, random-hash, keyed-hash)',
            });
        }
        if (hasErrors(result.findings))
            return await abandon('verification-failed');
        await monitor.end();
        clients.splice(clients.indexOf(monitor), 1);
        step = 'building indexes and constraints on the masked data';
        const post = restoreSpec(tools, copyTarget, { file: postDataFile, jobs: opts.restoreJobs ?? 2 });
        const pr = await timed('indexes', () => (0,run/* run */.e)(post.command, post.args, { env: post.env }));
        if (pr.code !== 0) {
            throw new errors/* UserError */.y(`pg_restore of the indexes and constraints failed: ${toolErrorSummary(pr.stderr)}`, {
                why: 'a unique constraint on a masked column fails when the masking gives rows equal values (constant:, or a rule without <id>)',
                next: 'give unique columns a strategy that keeps values distinct (email, name, prefix:<p>, keyed-hash), then run the sync again',
            });
        }
        await timed('analyze', () => c.query('ANALYZE'));
        step = 'verifying the copy';
        const counts = await timed('count-copy', () => compareCounts(c, leaves, sourceCounts));
        const maskedBy = new Map(toMask.map((t) => [qualifiedName(t.table), t.columns.filter((m) => m.strategy.kind !== 'keep').map((m) => m.column.name)]));
        result.tables = counts.map((k) => ({ table: k.table, sourceRows: k.sourceRows, stagingRows: k.targetRows, maskedColumns: maskedBy.get(k.table) ?? [] }));
        for (const k of counts.filter((v) => v.sourceRows !== v.targetRows)) {
            result.findings.push({
                rule: SYNC_RULES.counts,
                severity: 'error',
                table: k.table,
                message: `${k.table}: ${k.targetRows} row(s) in the copy, ${k.sourceRows} in production (same snapshot)`,
                why: 'the copy is incomplete',
                fix: 'check the pg_restore output above, then run the sync again',
            });
        }
        const problems = checkConstraints(catalog, await readCatalog(c));
        for (const p of problems)
            result.findings.push({ rule: SYNC_RULES.constraints, severity: 'error', message: p, why: 'the copy must enforce what production enforces', fix: 'check the pg_restore output above, then run the sync again' });
        if (hasErrors(result.findings))
            return await abandon('verification-failed');
        await closeAll();
        step = 'swapping the copy in';
        await copyDatabaseAcl(admin, (await databaseExists(admin, staging)) ? staging : undefined, copy);
        const oldName = await freeName(admin, (s) => oldCopyName(staging, s), x.stamp);
        const swap = await timed('swap', () => swapIntoPlace(admin, { staging, fresh: copy, old: oldName }, log, opts.hooks));
        created = false;
        result.oldDatabase = swap.oldDatabase;
        result.terminatedConnections = swap.terminated;
        result.status = 'synced';
    }
    catch (err) {
        await closeAll();
        const hadCopy = created;
        if (created)
            await dropCopy();
        const unchanged = `${staging} is unchanged${hadCopy ? ` and the half-made copy ${copy} was dropped` : ''}`;
        if (err instanceof errors/* UserError */.y) {
            throw new errors/* UserError */.y(`sync failed while ${step}: ${err.message}`, { why: `${err.why ? `${err.why}; ` : ''}${unchanged}`, next: err.next ?? rerun(), cause: err });
        }
        throw new errors/* UserError */.y(`sync failed while ${step}: ${err.message}`, {
            why: unchanged,
            next: rerun(),
            cause: err,
        });
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
    async function closeAll() {
        for (const c of clients.splice(0))
            await c.end().catch(() => undefined);
    }
    async function dropCopy() {
        await dropDatabase(admin, copy, x.targetMajor).catch((e) => log(`could not drop ${copy}: ${e.message} (drop it by hand: DROP DATABASE "${copy}")`));
        created = false;
        log(`sync: dropped the half-made copy ${copy}; ${staging} is unchanged`);
    }
    async function abandon(status) {
        result.status = status;
        await closeAll();
        await dropCopy();
    }
}
function rerun() {
    return 'fix the cause above, then run the sync again (npx migration-gates sync --dry-run checks the guards and rules first)';
}
/** First free `<name>` for a stamp, moving on a second at a time (two runs in one second). */
async function freeName(admin, make, stamp) {
    let s = stamp;
    while (await databaseExists(admin, make(s)))
        s = addSeconds(s, 1);
    return make(s);
}
/**
 * Leftovers of an interrupted run: a staging set aside but never replaced (the run died between
 * the two renames) gets its newest old copy back; half-made `_sync_` copies are dropped. Safe
 * because this run holds the sync lock.
 */
async function recoverAndClean(admin, staging, stagingExists, olds, result, major, log) {
    if (!stagingExists && olds.length) {
        await renameDatabase(admin, olds[0], staging);
        result.recovered = olds[0];
        log(`sync: ${staging} was missing (an earlier sync stopped between its renames); renamed ${olds[0]} back to ${staging}`);
    }
    for (const stray of result.strays) {
        await dropDatabase(admin, stray, major);
        log(`sync: dropped ${stray}, a half-made copy left by an interrupted sync`);
    }
}
async function dropOldCopies(admin, staging, keepOld, major, log) {
    const olds = (await listDatabases(admin))
        .map((d) => ({ d, s: copyStamp(staging, 'old', d) }))
        .filter((x) => x.s)
        .sort((a, b) => b.s.localeCompare(a.s))
        .map((x) => x.d);
    const drop = olds.slice(keepOld);
    for (const d of drop) {
        await dropDatabase(admin, d, major);
        log(`sync: dropped ${d} (keep-old: ${keepOld})`);
    }
    return drop;
}
async function connectMaintenance(target, name) {
    const candidates = name ? [name] : ['postgres', 'template1'];
    let last;
    for (const db of candidates) {
        try {
            return await (0,connect/* connect */.Ng)((0,url/* withDatabase */.kR)(target, db), { applicationName: 'migration-gates sync (admin)' });
        }
        catch (err) {
            last = err;
        }
    }
    throw last;
}
async function hasExtension(c, name) {
    return (await extensionSchema(c, name)) !== undefined;
}
async function extensionSchema(c, name) {
    const r = await c.query('SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = $1', [name]);
    return r.rows[0]?.nspname;
}
function describePlan(catalog, plan) {
    const byTable = new Map(plan.tables.map((t) => [t.table.oid, t]));
    return catalog.tables.map((t) => ({
        table: qualifiedName(t),
        rowEstimate: t.rowEstimate,
        bytes: t.bytes,
        masked: (byTable.get(t.oid)?.columns ?? []).map((m) => ({ column: m.column.name, strategy: strategyText(m.strategy) })),
    }));
}
function rulesError(problems, file) {
    return new errors/* UserError */.y(`the masking rules do not fit the production database:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
        why: 'every rule is checked against the source catalog before anything is copied',
        next: `fix sync.masking in ${file ?? '.github/migration-gates.yml'}, then run: npx migration-gates sync --dry-run`,
    });
}
function hasErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}
function sum(xs) {
    return xs.reduce((a, b) => a + b, 0);
}
/** The models of every service's schema.prisma in the checkout (none when there is no service to read). */
function prismaModels(repoRoot, config) {
    try {
        return readPrismaModels((0,discover/* resolveServices */.b)(repoRoot, config).services.map((s) => external_node_path_default().join(repoRoot, s.schema)));
    }
    catch {
        return [];
    }
}


/***/ })

};
