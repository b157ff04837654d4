export const id = 662;
export const ids = [662];
export const modules = {

/***/ 6662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTableStats: () => (/* binding */ readTableStats)
/* harmony export */ });
/* harmony import */ var _postgres_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3539);
/* harmony import */ var _postgres_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8638);


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


/***/ })

};
