export const id = 401;
export const ids = [401];
export const modules = {

/***/ 48401:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _security_log_line_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47851);
/* harmony import */ var _backup_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31646);
/* harmony import */ var _backup_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77929);
/* harmony import */ var _backup_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20806);
/* harmony import */ var _cli_commands_backup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43882);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6944);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26146);











await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .runAction */ .Cs)(async () => {
    const databaseUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputSecret */ .Pm)('database-url');
    if (!databaseUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y('input database-url is empty', {
            why: 'the action backs up the database this URL names',
            next: 'set database-url: ${{ secrets.DATABASE_URL }} (and check that the secret exists in this GitHub Environment)',
        });
    }
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('working-directory') ?? '.');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_6__.loadConfig)(workspace, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('config'));
    const directory = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('directory');
    const job = await (0,_backup_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runBackupJob */ .v)({
        databaseUrl,
        environment: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('environment'),
        config,
        directory: directory ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, directory) : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(process.env.RUNNER_TEMP ?? workspace, 'migration-gates-backups'),
        store: directory ? { kind: 'directory' } : { kind: 'artifact', ...((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('artifact-name') ? { name: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('artifact-name') } : {}), upload: _backup_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadBackupArtifact */ .I },
        retentionDays: (0,_cli_commands_backup_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRetentionDays */ .l)((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('retention-days'), config.backup.retentionDays, 'input retention-days'),
        verify: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputBool */ .jo)('verify', true),
        onProgress: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_1__.info((0,_security_log_line_js__WEBPACK_IMPORTED_MODULE_10__/* .safeLogLine */ .A)(line)),
    });
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_9__/* .publishReport */ .S)((0,_backup_report_js__WEBPACK_IMPORTED_MODULE_4__/* .backupReport */ .H)(job), { failOn: 'error', comment: false, token: undefined });
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('backup-id', job.manifest.backupId);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('path', job.dumpPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('manifest', job.manifestPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('sha256', job.manifest.sha256);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('size-bytes', String(job.manifest.sizeBytes));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('latest-migration', job.manifest.latestMigration ?? '');
    if (job.artifact) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('artifact-name', job.artifact.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('artifact-id', job.artifact.id === undefined ? '' : String(job.artifact.id));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 31646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ uploadBackupArtifact)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77935);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77733);




/**
 * Store the dump and its manifest as one workflow artifact (GitHub's results service), kept for
 * `retentionDays`. Level 0: a custom-format dump is already compressed.
 */
async function uploadBackupArtifact(opts) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('cannot upload the backup as a workflow artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set', {
            why: 'artifacts exist only inside a GitHub Actions job (the runner provides those variables to actions)',
            next: 'run this step in a workflow job, or set the directory input to store the backup on the runner (self-hosted)',
        });
    }
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(opts.files[0]);
    try {
        const r = await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().uploadArtifact(opts.name, opts.files, root, { retentionDays: opts.retentionDays, compressionLevel: 0 });
        return { name: opts.name, id: r.id, sizeBytes: r.size };
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`uploading artifact "${opts.name}" failed: ${(0,_security_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(err instanceof Error ? err.message : String(err))}`, {
            why: 'the backup was written and verified on the runner, but could not be stored as an artifact',
            next: 'check the artifact name (no " : < > | * ? \\ / or newlines) and the repository\'s artifact storage quota, or set directory: to store it on a self-hosted runner',
            cause: err,
        });
    }
}


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

/***/ 77929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ runBackupJob)
/* harmony export */ });
/* unused harmony export resolveBackupEnvironment */
/* harmony import */ var _environments_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7974);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _postgres_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88638);
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55360);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94388);





/** Which configured environment this backup belongs to: named, or found by its database. */
function resolveBackupEnvironment(config, name, database) {
    const findings = [];
    if (name) {
        const env = (0,_environments_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentByName */ .Av)(config, name);
        if (env.database !== database) {
            findings.push({
                rule: 'backup-database',
                severity: 'warning',
                message: `environment ${env.name} uses database ${env.database} in the config, but database-url names ${database}`,
                why: 'the backup gate of apply-migration looks for a backup of the environment\'s own database',
                fix: `check the secret behind database-url, or set database: ${database} under environments.${env.name}`,
            });
        }
        return { name: env.name, findings };
    }
    const env = config.environments.find((e) => e.database === database);
    if (!env) {
        // A plain backup still works; the manifest says whose it is not, and apply's gate (which
        // requires the backup of its own environment) will not take it.
        findings.push({
            rule: 'backup-environment-unknown',
            severity: 'notice',
            message: `database ${database} matches no configured environment: the backup is recorded with environment "${_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN_ENVIRONMENT */ .z_}"`,
            why: `configured: ${config.environments.map((e) => `${e.name}=${e.database}`).join(', ')}; apply-migration's backup gate accepts only a backup recorded for its own environment`,
            fix: `to use it as the pre-deploy backup, back up with the environment named: --environment ${config.environments.find((e) => e.production)?.name ?? config.environments[0]?.name ?? 'prod'}`,
        });
        return { name: _naming_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN_ENVIRONMENT */ .z_, findings };
    }
    return { name: env.name, findings };
}
/** The backup-before-deploy job: a verified backup, then stored (directory + retention, or artifact). */
async function runBackupJob(opts) {
    let env;
    try {
        if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`retention-days is ${opts.retentionDays}`, { why: 'expected a whole number of days, 1 or more', next: 'set retention-days: 30 (the guide\'s default)' });
        }
        env = resolveBackupEnvironment(opts.config, opts.environment, (0,_postgres_url_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDatabaseUrl */ .mx)(opts.databaseUrl).database);
    }
    catch (err) {
        await opts.started?.abort();
        throw err;
    }
    const result = opts.started ? await (0,_create_js__WEBPACK_IMPORTED_MODULE_3__/* .completeBackup */ .ak)(opts.started, { environment: env.name, verify: opts.verify }) : await (0,_create_js__WEBPACK_IMPORTED_MODULE_3__/* .createBackup */ .dB)({
        databaseUrl: opts.databaseUrl,
        environment: env.name,
        directory: opts.directory,
        verify: opts.verify,
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
        ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
    });
    const out = { ...result, environment: env.name, retentionDays: opts.retentionDays, deleted: [], notOurs: [], findings: env.findings };
    if (!opts.verify) {
        out.findings.push({
            rule: 'backup-unverified',
            severity: 'warning',
            message: `backup ${result.manifest.backupId} was not verified (verify: false)`,
            why: 'an unverified dump may not restore; the apply-migration backup gate can require a verified one',
            fix: 'leave verify at its default (true)',
        });
    }
    if (opts.store.kind === 'directory') {
        const kept = (await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 65668))).applyRetention(opts.directory, opts.retentionDays);
        out.deleted = kept.deleted;
        out.notOurs = kept.notOurs;
        opts.onProgress?.(`retention: ${opts.retentionDays} days; ${out.deleted.length ? `deleted ${out.deleted.length} file(s): ${out.deleted.join(', ')}` : 'nothing to delete'}`);
        if (kept.notOurs.length)
            opts.onProgress?.(`retention: not ours, kept (${kept.notOurs.length}): ${kept.notOurs.join(', ')}`);
    }
    else {
        const name = opts.store.name ?? result.manifest.backupId;
        out.artifact = await opts.store.upload({ name, files: [result.dumpPath, result.manifestPath], retentionDays: opts.retentionDays });
        opts.onProgress?.(`artifact: ${name} uploaded (id ${out.artifact.id ?? '?'}), kept ${opts.retentionDays} days`);
    }
    return out;
}


/***/ }),

/***/ 20806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ backupReport)
/* harmony export */ });
/* unused harmony export restoreCommandFor */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _report_table_cell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57671);
/* harmony import */ var _security_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76221);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45655);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94388);





/** One backup as a report: the job summary table, and the facts --format json prints. */
function backupReport(job) {
    const m = job.manifest;
    const rows = [
        ['Backup id', (0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_2__/* .cellCode */ .G)(m.backupId)],
        ['Environment', m.environment === _naming_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_ENVIRONMENT */ .z_ ? `**${_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_ENVIRONMENT */ .z_}**: the database matches no configured environment; apply-migration's backup gate will not accept this backup` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(m.environment)],
        ['Database', `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(m.database)} on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(m.host)}:${m.port} (PostgreSQL ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(m.serverVersion)})`],
        ['Taken at', m.createdAt],
        ['Size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(m.sizeBytes)} dump${m.databaseSizeBytes !== undefined ? ` of a ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(m.databaseSizeBytes)} database` : ''}${m.durationSeconds !== undefined ? `, in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSeconds */ .Xo)(m.durationSeconds)}` : ''}`],
        ['Tables', String(m.tableCount)],
        ['Latest migration', m.latestMigration ? (0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_2__/* .cellCode */ .G)(m.latestMigration) : '(none)'],
        ['SHA-256', (0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_2__/* .cellCode */ .G)(m.sha256)],
        ['Verified', m.verified ? 'yes: pg_restore --list reads it and every table is in it' : '**no**'],
        ['Stored', job.artifact ? `artifact ${(0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_2__/* .cellCode */ .G)(job.artifact.name)}, ${job.retentionDays} days` : `${(0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_2__/* .cellCode */ .G)(job.dumpPath)} (retention ${job.retentionDays} days, ${job.deleted.length} old file(s) deleted)`],
    ];
    const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
    const restore = restoreCommandFor(job.manifestPath, m.database);
    const retention = job.artifact ? [] : [{ title: 'Retention', markdown: retentionMarkdown(job) }];
    return {
        tool: 'backup-before-deploy',
        title: `Backup of ${m.database} (${m.environment}): ${m.verified ? 'verified' : 'NOT verified'}`,
        findings: job.findings,
        sections: [
            { title: 'Backup', markdown: table },
            ...retention,
            { title: 'Restore', markdown: `To roll back to this backup (see docs/restore.md):\n\n\`\`\`bash\n${restore}\n\`\`\`` },
        ],
        facts: {
            backupId: m.backupId,
            environment: m.environment,
            database: m.database,
            path: job.dumpPath,
            manifest: job.manifestPath,
            sha256: m.sha256,
            sizeBytes: m.sizeBytes,
            tableCount: m.tableCount,
            durationSeconds: m.durationSeconds,
            latestMigration: m.latestMigration,
            verified: m.verified,
            retentionDays: job.retentionDays,
            deleted: job.deleted,
            notOurs: job.notOurs,
            ...(job.artifact ? { artifact: job.artifact } : {}),
        },
    };
}
/** The restore command, runnable as printed: path and name quoted, --confirm for a production target. */
function restoreCommandFor(manifestPath, database) {
    return (0,_security_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellCommand */ .q$)(['npx', 'migration-gates', 'restore', '--backup', manifestPath, '--target-database-url', (0,_security_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .envRef */ .rV)('DATABASE_URL'), '--confirm', database]);
}
function retentionMarkdown(job) {
    const list = (files) => files.map((f) => `- \`${f.replace(/`/g, "'")}\``).join('\n');
    const parts = [
        job.deleted.length ? `Deleted (older than ${job.retentionDays} days, written by migration-gates):\n\n${list(job.deleted)}` : `Nothing older than ${job.retentionDays} days to delete.`,
    ];
    if (job.notOurs.length) {
        parts.push(`Not ours, kept (older than ${job.retentionDays} days, but not a backup and manifest migration-gates wrote; delete them yourself if they are unneeded):\n\n${list(job.notOurs)}`);
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 43882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ parseRetentionDays)
});

// UNUSED EXPORTS: backupCommand

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/backup/report.ts
var report = __webpack_require__(20806);
// EXTERNAL MODULE: ./src/backup/create.ts + 2 modules
var create = __webpack_require__(55360);
// EXTERNAL MODULE: ./src/backup/job.ts
var backup_job = __webpack_require__(77929);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(77733);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cli/command.ts
/** Flags every command takes. */
const command_COMMON_OPTIONS = {
    config: { type: 'string', description: 'config file (default .github/migration-gates.yml)' },
    'working-directory': { type: 'string', description: 'repository root (default: current directory)' },
    format: { type: 'string', description: 'text | json (| sarif for lint)', default: 'text' },
    help: { type: 'boolean', description: 'show this help' },
};

;// CONCATENATED MODULE: ./src/cli/args.ts



function parseCommandArgs(cmd, argv) {
    const options = { ...COMMON_OPTIONS, ...cmd.options };
    try {
        const parsed = parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) }])),
        });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (err) {
        throw new UserError(`migration-gates ${cmd.name}: ${err.message}`, { next: `run: npx migration-gates ${cmd.name} --help` });
    }
}
function commandHelp(cmd) {
    const options = { ...cmd.options, ...COMMON_OPTIONS };
    const width = Math.max(...Object.keys(options).map((k) => k.length)) + 4;
    const lines = [`Usage: migration-gates ${cmd.name} [options]${cmd.positionals ? ` ${cmd.positionals}` : ''}`, '', cmd.summary, '', 'Options:'];
    for (const [k, o] of Object.entries(options))
        lines.push(`  --${k.padEnd(width)}${o.description}${o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : ''}`);
    return lines.join('\n') + '\n';
}
function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
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

;// CONCATENATED MODULE: ./src/cli/output.ts





function parseFormat(v, allowed = ['text', 'json']) {
    const f = (typeof v === 'string' ? v : 'text');
    if (!allowed.includes(f))
        throw new errors/* UserError */.y(`--format ${String(v)} is not supported here`, { why: `expected ${allowed.join(', ')}`, next: `use --format ${allowed.join(' or --format ')}` });
    return f;
}
/** Print a report in the chosen format and return the exit code (1 when it should fail). */
function printReport(report, format, failOn = 'error', sarif) {
    const text = format === 'json' ? (0,json/* renderJson */.h)(report) : format === 'sarif' && sarif ? sarif() : renderText(report, process.stdout.isTTY === true);
    process.stdout.write((0,redact/* redact */.E$)(text));
    return (0,finding/* shouldFail */.W9)((0,finding/* summarize */.eh)(report.findings), failOn) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/backup.ts








/** Whole days from a flag; clear error otherwise. */
function parseRetentionDays(v, fallback, label = '--retention-days') {
    if (v === undefined)
        return fallback;
    if (!/^\d+$/.test(v.trim()) || Number(v) < 1) {
        throw new errors/* UserError */.y(`${label} is "${v}"`, { why: 'expected a whole number of days, 1 or more', next: `pass ${label} 30 (the guide's default)` });
    }
    return Number(v);
}
/** `migration-gates backup`: the backup-before-deploy action, locally or on a self-hosted runner. */
const backupCommand = {
    name: 'backup',
    summary: 'verified pg_dump backup with a manifest (the guide\'s "Backup production DB (REQUIRED!)"), plus retention cleanup',
    options: {
        'database-url': { type: 'string', description: 'PostgreSQL URL of the database to back up (default: $DATABASE_URL)' },
        environment: { type: 'string', description: 'environment the backup belongs to (default: the one whose database matches)' },
        directory: { type: 'string', description: 'folder for the dump and its manifest (required)' },
        'retention-days': { type: 'string', description: 'delete backups older than this many days (default: config backup.retention-days, 30)' },
        verify: { type: 'boolean', description: 'check the dump with pg_restore --list against the catalog', default: true },
        'no-verify': { type: 'boolean', description: 'skip that check (the manifest says verified: false)' },
    },
    async run({ values, cwd }) {
        const format = parseFormat(values.format);
        const databaseUrl = str(values['database-url']) ?? str(process.env.DATABASE_URL);
        if (!databaseUrl) {
            throw new errors/* UserError */.y('no database to back up', { why: '--database-url is missing and DATABASE_URL is not set', next: 'pass --database-url postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or export DATABASE_URL' });
        }
        const directory = str(values.directory);
        if (!directory) {
            throw new errors/* UserError */.y('--directory is missing', { why: 'the CLI stores backups in a folder (the action can also upload an artifact)', next: 'pass --directory ./backups' });
        }
        const verify = values['no-verify'] !== true && values.verify !== false;
        // Progress goes to stderr, so --format json keeps stdout clean.
        const onProgress = (line) => process.stderr.write(`${(0,redact/* redact */.E$)(line)}\n`);
        // pg_dump starts first; the config (only needed to name and store the backup) loads while it works.
        const started = await (0,create/* startBackup */.lw)({ databaseUrl, directory: external_node_path_default().resolve(cwd, directory), verify, onProgress });
        let config;
        let retentionDays;
        try {
            config = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 19827))).loadConfig(cwd, str(values.config));
            retentionDays = parseRetentionDays(str(values['retention-days']), config.backup.retentionDays);
        }
        catch (err) {
            await started.abort();
            throw err;
        }
        const job = await (0,backup_job/* runBackupJob */.v)({
            started,
            databaseUrl,
            environment: str(values.environment),
            config,
            directory: external_node_path_default().resolve(cwd, directory),
            store: { kind: 'directory' },
            retentionDays,
            verify,
            onProgress,
        });
        return printReport((0,report/* backupReport */.H)(job), format);
    },
};


/***/ }),

/***/ 7974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ environmentByName),
/* harmony export */   Od: () => (/* binding */ environmentForRef),
/* harmony export */   W0: () => (/* binding */ branchOf)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);


/** `refs/heads/release/v1` -> `release/v1`; tags and PR refs are kept whole so they match nothing. */
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}
/** The environment a ref deploys to, or undefined: a branch that maps to none is never guessed. */
function environmentForRef(config, ref) {
    const branch = branchOf(ref);
    return config.environments.find((e) => e.branches.some((g) => picomatch__WEBPACK_IMPORTED_MODULE_1___default().isMatch(branch, g, { dot: true })));
}
function environmentByName(config, name) {
    const env = config.environments.find((e) => e.name === name || e.githubEnvironment === name);
    if (!env) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown environment "${name}"`, {
            why: `the config defines: ${config.environments.map((e) => e.name).join(', ')}`,
            next: 'pass one of those as environment, or add it under environments: in .github/migration-gates.yml',
        });
    }
    return env;
}


/***/ }),

/***/ 57671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ cellCode)
/* harmony export */ });
/**
 * Inline code that is safe inside a markdown table cell. A code span cannot be broken by the
 * backticks it holds (the fence is longer than any run of them), but GitHub splits table cells on
 * every `|`, even inside code: each is written `\|`, which GitHub renders as `|` in the cell. Line
 * breaks would end the row, so they become spaces. Names from PRs (migration folders) go through
 * this wherever a table shows them as code.
 */
function cellCode(text) {
    const t = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest || t.startsWith(' ') || t.endsWith(' ') ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}


/***/ })

};
