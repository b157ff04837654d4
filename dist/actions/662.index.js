export const id = 662;
export const ids = [662,638];
export const modules = {

/***/ 86662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTableStats: () => (/* binding */ readTableStats)
/* harmony export */ });
/* harmony import */ var _postgres_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36741);
/* harmony import */ var _postgres_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88638);


const STATS_SQL = `SELECT n.nspname AS schema, c.relname AS name, c.reltuples::float8 AS reltuples,
       pg_catalog.pg_total_relation_size(c.oid)::int8 AS bytes, s.n_live_tup::int8 AS live
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
 WHERE c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])`;
/**
 * Row estimates and sizes of the given tables (`schema.table` keys) from a read-only connection to
 * staging or production. Unqualified tables were keyed `public.X`: when the URL names another
 * schema (Prisma's `?schema=`), that schema is tried too.
 */
async function readTableStats(url, keys) {
    const out = new Map();
    if (!keys.length)
        return out;
    const target = (0,_postgres_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatabaseUrl */ .mx)(url, 'stats-database-url');
    const wanted = keys.map((k) => {
        const dot = k.indexOf('.');
        return { key: k, schema: k.slice(0, dot), name: k.slice(dot + 1) };
    });
    const rows = await (0,_postgres_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .withClient */ .SV)(target, (c) => c.query(STATS_SQL, [[...new Set(wanted.map((w) => w.name))]]), { readOnly: true, applicationName: 'migration-gates lint (stats)', statementTimeoutMs: 30_000 });
    for (const w of wanted) {
        const row = rows.rows.find((r) => r.schema === w.schema && r.name === w.name) ??
            (w.schema === 'public' ? rows.rows.find((r) => r.schema === target.schema && r.name === w.name) : undefined);
        if (!row)
            continue;
        const live = row.live === null ? undefined : Number(row.live);
        // reltuples is -1 until the table is first vacuumed or analysed (PostgreSQL 14+).
        const rows_ = row.reltuples >= 0 ? Math.round(row.reltuples) : live;
        out.set(w.key, { table: w.key, rows: rows_, bytes: Number(row.bytes) });
    }
    return out;
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


/***/ })

};
