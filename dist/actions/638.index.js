export const id = 638;
export const ids = [638];
export const modules = {

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
