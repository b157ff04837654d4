export const id = 289;
export const ids = [289];
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

/***/ 4289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCommand: () => (/* binding */ restoreCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/postgres/client-tools.ts
var client_tools = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(6741);
// EXTERNAL MODULE: ./src/postgres/dump.ts
var dump = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/backup/catalog.ts
var catalog = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/backup/format.ts
var format = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/backup/hash.ts
var hash = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/backup/manifest.ts + 1 modules
var backup_manifest = __webpack_require__(9336);
// EXTERNAL MODULE: ./src/backup/progress.ts
var progress = __webpack_require__(355);
// EXTERNAL MODULE: ./src/backup/verify.ts
var verify = __webpack_require__(3257);
;// CONCATENATED MODULE: ./src/backup/restore.ts













/** Accept a manifest or a dump path; find the manifest beside a dump. */
function resolveBackup(backup) {
    const file = external_node_path_default().resolve(backup);
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* UserError */.y(`backup ${backup} does not exist`, {
            why: 'restore needs a backup file written by migration-gates backup',
            next: `list the backups with: ls ${external_node_path_default().dirname(file)}`,
        });
    }
    if (file.endsWith(backup_manifest/* MANIFEST_SUFFIX */.OK)) {
        const manifest = (0,backup_manifest/* readManifest */.WI)(file);
        return { dumpPath: (0,backup_manifest/* dumpPathOf */.$9)(file, manifest), manifest, manifestPath: file };
    }
    const sibling = file.endsWith(backup_manifest/* DUMP_SUFFIX */.VU) ? file.slice(0, -backup_manifest/* DUMP_SUFFIX */.VU.length) + backup_manifest/* MANIFEST_SUFFIX */.OK : undefined;
    if (sibling && (0,external_node_fs_.existsSync)(sibling)) {
        const manifest = (0,backup_manifest/* readManifest */.WI)(sibling);
        if (external_node_path_default().resolve((0,backup_manifest/* dumpPathOf */.$9)(sibling, manifest)) === file)
            return { dumpPath: file, manifest, manifestPath: sibling };
    }
    return { dumpPath: file, manifest: undefined, manifestPath: undefined };
}
/** Production if forced, or if a production environment of the config names this database. */
function isProductionTarget(target, config, forced) {
    if (forced)
        return '--production was given';
    const env = config?.environments.find((e) => e.production && e.database === target.database);
    return env ? `the config's production environment "${env.name}" uses database ${env.database}` : undefined;
}
/**
 * Restore a backup into an existing database, the safest way we know:
 * 1. the dump's size and SHA-256 are checked against its manifest before anything is touched;
 * 2. a production target needs its database name typed back;
 * 3. what will be replaced is printed first (target, its tables and latest migration, the backup);
 * 4. pg_restore runs `--clean --if-exists --no-owner --single-transaction --exit-on-error`: every
 *    object in the backup is dropped and recreated in ONE transaction, so any error rolls the
 *    whole restore back and the target is left exactly as it was. Objects the backup does not
 *    contain (a table created by a later migration) are not dropped: they are listed instead.
 */
async function restoreBackup(opts) {
    const log = opts.onProgress ?? (() => undefined);
    const target = (0,url/* parseDatabaseUrl */.mx)(opts.targetDatabaseUrl, 'target-database-url');
    const src = resolveBackup(opts.backup);
    // 1. Production needs the database name typed back.
    const production = isProductionTarget(target, opts.config, opts.production);
    if (production && opts.confirm !== target.database) {
        throw new errors/* UserError */.y(opts.confirm === undefined || opts.confirm === ''
            ? `refusing to restore into production database ${target.database} without confirmation`
            : `confirmation "${opts.confirm}" does not match the production database name ${target.database}`, {
            why: `${production}; a restore replaces its tables with the backup's`,
            next: `type the database name back: --confirm ${target.database}`,
        });
    }
    // 2. Integrity first: a corrupt or truncated file stops here, before any connection to the target.
    if (src.manifestPath) {
        const v = await (0,verify/* verifyBackup */.g)(src.manifestPath);
        if (!v.ok) {
            throw new errors/* UserError */.y(`backup ${src.manifest.backupId} failed its integrity check:\n${v.problems.map((p) => `  - ${p}`).join('\n')}`, {
                why: 'restoring a corrupt or truncated dump could leave the target half-restored; the target was not touched',
                next: `pick another backup (ls ${external_node_path_default().dirname(src.manifestPath)}/*${backup_manifest/* MANIFEST_SUFFIX */.OK}) and run the restore with it`,
                exitCode: 1,
            });
        }
    }
    else {
        const expected = opts.sha256?.trim().toLowerCase();
        if (!expected) {
            throw new errors/* UserError */.y(`backup ${opts.backup} has no manifest beside it, so its integrity cannot be checked`, {
                why: 'restore checks the SHA-256 recorded at backup time before it touches the target',
                next: `pass the manifest (<backup-id>${backup_manifest/* MANIFEST_SUFFIX */.OK}) as --backup, or the file's known checksum with --sha256 <hex> (sha256sum ${opts.backup})`,
            });
        }
        const { sha256 } = await (0,hash/* sha256File */.Q)(src.dumpPath);
        if (sha256 !== expected) {
            throw new errors/* UserError */.y(`backup ${opts.backup} has SHA-256 ${sha256}, not the expected ${expected}`, {
                why: 'the file is corrupt, truncated or not the one you meant; the target was not touched',
                next: 'pick the right file, or take a new backup',
                exitCode: 1,
            });
        }
    }
    // 3. Say what will be replaced.
    const current = await (0,connect/* withClient */.SV)(target, async (c) => ({ ...(await (0,catalog/* readServerFacts */.TX)(c)), tables: await (0,catalog/* listCatalogTables */.jl)(c), latestMigration: await (0,catalog/* latestAppliedMigration */.dq)(c, target.schema) }), { applicationName: 'migration-gates-restore' });
    const dumpMajor = src.manifest ? (0,client_tools/* parseToolVersion */.mR)(`(PostgreSQL) ${src.manifest.pgDumpVersion}`)?.major ?? 0 : 0;
    const tools = await (0,client_tools/* findClientTools */.Mt)(Math.max(current.serverMajor, dumpMajor), opts.searchPath ? { searchPath: opts.searchPath } : {});
    const toc = await (0,dump/* readArchiveToc */.ZA)(src.dumpPath, tools);
    const backupTables = new Set((0,dump/* tocTables */.CW)(toc).map((e) => tableKey(e.text)));
    const kept = current.tables.filter((t) => !backupTables.has(`${t.schema} ${t.name}`));
    const m = src.manifest;
    log(`restore: target ${(0,url/* describeTarget */.ff)(target)} (PostgreSQL ${current.serverVersion}): ${current.tables.length} existing tables, latest migration ${current.latestMigration ?? '(none)'}`);
    log(m
        ? `restore: backup ${m.backupId} of ${m.environment}/${m.database}, taken ${m.createdAt}: ${m.tableCount} tables, latest migration ${m.latestMigration ?? '(none)'}, ${(0,format/* formatBytes */.z3)(m.sizeBytes)}`
        : `restore: backup ${src.dumpPath} (no manifest; SHA-256 checked): ${(0,dump/* tocTables */.CW)(toc).length} tables, ${(0,format/* formatBytes */.z3)((0,external_node_fs_.statSync)(src.dumpPath).size)}`);
    log(`restore: every object in the backup will be dropped and recreated in ${target.database}, in one transaction${production ? ` (production, confirmed)` : ''}`);
    if (kept.length) {
        const names = kept.slice(0, 20).map((t) => `${(0,format/* printable */.g$)(t.schema)}.${(0,format/* printable */.g$)(t.name)}`).join(', ');
        log(`restore: ${kept.length} table(s) in the target are not in the backup and will be left as they are: ${names}${kept.length > 20 ? ', ...' : ''}`);
    }
    // 4. Restore, all or nothing.
    const r = await (0,dump/* restoreFromFile */.pn)({
        target,
        file: src.dumpPath,
        tools,
        tablesTotal: (0,dump/* tocTableData */.BN)(toc).length,
        onProgress: (p) => log((0,progress/* formatProgress */.V)(p)),
        ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
    });
    const tables = await (0,connect/* withClient */.SV)(target, async (c) => (await (0,catalog/* listCatalogTables */.jl)(c)).length, { applicationName: 'migration-gates-restore' });
    log(`restore: done: ${target.database} now has ${tables} tables (${r.seconds.toFixed(1)} s)`);
    return { tables, seconds: r.seconds };
}
/** `TABLE public my table postgres` -> `public my table` (schema and name, owner dropped). */
function tableKey(text) {
    return text.replace(/^TABLE /, '').replace(/ [^ ]+$/, '');
}

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(9827);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(4792);
// EXTERNAL MODULE: ./src/cli/output.ts + 2 modules
var output = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/cli/commands/restore.ts






/** `migration-gates restore`: a checked, all-or-nothing restore of a backup into a database. */
const restoreCommand = {
    name: 'restore',
    summary: 'restore a backup (checksum first, one transaction; production needs --confirm <database name>)',
    options: {
        backup: { type: 'string', description: 'the backup: <id>.manifest.json, or <id>.dump with its manifest beside it' },
        'target-database-url': { type: 'string', description: 'PostgreSQL URL of the database to restore into (it must exist)' },
        confirm: { type: 'string', description: 'the target database name, typed back (required for production)' },
        production: { type: 'boolean', description: 'treat the target as production even if the config does not' },
        sha256: { type: 'string', description: 'expected SHA-256 of a dump that has no manifest' },
    },
    async run({ values, cwd }) {
        const format = (0,output/* parseFormat */.X)(values.format);
        const backup = (0,args/* str */.gx)(values.backup);
        const targetDatabaseUrl = (0,args/* str */.gx)(values['target-database-url']);
        if (!backup || !targetDatabaseUrl) {
            throw new errors/* UserError */.y(`--${!backup ? 'backup' : 'target-database-url'} is missing`, {
                why: 'restore needs the backup to read and the database to replace, both named explicitly',
                next: 'run: npx migration-gates restore --backup backups/<id>.manifest.json --target-database-url "$TARGET_URL" [--confirm <database>]',
            });
        }
        const config = (0,load.loadConfig)(cwd, (0,args/* str */.gx)(values.config));
        const r = await restoreBackup({
            backup,
            targetDatabaseUrl,
            config,
            ...((0,args/* str */.gx)(values.confirm) !== undefined ? { confirm: (0,args/* str */.gx)(values.confirm) } : {}),
            ...(values.production === true ? { production: true } : {}),
            ...((0,args/* str */.gx)(values.sha256) ? { sha256: (0,args/* str */.gx)(values.sha256) } : {}),
            onProgress: (line) => process.stderr.write(`${(0,redact/* redact */.E$)(line)}\n`),
        });
        return (0,output/* printReport */.Y)({
            tool: 'restore',
            title: `Restored ${backup}: ${r.tables} tables in ${r.seconds.toFixed(1)} s`,
            findings: [],
            facts: { backup, tables: r.tables, seconds: r.seconds },
        }, format);
    },
};


/***/ })

};
