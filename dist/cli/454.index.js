export const id = 454;
export const ids = [454];
export const modules = {

/***/ 6253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ readServerFacts),
/* harmony export */   dq: () => (/* binding */ latestAppliedMigration),
/* harmony export */   jl: () => (/* binding */ listCatalogTables)
/* harmony export */ });
/* harmony import */ var _prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6798);

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
    const rows = await (0,_prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_0__/* .readAppliedMigrations */ .fk)(c, schema);
    const applied = (rows ?? []).filter(_prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_0__/* .isApplied */ .KN);
    applied.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || a.name.localeCompare(b.name));
    return applied.at(-1)?.name ?? null;
}


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ completeBackup),
/* harmony export */   dB: () => (/* binding */ createBackup),
/* harmony export */   lw: () => (/* binding */ startBackup)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7706);
/* harmony import */ var _postgres_connect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6741);
/* harmony import */ var _postgres_dump_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8677);
/* harmony import */ var _postgres_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8638);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6253);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5655);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1223);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4388);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(355);
/* harmony import */ var _archive_check_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1333);














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
    const target = (0,_postgres_url_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDatabaseUrl */ .mx)(opts.databaseUrl);
    const log = opts.onProgress ?? (() => undefined);
    const searchPath = opts.searchPath ? { searchPath: opts.searchPath } : {};
    // Ask the installed pg_dumps their versions while we connect (answers are cached).
    const probing = (0,_postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .findClientTools */ .Mt)(0, searchPath).catch(() => undefined);
    // One session, in the snapshot pg_dump will dump: the catalog check reads exactly what the
    // archive must hold.
    const session = await (0,_postgres_connect_js__WEBPACK_IMPORTED_MODULE_5__/* .connect */ .Ng)(target, { readOnly: true, applicationName: 'migration-gates-backup' });
    try {
        const server = await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_11__/* .readServerFacts */ .TX)(session);
        // The session idles in its transaction while pg_dump works: no server timeout may end it.
        await session.query(`SET idle_in_transaction_session_timeout = 0${server.serverMajor >= 17 ? '; SET transaction_timeout = 0' : ''}`);
        await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        const snapshot = await exportSnapshot(session);
        await probing;
        const tools = await (0,_postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .findClientTools */ .Mt)(server.serverMajor, searchPath);
        // A folder we create is ours alone (0700); an existing one keeps the mode its owner chose.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(opts.directory, { recursive: true, mode: 0o700 });
        const createdAt = new Date();
        // A hidden temporary name until verified: a crash never leaves a .dump that looks complete.
        const partial = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.directory, (0,_naming_js__WEBPACK_IMPORTED_MODULE_9__/* .partialDumpName */ .j)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')));
        log(`backup: ${(0,_postgres_url_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTarget */ .ff)(target)} (PostgreSQL ${server.serverVersion}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatBytes */ .z3)(server.databaseSizeBytes)}) with pg_dump ${tools.version} -> ${opts.directory}`);
        const stop = new AbortController();
        const dump = (0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_6__/* .runPgDump */ .nN)({
            target,
            file: partial,
            tools,
            ...(snapshot ? { snapshot } : {}),
            signal: stop.signal,
            estimateBytes: server.databaseSizeBytes,
            onProgress: (p) => log((0,_progress_js__WEBPACK_IMPORTED_MODULE_13__/* .formatProgress */ .V)(p)),
            ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
        });
        dump.catch(() => undefined); // awaited in completeBackup or abort
        const catalog = (async () => ({ tables: await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_11__/* .listCatalogTables */ .jl)(session), latestMigration: await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_11__/* .latestAppliedMigration */ .dq)(session, target.schema) }))();
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
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(partial, { force: true }); // pg_dump may have finished first
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
        const [{ sha256 }, checked] = await Promise.all([(0,_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256File */ .Q)(partial), verify ? (0,_archive_check_js__WEBPACK_IMPORTED_MODULE_10__/* .checkArchive */ .P)(partial, tools, tables) : undefined]);
        let tableCount = tables.length;
        if (checked) {
            const { problems, toc } = checked;
            if (problems.length) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`backup of ${(0,_postgres_url_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTarget */ .ff)(target)} failed verification:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
                    why: 'a backup that cannot be restored whole is no backup; the dump was removed and no manifest was written',
                    next: 'run the backup again; if it fails the same way, check disk space and that the backup role can read every table',
                    exitCode: 1,
                });
            }
            tableCount = (0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_6__/* .tocTables */ .CW)(toc).length;
            log(`verify: pg_restore --list read ${toc.entries.length} entries; all ${tables.length} catalog tables present (${(0,_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatSeconds */ .Xo)((Date.now() - checking) / 1000)})`);
        }
        const backupId = (0,_naming_js__WEBPACK_IMPORTED_MODULE_9__/* .newBackupId */ ._H)(directory, opts.environment, target.database, createdAt);
        const dumpPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(directory, backupId + _naming_js__WEBPACK_IMPORTED_MODULE_9__/* .DUMP_SUFFIX */ .VU);
        const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(directory, backupId + _naming_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(partial, dumpPath);
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
            file: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(dumpPath),
            sizeBytes: dump.sizeBytes,
            sha256,
            tableCount,
            latestMigration,
            verified: verify,
            durationSeconds: Math.round(dump.seconds * 1000) / 1000,
            databaseSizeBytes: server.databaseSizeBytes,
        };
        // The manifest's schema check loads zod: only now, not before pg_dump starts.
        const { writeManifest } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 9336));
        writeManifest(manifestPath, manifest);
        log(`backup: ${backupId}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatBytes */ .z3)(dump.sizeBytes)} dump of a ${(0,_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatBytes */ .z3)(server.databaseSizeBytes)} database in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatSeconds */ .Xo)(dump.seconds)}, ` +
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

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProgress)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);

/** One log line for a dump or restore progress sample: done/total, rate and an estimate. */
function formatProgress(p) {
    const parts = [];
    if (p.phase === 'dump') {
        parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.fileBytes)} written`);
        if (p.copiedBytes !== undefined) {
            const of = p.estimateBytes ? ` of ~${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.estimateBytes)} (database size)` : '';
            const pct = p.estimateBytes ? `, ${Math.min(99, Math.floor((100 * p.copiedBytes) / p.estimateBytes))}%` : '';
            parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.copiedBytes)} read${of}${p.done ? '' : pct}`);
        }
    }
    else {
        const total = p.fileTotalBytes ? ` of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.fileTotalBytes)}` : '';
        parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.fileBytes)}${total} read`);
        if (p.tablesTotal !== undefined)
            parts.push(`${p.tablesDone ?? 0}/${p.tablesTotal} tables`);
    }
    parts.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(p.rate));
    if (p.done)
        return `${p.phase}: finished in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(p.elapsedSeconds)}: ${parts.join(', ')}`;
    parts.push(p.etaSeconds !== undefined ? `~${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(p.etaSeconds)} left` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(p.elapsedSeconds)} elapsed`);
    return `${p.phase}: ${parts.join(', ')}`;
}


/***/ }),

/***/ 454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupCommand: () => (/* binding */ backupCommand),
  parseRetentionDays: () => (/* binding */ parseRetentionDays)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/table-cell.ts
var table_cell = __webpack_require__(7671);
// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(6221);
// EXTERNAL MODULE: ./src/backup/format.ts
var format = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/backup/naming.ts
var naming = __webpack_require__(4388);
;// CONCATENATED MODULE: ./src/backup/report.ts





/** One backup as a report: the job summary table, and the facts --format json prints. */
function backupReport(job) {
    const m = job.manifest;
    const rows = [
        ['Backup id', (0,table_cell/* cellCode */.G)(m.backupId)],
        ['Environment', m.environment === naming/* UNKNOWN_ENVIRONMENT */.z_ ? `**${naming/* UNKNOWN_ENVIRONMENT */.z_}**: the database matches no configured environment; apply-migration's backup gate will not accept this backup` : (0,markdown/* mdEscape */.Li)(m.environment)],
        ['Database', `${(0,markdown/* mdEscape */.Li)(m.database)} on ${(0,markdown/* mdEscape */.Li)(m.host)}:${m.port} (PostgreSQL ${(0,markdown/* mdEscape */.Li)(m.serverVersion)})`],
        ['Taken at', m.createdAt],
        ['Size', `${(0,format/* formatBytes */.z3)(m.sizeBytes)} dump${m.databaseSizeBytes !== undefined ? ` of a ${(0,format/* formatBytes */.z3)(m.databaseSizeBytes)} database` : ''}${m.durationSeconds !== undefined ? `, in ${(0,format/* formatSeconds */.Xo)(m.durationSeconds)}` : ''}`],
        ['Tables', String(m.tableCount)],
        ['Latest migration', m.latestMigration ? (0,table_cell/* cellCode */.G)(m.latestMigration) : '(none)'],
        ['SHA-256', (0,table_cell/* cellCode */.G)(m.sha256)],
        ['Verified', m.verified ? 'yes: pg_restore --list reads it and every table is in it' : '**no**'],
        ['Stored', job.artifact ? `artifact ${(0,table_cell/* cellCode */.G)(job.artifact.name)}, ${job.retentionDays} days` : `${(0,table_cell/* cellCode */.G)(job.dumpPath)} (retention ${job.retentionDays} days, ${job.deleted.length} old file(s) deleted)`],
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
    return (0,shell_quote/* shellCommand */.q$)(['npx', 'migration-gates', 'restore', '--backup', manifestPath, '--target-database-url', (0,shell_quote/* envRef */.rV)('DATABASE_URL'), '--confirm', database]);
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

// EXTERNAL MODULE: ./src/backup/create.ts
var create = __webpack_require__(5832);
// EXTERNAL MODULE: ./src/environments/resolve.ts
var resolve = __webpack_require__(7974);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(8638);
;// CONCATENATED MODULE: ./src/backup/job.ts





/** Which configured environment this backup belongs to: named, or found by its database. */
function resolveBackupEnvironment(config, name, database) {
    const findings = [];
    if (name) {
        const env = (0,resolve/* environmentByName */.Av)(config, name);
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
            message: `database ${database} matches no configured environment: the backup is recorded with environment "${naming/* UNKNOWN_ENVIRONMENT */.z_}"`,
            why: `configured: ${config.environments.map((e) => `${e.name}=${e.database}`).join(', ')}; apply-migration's backup gate accepts only a backup recorded for its own environment`,
            fix: `to use it as the pre-deploy backup, back up with the environment named: --environment ${config.environments.find((e) => e.production)?.name ?? config.environments[0]?.name ?? 'prod'}`,
        });
        return { name: naming/* UNKNOWN_ENVIRONMENT */.z_, findings };
    }
    return { name: env.name, findings };
}
/** The backup-before-deploy job: a verified backup, then stored (directory + retention, or artifact). */
async function runBackupJob(opts) {
    let env;
    try {
        if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < 1) {
            throw new errors/* UserError */.y(`retention-days is ${opts.retentionDays}`, { why: 'expected a whole number of days, 1 or more', next: 'set retention-days: 30 (the guide\'s default)' });
        }
        env = resolveBackupEnvironment(opts.config, opts.environment, (0,url/* parseDatabaseUrl */.mx)(opts.databaseUrl).database);
    }
    catch (err) {
        await opts.started?.abort();
        throw err;
    }
    const result = opts.started ? await (0,create/* completeBackup */.ak)(opts.started, { environment: env.name, verify: opts.verify }) : await (0,create/* createBackup */.dB)({
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
        const kept = (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(668)]).then(__webpack_require__.bind(__webpack_require__, 5668))).applyRetention(opts.directory, opts.retentionDays);
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

// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(94);
// EXTERNAL MODULE: ./src/cli/output.ts + 2 modules
var output = __webpack_require__(5577);
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
        const format = (0,output/* parseFormat */.X)(values.format);
        const databaseUrl = (0,args/* str */.gx)(values['database-url']) ?? (0,args/* str */.gx)(process.env.DATABASE_URL);
        if (!databaseUrl) {
            throw new errors/* UserError */.y('no database to back up', { why: '--database-url is missing and DATABASE_URL is not set', next: 'pass --database-url postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or export DATABASE_URL' });
        }
        const directory = (0,args/* str */.gx)(values.directory);
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
            config = (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 9827))).loadConfig(cwd, (0,args/* str */.gx)(values.config));
            retentionDays = parseRetentionDays((0,args/* str */.gx)(values['retention-days']), config.backup.retentionDays);
        }
        catch (err) {
            await started.abort();
            throw err;
        }
        const job = await runBackupJob({
            started,
            databaseUrl,
            environment: (0,args/* str */.gx)(values.environment),
            config,
            directory: external_node_path_default().resolve(cwd, directory),
            store: { kind: 'directory' },
            retentionDays,
            verify,
            onProgress,
        });
        return (0,output/* printReport */.Y)(backupReport(job), format);
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
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);


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
    // A fix of several commands keeps one a line (<br>), so it can be copied and run as written.
    const rows = sortFindings(findings).map((f) => {
        const rule = f.docsUrl ? `[${f.rule}](${f.docsUrl})` : code(f.rule);
        const detail = [mdEscape(f.message), f.why ? `<br>_Why:_ ${mdEscape(f.why)}` : '', f.fix ? `<br>_Fix:_ ${f.fix.split('\n').map(mdEscape).join('<br>')}` : ''].join('');
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

/***/ 7671:
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
