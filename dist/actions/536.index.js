export const id = 536;
export const ids = [536,638];
export const modules = {

/***/ 41333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ checkArchive)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _postgres_dump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8677);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45655);




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
        toc = await (0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_2__/* .readArchiveToc */ .ZA)(file, tools);
    }
    catch (err) {
        return { problems: [err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y ? err.message : String(err)] };
    }
    if (expected) {
        const inToc = new Set((0,_postgres_dump_js__WEBPACK_IMPORTED_MODULE_2__/* .tocTables */ .CW)(toc).map((e) => e.oid));
        const missing = expected.filter((t) => !inToc.has(t.oid));
        for (const t of missing.slice(0, 20))
            problems.push(`table ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(t.schema)}.${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(t.name)} is in the database but not in the backup`);
        if (missing.length > 20)
            problems.push(`... and ${missing.length - 20} more tables missing from the backup`);
    }
    return { problems, toc };
}


/***/ }),

/***/ 45655:
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

/***/ 73604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
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

/***/ 94388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ MANIFEST_SUFFIX),
/* harmony export */   VU: () => (/* binding */ DUMP_SUFFIX),
/* harmony export */   _H: () => (/* binding */ newBackupId),
/* harmony export */   "if": () => (/* binding */ isBackupId),
/* harmony export */   j: () => (/* binding */ partialDumpName),
/* harmony export */   lv: () => (/* binding */ isPartialDumpName),
/* harmony export */   z_: () => (/* binding */ UNKNOWN_ENVIRONMENT)
/* harmony export */ });
/* unused harmony exports safeName, stamp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** `<backupId>.manifest.json` beside `<backupId>.dump`. */
const MANIFEST_SUFFIX = '.manifest.json';
const DUMP_SUFFIX = '.dump';
/** A file-name-safe form of a name from input or a URL (which may be hostile). */
function safeName(s) {
    const cleaned = s.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[.-]+/, '').slice(0, 63);
    return cleaned || 'x';
}
/** A backup id as newBackupId makes it: `<env>-<database>-<yyyymmddThhmmssZ>`, maybe `-<n>`. */
function isBackupId(id) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}-[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}-\d{8}T\d{6}Z(?:-\d+)?$/.test(id);
}
/** The hidden name createBackup gives a dump while it is written: `.<12 hex>.dump.partial`. */
function partialDumpName(random) {
    return `.${random}${DUMP_SUFFIX}.partial`;
}
function isPartialDumpName(name) {
    return /^\.[0-9a-f]{12}\.dump\.partial$/.test(name);
}
/** 2024-05-01T12:03:04.567Z -> 20240501T120304Z */
function stamp(d) {
    return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
/** `<environment>-<database>-<yyyymmddThhmmssZ>`, with a -2, -3... suffix if that id is taken. */
function newBackupId(directory, environment, database, at) {
    const base = `${safeName(environment)}-${safeName(database)}-${stamp(at)}`;
    let id = base;
    for (let n = 2; (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, id + DUMP_SUFFIX)) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, id + MANIFEST_SUFFIX)); n++)
        id = `${base}-${n}`;
    return id;
}
/** The environment recorded for a backup of a database no configured environment uses. */
const UNKNOWN_ENVIRONMENT = 'unknown';


/***/ }),

/***/ 77706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ installHint),
/* harmony export */   Mt: () => (/* binding */ findClientTools),
/* harmony export */   Vb: () => (/* binding */ libpqConnection),
/* harmony export */   mR: () => (/* binding */ parseToolVersion)
/* harmony export */ });
/* unused harmony exports DEBIAN_PG_LIB, defaultSearchPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67212);




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

/***/ 8677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ tocTables),
/* harmony export */   ZA: () => (/* binding */ readArchiveToc),
/* harmony export */   nN: () => (/* binding */ runPgDump)
/* harmony export */ });
/* unused harmony exports parseToc, tocTableData, restoreFromFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67212);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77733);
/* harmony import */ var _client_tools_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77706);
/* harmony import */ var _process_cancel_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79507);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(36741);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(88638);











/** Keep the last part of a child's stderr: enough for the error, never unbounded memory. */
function tailCollector(limit = 64 * 1024) {
    let buf = '';
    return {
        push: (c) => {
            buf += c.toString('utf8');
            if (buf.length > limit)
                buf = buf.slice(buf.length - limit);
        },
        text: () => (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(buf.trim()),
    };
}
/**
 * `pg_dump -Fc` of the database: pg_dump writes the file itself, as a bare `pg_dump -Fc -f`
 * does, so nothing sits between it and the disk (no pipe, no copy through Node), the archive
 * carries its data offsets (pg_restore can seek, and restore in parallel), and pg_dump fsyncs it.
 * Progress comes from the server's COPY counters and the file's size.
 */
async function runPgDump(opts) {
    const started = Date.now();
    const appName = `migration-gates-dump-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
    const conn = (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .libpqConnection */ .Vb)(opts.target);
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.file);
    // Created 0600 before pg_dump opens it (pg_dump keeps an existing file's mode): production data
    // is never readable by other users of a shared runner, not even while it is written.
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(file, 'w', 0o600));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.chmodSync)(file, 0o600);
    }
    catch (err) {
        throw dumpError(opts.target, null, null, `pg_dump: error: could not open output file "${file}": ${err.message}`);
    }
    const args = ['--format=custom', '--no-password', ...(opts.snapshot ? [`--snapshot=${opts.snapshot}`] : []), ...(opts.args ?? []), `--file=${file}`, `--dbname=${conn.dbname}`];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(opts.tools.pgDump, args, { env: { ...conn.env, PGAPPNAME: appName }, stdio: ['ignore', 'ignore', 'pipe'], shell: false, ...(opts.signal ? { signal: opts.signal } : {}) });
    // Cancelled (SIGINT/SIGTERM): pg_dump gets the signal, we wait for it, and its partial file goes.
    const offCancel = (0,_process_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .onCancel */ .A)(async (sig) => {
        await (0,_process_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .stopChild */ .D)(child, sig);
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(file, { force: true }).catch(() => undefined);
    });
    const stderr = tailCollector();
    child.stderr.on('data', (c) => stderr.push(c));
    const exited = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: null, signal: null, error }));
        child.on('close', (code, signal) => resolve({ code, signal }));
    });
    let written = 0;
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
    const timer = opts.onProgress
        ? setInterval(() => {
            void node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.stat(file).then((st) => {
                written = Math.max(written, st.size);
                opts.onProgress(sample(false));
            }, () => opts.onProgress(sample(false)));
        }, interval)
        : undefined;
    timer?.unref();
    poller?.start(Math.min(1000, interval));
    const exit = await exited;
    offCancel();
    if (timer)
        clearInterval(timer);
    await poller?.stop();
    if (opts.signal?.aborted) {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(file, { force: true }).catch(() => undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('pg_dump was stopped', { why: 'the backup failed elsewhere; the partial dump was removed' });
    }
    if (exit.error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(file, { force: true }).catch(() => undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`cannot run ${opts.tools.pgDump}: ${exit.error.message}`, {
            why: 'pg_dump must be installed and executable on this runner',
            next: (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .installHint */ .J8)(opts.tools.major),
        });
    }
    if (exit.code !== 0) {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(file, { force: true }).catch(() => undefined);
        throw dumpError(opts.target, exit.code, exit.signal, stderr.text());
    }
    // pg_dump fsynced the file; the directory entry too, so the file survives a crash right after.
    await fsyncDirectory(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file));
    written = (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.stat(file)).size;
    const result = { file: opts.file, sizeBytes: written, seconds: (Date.now() - started) / 1000 };
    opts.onProgress?.(sample(true));
    return result;
}
function dumpError(target, code, signal, stderr) {
    const where = (0,_url_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTarget */ .ff)(target);
    if (/could not open output file|No space left on device|could not write to output file|could not close output file/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`pg_dump of ${where} could not be written to disk: ${stderr}`, {
            why: 'the backup folder must be writable and have room for the dump',
            next: 'free disk space or choose another directory, then run the backup again',
        });
    }
    const detail = stderr || `exit code ${code ?? signal}`;
    if (/server version mismatch/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`pg_dump refused ${where}: ${detail}`, { why: 'pg_dump must be of the server\'s major version or newer', next: (0,_client_tools_js__WEBPACK_IMPORTED_MODULE_7__/* .installHint */ .J8)(Number(/server version: (\d+)/.exec(stderr)?.[1] ?? 0) || 16) });
    }
    if (/permission denied/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`pg_dump of ${where} failed: ${detail}`, {
            why: 'the backup role must be able to read every table, sequence and schema',
            next: 'run the backup as the database owner, or GRANT pg_read_all_data TO <backup role> (PostgreSQL 14+)',
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`pg_dump of ${where} failed: ${detail}`, {
        why: 'no backup was written; the partial file was removed',
        next: `check the error above, then run: npx migration-gates backup --database-url "<url>" --environment <env> --directory <dir>`,
    });
}
async function fsyncDirectory(dir) {
    try {
        const dh = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.open(dir, 'r');
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
            this.client = await (0,_connect_js__WEBPACK_IMPORTED_MODULE_9__/* .connect */ .Ng)(this.target, { applicationName: 'migration-gates-progress', readOnly: true, connectTimeoutSeconds: 5 });
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
    const r = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .e)(tools.pgRestore, ['--list', node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file)], { timeoutMs: 10 * 60_000 });
    if (r.code !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`pg_restore --list cannot read ${file}: ${(0,_security_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(r.stderr.trim()) || `exit code ${r.code}`}`, {
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
    const size = statSync(opts.file).size;
    const total = opts.tablesTotal ?? (opts.onProgress ? tocTableData(await readArchiveToc(opts.file, opts.tools)).length : undefined);
    const conn = libpqConnection(opts.target);
    const args = [
        '--no-password',
        '--exit-on-error',
        ...(opts.clean === false ? [] : ['--clean', '--if-exists']),
        ...(opts.noOwner === false ? [] : ['--no-owner']),
        ...(opts.singleTransaction === false ? [] : ['--single-transaction']),
        ...(opts.onProgress ? ['--verbose'] : []),
        ...(opts.args ?? []),
        `--dbname=${conn.dbname}`,
        path.resolve(opts.file),
    ];
    const child = spawn(opts.tools.pgRestore, args, { env: { ...conn.env, PGAPPNAME: 'migration-gates-restore' }, stdio: ['ignore', 'ignore', 'pipe'], shell: false });
    // Cancelled: pg_restore gets the signal and we wait for it (a single-transaction restore then rolls back).
    const offCancel = onCancel((sig) => stopChild(child, sig));
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
    offCancel();
    if (timer)
        clearInterval(timer);
    if (pending)
        errors.push(Buffer.from(pending));
    if (exit.error) {
        throw new UserError(`cannot run ${opts.tools.pgRestore}: ${exit.error.message}`, { why: 'pg_restore must be installed on this machine', next: installHint(opts.tools.major) });
    }
    if (exit.code !== 0) {
        const single = opts.singleTransaction !== false;
        throw new UserError(`pg_restore into ${describeTarget(opts.target)} failed: ${errors.text() || `exit code ${exit.code}`}`, {
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
        const want = realpathSync(file);
        for (const fd of readdirSync(fdDir)) {
            let link;
            try {
                link = readlinkSync(path.join(fdDir, fd));
            }
            catch {
                continue;
            }
            if (link !== want)
                continue;
            const info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
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

/***/ 79507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ onCancel),
/* harmony export */   D: () => (/* binding */ stopChild)
/* harmony export */ });
const cleanups = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM'];
const EXIT = { SIGINT: 130, SIGTERM: 143 };
/** A cleanup that hangs must not keep a cancelled job alive. */
const CLEANUP_LIMIT_MS = 20_000;
let cancelling = false;
function handler(signal) {
    if (cancelling)
        return;
    cancelling = true;
    process.stderr.write(`migration-gates: ${signal} received: stopping ${cleanups.size} running step(s) and removing partial files\n`);
    const all = [...cleanups].map((f) => Promise.resolve().then(() => f(signal)).catch(() => undefined));
    const limit = new Promise((r) => setTimeout(r, CLEANUP_LIMIT_MS).unref());
    void Promise.race([Promise.all(all), limit]).then(() => process.exit(EXIT[signal] ?? 1));
}
const listeners = new Map(SIGNALS.map((s) => [s, () => handler(s)]));
/** Register a cleanup for the time a child runs; call the returned function when it is over. */
function onCancel(fn) {
    if (!cleanups.size)
        for (const [s, l] of listeners)
            process.on(s, l);
    cleanups.add(fn);
    return () => {
        cleanups.delete(fn);
        // Nothing left to clean: the default behaviour (exit at once) is right again.
        if (!cleanups.size && !cancelling)
            for (const [s, l] of listeners)
                process.off(s, l);
    };
}
/** Forward a signal to a child and wait until it has exited. */
function stopChild(child, signal) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise((resolve) => {
        child.once('close', () => resolve());
        child.kill(signal);
    });
}


/***/ }),

/***/ 67212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77733);



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
                    opts.onLine((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(l), stream);
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
            // Not spawn's raw "spawn x ENOENT": what could not run, why, and what to check.
            const code = e.code;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot run ${command}: ${code === 'ENOENT' ? 'no such program' : code === 'EACCES' ? 'permission denied' : e.message}`, {
                why: code === 'ENOENT' ? `"${command}" is not installed or not on PATH${opts.cwd ? ` (working directory ${opts.cwd})` : ''}` : 'the program could not be started',
                next: 'check the command (for Prisma: the prisma-command input, e.g. "npx prisma" or "pnpm prisma", or run npm ci so node_modules/prisma exists)',
                cause: e,
            }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const stdout = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(Buffer.concat(out).toString('utf8'));
            const stderr = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(Buffer.concat(err).toString('utf8'));
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


/***/ }),

/***/ 47851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ safeLogLine)
/* harmony export */ });
/* unused harmony export safeLogLines */
/**
 * The runner reads any stdout line that starts with `::` as a workflow command (`::error::`,
 * `::add-mask::`, `::stop-commands::`...). Text from a PR (migration names, SQL, Prisma's output
 * quoting them) can hold newlines, so a log line carrying it could start one. Every such line goes
 * through here: newlines inside the text become visible `\n` (one log line stays one line) and a
 * line that would still begin with `::` (after blanks) gets a visible prefix.
 */
function safeLogLine(text) {
    const one = text.replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, '\\n');
    return /^\s*::/.test(one) ? `» ${one}` : one;
}
/** For text that is several lines on purpose (a block of output): each line made safe on its own. */
function safeLogLines(text) {
    return text.split(/\r\n|\r|\n/).map(safeLogLine);
}


/***/ })

};
