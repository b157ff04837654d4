export const id = 806;
export const ids = [806];
export const modules = {

/***/ 28906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText),
/* harmony export */   Xd: () => (/* binding */ splitStatements),
/* harmony export */   cv: () => (/* binding */ skipBlockComment),
/* harmony export */   eQ: () => (/* binding */ skipDollarQuoted),
/* harmony export */   er: () => (/* binding */ skipQuoted),
/* harmony export */   pU: () => (/* binding */ skipTrivia),
/* harmony export */   s8: () => (/* binding */ trimEnd)
/* harmony export */ });
/* unused harmony export afterWord */
/**
 * Positions in migration.sql. The parser reports UTF-8 byte offsets; JavaScript strings index
 * UTF-16 code units. `SourceText` converts between the two and answers 1-based line numbers.
 */
class SourceText {
    text;
    /** Byte offset -> string index; undefined when the text is ASCII (they are equal). */
    byteToIndex;
    /** String index of the start of each line. */
    lineStarts;
    constructor(text) {
        this.text = text;
        this.lineStarts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes === text.length) {
            this.byteToIndex = undefined;
            return;
        }
        const map = new Uint32Array(bytes + 1);
        let b = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            let n;
            if (c < 0x80)
                n = 1;
            else if (c < 0x800)
                n = 2;
            else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
                // A surrogate pair is one 4-byte code point; both halves map to its first byte.
                for (let k = 0; k < 4; k++)
                    map[b + k] = i;
                b += 4;
                i++;
                continue;
            }
            else
                n = 3;
            for (let k = 0; k < n; k++)
                map[b + k] = i;
            b += n;
        }
        map[bytes] = text.length;
        this.byteToIndex = map;
    }
    /** String index of a UTF-8 byte offset. */
    index(byteOffset) {
        if (!this.byteToIndex)
            return Math.min(byteOffset, this.text.length);
        return this.byteToIndex[Math.min(byteOffset, this.byteToIndex.length - 1)];
    }
    /** 1-based line of a string index. */
    lineOf(index) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** 1-based column of a string index. */
    columnOf(index) {
        return index - this.lineStarts[this.lineOf(index) - 1] + 1;
    }
}
/** Skip whitespace and comments (`--` and nested `/* *\/`) from `i`; returns the first index of code. */
function skipTrivia(text, i, end = text.length) {
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xfeff) {
            i++;
        }
        else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? end : nl + 1;
        }
        else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
            i = skipBlockComment(text, i, end);
        }
        else
            break;
    }
    return Math.min(i, end);
}
// The lexing steps the SQL scanners share (statement splitting, the long-identifier scan).
/** Past the block comment that opens at `i` (they nest in PostgreSQL); `end` when it does not close. */
function skipBlockComment(text, i, end = text.length) {
    let depth = 1;
    i += 2;
    while (i < end && depth) {
        const c = text.charCodeAt(i);
        if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
            depth++;
            i += 2;
        }
        else if (c === 42 && text.charCodeAt(i + 1) === 47) {
            depth--;
            i += 2;
        }
        else
            i++;
    }
    return Math.min(i, end);
}
/** Whether the character before `i` belongs to a word: then a quote or `$` there does not open anything new. */
function afterWord(text, i) {
    return i > 0 && /[\w$]/.test(text[i - 1]);
}
/**
 * Past the '...' string or "..." identifier that opens at `i`: a doubled quote stays inside, and
 * a backslash escapes only in E'...' strings (standard_conforming_strings is on).
 */
function skipQuoted(text, i) {
    const quote = text.charCodeAt(i);
    const escapes = quote === 39 && (text[i - 1] === 'e' || text[i - 1] === 'E') && !afterWord(text, i - 1);
    const n = text.length;
    i++;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (escapes && c === 92 /* \ */)
            i += 2;
        else if (c === quote) {
            if (text.charCodeAt(i + 1) !== quote)
                return i + 1;
            i += 2;
        }
        else
            i++;
    }
    return n;
}
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/;
/** Past the dollar-quoted body whose tag (`$$`, `$name$`) opens at `i`; -1 when no tag opens there. */
function skipDollarQuoted(text, i) {
    if (afterWord(text, i))
        return -1;
    const tag = DOLLAR_TAG.exec(text.slice(i, i + 64))?.[0];
    if (!tag)
        return -1;
    const close = text.indexOf(tag, i + tag.length);
    return close === -1 ? text.length : close + tag.length;
}
/**
 * Trim trailing whitespace, semicolons and whole trailing `--` comment lines from `[start, end)`.
 * A line that starts with `--` at the end of a statement cannot be inside a literal: the literal's
 * closing quote would have to come after it.
 */
function trimEnd(text, start, end) {
    let e = end;
    for (;;) {
        while (e > start && /[\s;]/.test(text[e - 1]))
            e--;
        const lineStart = Math.max(text.lastIndexOf('\n', e - 1) + 1, start);
        if (lineStart === start || !/^[ \t]*--/.test(text.slice(lineStart, e)))
            return e;
        e = lineStart;
    }
}
/**
 * Split SQL into statements at top-level semicolons, minding quotes, dollar quotes and comments.
 * Used only when the whole file does not parse, to find which statement is broken.
 */
function splitStatements(text) {
    const out = [];
    let start = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text[i];
        if (c === '-' && text[i + 1] === '-') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl + 1;
        }
        else if (c === '/' && text[i + 1] === '*') {
            i = skipTrivia(text, i, n);
            if (i === n)
                break;
        }
        else if (c === "'" || c === '"') {
            i = skipQuoted(text, i);
        }
        else if (c === '$') {
            const past = skipDollarQuoted(text, i);
            i = past === -1 ? i + 1 : past;
        }
        else if (c === ';') {
            out.push({ start, end: i });
            i++;
            start = i;
        }
        else
            i++;
    }
    if (skipTrivia(text, start) < n)
        out.push({ start, end: n });
    return out;
}


/***/ }),

/***/ 4789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eG: () => (/* binding */ restoreReplayCache),
/* harmony export */   nM: () => (/* binding */ saveReplayCache)
/* harmony export */ });
/* unused harmony exports REPLAY_CACHE_PREFIX, actionsCacheAvailable */
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18091);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _snapshot_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98978);



/**
 * Keeps the replay's cacheDir across workflow runs with the Actions cache, so a PR adding one
 * migration to a long history restores a snapshot instead of replaying it. Restore asks for the
 * exact key when known and falls back to the newest entry with the prefix: a snapshot of an
 * older history is still used as a prefix (only newer migrations are replayed). Outside GitHub
 * Actions (no cache service: local runs, tests) both calls are logged no-ops.
 */
const REPLAY_CACHE_PREFIX = 'migration-gates-replay-';
/** Is the Actions cache service reachable from this process (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)? */
function actionsCacheAvailable() {
    try {
        return _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3();
    }
    catch {
        return false;
    }
}
let restoredKey;
async function restoreReplayCache(opts) {
    const log = opts.log ?? (() => undefined);
    if (!actionsCacheAvailable()) {
        log('replay cache: the GitHub Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL); using only the local folder');
        return { status: 'unavailable' };
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(opts.cacheDir, { recursive: true });
    const primary = `${REPLAY_CACHE_PREFIX}${opts.key ?? 'latest'}`;
    try {
        const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([opts.cacheDir], primary, [REPLAY_CACHE_PREFIX]);
        if (!hit) {
            log('replay cache: no Actions cache entry yet; the history will be replayed and saved');
            return { status: 'miss' };
        }
        restoredKey = hit;
        log(`replay cache: restored ${hit} from the Actions cache`);
        return { status: 'restored', key: hit, exact: hit === primary };
    }
    catch (err) {
        // The cache is an optimisation: a failure costs time, never the check.
        const message = err.message;
        log(`replay cache: restore failed (${message}); replaying the history`);
        return { status: 'failed', message };
    }
}
/** Save cacheDir under the newest snapshot's key (the one this run used or wrote). */
async function saveReplayCache(opts) {
    const log = opts.log ?? (() => undefined);
    if (!actionsCacheAvailable()) {
        log('replay cache: the GitHub Actions cache service is not available here; nothing saved to it');
        return { status: 'unavailable' };
    }
    const snapshot = opts.key ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(opts.cacheDir) ? (0,_snapshot_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .newestSnapshotKey */ .U8)(opts.cacheDir) : undefined);
    if (!snapshot) {
        log(`replay cache: no snapshot in ${opts.cacheDir}; nothing to save`);
        return { status: 'nothing-to-save' };
    }
    const key = `${REPLAY_CACHE_PREFIX}${snapshot}`;
    if (restoredKey === key) {
        log(`replay cache: ${key} was restored unchanged; not saved again`);
        return { status: 'exists', key };
    }
    try {
        // -1: not reserved (already cached, or another job is saving the same key).
        if ((await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([opts.cacheDir], key)) === -1) {
            log(`replay cache: ${key} is already in the Actions cache (or another job is saving it)`);
            return { status: 'exists', key };
        }
        log(`replay cache: saved ${key} to the Actions cache`);
        return { status: 'saved', key };
    }
    catch (err) {
        const e = err;
        if (e.name === 'ReserveCacheError' || /already exists/i.test(e.message)) {
            log(`replay cache: ${key} is already in the Actions cache`);
            return { status: 'exists', key };
        }
        log(`replay cache: save failed (${e.message}); the next run replays the history again`);
        return { status: 'failed', message: e.message };
    }
}


/***/ }),

/***/ 98978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ unpackSnapshot),
/* harmony export */   Cb: () => (/* binding */ findSnapshot),
/* harmony export */   U8: () => (/* binding */ newestSnapshotKey),
/* harmony export */   o1: () => (/* binding */ snapshotKey),
/* harmony export */   oF: () => (/* binding */ writeSnapshot)
/* harmony export */ });
/* unused harmony exports SNAPSHOT_FORMAT, prune */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Snapshots of PGlite's data directory after a history replay, so the next run restores instead
 * of replaying. A snapshot is keyed by a SHA-256 over the history's (name, checksum) pairs, the
 * extensions it creates and the PGlite version. Its metadata keeps the pairs, so a snapshot of
 * an older history (the base branch before its latest merges) is reused as a prefix: only the
 * migrations added since are replayed. Files: replay-<key>.tar (the data directory, a plain tar:
 * un-gzipping 50 MB costs a warm run more than reading it) and replay-<key>.json (written last: a
 * snapshot without it does not exist).
 */
const SNAPSHOT_FORMAT = 2;
const KEEP = 2;
function snapshotKey(pglite, extensions, migrations) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    h.update(JSON.stringify({ format: SNAPSHOT_FORMAT, pglite, extensions: [...extensions].sort() }));
    for (const [name, checksum] of migrations)
        h.update(`\n${name}\0${checksum}`);
    return h.digest('hex');
}
/**
 * The snapshot covering the longest prefix of `migrations` that this PGlite can open with the
 * extensions it loads. A snapshot that does not verify is reported, deleted and skipped.
 */
function findSnapshot(cacheDir, want, log) {
    const candidates = [];
    for (const file of listMeta(cacheDir)) {
        let meta;
        try {
            meta = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, file), 'utf8'));
            if (meta.format !== SNAPSHOT_FORMAT || !Array.isArray(meta.migrations) || typeof meta.sha1 !== 'string')
                throw new Error('unknown format');
        }
        catch (err) {
            log(`replay cache: ignoring ${file}: unreadable metadata (${err.message}); it is removed`);
            discard(cacheDir, file.replace(/\.json$/, ''));
            continue;
        }
        if (meta.pglite !== want.pglite || meta.migrations.length > want.migrations.length)
            continue;
        if (!meta.extensions.every((e) => want.loadable.has(e)))
            continue;
        if (!meta.migrations.every(([n, c], i) => want.migrations[i][0] === n && want.migrations[i][1] === c))
            continue;
        candidates.push(meta);
    }
    candidates.sort((a, b) => b.migrations.length - a.migrations.length);
    for (const meta of candidates) {
        const base = `replay-${meta.key}`;
        let data;
        try {
            data = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, `${base}.tar`));
        }
        catch (err) {
            log(`replay cache: snapshot ${meta.key.slice(0, 12)} has no data file (${err.message}); treated as a miss`);
            discard(cacheDir, base);
            continue;
        }
        const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(data).digest('hex');
        if (data.length !== meta.bytes || sha !== meta.sha1) {
            log(`replay cache: snapshot ${meta.key.slice(0, 12)} is corrupt (checksum mismatch); treated as a miss and removed`);
            discard(cacheDir, base);
            continue;
        }
        let tar;
        try {
            tar = unpackSnapshot(data);
        }
        catch (err) {
            log(`replay cache: snapshot ${meta.key.slice(0, 12)} is corrupt (${err.message}); treated as a miss and removed`);
            discard(cacheDir, base);
            continue;
        }
        // Used now: the newest by mtime is what the Actions cache saves, and what pruning keeps.
        const now = new Date();
        for (const ext of ['.tar', '.json'])
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, `${base}${ext}`), now, now);
        return { meta, tar };
    }
    return undefined;
}
/**
 * Check a data-directory archive (a tar, or a gzip of one) and return the plain tar: every
 * header's checksum, sizes within bounds, a PG_VERSION file. PGlite's own loader reports a bad
 * archive through an unhandled rejection that would end the process, so it only sees checked tars.
 */
function unpackSnapshot(data) {
    let tar = data;
    if (data[0] === 0x1f && data[1] === 0x8b) {
        try {
            tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzipSync)(data);
        }
        catch (err) {
            throw new Error(`not a gzip archive: ${err.message}`);
        }
    }
    let pgVersion = false;
    let off = 0;
    let entries = 0;
    while (off + 512 <= tar.length) {
        const header = tar.subarray(off, off + 512);
        if (header.every((b) => b === 0))
            break;
        const stored = parseInt(header.subarray(148, 156).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
        let sum = 0;
        for (let i = 0; i < 512; i++)
            sum += i >= 148 && i < 156 ? 32 : header[i];
        if (stored !== sum)
            throw new Error(`tar header ${entries + 1} has a bad checksum`);
        const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
        const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0 || off + 512 + size > tar.length)
            throw new Error(`tar entry ${name} is truncated`);
        if (/(^|\/)PG_VERSION$/.test(name) && !/base\//.test(name))
            pgVersion = true;
        off += 512 + Math.ceil(size / 512) * 512;
        entries++;
    }
    if (!pgVersion)
        throw new Error('no PG_VERSION in the archive: not a PostgreSQL data directory');
    // PGlite's dump pads the archive with megabytes of zeros: keep the end-of-archive blocks only.
    return tar.subarray(0, Math.min(tar.length, off + 1024));
}
/** Write a snapshot atomically (temp files, then rename; metadata last) and keep the newest few. */
function writeSnapshot(cacheDir, meta, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(cacheDir, { recursive: true });
    const full = {
        format: SNAPSHOT_FORMAT,
        ...meta,
        sha1: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(data).digest('hex'),
        bytes: data.length,
        createdAt: new Date().toISOString(),
    };
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, `replay-${meta.key}`);
    const tmp = `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${base}.tar${tmp}`, data);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(`${base}.tar${tmp}`, `${base}.tar`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${base}.json${tmp}`, JSON.stringify(full));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(`${base}.json${tmp}`, `${base}.json`);
    prune(cacheDir, KEEP);
    return full;
}
/** The newest snapshot's key in a cache folder (what the Actions cache should save). */
function newestSnapshotKey(cacheDir) {
    const metas = listMeta(cacheDir)
        .map((f) => ({ f, t: mtime(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, f)) }))
        .sort((a, b) => b.t - a.t);
    return metas[0]?.f.replace(/^replay-/, '').replace(/\.json$/, '');
}
/** Keep the `keep` newest snapshots; remove the others and stale temp files. */
function prune(cacheDir, keep) {
    const metas = listMeta(cacheDir)
        .map((f) => ({ f, t: mtime(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, f)) }))
        .sort((a, b) => b.t - a.t);
    for (const { f } of metas.slice(keep))
        discard(cacheDir, f.replace(/\.json$/, ''));
    let names = [];
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(cacheDir);
    }
    catch {
        return;
    }
    for (const n of names) {
        if (n.startsWith('replay-') && n.endsWith('.tmp') && Date.now() - mtime(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, n)) > 3600_000)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, n), { force: true });
    }
}
function listMeta(cacheDir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(cacheDir).filter((f) => /^replay-[0-9a-f]{64}\.json$/.test(f));
    }
    catch {
        return [];
    }
}
function mtime(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mtimeMs;
    }
    catch {
        return 0;
    }
}
function discard(cacheDir, base) {
    for (const ext of ['.json', '.tar', '.tgz'])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, `${base}${ext}`), { force: true });
}


/***/ }),

/***/ 78561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ lintSections)
/* harmony export */ });
/* unused harmony export engineLine */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _table_size_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39087);


function code(s) {
    return `\`${s.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
/** One line on how the lint ran: engine, history cache, how many migrations. */
function engineLine(r) {
    const engine = r.engine === 'pglite' ? 'replayed in embedded PostgreSQL (PGlite)' : r.engine === 'postgres' ? 'replayed in the shadow database' : 'static analysis only (no replay)';
    const cache = r.engine === 'none' ? '' : ` · history snapshot: ${r.cache === 'hit' ? 'cache hit' : r.cache === 'miss' ? 'cache miss (replayed and saved)' : 'not cached'}`;
    const suppressed = r.suppressions.reduce((n, s) => n + s.matched.length, 0);
    return `Linted ${r.linted.length} migration(s), ${engine}${cache} · ${suppressed} finding(s) suppressed${r.baselined?.length ? ` · ${r.baselined.length} baselined` : ''}`;
}
/**
 * The lint report's extra sections (engine and cache, suppressions with their reasons, table sizes,
 * baseline): the lint action shows them, and the root PR check appends them to its one comment.
 */
function lintSections(r) {
    const out = [];
    const engine = [engineLine(r)];
    // Notes carry migration names and server messages: code spans keep them inert in markdown.
    for (const n of r.replayNotes ?? [])
        engine.push(`- ${code(n)}`);
    out.push({ title: 'SQL lint', markdown: engine.join('\n') });
    if (r.suppressions.length) {
        const rows = r.suppressions.map((s) => {
            const silenced = s.matched.length ? s.matched.map(code).join(', ') : '_nothing_';
            return `| ${code(`${s.file}:${s.line}`)} | ${s.scope === 'file' ? 'file' : 'next statement'} | ${s.rules.map(code).join(', ')} | ${silenced} | ${s.reason ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(s.reason) : '_no reason given_'} |`;
        });
        out.push({ title: 'Suppressed by ignore comments', markdown: ['| Where | Scope | Ignores | Silenced | Reason |', '|---|---|---|---|---|', ...rows].join('\n') });
    }
    if (r.stats?.length) {
        const rows = [...r.stats]
            .sort((a, b) => (b.rows ?? 0) - (a.rows ?? 0))
            .map((s) => `| ${code(s.table)} | ${s.rows === undefined ? 'unknown' : `~${(0,_table_size_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRows */ .dZ)(s.rows)}`} | ${(0,_table_size_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(s.bytes)} |`);
        out.push({ title: 'Affected tables (stats database)', markdown: ['| Table | Rows (estimate) | Size |', '|---|---|---|', ...rows].join('\n') });
    }
    if (r.baselined?.length) {
        const shown = r.baselined.slice(0, 20).map((p) => `- ${code(p)}`);
        if (r.baselined.length > 20)
            shown.push(`- … and ${r.baselined.length - 20} more`);
        out.push({ title: 'Baselined (lint.baseline, not linted)', markdown: shown.join('\n') });
    }
    return out;
}


/***/ })

};
