export const id = 289;
export const ids = [289,208,827,336];
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

/***/ 9336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $9: () => (/* binding */ dumpPathOf),
  g7: () => (/* binding */ findLatestManifest),
  po: () => (/* binding */ listManifests),
  WI: () => (/* binding */ readManifest),
  writeManifest: () => (/* binding */ writeManifest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/backup/naming.ts
var naming = __webpack_require__(4388);
;// CONCATENATED MODULE: ./src/backup/manifest.ts





const manifestSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    backupId: schemas/* string */.YjP().min(1),
    environment: schemas/* string */.YjP(),
    database: schemas/* string */.YjP().min(1),
    host: schemas/* string */.YjP(),
    port: schemas/* number */.aig().int().positive(),
    serverVersion: schemas/* string */.YjP(),
    serverMajor: schemas/* number */.aig().int().positive(),
    pgDumpVersion: schemas/* string */.YjP(),
    createdAt: datetime({ offset: true }),
    // A bare file name: a manifest must never point outside its own folder.
    file: schemas/* string */.YjP()
        .min(1)
        .refine((f) => !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..', 'must be a file name in the manifest\'s folder'),
    sizeBytes: schemas/* number */.aig().int().nonnegative(),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
    tableCount: schemas/* number */.aig().int().nonnegative(),
    latestMigration: schemas/* string */.YjP().nullable(),
    verified: schemas/* boolean */.zMY(),
    durationSeconds: schemas/* number */.aig().nonnegative().optional(),
    databaseSizeBytes: schemas/* number */.aig().int().nonnegative().optional(),
});
/** Read and validate a manifest; every problem names the field. */
function readManifest(manifestPath) {
    if (!(0,external_node_fs_.existsSync)(manifestPath)) {
        throw new errors/* UserError */.y(`backup manifest ${manifestPath} does not exist`, {
            why: 'a backup is identified by its manifest (<backup-id>.manifest.json beside the .dump)',
            next: `list the backups with: ls ${external_node_path_default().dirname(manifestPath)}/*${naming/* MANIFEST_SUFFIX */.OK}`,
        });
    }
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
    }
    catch (err) {
        throw new errors/* UserError */.y(`backup manifest ${manifestPath} is not valid JSON: ${err.message}`, {
            why: 'the file was truncated or edited by hand',
            next: 'take a new backup with: npx migration-gates backup --database-url ... --environment ... --directory ...',
        });
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
        throw new errors/* UserError */.y(`backup manifest ${manifestPath} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
            why: 'the manifest does not match the format migration-gates writes (version 1)',
            next: 'take a new backup with: npx migration-gates backup --database-url ... --environment ... --directory ...',
        });
    }
    return parsed.data;
}
/** Write atomically (temp file, then rename): a reader never sees half a manifest. */
function writeManifest(manifestPath, manifest) {
    manifestSchema.parse(manifest);
    const tmp = `${manifestPath}.tmp-${process.pid}`;
    // 0600: a manifest names production's host and database; only the runner's user reads it.
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
    (0,external_node_fs_.renameSync)(tmp, manifestPath);
}
/** The dump a manifest describes, resolved against the manifest's folder. */
function dumpPathOf(manifestPath, manifest) {
    return external_node_path_default().join(external_node_path_default().dirname(manifestPath), manifest.file);
}
/** Every valid manifest in a folder (unreadable ones are skipped: they prove no backup). */
function listManifests(directory) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        return [];
    }
    const out = [];
    for (const n of names) {
        if (!n.endsWith(naming/* MANIFEST_SUFFIX */.OK))
            continue;
        const manifestPath = external_node_path_default().join(directory, n);
        try {
            if (!(0,external_node_fs_.lstatSync)(manifestPath).isFile())
                continue; // a folder or link named like a manifest
            out.push({ ...readManifest(manifestPath), manifestPath });
        }
        catch {
            /* not a backup we can vouch for */
        }
    }
    return out.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.backupId.localeCompare(a.backupId));
}
/** The newest backup of `database` in a folder, or undefined. */
function findLatestManifest(directory, database) {
    return listManifests(directory).find((m) => m.database === database);
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

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1333);
/* harmony import */ var _postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7706);
/* harmony import */ var _postgres_dump_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8677);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1223);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9336);






/**
 * Verify a stored backup against its manifest: the file exists, has the recorded size and
 * SHA-256 (streamed). `deep` also reads the archive with `pg_restore --list` and counts its tables.
 */
async function verifyBackup(manifestPath, opts = {}) {
    let manifest;
    try {
        manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(manifestPath);
    }
    catch (err) {
        return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
    }
    const file = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .dumpPathOf */ .$9)(manifestPath, manifest);
    const problems = [];
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return { ok: false, problems: [`dump file ${file} named by the manifest does not exist`] };
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    if (size !== manifest.sizeBytes) {
        problems.push(`dump file ${file} is ${size} bytes, the manifest says ${manifest.sizeBytes} (${size < manifest.sizeBytes ? 'truncated' : 'changed'})`);
    }
    const { sha256 } = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(file);
    if (sha256 !== manifest.sha256)
        problems.push(`dump file ${file} has SHA-256 ${sha256}, the manifest says ${manifest.sha256} (corrupt or replaced)`);
    if (opts.deep && !problems.length) {
        const major = (0,_postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolVersion */ .mR)(`(PostgreSQL) ${manifest.pgDumpVersion}`)?.major ?? manifest.serverMajor;
        const tools = await (0,_postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .findClientTools */ .Mt)(major, opts.searchPath ? { searchPath: opts.searchPath } : {});
        const r = await (0,_archive_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArchive */ .P)(file, tools);
        problems.push(...r.problems);
        if (r.toc) {
            const tables = (0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_3__/* .tocTables */ .CW)(r.toc).length;
            if (tables !== manifest.tableCount)
                problems.push(`the archive lists ${tables} tables, the manifest says ${manifest.tableCount}`);
        }
    }
    return { ok: problems.length === 0, problems };
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
// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(6221);
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
// EXTERNAL MODULE: ./src/backup/naming.ts
var naming = __webpack_require__(4388);
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
    if (file.endsWith(naming/* MANIFEST_SUFFIX */.OK)) {
        const manifest = (0,backup_manifest/* readManifest */.WI)(file);
        return { dumpPath: (0,backup_manifest/* dumpPathOf */.$9)(file, manifest), manifest, manifestPath: file };
    }
    const sibling = file.endsWith(naming/* DUMP_SUFFIX */.VU) ? file.slice(0, -naming/* DUMP_SUFFIX */.VU.length) + naming/* MANIFEST_SUFFIX */.OK : undefined;
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
            next: `type the database name back: --confirm ${(0,shell_quote/* shellQuote */.ZL)(target.database)}`,
        });
    }
    // 2. Integrity first: a corrupt or truncated file stops here, before any connection to the target.
    if (src.manifestPath) {
        const v = await (0,verify/* verifyBackup */.g)(src.manifestPath);
        if (!v.ok) {
            throw new errors/* UserError */.y(`backup ${src.manifest.backupId} failed its integrity check:\n${v.problems.map((p) => `  - ${p}`).join('\n')}`, {
                why: 'restoring a corrupt or truncated dump could leave the target half-restored; the target was not touched',
                next: `pick another backup (ls ${external_node_path_default().dirname(src.manifestPath)}/*${naming/* MANIFEST_SUFFIX */.OK}) and run the restore with it`,
                exitCode: 1,
            });
        }
    }
    else {
        const expected = opts.sha256?.trim().toLowerCase();
        if (!expected) {
            throw new errors/* UserError */.y(`backup ${opts.backup} has no manifest beside it, so its integrity cannot be checked`, {
                why: 'restore checks the SHA-256 recorded at backup time before it touches the target',
                next: `pass the manifest (<backup-id>${naming/* MANIFEST_SUFFIX */.OK}) as --backup, or the file's known checksum with --sha256 <hex> (sha256sum ${opts.backup})`,
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
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(94);
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


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ DEFAULT_MASKING),
/* harmony export */   dA: () => (/* binding */ DEFAULT_GATES),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENVIRONMENTS, DEFAULT_FORBIDDEN_NAMES, DEFAULT_DEPLOY_LOCK_TIMEOUT */
const gates = (on) => ({
    'branch-environment': true,
    'history-integrity': true,
    confirmation: on.includes('confirmation'),
    backup: on.includes('backup'),
    'staging-first': on.includes('staging-first'),
    lint: on.includes('lint'),
    health: on.includes('health'),
    tls: on.includes('tls'),
});
/** The gates each guide tier gets when the config does not say otherwise. */
const DEFAULT_GATES = {
    dev: gates([]),
    staging: gates(['backup', 'lint', 'health', 'tls']),
    prod: gates(['backup', 'staging-first', 'confirmation', 'lint', 'health', 'tls']),
};
/** The guide's three tiers ("Git Branch -> Database Mapping"). */
const DEFAULT_ENVIRONMENTS = [
    { name: 'dev', branches: ['develop'], database: 'dev_girok_user', githubEnvironment: 'development', production: false, gates: DEFAULT_GATES.dev, backupMaxAgeMinutes: 60 },
    { name: 'staging', branches: ['release/*'], database: 'staging_girok_user', githubEnvironment: 'staging', production: false, gates: DEFAULT_GATES.staging, backupMaxAgeMinutes: 60 },
    { name: 'prod', branches: ['main'], database: 'girok_user', githubEnvironment: 'production', production: true, gates: DEFAULT_GATES.prod, backupMaxAgeMinutes: 60 },
];
/** Names that say nothing about the change ("Use descriptive migration names"). */
const DEFAULT_FORBIDDEN_NAMES = [
    'migration', 'migrations', 'test', 'tests', 'tmp', 'temp', 'wip', 'fix', 'fixes', 'update', 'updates',
    'change', 'changes', 'new', 'misc', 'stuff', 'init2', 'foo', 'bar', 'asdf', 'todo', 'draft', 'auto',
    'schema', 'db', 'prisma', 'untitled',
];
/** The guide's masking list: user emails, user names, provider ids, refresh tokens, OAuth secrets. */
const DEFAULT_MASKING = {
    User: { email: { kind: 'email' }, name: { kind: 'name' }, providerId: { kind: 'prefix', value: 'masked_' } },
    Session: { refreshToken: { kind: 'random-hash' } },
    OAuthConfig: { clientSecret: { kind: 'prefix', value: 'masked_secret_' } },
};
/** apply-migration's lock_timeout when neither its input nor the config sets one. */
const DEFAULT_DEPLOY_LOCK_TIMEOUT = '5s';
function defaultConfig() {
    return {
        file: undefined,
        environments: structuredClone(DEFAULT_ENVIRONMENTS),
        services: [],
        migrations: { forbiddenNames: [...DEFAULT_FORBIDDEN_NAMES], minNameLength: 3, namePattern: undefined },
        lint: { rules: {}, baseline: [], largeTableRows: 1_000_000 },
        deploy: { lockTimeout: DEFAULT_DEPLOY_LOCK_TIMEOUT },
        backup: { retentionDays: 30 },
        sync: { keepOld: 1, strict: true, masking: structuredClone(DEFAULT_MASKING), piiPatterns: [] },
        health: { longRunningSeconds: 300, maxConnectionsRatio: 0.9, maxTransactionAgeSeconds: 300 },
    };
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigError: () => (/* binding */ ConfigError),
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(6221);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/schema.ts


/** The YAML shape of `.github/migration-gates.yml` (kebab-case keys; unknown keys are errors). */
const severity = schemas/* enum */.k5n(['off', 'notice', 'warning', 'error']);
const branchList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]);
const maskStrategy = schemas/* string */.YjP()
    .regex(/^(email|name|random-hash|keyed-hash|null|keep|prefix:.*|constant:.*)$/, {
    message: 'expected one of email, name, prefix:<p>, random-hash, keyed-hash, constant:<v>, null, keep',
});
const gatesShape = Object.fromEntries(types/* GATE_NAMES */.r.map((g) => [g, schemas/* boolean */.zMY().optional()]));
const environmentSchema = schemas/* strictObject */.rej({
    branch: branchList.optional(),
    branches: branchList.optional(),
    database: schemas/* string */.YjP().min(1).max(63),
    'github-environment': schemas/* string */.YjP().min(1).optional(),
    production: schemas/* boolean */.zMY().optional(),
    gates: schemas/* strictObject */.rej(gatesShape).optional(),
    'backup-max-age-minutes': schemas/* number */.aig().int().positive().optional(),
});
const serviceSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]+$/, { message: 'letters, digits, dot, dash and underscore only' }),
    path: schemas/* string */.YjP(),
    schema: schemas/* string */.YjP().optional(),
    migrations: schemas/* string */.YjP().optional(),
});
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).optional(),
    environments: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9_-]+$/), environmentSchema).optional(),
    services: schemas/* array */.YOg(serviceSchema).optional(),
    migrations: schemas/* strictObject */.rej({
        'forbidden-names': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        'min-name-length': schemas/* number */.aig().int().min(1).optional(),
        'name-pattern': schemas/* string */.YjP().optional(),
    })
        .optional(),
    lint: schemas/* strictObject */.rej({
        rules: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z0-9-]+$/), severity).optional(),
        baseline: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        'large-table-rows': schemas/* number */.aig().int().positive().optional(),
    })
        .optional(),
    deploy: schemas/* strictObject */.rej({
        // A duration as PostgreSQL writes it (bare = ms); 0 or off turns it off. No spaces: it goes into a -c option.
        'lock-timeout': schemas/* union */.KCZ([schemas/* string */.YjP().regex(/^(\d+(ms|s|min|h|d)?|off)$/, { message: 'expected a duration such as 5s, 500ms, 2min, or 0/off' }), schemas/* literal */.euz(0), schemas/* literal */.euz(false)]).optional(),
    })
        .optional(),
    backup: schemas/* strictObject */.rej({ 'retention-days': schemas/* number */.aig().int().min(1).max(90).optional() }).optional(),
    sync: schemas/* strictObject */.rej({
        'keep-old': schemas/* number */.aig().int().min(0).optional(),
        strict: schemas/* boolean */.zMY().optional(),
        masking: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* record */.g1P(schemas/* string */.YjP().min(1), maskStrategy)).optional(),
        'pii-patterns': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    })
        .optional(),
    health: schemas/* strictObject */.rej({
        'long-running-seconds': schemas/* number */.aig().positive().optional(),
        'max-connections-ratio': schemas/* number */.aig().gt(0).max(1).optional(),
        'max-transaction-age-seconds': schemas/* number */.aig().positive().optional(),
    })
        .optional(),
});

;// CONCATENATED MODULE: ./src/config/load.ts








const DEFAULT_CONFIG_PATH = '.github/migration-gates.yml';
class ConfigError extends errors/* UserError */.y {
    constructor(file, problems) {
        super(`invalid config ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
            why: 'the config decides which branch deploys where and which gates run; a guess would be unsafe',
            next: `fix ${file} (reference: README "Configuration"), then run: npx migration-gates config --config ${(0,shell_quote/* shellQuote */.ZL)(file)}`,
        });
        this.name = 'ConfigError';
    }
}
/**
 * Load and validate the config. A missing file at the default path means the guide's defaults;
 * a missing file named explicitly is an error.
 */
function loadConfig(repoRoot, configPath) {
    const rel = configPath && configPath.trim() ? configPath.trim() : DEFAULT_CONFIG_PATH;
    const abs = external_node_path_default().resolve(repoRoot, rel);
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (configPath && configPath.trim() && rel !== DEFAULT_CONFIG_PATH) {
            throw new errors/* UserError */.y(`config file ${rel} does not exist`, {
                why: 'the config input names a file that is not in the checkout',
                next: `create ${rel}, or omit the config input to use the defaults`,
            });
        }
        return (0,defaults/* defaultConfig */.sb)();
    }
    return parseConfig((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel, repoRoot, abs);
}
function parseConfig(text, displayName, repoRoot, abs) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        throw new ConfigError(displayName, doc.errors.map((e) => `line ${lineCounter.linePos(e.pos[0]).line}: YAML: ${e.message.split('\n')[0]}`));
    }
    const raw = doc.toJS() ?? {};
    const parsed = configSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            if (keys.length) {
                return keys
                    .map((k) => {
                    const p = [...issue.path, k];
                    return `${locate(doc, lineCounter, p, true)}${keyPath(p)}: unknown key (expected one of: ${knownKeys(issue.path)})`;
                })
                    .join('\n  - ');
            }
            return `${locate(doc, lineCounter, issue.path, false)}${keyPath(issue.path) || '(top level)'}: ${issue.message}`;
        });
        throw new ConfigError(displayName, problems);
    }
    const cfg = normalize(parsed.data, repoRoot, abs);
    const semantic = validateSemantics(cfg, repoRoot, parsed.data);
    if (semantic.length) {
        throw new ConfigError(displayName, semantic.map((s) => `${locate(doc, lineCounter, s.path, false)}${keyPath(s.path)}: ${s.message}`));
    }
    return cfg;
}
function keyPath(p) {
    return p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}
function knownKeys(parent) {
    let s = configSchema;
    for (const k of parent) {
        const def = s.def;
        let cur = s;
        while (cur.def?.type === 'optional')
            cur = cur.def.innerType;
        const d = cur.def;
        if (d?.type === 'object')
            s = d.shape?.[String(k)];
        else if (d?.type === 'record')
            s = d.valueType;
        else if (d?.type === 'array')
            s = d.element;
        else
            return '?';
    }
    let cur = s;
    while (cur?.def?.type === 'optional')
        cur = cur.def.innerType;
    const shape = cur?.def?.shape;
    return shape ? Object.keys(shape).join(', ') : '?';
}
/** "line N: " for a key path, from the YAML node (the key itself for unknown keys). */
function locate(doc, lc, p, keyNode) {
    const parentPath = keyNode ? p.slice(0, -1) : p;
    let node = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (keyNode && (0,dist/* isMap */.jh)(node)) {
        const last = p[p.length - 1];
        const pair = node.items.find((it) => (0,dist/* isScalar */.jn)(it.key) && it.key.value === last);
        node = pair?.key;
    }
    // A missing key: point at its parent.
    for (let i = parentPath.length - 1; !node && i >= 0; i--)
        node = doc.getIn(parentPath.slice(0, i), true);
    const range = node?.range;
    return range ? `line ${lc.linePos(range[0]).line}: ` : '';
}
function toList(v) {
    return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}
function parseMask(s) {
    if (s.startsWith('prefix:'))
        return { kind: 'prefix', value: s.slice(7) };
    if (s.startsWith('constant:'))
        return { kind: 'constant', value: s.slice(9) };
    return { kind: s };
}
function normalize(f, repoRoot, abs) {
    const cfg = (0,defaults/* defaultConfig */.sb)();
    cfg.file = abs;
    if (f.environments) {
        cfg.environments = Object.entries(f.environments).map(([name, e]) => {
            const production = e.production ?? (name === 'prod' || name === 'production');
            const base = production ? defaults/* DEFAULT_GATES */.dA.prod : name === 'staging' ? defaults/* DEFAULT_GATES */.dA.staging : defaults/* DEFAULT_GATES */.dA.dev;
            return {
                name,
                branches: toList(e.branches) ?? toList(e.branch) ?? [],
                database: e.database,
                githubEnvironment: e['github-environment'] ?? name,
                production,
                gates: { ...base, ...Object.fromEntries(Object.entries(e.gates ?? {}).filter(([, v]) => v !== undefined)) },
                backupMaxAgeMinutes: e['backup-max-age-minutes'] ?? 60,
            };
        });
    }
    if (f.services) {
        cfg.services = f.services.map((s) => {
            const root = posix(s.path);
            return {
                name: s.name,
                root,
                schema: posix(external_node_path_default().posix.join(root, s.schema ?? 'prisma/schema.prisma')),
                migrations: posix(external_node_path_default().posix.join(root, s.migrations ?? 'prisma/migrations')),
            };
        });
    }
    const m = f.migrations;
    if (m?.['forbidden-names'])
        cfg.migrations.forbiddenNames = m['forbidden-names'].map((n) => n.toLowerCase());
    if (m?.['min-name-length'])
        cfg.migrations.minNameLength = m['min-name-length'];
    if (m?.['name-pattern'])
        cfg.migrations.namePattern = m['name-pattern'];
    if (f.lint?.rules)
        cfg.lint.rules = { ...f.lint.rules };
    if (f.lint?.baseline)
        cfg.lint.baseline = f.lint.baseline;
    if (f.lint?.['large-table-rows'])
        cfg.lint.largeTableRows = f.lint['large-table-rows'];
    const lt = f.deploy?.['lock-timeout'];
    if (lt !== undefined)
        cfg.deploy.lockTimeout = lt === false || lt === 0 || lt === 'off' ? '0' : lt;
    if (f.backup?.['retention-days'])
        cfg.backup.retentionDays = f.backup['retention-days'];
    const s = f.sync;
    if (s?.['keep-old'] !== undefined)
        cfg.sync.keepOld = s['keep-old'];
    if (s?.strict !== undefined)
        cfg.sync.strict = s.strict;
    if (s?.masking) {
        cfg.sync.masking = Object.fromEntries(Object.entries(s.masking).map(([t, cols]) => [t, Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, parseMask(v)]))]));
    }
    if (s?.['pii-patterns'])
        cfg.sync.piiPatterns = s['pii-patterns'];
    const h = f.health;
    if (h?.['long-running-seconds'])
        cfg.health.longRunningSeconds = h['long-running-seconds'];
    if (h?.['max-connections-ratio'])
        cfg.health.maxConnectionsRatio = h['max-connections-ratio'];
    if (h?.['max-transaction-age-seconds'])
        cfg.health.maxTransactionAgeSeconds = h['max-transaction-age-seconds'];
    void repoRoot;
    return cfg;
}
function posix(p) {
    return external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\/?$/, '').replace(/^\.\//, '').replace(/\/$/, '');
}
function validateSemantics(cfg, repoRoot, file) {
    const problems = [];
    for (const env of cfg.environments) {
        if (!env.branches.length)
            problems.push({ path: ['environments', env.name], message: 'needs branch: or branches: (e.g. branch: main)' });
        // Point at the key the file uses (branch or branches, scalar or list item).
        const raw = file?.environments?.[env.name];
        const key = raw?.branches !== undefined ? 'branches' : 'branch';
        const isList = Array.isArray(raw?.[key]);
        env.branches.forEach((b, i) => {
            try {
                picomatch_default().makeRe(b, { strictBrackets: true });
                if (/\s/.test(b) || b.startsWith('refs/'))
                    throw new Error('x');
            }
            catch {
                problems.push({
                    path: isList ? ['environments', env.name, key, i] : ['environments', env.name, key],
                    message: `branch pattern "${b}" is not a valid glob${i ? ` (entry ${i})` : ''} (expected a branch name like main or a glob like release/*, without refs/heads/)`,
                });
            }
        });
    }
    // Two environments must never claim one branch: a deploy target would be a guess.
    for (let i = 0; i < cfg.environments.length; i++) {
        for (let j = i + 1; j < cfg.environments.length; j++) {
            const a = cfg.environments[i];
            const b = cfg.environments[j];
            const clash = a.branches.find((pa) => b.branches.some((pb) => pa === pb || safeMatch(pa, pb) || safeMatch(pb, pa)));
            if (clash) {
                problems.push({
                    path: ['environments', b.name],
                    message: `environments "${a.name}" and "${b.name}" both match branch "${clash}"; each branch must map to one environment`,
                });
            }
        }
    }
    const seen = new Set();
    cfg.services.forEach((s, i) => {
        if (seen.has(s.name))
            problems.push({ path: ['services', i, 'name'], message: `duplicate service name "${s.name}"` });
        seen.add(s.name);
        if (s.root.startsWith('..') || external_node_path_default().isAbsolute(s.root)) {
            problems.push({ path: ['services', i, 'path'], message: `"${s.root}" must be a folder inside the repository` });
            return;
        }
        const dir = external_node_path_default().join(repoRoot, s.migrations);
        if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
            problems.push({
                path: ['services', i, 'migrations'],
                message: `migrations directory ${s.migrations} does not exist (create it with: npx prisma migrate dev --name init)`,
            });
        }
    });
    for (const p of cfg.sync.piiPatterns) {
        try {
            new RegExp(p, 'i');
        }
        catch {
            problems.push({ path: ['sync', 'pii-patterns'], message: `"${p}" is not a valid regular expression` });
        }
    }
    if (cfg.migrations.namePattern) {
        try {
            new RegExp(cfg.migrations.namePattern);
        }
        catch {
            problems.push({ path: ['migrations', 'name-pattern'], message: `"${cfg.migrations.namePattern}" is not a valid regular expression` });
        }
    }
    return problems;
}
function safeMatch(glob, branch) {
    try {
        return picomatch_default().isMatch(branch, glob);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ GATE_NAMES)
/* harmony export */ });
/** Gate names, in the order apply-migration evaluates them. */
const GATE_NAMES = [
    'branch-environment',
    'confirmation',
    'backup',
    'staging-first',
    'lint',
    'history-integrity',
    'health',
    'tls',
];


/***/ })

};
