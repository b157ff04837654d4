export const id = 257;
export const ids = [257];
export const modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Human figures for progress lines and summaries. */
function formatBytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}
function formatSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    if (s < 60)
        return `${s.toFixed(s < 10 ? 1 : 0)} s`;
    const m = Math.floor(s / 60);
    const r = Math.round(s % 60);
    if (m < 60)
        return `${m} min ${r} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}
function formatRate(bytesPerSecond) {
    return `${formatBytes(Math.round(bytesPerSecond))}/s`;
}
/** A name from a database (possibly hostile) made safe for one log line: no control characters. */
function printable(s) {
    return s.replace(/[\u0000-\u001f\u007f]/g, '?');
}


/***/ }),

/***/ 1223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** SHA-256 of a file, streamed: memory stays flat whatever the size. */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 1024 * 1024 })) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}


/***/ }),

/***/ 9336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VU: () => (/* binding */ DUMP_SUFFIX),
  OK: () => (/* binding */ MANIFEST_SUFFIX),
  $9: () => (/* binding */ dumpPathOf),
  g7: () => (/* binding */ findLatestManifest),
  po: () => (/* binding */ listManifests),
  WI: () => (/* binding */ readManifest),
  HN: () => (/* binding */ writeManifest)
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
;// CONCATENATED MODULE: ./src/backup/manifest.ts




/** `<backupId>.manifest.json` beside `<backupId>.dump`. */
const MANIFEST_SUFFIX = '.manifest.json';
const DUMP_SUFFIX = '.dump';
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
            next: `list the backups with: ls ${external_node_path_default().dirname(manifestPath)}/*${MANIFEST_SUFFIX}`,
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
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(manifest, null, 2) + '\n');
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
        if (!n.endsWith(MANIFEST_SUFFIX))
            continue;
        const manifestPath = external_node_path_default().join(directory, n);
        try {
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

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ checkArchive),
/* harmony export */   g: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _postgres_client_tools_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7706);
/* harmony import */ var _postgres_dump_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8677);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5655);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1223);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9336);







/** Custom-format archives start with these bytes. */
const MAGIC = Buffer.from('PGDMP');
function startsWithMagic(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const buf = Buffer.alloc(MAGIC.length);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, 0);
        return n === MAGIC.length && buf.equals(MAGIC);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The archive checks of a fresh dump: non-empty, a custom-format header, a readable
 * `pg_restore --list`, and every catalog table present in its table of contents (matched by OID,
 * so no table name, however odd, can confuse the match).
 */
async function checkArchive(file, tools, expected) {
    const problems = [];
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    if (size === 0)
        return { problems: [`${file} is empty`] };
    if (!startsWithMagic(file))
        return { problems: [`${file} is not a pg_dump custom-format archive (no PGDMP header)`] };
    let toc;
    try {
        toc = await (0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_3__/* .readArchiveToc */ .ZA)(file, tools);
    }
    catch (err) {
        return { problems: [err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y ? err.message : String(err)] };
    }
    if (expected) {
        const inToc = new Set((0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_3__/* .tocTables */ .CW)(toc).map((e) => e.oid));
        const missing = expected.filter((t) => !inToc.has(t.oid));
        for (const t of missing.slice(0, 20))
            problems.push(`table ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g$)(t.schema)}.${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g$)(t.name)} is in the database but not in the backup`);
        if (missing.length > 20)
            problems.push(`... and ${missing.length - 20} more tables missing from the backup`);
    }
    return { problems, toc };
}
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
        const r = await checkArchive(file, tools);
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

/***/ 7706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ installHint),
/* harmony export */   Mt: () => (/* binding */ findClientTools),
/* harmony export */   Vb: () => (/* binding */ libpqConnection),
/* harmony export */   mR: () => (/* binding */ parseToolVersion)
/* harmony export */ });
/* unused harmony exports DEBIAN_PG_LIB, defaultSearchPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7212);




/** Where Debian/Ubuntu's postgresql-client-<N> packages install their binaries. */
const DEBIAN_PG_LIB = '/usr/lib/postgresql';
/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" -> { version: "15.20", major: 15 }; 9.6.x -> major 9. */
function parseToolVersion(text) {
    const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
    if (!m)
        return undefined;
    const version = [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.');
    return { version, major: Number(m[1]) };
}
const versionCache = new Map();
/** Ask a program its version; null when it does not answer like a PostgreSQL tool. */
async function toolVersion(file) {
    const key = file;
    if (versionCache.has(key))
        return versionCache.get(key);
    let v = null;
    try {
        const r = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(file, ['--version'], { timeoutMs: 15_000 });
        if (r.code === 0)
            v = parseToolVersion(r.stdout) ?? null;
    }
    catch {
        v = null;
    }
    versionCache.set(key, v);
    return v;
}
function executable(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** PATH first, then every /usr/lib/postgresql/<N>/bin, newest major first. */
function defaultSearchPath() {
    const dirs = (process.env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)).filter(Boolean);
    let versions = [];
    try {
        versions = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(DEBIAN_PG_LIB).filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => b - a);
    }
    catch {
        versions = [];
    }
    for (const v of versions)
        dirs.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(DEBIAN_PG_LIB, String(v), 'bin'));
    return dirs;
}
/**
 * Pick a pg_dump/pg_restore pair of the server's major or newer, highest first. pg_dump refuses a
 * server newer than itself ("aborting because of server version mismatch"), and pg_restore cannot
 * read an archive written by a newer pg_dump: a mismatch is an error that names both versions and
 * the package that fixes it, never a silent pg_dump failure later.
 */
async function findClientTools(serverMajor, opts = {}) {
    const dirs = opts.searchPath ?? defaultSearchPath();
    const direct = opts.searchPath ? [] : debianVersionDirs();
    const seen = new Set();
    const probes = [];
    const psqls = [];
    for (const dir of dirs) {
        const pgDump = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'pg_dump');
        const psql = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'psql');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(psql) && executable(psql))
            psqls.push(psql);
        const pgRestore = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'pg_restore');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pgDump) || !executable(pgDump) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pgRestore) || !executable(pgRestore))
            continue;
        const real = realpathOr(pgDump);
        // /bin and /usr/bin are often one folder: ask each real program once.
        if (seen.has(real))
            continue;
        seen.add(real);
        // Debian's pg_wrapper (a Perl script, ~0.3 s a call) only dispatches to the
        // /usr/lib/postgresql/<N>/bin programs, which are asked directly.
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(real) === 'pg_wrapper' && direct.length)
            continue;
        probes.push({ dir, pgDump, pgRestore, order: probes.length });
    }
    // Ask every candidate at once: each answer is a process start.
    const answered = await Promise.all(probes.map(async (p) => {
        const [v, rv] = await Promise.all([toolVersion(p.pgDump), toolVersion(p.pgRestore)]);
        return v && rv && rv.major === v.major ? { ...p, version: v.version, major: v.major } : undefined;
    }));
    const candidates = answered.filter((c) => c !== undefined);
    const suitable = candidates.filter((c) => c.major >= serverMajor).sort((a, b) => b.major - a.major || a.order - b.order);
    const best = suitable[0];
    if (!best)
        throw mismatchError(serverMajor, candidates, dirs);
    const sameDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(best.dir, 'psql');
    return {
        pgDump: best.pgDump,
        pgRestore: best.pgRestore,
        psql: psqls.includes(sameDir) ? sameDir : psqls[0] ?? 'psql',
        version: best.version,
        major: best.major,
    };
}
function realpathOr(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    }
    catch {
        return file;
    }
}
/** /usr/lib/postgresql/<N>/bin folders that hold a pg_dump. */
function debianVersionDirs() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(DEBIAN_PG_LIB)
            .filter((d) => /^\d+$/.test(d))
            .map((d) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(DEBIAN_PG_LIB, d, 'bin'))
            .filter((d) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, 'pg_dump')));
    }
    catch {
        return [];
    }
}
/** The fix on GitHub's Ubuntu runners and Debian: the PostgreSQL apt repository's client package. */
function installHint(major) {
    return (`install the PostgreSQL ${major} client from the PostgreSQL apt repository: ` +
        `sudo apt-get install -y postgresql-common && sudo /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y && ` +
        `sudo apt-get install -y postgresql-client-${major} ` +
        `(the backup-before-deploy composite action does this for you on GitHub's Ubuntu runners)`);
}
function mismatchError(serverMajor, found, dirs) {
    if (!found.length) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`no pg_dump/pg_restore found for the PostgreSQL ${serverMajor} server`, {
            why: `none on PATH or in ${DEBIAN_PG_LIB}/<N>/bin (searched: ${dirs.join(', ') || '(nothing)'})`,
            next: installHint(serverMajor),
        });
    }
    const list = [...new Map(found.map((c) => [c.version, c])).values()].map((c) => `${c.version} (${c.pgDump})`).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`pg_dump is older than the server: found pg_dump ${list}, the server is PostgreSQL ${serverMajor}`, {
        why: `pg_dump and pg_restore must be of the server's major version (${serverMajor}) or newer; an older pg_dump aborts with "server version mismatch"`,
        next: installHint(serverMajor),
    });
}
/** libpq accepts only these URI query parameters; Prisma adds others (schema, connection_limit...). */
const LIBPQ_PARAMS = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'passfile', 'channel_binding', 'connect_timeout',
    'client_encoding', 'options', 'application_name', 'fallback_application_name', 'keepalives',
    'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
    'gssencmode', 'sslmode', 'requiressl', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword',
    'sslcertmode', 'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'require_auth',
    'ssl_min_protocol_version', 'ssl_max_protocol_version', 'krbsrvname', 'gsslib', 'gssdelegation',
    'service', 'target_session_attrs', 'load_balance_hosts',
]);
/**
 * How to hand a target to pg_dump/pg_restore/psql: a libpq URL without the password (argv is
 * visible to every user of the machine through ps), the password in PGPASSWORD, and Prisma-only
 * query parameters removed (libpq rejects them: `invalid URI query parameter: "schema"`).
 */
function libpqConnection(target, env = process.env) {
    const u = new URL(target.url);
    const password = u.password ? decodeURIComponent(u.password) : undefined;
    u.password = '';
    for (const key of [...u.searchParams.keys()])
        if (!LIBPQ_PARAMS.has(key))
            u.searchParams.delete(key);
    // Prisma's sslmode=prefer/require/disable are libpq's too; sslaccept is Prisma-only and dropped above.
    u.protocol = 'postgresql:';
    const out = { ...env };
    if (password !== undefined)
        out.PGPASSWORD = password;
    return { dbname: u.toString(), env: out };
}


/***/ }),

/***/ 8677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ tocTableData),
/* harmony export */   CW: () => (/* binding */ tocTables),
/* harmony export */   ZA: () => (/* binding */ readArchiveToc),
/* harmony export */   pn: () => (/* binding */ restoreFromFile),
/* harmony export */   wr: () => (/* binding */ dumpToFile)
/* harmony export */ });
/* unused harmony export parseToc */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7212);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7733);
/* harmony import */ var _client_tools_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7706);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6741);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8638);












/** Keep the last part of a child's stderr: enough for the error, never unbounded memory. */
function tailCollector(limit = 64 * 1024) {
    let buf = '';
    return {
        push: (c) => {
            buf += c.toString('utf8');
            if (buf.length > limit)
                buf = buf.slice(buf.length - limit);
        },
        text: () => (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(buf.trim()),
    };
}
/**
 * `pg_dump -Fc` streamed to disk, SHA-256 computed on the way: one pass, memory flat whatever the
 * database size (the pipe applies back-pressure). The file is fsynced, as pg_dump does with -f.
 * Streaming means the archive carries no data offsets; pg_restore reads it sequentially, which
 * a single-transaction restore does anyway.
 */
async function dumpToFile(opts) {
    const started = Date.now();
    const appName = `migration-gates-dump-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
    const conn = (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_9__/* .libpqConnection */ .Vb)(opts.target);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(opts.tools.pgDump, ['--format=custom', '--no-password', ...(opts.args ?? []), `--dbname=${conn.dbname}`], {
        env: { ...conn.env, PGAPPNAME: appName },
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
    });
    const stderr = tailCollector();
    child.stderr.on('data', (c) => stderr.push(c));
    const exited = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: null, signal: null, error }));
        child.on('close', (code, signal) => resolve({ code, signal }));
    });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let written = 0;
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, cb) {
            hash.update(chunk);
            written += chunk.length;
            cb(null, chunk);
        },
    });
    const poller = opts.onProgress ? new CopyProgressPoller(opts.target, appName, opts.estimateBytes) : undefined;
    const interval = opts.progressIntervalMs ?? 5000;
    const sample = (done) => {
        const elapsed = (Date.now() - started) / 1000;
        const copied = poller?.copied();
        const estimate = poller?.estimate ?? opts.estimateBytes;
        const measure = copied ?? written;
        const rate = elapsed > 0 ? measure / elapsed : 0;
        const eta = !done && copied !== undefined && estimate && rate > 0 && copied < estimate ? (estimate - copied) / rate : undefined;
        return { phase: 'dump', done, elapsedSeconds: elapsed, fileBytes: written, copiedBytes: copied, estimateBytes: estimate, rate, etaSeconds: eta };
    };
    const timer = opts.onProgress ? setInterval(() => opts.onProgress(sample(false)), interval) : undefined;
    timer?.unref();
    poller?.start(Math.min(1000, interval));
    let streamError;
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(child.stdout, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(opts.file, { highWaterMark: 1024 * 1024 }));
    }
    catch (err) {
        streamError = err;
        child.kill('SIGTERM');
    }
    const exit = await exited;
    if (timer)
        clearInterval(timer);
    await poller?.stop();
    if (exit.error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(opts.file, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot run ${opts.tools.pgDump}: ${exit.error.message}`, {
            why: 'pg_dump must be installed and executable on this runner',
            next: (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_9__/* .installHint */ .J8)(opts.tools.major),
        });
    }
    if (exit.code !== 0 || streamError) {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(opts.file, { force: true });
        throw dumpError(opts.target, exit.code, exit.signal, stderr.text(), streamError);
    }
    await fsyncFile(opts.file);
    const result = { file: opts.file, sizeBytes: written, sha256: hash.digest('hex'), seconds: (Date.now() - started) / 1000 };
    opts.onProgress?.(sample(true));
    return result;
}
function dumpError(target, code, signal, stderr, streamError) {
    const where = (0,_url_js__WEBPACK_IMPORTED_MODULE_11__/* .describeTarget */ .ff)(target);
    if (streamError) {
        const msg = streamError instanceof Error ? streamError.message : String(streamError);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`pg_dump of ${where} could not be written to disk: ${(0,_security_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(msg)}`, {
            why: 'the backup folder must be writable and have room for the dump',
            next: 'free disk space or choose another directory, then run the backup again',
        });
    }
    const detail = stderr || `exit code ${code ?? signal}`;
    if (/server version mismatch/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`pg_dump refused ${where}: ${detail}`, { why: 'pg_dump must be of the server\'s major version or newer', next: (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_9__/* .installHint */ .J8)(Number(/server version: (\d+)/.exec(stderr)?.[1] ?? 0) || 16) });
    }
    if (/permission denied/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`pg_dump of ${where} failed: ${detail}`, {
            why: 'the backup role must be able to read every table, sequence and schema',
            next: 'run the backup as the database owner, or GRANT pg_read_all_data TO <backup role> (PostgreSQL 14+)',
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`pg_dump of ${where} failed: ${detail}`, {
        why: 'no backup was written; the partial file was removed',
        next: `check the error above, then run: npx migration-gates backup --database-url "<url>" --environment <env> --directory <dir>`,
    });
}
async function fsyncFile(file) {
    const fh = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.open(file, 'r');
    try {
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    // The directory entry too, so the file survives a crash right after.
    try {
        const dh = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.open(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), 'r');
        try {
            await dh.sync();
        }
        finally {
            await dh.close();
        }
    }
    catch {
        /* some filesystems refuse fsync on a directory */
    }
}
/**
 * Table bytes the server has sent to pg_dump so far, from pg_stat_progress_copy (PostgreSQL 14+):
 * one COPY per table; when a backend's relid changes, the previous table is done.
 */
class CopyProgressPoller {
    target;
    appName;
    estimate;
    client;
    timer;
    completed = 0;
    current = new Map();
    busy = Promise.resolve();
    disabled = false;
    constructor(target, appName, estimate) {
        this.target = target;
        this.appName = appName;
        this.estimate = estimate;
    }
    start(everyMs) {
        this.busy = this.open();
        this.timer = setInterval(() => {
            this.busy = this.busy.then(() => this.poll());
        }, everyMs);
        this.timer.unref();
    }
    async open() {
        try {
            this.client = await (0,_connect_js__WEBPACK_IMPORTED_MODULE_10__/* .connect */ .Ng)(this.target, { applicationName: 'migration-gates-progress', readOnly: true, connectTimeoutSeconds: 5 });
            if (this.estimate === undefined) {
                const r = await this.client.query('SELECT pg_database_size(current_database())::text AS size');
                this.estimate = Number(r.rows[0].size);
            }
        }
        catch {
            // Progress is a courtesy: without it the dump still runs and reports bytes written.
            this.disabled = true;
        }
    }
    async poll() {
        if (this.disabled || !this.client)
            return;
        try {
            const r = await this.client.query(`SELECT p.pid, p.relid::text AS relid, p.bytes_processed::text AS bytes
           FROM pg_stat_progress_copy p JOIN pg_stat_activity a ON a.pid = p.pid
          WHERE a.application_name = $1`, [this.appName]);
            const seen = new Set();
            for (const row of r.rows) {
                seen.add(row.pid);
                const prev = this.current.get(row.pid);
                if (prev && prev.relid !== row.relid)
                    this.completed += prev.bytes;
                this.current.set(row.pid, { relid: row.relid, bytes: Number(row.bytes) });
            }
            for (const [pid, prev] of this.current) {
                if (!seen.has(pid)) {
                    this.completed += prev.bytes;
                    this.current.delete(pid);
                }
            }
        }
        catch {
            this.disabled = true; // PostgreSQL < 14 has no pg_stat_progress_copy
        }
    }
    copied() {
        if (this.disabled || !this.client)
            return undefined;
        let sum = this.completed;
        for (const c of this.current.values())
            sum += c.bytes;
        return sum;
    }
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        await this.busy.catch(() => undefined);
        await this.client?.end().catch(() => undefined);
    }
}
/** Run `pg_restore --list`: the archive's table of contents, or a clear error if unreadable. */
async function readArchiveToc(file, tools) {
    // Absolute, so a file name can never be read as an option.
    const r = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_7__/* .run */ .e)(tools.pgRestore, ['--list', node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file)], { timeoutMs: 10 * 60_000 });
    if (r.code !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`pg_restore --list cannot read ${file}: ${(0,_security_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(r.stderr.trim()) || `exit code ${r.code}`}`, {
            why: 'the file is not a readable pg_dump custom-format archive (truncated, corrupt, or written by a newer pg_dump)',
            next: 'take a new backup, or install a pg_restore at least as new as the pg_dump that wrote it',
        });
    }
    return parseToc(r.stdout);
}
function parseToc(text) {
    const header = {};
    const entries = [];
    for (const line of text.split('\n')) {
        const h = /^;\s+([A-Za-z][A-Za-z ]*?):\s+(.*)$/.exec(line);
        if (h) {
            header[h[1]] = h[2];
            continue;
        }
        const m = /^(\d+);\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
        if (m)
            entries.push({ dumpId: Number(m[1]), catalogOid: Number(m[2]), oid: Number(m[3]), text: m[4] });
    }
    return { header, entries };
}
/** Table definitions in the TOC (pg_class entries described TABLE). */
function tocTables(toc) {
    return toc.entries.filter((e) => e.catalogOid === 1259 && e.text.startsWith('TABLE '));
}
/** Table-data entries in the TOC (the work of a restore). */
function tocTableData(toc) {
    return toc.entries.filter((e) => e.catalogOid === 0 && e.text.startsWith('TABLE DATA '));
}
/**
 * `pg_restore` into an existing database, by default `--clean --if-exists --no-owner
 * --single-transaction --exit-on-error`: a failure anywhere leaves the target as it was.
 */
async function restoreFromFile(opts) {
    const started = Date.now();
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(opts.file).size;
    const total = opts.tablesTotal ?? (opts.onProgress ? tocTableData(await readArchiveToc(opts.file, opts.tools)).length : undefined);
    const conn = (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_9__/* .libpqConnection */ .Vb)(opts.target);
    const args = [
        '--no-password',
        '--exit-on-error',
        ...(opts.clean === false ? [] : ['--clean', '--if-exists']),
        ...(opts.noOwner === false ? [] : ['--no-owner']),
        ...(opts.singleTransaction === false ? [] : ['--single-transaction']),
        ...(opts.onProgress ? ['--verbose'] : []),
        ...(opts.args ?? []),
        `--dbname=${conn.dbname}`,
        node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.file),
    ];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(opts.tools.pgRestore, args, { env: { ...conn.env, PGAPPNAME: 'migration-gates-restore' }, stdio: ['ignore', 'ignore', 'pipe'], shell: false });
    let tablesDone = 0;
    const errors = tailCollector(16 * 1024);
    let pending = '';
    child.stderr.on('data', (c) => {
        pending += c.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const l of lines) {
            if (/^pg_restore: processing data for table /.test(l))
                tablesDone++;
            // --verbose prints every object: keep only what explains a failure.
            else if (!/^pg_restore: (creating|dropping|processing|connecting|executing|launching|finished|implied|from TOC)/.test(l))
                errors.push(Buffer.from(`${l}\n`));
        }
    });
    const sample = (done) => {
        const elapsed = (Date.now() - started) / 1000;
        const read = done ? size : child.pid ? readPosition(child.pid, opts.file) : undefined;
        const fileBytes = read ?? 0;
        const rate = elapsed > 0 ? fileBytes / elapsed : 0;
        const eta = !done && read !== undefined && rate > 0 ? (size - read) / rate : undefined;
        return { phase: 'restore', done, elapsedSeconds: elapsed, fileBytes, fileTotalBytes: size, tablesDone: done ? total : tablesDone, tablesTotal: total, rate, etaSeconds: eta };
    };
    const timer = opts.onProgress ? setInterval(() => opts.onProgress(sample(false)), opts.progressIntervalMs ?? 5000) : undefined;
    timer?.unref();
    const exit = await new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: null, error }));
        child.on('close', (code) => resolve({ code }));
    });
    if (timer)
        clearInterval(timer);
    if (pending)
        errors.push(Buffer.from(pending));
    if (exit.error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot run ${opts.tools.pgRestore}: ${exit.error.message}`, { why: 'pg_restore must be installed on this machine', next: (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_9__/* .installHint */ .J8)(opts.tools.major) });
    }
    if (exit.code !== 0) {
        const single = opts.singleTransaction !== false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`pg_restore into ${(0,_url_js__WEBPACK_IMPORTED_MODULE_11__/* .describeTarget */ .ff)(opts.target)} failed: ${errors.text() || `exit code ${exit.code}`}`, {
            why: single
                ? 'the restore ran in one transaction, so it was rolled back: the target database is unchanged'
                : 'the restore stopped at the first error; the target may be partly restored',
            next: /max_locks_per_transaction|out of shared memory/i.test(errors.text())
                ? 'raise max_locks_per_transaction on the target server (a single-transaction restore locks every object), restart it, and run the restore again'
                : /role .* does not exist/i.test(errors.text())
                    ? 'create the missing role on the target, or restore without privileges (pg_restore --no-acl)'
                    : 'fix the cause shown above, then run the restore again',
        });
    }
    opts.onProgress?.(sample(true));
    return { seconds: (Date.now() - started) / 1000 };
}
/** How far a process has read into a file: its descriptor's offset in /proc (Linux only). */
function readPosition(pid, file) {
    try {
        const fdDir = `/proc/${pid}/fd`;
        const want = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync)(file);
        for (const fd of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(fdDir)) {
            let link;
            try {
                link = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readlinkSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(fdDir, fd));
            }
            catch {
                continue;
            }
            if (link !== want)
                continue;
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
            const m = /^pos:\s+(\d+)/m.exec(info);
            if (m)
                return Number(m[1]);
        }
    }
    catch {
        /* not Linux, or the process already exited */
    }
    return undefined;
}


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7733);


/**
 * Run a program with an argument array: never a shell string, so nothing from a PR or an input
 * can become a command. Output is captured and redacted.
 */
function run(command, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
            }, opts.timeoutMs)
            : undefined;
        const lineSplitter = (stream) => {
            let pending = '';
            return (chunk) => {
                if (!opts.onLine)
                    return;
                pending += chunk.toString('utf8');
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                for (const l of lines)
                    opts.onLine((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l), stream);
            };
        };
        const so = lineSplitter('stdout');
        const se = lineSplitter('stderr');
        child.stdout.on('data', (c) => {
            out.push(c);
            so(c);
        });
        child.stderr.on('data', (c) => {
            err.push(c);
            se(c);
        });
        if (opts.input !== undefined)
            child.stdin.end(opts.input);
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const stdout = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(Buffer.concat(out).toString('utf8'));
            const stderr = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(Buffer.concat(err).toString('utf8'));
            if (opts.onLine) {
                const tailOut = stdout.endsWith('\n') ? '' : stdout.split('\n').pop() ?? '';
                const tailErr = stderr.endsWith('\n') ? '' : stderr.split('\n').pop() ?? '';
                if (tailOut)
                    opts.onLine(tailOut, 'stdout');
                if (tailErr)
                    opts.onLine(tailErr, 'stderr');
            }
            resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, timedOut });
        });
    });
}


/***/ })

};
