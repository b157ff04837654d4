export const id = 82;
export const ids = [82];
export const modules = {

/***/ 17673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ preloadParser),
/* harmony export */   Qc: () => (/* binding */ loadParserModule)
/* harmony export */ });
/* unused harmony exports locateParser, loadFactory, importFactory, compileParserWasm, instantiateParser */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





const FACTORY = 'libpg-query.js';
const BINARY = 'libpg-query.wasm';
/** Where the parser's files are: the copy vendored beside the bundle, else node_modules. */
function locateParser(from = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)) {
    // dist/<bundle>/index.js -> dist/vendor/libpg-query/wasm (scripts/build.mjs copies it there).
    const vendored = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(from), '..', 'vendor', 'libpg-query', 'wasm');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(vendored, FACTORY)))
        return { dir: vendored, vendored: true };
    // Running from source (vitest): walk up to the nearest node_modules/libpg-query.
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(from);; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'node_modules', 'libpg-query', 'wasm');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(candidate, FACTORY)))
            return { dir: candidate, vendored: false };
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) === dir)
            break;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('the PostgreSQL parser (libpg-query) is missing', {
        why: `neither ${vendored} (beside the bundle) nor node_modules/libpg-query was found`,
        next: 'rebuild with `node scripts/build.mjs <bundle>` (it vendors the parser into dist/vendor), or run `npm ci`',
    });
}
let loading;
/**
 * The factory is CommonJS: `require` it. An `import()` of a CommonJS file makes Node scan its
 * 61 KB of source for export names first (cjs-module-lexer), about 35 ms of every lint's start.
 * The require function comes from `process.getBuiltinModule` so the bundler leaves it alone.
 */
function loadFactory(file) {
    const nodeModule = process.getBuiltinModule?.('node:module');
    if (!nodeModule)
        return async (arg) => (await importFactory(file))(arg);
    const exported = nodeModule.createRequire(file)(file);
    return typeof exported === 'function' ? exported : exported.default;
}
/** Node before 20.16 (no getBuiltinModule): the ESM loader, which works, only slower. */
async function importFactory(file) {
    const mod = (await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(file).href));
    return typeof mod.default === 'function' ? mod.default : mod.default.default;
}
/**
 * Start compiling the parser's WASM: V8 decodes and validates it in the background while the
 * caller goes on (planning the lint, reading migrations). The file is read synchronously (~6 ms):
 * an asynchronous read comes back in chunks, each waiting for the main thread, so the compile would
 * only start once the caller first waits. Emscripten's own loader would also copy the bytes.
 *
 * A lint is a short burst of parsing: V8's background tier-up of this 1.7 MB module to optimised
 * code costs more than it saves (1,000 migrations parse 3x faster on the baseline compiler alone).
 * The flag applies to modules compiled while it is set; it is restored as soon as the compile
 * ends, so PGlite and anything else keep V8's default tiering.
 */
async function compileParserWasm(file) {
    try {
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
        node_v8__WEBPACK_IMPORTED_MODULE_3___default().setFlagsFromString('--liftoff-only');
        try {
            return await WebAssembly.compile(bytes);
        }
        finally {
            node_v8__WEBPACK_IMPORTED_MODULE_3___default().setFlagsFromString('--no-liftoff-only');
        }
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`the PostgreSQL parser's binary ${file} cannot be loaded: ${err.message}`, {
            why: 'it is missing or damaged beside its loader',
            next: 'reinstall with `npm ci`, or rebuild the bundle with `node scripts/build.mjs <bundle>` (it vendors the parser)',
            cause: err,
        });
    }
}
/** The initialised WASM module; every caller shares one instance (no per-file re-initialisation). */
function loadParserModule() {
    loading ??= (async () => instantiateParser(locateParser().dir))();
    loading.catch(() => {
        loading = undefined;
    });
    return loading;
}
/** A new instance of the parser whose factory and binary are in `dir`. */
async function instantiateParser(dir) {
    const compiled = compileParserWasm(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, BINARY));
    compiled.catch(() => undefined); // reported through `failed`, or by the factory's own error
    // Emscripten waits for `done` forever: a failed compile or instantiation rejects this instead.
    let fail;
    const failed = new Promise((_, reject) => (fail = reject));
    const factory = loadFactory(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FACTORY));
    const ready = factory({
        instantiateWasm(imports, done) {
            compiled.then((mod) => WebAssembly.instantiate(mod, imports).then((instance) => done(instance, mod))).catch(fail);
            return {};
        },
    });
    return await Promise.race([ready, failed]);
}
/** Start loading the parser now, so its file read and compile overlap the caller's own work. */
function preloadParser() {
    loadParserModule().catch(() => undefined); // a failure is reported by the parse that needs it
}


/***/ }),

/***/ 83389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ parseMigrationSql)
});

// UNUSED EXPORTS: parseMigrationWith

// EXTERNAL MODULE: ./src/lint/parser/text.ts
var parser_text = __webpack_require__(28906);
// EXTERNAL MODULE: ./src/lint/parser/load.ts
var load = __webpack_require__(17673);
;// CONCATENATED MODULE: ./src/lint/parser/wasm.ts

// Strings cross into and out of the WASM memory through Node's native UTF-8 codec and a native
// scan for the terminating NUL, not Emscripten's per-byte JavaScript loops.
function withCString(m, s, fn) {
    const bytes = Buffer.from(s, 'utf8');
    const p = m._malloc(bytes.length + 1);
    try {
        const heap = m.HEAPU8;
        heap.set(bytes, p);
        heap[p + bytes.length] = 0;
        return fn(p);
    }
    finally {
        m._free(p);
    }
}
function cString(m, p) {
    const heap = m.HEAPU8;
    const end = heap.indexOf(0, p);
    return Buffer.from(heap.buffer, heap.byteOffset + p, (end === -1 ? heap.length : end) - p).toString('utf8');
}
/** Parse with the real PostgreSQL grammar. Synchronous once the module is loaded. */
function parseWith(m, sql) {
    return withCString(m, sql, (q) => {
        const r = m._wasm_parse_query_raw(q);
        if (!r)
            return { ok: false, message: 'the parser ran out of memory', cursor: undefined };
        try {
            // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
            const tree = m.getValue(r, 'i32');
            const err = m.getValue(r + 8, 'i32');
            if (err) {
                // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; ... }
                const msgPtr = m.getValue(err, 'i32');
                const cursorpos = m.getValue(err + 16, 'i32');
                return { ok: false, message: msgPtr ? cString(m, msgPtr) : 'syntax error', cursor: cursorpos > 0 ? cursorpos - 1 : undefined };
            }
            const parsed = JSON.parse(cString(m, tree));
            return { ok: true, stmts: parsed.stmts ?? [] };
        }
        finally {
            m._wasm_free_parse_result(r);
        }
    });
}
let parser;
/** The shared parser (one WASM instance per process). */
async function getParser() {
    if (parser)
        return parser;
    const m = await (0,load/* loadParserModule */.Qc)();
    parser = { parse: (sql) => parseWith(m, sql) };
    return parser;
}

;// CONCATENATED MODULE: ./src/lint/parser/split.ts


/** Parse a whole migration in one pass; when that fails, statement by statement to pinpoint the broken one. */
async function parseMigrationSql(text) {
    return parseMigrationWith(await getParser(), text);
}
function parseMigrationWith(parser, raw) {
    // A UTF-8 BOM would be a syntax error for the parser; PostgreSQL clients strip it too.
    const text = raw.charCodeAt(0) === 0xfeff ? ` ${raw.slice(1)}` : raw;
    const source = new parser_text/* SourceText */.D(text);
    if ((0,parser_text/* skipTrivia */.pU)(text, 0) >= text.length)
        return { source, statements: [], hasSyntaxError: false };
    const whole = parser.parse(text);
    const statements = [];
    if (whole.ok) {
        let leadStart = 0;
        for (const s of whole.stmts) {
            const from = source.index(s.stmt_location ?? 0);
            const to = s.stmt_len ? source.index((s.stmt_location ?? 0) + s.stmt_len) : text.length;
            const st = locate(source, statements.length, Math.min(leadStart, from), from, to);
            if (!st)
                continue;
            const [kind] = Object.keys(s.stmt);
            st.kind = kind;
            st.node = s.stmt[kind];
            statements.push(st);
            leadStart = to + 1;
        }
        return { source, statements, hasSyntaxError: false };
    }
    let hasSyntaxError = false;
    let leadStart = 0;
    for (const piece of (0,parser_text/* splitStatements */.Xd)(text)) {
        const st = locate(source, statements.length, leadStart, piece.start, piece.end);
        leadStart = piece.end + 1;
        if (!st)
            continue;
        const one = parser.parse(st.sql);
        if (one.ok && one.stmts.length === 1) {
            const [kind] = Object.keys(one.stmts[0].stmt);
            st.kind = kind;
            st.node = one.stmts[0].stmt[kind];
        }
        else if (one.ok) {
            // Cannot happen after a split on `;`, but a parser surprise must not lose statements.
            st.kind = 'Unknown';
        }
        else {
            hasSyntaxError = true;
            // PostgreSQL reports the error position in characters (code points), not bytes.
            const at = one.cursor === undefined ? st.start : st.start + codePointsToIndex(st.sql, one.cursor);
            st.syntaxError = { message: one.message, line: source.lineOf(at), column: source.columnOf(at) };
        }
        statements.push(st);
    }
    return { source, statements, hasSyntaxError };
}
function locate(source, index, leadStart, from, to) {
    const text = source.text;
    const start = (0,parser_text/* skipTrivia */.pU)(text, from, to);
    if (start >= to)
        return undefined;
    const end = (0,parser_text/* trimEnd */.s8)(text, start, to);
    return {
        index,
        sql: text.slice(start, end),
        line: source.lineOf(start),
        column: source.columnOf(start),
        endLine: source.lineOf(Math.max(start, end - 1)),
        start,
        end,
        leadStart,
    };
}
/** String index of the n-th code point (astral characters take two UTF-16 units). */
function codePointsToIndex(s, n) {
    let i = 0;
    for (let k = 0; k < n && i < s.length; k++)
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
}


/***/ }),

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

/***/ 86281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ LOCK_MODES),
/* harmony export */   yX: () => (/* binding */ strongest)
/* harmony export */ });
/* unused harmony export lockStrength */
/** PostgreSQL's table lock modes, weakest first (the docs' conflict table order). */
const LOCK_MODES = [
    'AccessShareLock',
    'RowShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
];
function lockStrength(mode) {
    return LOCK_MODES.indexOf(mode);
}
/** The strongest of some modes (undefined for none). */
function strongest(modes) {
    let best;
    for (const m of modes)
        if (best === undefined || lockStrength(m) > lockStrength(best))
            best = m;
    return best;
}


/***/ }),

/***/ 50982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSeconds),
/* harmony export */   k: () => (/* binding */ Progress)
/* harmony export */ });
/**
 * Progress for long work: a line every few seconds with done/total, rate and an estimate, and a
 * final line with the totals (the house rule for dumps, restores and history replays).
 */
class Progress {
    label;
    total;
    unit;
    emit;
    everyMs;
    started = performance.now();
    last = this.started;
    constructor(label, total, unit, emit, everyMs = 3000) {
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.emit = emit;
        this.everyMs = everyMs;
    }
    /** Call after each item; prints at most one line per interval. */
    tick(done) {
        if (!this.emit)
            return;
        const now = performance.now();
        if (now - this.last < this.everyMs || done >= this.total)
            return;
        this.last = now;
        const secs = (now - this.started) / 1000;
        const rate = done / Math.max(secs, 1e-3);
        const left = rate > 0 ? (this.total - done) / rate : 0;
        this.emit(`${this.label}: ${done}/${this.total} ${this.unit} (${formatRate(rate)}/s), about ${formatSeconds(left)} left`);
    }
    /** The closing line; `extra` is appended (e.g. skipped statements). */
    finish(done, verb, extra) {
        const secs = (performance.now() - this.started) / 1000;
        const rate = done / Math.max(secs, 1e-3);
        this.emit?.(`${this.label}: ${verb} ${done} ${this.unit} in ${formatSeconds(secs)} (${formatRate(rate)}/s)${extra ? `; ${extra}` : ''}`);
        return secs;
    }
}
function formatSeconds(s) {
    return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}
function formatRate(r) {
    return r >= 100 ? String(Math.round(r)) : r.toFixed(1);
}


/***/ })

};
