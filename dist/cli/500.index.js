export const id = 500;
export const ids = [500];
export const modules = {

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   gW: () => (/* binding */ diffFilesFromMergeBase),
/* harmony export */   jI: () => (/* binding */ childrenAt),
/* harmony export */   pm: () => (/* binding */ diffFiles),
/* harmony export */   zT: () => (/* binding */ firstChangedLine),
/* harmony export */   zw: () => (/* binding */ untrackedFiles)
/* harmony export */ });
/* unused harmony exports changedFiles, readAt */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);

/**
 * Files changed since `from`, as the working tree has them (committed, staged, unstaged, and
 * untracked-but-not-ignored), so the CLI sees a developer's uncommitted migration too. On a CI
 * checkout the working tree is HEAD. Renames are detected (-M) so a renamed migration is one change.
 * Paths are relative to `cwd` (--relative), like ls-files and ls-tree, so a working-directory inside
 * the repository works.
 */
async function changedFiles(cwd, from, pathspecs = []) {
    const [diff, untracked] = await Promise.all([diffFiles(cwd, from, pathspecs), untrackedFiles(cwd, pathspecs)]);
    return [...diff, ...untracked];
}
/** Tracked files changed between `from` and the working tree (one `git diff`, renames detected). */
async function diffFiles(cwd, from, pathspecs = []) {
    const diff = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', from, '--', ...pathspecs]);
    return parseNameStatus(diff.stdout);
}
/**
 * Like diffFiles from merge-base(tip, HEAD), without waiting for the merge base (`git diff
 * --merge-base`, git 2.30+). Undefined when git cannot (older git, or no merge base yet in a
 * shallow clone): then diff from the merge base once known.
 */
async function diffFilesFromMergeBase(cwd, tip, pathspecs = []) {
    const diff = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', '--merge-base', tip, '--', ...pathspecs], { allowFail: true });
    return diff.code === 0 ? parseNameStatus(diff.stdout) : undefined;
}
function parseNameStatus(stdout) {
    const parts = stdout.split('\0');
    const out = [];
    for (let i = 0; i < parts.length - 1;) {
        const code = parts[i++];
        if (!code)
            continue;
        const s = code[0];
        if (s === 'R' || s === 'C') {
            const oldPath = parts[i++];
            const newPath = parts[i++];
            if (s === 'R')
                out.push({ status: 'R', path: newPath, oldPath });
            else
                out.push({ status: 'A', path: newPath });
        }
        else {
            const p = parts[i++];
            out.push({ status: s === 'A' ? 'A' : s === 'D' ? 'D' : 'M', path: p });
        }
    }
    return out;
}
/** Untracked files git does not ignore, as additions (a developer's not-yet-added migration). */
async function untrackedFiles(cwd, pathspecs = []) {
    const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs]);
    return r.stdout
        .split('\0')
        .filter(Boolean)
        .map((p) => ({ status: 'A', path: p }));
}
/** The direct children of a folder at a revision: one tree read per folder, however large the history. */
async function childrenAt(cwd, rev, dirs) {
    if (!dirs.length)
        return [];
    const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['ls-tree', '-z', rev, '--', ...dirs.map((d) => (d ? `${d}/` : '.'))], { allowFail: true });
    if (r.code !== 0)
        return [];
    const out = [];
    for (const entry of r.stdout.split('\0')) {
        if (!entry)
            continue;
        // "<mode> <type> <object>\t<path>"
        const tab = entry.indexOf('\t');
        const type = entry.slice(0, tab).split(' ')[1];
        const full = entry.slice(tab + 1);
        const slash = full.lastIndexOf('/');
        out.push({ dir: slash < 0 ? '' : full.slice(0, slash), name: full.slice(slash + 1), type });
    }
    return out;
}
/** All file paths in a revision under the given paths (one `ls-tree`, fast for 1,000s of files). */
async function filesAt(cwd, rev, paths = []) {
    const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['ls-tree', '-r', '--name-only', '-z', rev, '--', ...paths]);
    return r.stdout.split('\0').filter(Boolean);
}
/** A file's bytes at a revision, or undefined when it does not exist there. */
async function readAt(cwd, rev, path) {
    const r = await git(cwd, ['show', `${rev}:${path}`], { allowFail: true });
    return r.code === 0 ? r.stdout : undefined;
}
/** The first line a file's working-tree version changed since `from` (for annotations), if any. */
async function firstChangedLine(cwd, from, path) {
    const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['diff', '-U0', '--no-color', '--no-ext-diff', '--relative', from, '--', path], { allowFail: true });
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/m.exec(r.stdout);
    if (!m)
        return undefined;
    // A pure deletion reports the line before it (+N,0): point at the next line, at least 1.
    return Math.max(1, Number(m[1]) + (m[2] === '0' ? 1 : 0));
}


/***/ }),

/***/ 6705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ observedRewrite),
/* harmony export */   PQ: () => (/* binding */ preExisting),
/* harmony export */   br: () => (/* binding */ normalizeTableRef),
/* harmony export */   gC: () => (/* binding */ buildContext),
/* harmony export */   lD: () => (/* binding */ replayed),
/* harmony export */   oY: () => (/* binding */ observedLock),
/* harmony export */   pW: () => (/* binding */ preExistingColumn)
/* harmony export */ });
/* unused harmony export columnKey */
/* harmony import */ var _parser_ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3281);
/* harmony import */ var _schema_apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6213);
/* harmony import */ var _schema_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7712);



/** Key of a column in `created`/`createdColumns` sets. */
function columnKey(tableKey, column) {
    return `${tableKey}\u0000${column}`;
}
/** "Created before statement i": one map of key -> creating statement, shared by every statement. */
class CreatedBefore {
    at;
    index;
    prior;
    constructor(at, index, prior = NO_PRIOR) {
        this.at = at;
        this.index = index;
        this.prior = prior;
    }
    has(key) {
        if (this.prior.has(key))
            return true;
        const i = this.at.get(key);
        return i !== undefined && i < this.index;
    }
}
/** A column is new when it was added, or its table created, earlier (in this migration or the PR). */
class ColumnCreatedBefore {
    columns;
    tables;
    constructor(columns, tables) {
        this.columns = columns;
        this.tables = tables;
    }
    has(key) {
        return this.columns.has(key) || this.tables.has(key.slice(0, key.indexOf('\u0000')));
    }
}
const NO_PRIOR = new Set();
/** Normalise a table name from the replay (`public.User`, `"User"`, `auth."User"`) to a SchemaFacts key. */
function normalizeTableRef(ref) {
    const parts = [];
    const re = /"((?:[^"]|"")*)"|([^."]+)/g;
    for (let m = re.exec(ref); m; m = re.exec(ref))
        parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    return parts.length > 1 ? (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(parts[parts.length - 2], parts[parts.length - 1]) : (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)('public', parts[0] ?? ref);
}
/**
 * Walk the migration statement by statement over a model seeded with the schema before it:
 * each statement sees the schema as it was just before it ran, and what the migration created so far.
 */
function buildContext(opts) {
    const priorTables = opts.prior?.tables ?? NO_PRIOR;
    const priorColumns = opts.prior?.columns ?? NO_PRIOR;
    const model = opts.trace ? new _schema_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaModel */ .Vx(opts.trace.before) : (opts.model ?? new _schema_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaModel */ .Vx(opts.before));
    const beforeAll = model.snapshot();
    const created = new Map();
    const createdColumns = new Map();
    const createdTypes = new Map();
    const renamedTypes = new Map();
    const traces = new Map();
    for (const t of opts.trace?.statements ?? [])
        traces.set(t.index, t);
    const statements = [];
    let snapshot = model.snapshot();
    for (const stmt of opts.parsed.statements) {
        const tables = new CreatedBefore(created, stmt.index, priorTables);
        statements.push({
            stmt,
            before: snapshot,
            trace: traces.get(stmt.index),
            created: tables,
            createdColumns: new ColumnCreatedBefore(new CreatedBefore(createdColumns, stmt.index, priorColumns), tables),
            createdTypes: new CreatedBefore(createdTypes, stmt.index),
        });
        if (!stmt.node)
            continue;
        // From the parsed statements, not the replay: a statement that failed to replay does not make its objects old.
        trackCreations(stmt, created, createdTypes, renamedTypes, priorTables);
        trackColumns(stmt, created, createdColumns, priorTables, priorColumns);
        if (changesSchema(stmt.kind)) {
            (0,_schema_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .applyStatement */ .AH)(model, stmt);
            snapshot = model.snapshot();
        }
    }
    const replayedOk = opts.trace?.ok === true;
    return {
        name: opts.name,
        file: opts.file,
        parsed: opts.parsed,
        statements,
        before: opts.trace?.before ?? beforeAll,
        after: replayedOk ? opts.trace.after : snapshot,
        trace: opts.trace,
        renamedTypes,
        creations: { tables: new Set([...priorTables, ...created.keys()]), columns: new Set([...priorColumns, ...createdColumns.keys()]) },
        deployLockTimeout: opts.deployLockTimeout && !/^0+(ms|s|min|h|d)?$/.test(opts.deployLockTimeout) ? opts.deployLockTimeout : undefined,
    };
}
/** Columns added by ALTER TABLE ... ADD COLUMN, and renames of new columns (they stay new under their new name). */
function trackColumns(stmt, created, columns, priorTables, priorColumns) {
    const n = stmt.node;
    const isNew = (key) => columns.has(key) || priorColumns.has(key);
    if (stmt.kind === 'AlterTableStmt' && (!n.objtype || n.objtype === 'OBJECT_TABLE')) {
        const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
        if (!r)
            return;
        for (const c of n.cmds ?? []) {
            const cmd = c.AlterTableCmd;
            if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef?.colname) {
                const k = columnKey(r.key, cmd.def.ColumnDef.colname);
                if (!columns.has(k))
                    columns.set(k, stmt.index);
            }
        }
    }
    else if (stmt.kind === 'RenameStmt' && n.renameType === 'OBJECT_COLUMN') {
        const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
        if (r && n.subname && n.newname && isNew(columnKey(r.key, n.subname)))
            columns.set(columnKey(r.key, n.newname), stmt.index);
    }
    else if (stmt.kind === 'RenameStmt' && n.renameType === 'OBJECT_TABLE') {
        // Columns added to a table that is then renamed stay new under the new table name.
        const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
        if (!r || created.has(r.key) || priorTables.has(r.key))
            return;
        const to = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(r.schema, n.newname);
        for (const k of [...columns.keys(), ...priorColumns])
            if (k.startsWith(`${r.key}\u0000`))
                columns.set(columnKey(to, k.slice(r.key.length + 1)), stmt.index);
    }
}
const SCHEMA_CHANGING = new Set(['CreateStmt', 'CreateTableAsStmt', 'AlterTableStmt', 'IndexStmt', 'DropStmt', 'RenameStmt', 'CreateEnumStmt', 'AlterEnumStmt']);
function changesSchema(kind) {
    return kind !== undefined && SCHEMA_CHANGING.has(kind);
}
function trackCreations(stmt, created, createdTypes, renamedTypes, priorTables = NO_PRIOR) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'CreateStmt': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
            if (r && !created.has(r.key))
                created.set(r.key, stmt.index);
            break;
        }
        case 'CreateTableAsStmt': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.into?.rel);
            if (r && !created.has(r.key))
                created.set(r.key, stmt.index);
            break;
        }
        case 'CreateEnumStmt': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(n.typeName);
            if (r && !createdTypes.has(r.key))
                createdTypes.set(r.key, stmt.index);
            break;
        }
        case 'RenameStmt': {
            if (n.renameType === 'OBJECT_TABLE') {
                const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
                if (r && (created.has(r.key) || priorTables.has(r.key)))
                    created.set((0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(r.schema, n.newname), stmt.index);
            }
            else if (n.renameType === 'OBJECT_TYPE') {
                const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(n.object);
                if (!r)
                    break;
                const to = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(r.schema, n.newname);
                if (createdTypes.has(r.key))
                    createdTypes.set(to, stmt.index);
                else
                    renamedTypes.set(to, renamedTypes.get(r.key) ?? r.key);
            }
            break;
        }
        default:
            break;
    }
}
/** The statement ran in the replay without error (its effects were seen, not predicted). */
function replayed(sc) {
    return !!sc.trace && sc.trace.traced && !sc.trace.error && !sc.trace.unsupported;
}
/** The replay saw this statement lock the table. */
function observedLock(sc, key, mode) {
    if (!replayed(sc))
        return false;
    return sc.trace.locks.some((l) => normalizeTableRef(l.table) === key && (!mode || mode.test(l.mode)));
}
/** The replay saw this statement rewrite the table (its relfilenode changed). */
function observedRewrite(sc, key) {
    return replayed(sc) && sc.trace.rewritten.some((t) => normalizeTableRef(t) === key);
}
/** A table that existed before this pull request (tables it creates, in this migration or an earlier one of the PR, are exempt: empty and unused). */
function preExisting(sc, key) {
    return !sc.created.has(key);
}
/** A column that existed before this pull request (one added or created by it is empty and unread). */
function preExistingColumn(sc, tableKey, column) {
    return !sc.createdColumns.has(columnKey(tableKey, column));
}


/***/ }),

/***/ 3281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ calledFunctions),
/* harmony export */   Bt: () => (/* binding */ rangeVar),
/* harmony export */   GG: () => (/* binding */ walk),
/* harmony export */   J6: () => (/* binding */ intConst),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   Tb: () => (/* binding */ referencedColumns),
/* harmony export */   W6: () => (/* binding */ optionNames),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   my: () => (/* binding */ DEFAULT_SCHEMA)
/* harmony export */ });
/* unused harmony exports makeRelation, sval, stringConst */
/** Small readers over libpg-query's JSON tree, so rules never poke at raw shapes. */
/** The schema unqualified names resolve to (Prisma's default search_path). */
const DEFAULT_SCHEMA = 'public';
function relationKey(schema, name) {
    return `${schema}.${name}`;
}
function makeRelation(name, schema) {
    const s = schema ?? DEFAULT_SCHEMA;
    return { schema: s, name, key: relationKey(s, name), display: schema ? `${schema}.${name}` : name, qualified: schema !== undefined };
}
/** A RangeVar node (or its fields) -> relation name. */
function rangeVar(rv) {
    const v = rv?.RangeVar ?? rv;
    if (!v || typeof v.relname !== 'string')
        return undefined;
    return makeRelation(v.relname, typeof v.schemaname === 'string' ? v.schemaname : undefined);
}
/** `{ String: { sval } }` -> sval. */
function sval(node) {
    const s = node?.String?.sval ?? node?.sval;
    return typeof s === 'string' ? s : undefined;
}
/** A list of String nodes (or `{ List: { items } }`) -> strings. */
function strings(list) {
    const items = Array.isArray(list) ? list : list?.List?.items;
    const out = [];
    if (!items)
        return out;
    for (const it of items) {
        const s = it?.String?.sval ?? it?.sval;
        if (typeof s === 'string')
            out.push(s);
    }
    return out;
}
/** A possibly qualified object name given as a list of strings -> relation-like name. */
function qualifiedName(list) {
    const parts = strings(list);
    if (!parts.length)
        return undefined;
    const name = parts[parts.length - 1];
    return makeRelation(name, parts.length > 1 ? parts[parts.length - 2] : undefined);
}
/** Integer value of an A_Const (`{ ival: {} }` is 0 in the JSON). */
function intConst(node) {
    const c = node?.A_Const ?? node;
    if (c?.ival !== undefined)
        return typeof c.ival.ival === 'number' ? c.ival.ival : 0;
    if (typeof c?.sval?.sval === 'string' && /^-?\d+$/.test(c.sval.sval))
        return Number(c.sval.sval);
    return undefined;
}
/** String value of an A_Const, if it is one. */
function stringConst(node) {
    const c = node?.A_Const ?? node;
    if (typeof c?.sval?.sval === 'string')
        return c.sval.sval;
    if (c?.ival !== undefined)
        return String(typeof c.ival.ival === 'number' ? c.ival.ival : 0);
    if (typeof c?.fval?.fval === 'string')
        return c.fval.fval;
    return undefined;
}
/** DefElem list (statement options) -> names. */
function optionNames(list) {
    return (Array.isArray(list) ? list : []).map((d) => d?.DefElem?.defname).filter((s) => typeof s === 'string');
}
/** Visit every object node in a tree (depth first). Returning false stops descending into that node. */
function walk(node, visit) {
    if (Array.isArray(node)) {
        for (const n of node)
            walk(n, visit);
        return;
    }
    if (!node || typeof node !== 'object')
        return;
    for (const [k, v] of Object.entries(node)) {
        if (!v || typeof v !== 'object')
            continue;
        if (visit(k, v) === false)
            continue;
        walk(v, visit);
    }
}
/** Every function name called anywhere inside an expression (lower-case, unqualified). */
function calledFunctions(expr) {
    const out = [];
    walk(expr, (k, v) => {
        if (k === 'FuncCall') {
            const parts = strings(v.funcname);
            if (parts.length)
                out.push(parts[parts.length - 1].toLowerCase());
        }
    });
    return out;
}
/** Column names an expression references (`ColumnRef`, last field). */
function referencedColumns(expr) {
    const out = [];
    walk(expr, (k, v) => {
        if (k === 'ColumnRef') {
            const f = strings(v.fields);
            if (f.length)
                out.push(f[f.length - 1]);
        }
    });
    return out;
}


/***/ }),

/***/ 7673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ preloadParser),
/* harmony export */   Qc: () => (/* binding */ loadParserModule)
/* harmony export */ });
/* unused harmony exports locateParser, loadFactory, importFactory, compileParserWasm, instantiateParser */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





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

/***/ 3389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ parseMigrationSql)
});

// UNUSED EXPORTS: parseMigrationWith

// EXTERNAL MODULE: ./src/lint/parser/text.ts
var parser_text = __webpack_require__(8906);
// EXTERNAL MODULE: ./src/lint/parser/load.ts
var load = __webpack_require__(7673);
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

/***/ 6281:
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

/***/ 982:
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


/***/ }),

/***/ 8072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  kF: () => (/* binding */ RULES_BY_ID),
  h0: () => (/* binding */ UNSUPPRESSIBLE)
});

;// CONCATENATED MODULE: ./src/lint/rules/syntax-error.ts
const rule = {
    id: 'syntax-error',
    severity: 'error',
    category: 'engine',
    summary: 'A statement PostgreSQL\'s parser rejects',
    rationale: 'PostgreSQL rejects the statement, so the migration fails when it is deployed (after the statements before it, if any ran outside a transaction).',
    safeAlternative: '-- fix the statement, then check it locally against a scratch database:\n--   npx prisma migrate dev\n--   npx migration-gates lint prisma/migrations/<folder>',
    docs: {
        problem: 'Reports each statement that PostgreSQL\'s own parser (libpg-query, PostgreSQL 18 grammar) rejects, at the line and column of the error. The other statements of the file are still linted.',
        bad: 'ALTER TABLE "User" ADD COLUM "bio" TEXT;',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const e = sc.stmt.syntaxError;
            if (!e)
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `PostgreSQL cannot parse this statement: ${e.message}`,
                observed: false,
                line: e.line,
                column: e.column,
                fix: `Fix the statement at line ${e.line}, then check it locally:\n  npx prisma migrate dev\n  npx migration-gates lint ${ctx.file.replace(/\/migration\.sql$/, '')}`,
            });
        }
        return hits;
    },
};

// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(6221);
// EXTERNAL MODULE: ./src/lint/parser/ast.ts
var ast = __webpack_require__(3281);
;// CONCATENATED MODULE: ./src/lint/rules/concurrently-in-transaction.ts


/** Statements PostgreSQL refuses to run inside a transaction block. */
function nonTransactional(sc) {
    const n = sc.stmt.node;
    switch (sc.stmt.kind) {
        case 'IndexStmt':
            return n.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
        case 'DropStmt':
            return n.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
        case 'ReindexStmt':
            return (0,ast/* optionNames */.W6)(n.params).includes('concurrently') ? 'REINDEX CONCURRENTLY' : undefined;
        case 'AlterTableStmt':
            return (n.cmds ?? []).some((c) => c.AlterTableCmd?.def?.PartitionCmd?.concurrent)
                ? 'DETACH PARTITION CONCURRENTLY'
                : undefined;
        case 'VacuumStmt':
            return n.is_vacuumcmd ? 'VACUUM' : undefined;
        default:
            return undefined;
    }
}
const concurrently_in_transaction_rule = {
    id: 'concurrently-in-transaction',
    severity: 'error',
    category: 'correctness',
    kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'VacuumStmt'],
    summary: 'A CONCURRENTLY statement shares its migration with other statements, so it runs in a transaction and fails',
    rationale: 'Prisma sends migration.sql to PostgreSQL as one script, which runs as one implicit transaction; CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY cannot run inside a transaction block, so the migration fails half-way in production.',
    safeAlternative: '-- prisma/migrations/20240101000000_add_post_author_index/migration.sql holds exactly one statement:\nCREATE INDEX CONCURRENTLY "Post_authorId_idx" ON "Post"("authorId");',
    docs: {
        problem: 'Reports a `CONCURRENTLY` statement (CREATE INDEX, DROP INDEX, REINDEX, DETACH PARTITION), or a `VACUUM`, in a migration that holds any other statement, `SET lock_timeout` included.',
        bad: 'ALTER TABLE "Post" ADD COLUMN "slug" TEXT;\nCREATE INDEX CONCURRENTLY "Post_slug_idx" ON "Post"("slug");',
        notes: 'Create an empty migration with `prisma migrate dev --create-only`, put the single statement in it, and apply it like any other.',
    },
    check(ctx) {
        const parsedCount = ctx.statements.length;
        if (parsedCount < 2)
            return [];
        const hits = [];
        for (const sc of ctx.statements) {
            const what = nonTransactional(sc);
            if (!what)
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `${what} cannot run inside a transaction block, and this migration has ${parsedCount} statements: Prisma runs them as one transaction, so it fails`,
                observed: false,
                fix: `Move this statement alone into a new migration (npx prisma migrate dev --create-only --name ${(0,shell_quote/* shellQuote */.ZL)(`${ctx.name.replace(/^\d+_/, '')}_concurrently`)}):\n${sc.stmt.sql};`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/migration-fails.ts

const migration_fails_rule = {
    id: 'migration-fails',
    severity: 'error',
    category: 'engine',
    summary: 'The statement fails when the migration is replayed on the history before it',
    rationale: 'Replayed in a real PostgreSQL engine on top of every earlier migration, the statement fails: it will fail the same way in every environment, and Prisma marks the migration as failed (P3009) until someone resolves it by hand.',
    safeAlternative: '-- reproduce it locally against a scratch database:\n--   npx prisma migrate reset && npx prisma migrate dev\n-- then fix the statement (the error names the missing object, type or value)',
    docs: {
        problem: 'Reports the statement that fails, with PostgreSQL\'s error, when the base history and the new migrations are replayed in the embedded database (or in `shadow-database-url`). Later statements of that migration are linted from the SQL alone.',
        bad: 'ALTER TABLE "Userr" ADD COLUMN "bio" TEXT; -- relation "Userr" does not exist',
        notes: 'A statement the embedded database cannot run for a reason of its own (an extension it does not ship) is reported as `replay-unsupported`, never as this rule.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const err = sc.trace?.error;
            if (!err || sc.trace?.unsupported)
                continue;
            // A CONCURRENTLY statement failing inside the migration's transaction: concurrently-in-transaction says it.
            if (nonTransactional(sc) && (err.code === '25001' || /transaction block/i.test(err.message)))
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `this statement fails when replayed on the history before it: ${err.message}${err.code ? ` (SQLSTATE ${err.code})` : ''}`,
                observed: true,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/replay-unsupported.ts
const replay_unsupported_rule = {
    id: 'replay-unsupported',
    severity: 'notice',
    category: 'engine',
    summary: 'The embedded database could not run this statement, so its findings are predicted from the SQL',
    rationale: 'The embedded PostgreSQL (PGlite) lacks some extensions and server features; the statement may well work on your server. Lock and rewrite findings for it come from the SQL alone.',
    safeAlternative: '-- replay in a real PostgreSQL of your version instead of the embedded one:\n--   npx migration-gates lint --shadow-database-url postgresql://postgres@localhost:5432/postgres\n-- (the action input is shadow-database-url, e.g. a postgres service container)',
    docs: {
        problem: 'A notice naming the statement the embedded replay could not run (for example `CREATE EXTENSION postgis`), with the reason. It never fails a check.',
        bad: 'CREATE EXTENSION IF NOT EXISTS "postgis";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const why = sc.trace?.unsupported;
            if (!why)
                continue;
            const head = sc.stmt.sql.replace(/\s+/g, ' ').slice(0, 80);
            hits.push({ statement: sc.stmt.index, message: `the embedded database could not replay \`${head}${sc.stmt.sql.length > 80 ? '…' : ''}\` (${why}): findings for it are predicted from the SQL`, observed: false });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/unused-ignore.ts
/** Reported by the suppression pass (src/lint/suppress.ts), which needs every other finding first. */
const unused_ignore_rule = {
    id: 'unused-ignore',
    severity: 'warning',
    category: 'engine',
    summary: 'A migration-gates-ignore comment that silences nothing',
    rationale: 'An ignore that matches no finding is stale or misspelt: it hides nothing today and would silently hide a future finding on the same statement.',
    safeAlternative: '-- name the rule exactly, just above the statement it is about, with a reason:\n-- migration-gates-ignore drop-column -- column unused since v2.3, backup taken\nALTER TABLE "User" DROP COLUMN "legacyId";',
    docs: {
        problem: 'Reports each rule named in a `-- migration-gates-ignore` or `-- migration-gates-ignore-file` comment that matched no finding: a misspelt or unknown rule id, a rule that cannot be silenced, or a statement that no longer has that problem.',
        bad: '-- migration-gates-ignore drop-colum\nALTER TABLE "User" DROP COLUMN "legacyId";',
    },
};

// EXTERNAL MODULE: ./src/lint/context.ts
var context = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/lint/rules/create-index-not-concurrently.ts


const create_index_not_concurrently_rule = {
    id: 'create-index-not-concurrently',
    severity: 'warning',
    category: 'lock',
    kinds: ['IndexStmt'],
    summary: 'CREATE INDEX without CONCURRENTLY on an existing table blocks writes while the index builds',
    rationale: 'A plain CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, for minutes on a large table.',
    safeAlternative: '-- its own migration file: CONCURRENTLY cannot run inside the transaction Prisma uses\nCREATE INDEX CONCURRENTLY "Post_authorId_idx" ON "Post"("authorId");',
    docs: {
        problem: 'Reports `CREATE INDEX` (and `CREATE UNIQUE INDEX`) without `CONCURRENTLY` on a table that existed before the migration. Tables created in the same migration are exempt: they are empty and nobody uses them yet.',
        bad: 'CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");',
        notes: 'Put the concurrent build alone in its own migration (see `concurrently-in-transaction`). If it fails, it leaves an INVALID index behind: drop it with `DROP INDEX CONCURRENTLY` and retry.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            if (sc.stmt.kind !== 'IndexStmt' || sc.stmt.node.concurrent)
                continue;
            const rel = (0,ast/* rangeVar */.Bt)(sc.stmt.node.relation);
            if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                continue;
            const name = sc.stmt.node.idxname ? `"${sc.stmt.node.idxname}" ` : '';
            hits.push({
                statement: sc.stmt.index,
                message: `CREATE INDEX ${name}on "${rel.display}" without CONCURRENTLY blocks writes to the table while the index builds`,
                table: rel.display,
                tableKey: rel.key,
                observed: (0,context/* observedLock */.oY)(sc, rel.key),
                fix: `In a migration of its own: ${sc.stmt.sql.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\s+/i, '$1 CONCURRENTLY ')};`,
            });
        }
        return hits;
    },
};

// EXTERNAL MODULE: ./src/lint/replay/locks.ts
var locks = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/lint/analysis.ts


const NONE = [];
const alterCache = new WeakMap();
/** The sub-commands of an `ALTER TABLE` (not ALTER INDEX/VIEW/SEQUENCE). Computed once per statement: every rule asks. */
function alterTableCommands(sc) {
    if (sc.stmt.kind !== 'AlterTableStmt')
        return NONE;
    const cached = alterCache.get(sc);
    if (cached)
        return cached;
    const n = sc.stmt.node;
    const rel = n.objtype && n.objtype !== 'OBJECT_TABLE' ? undefined : (0,ast/* rangeVar */.Bt)(n.relation);
    const cmds = rel ? (n.cmds ?? []).map((c) => c.AlterTableCmd).filter(Boolean).map((cmd) => ({ rel, cmd, subtype: String(cmd.subtype) })) : NONE;
    alterCache.set(sc, cmds);
    return cmds;
}
const addedCache = new WeakMap();
/** Constraints an ALTER TABLE adds: `ADD CONSTRAINT` and those inline in `ADD COLUMN`. */
function addedConstraints(sc) {
    if (sc.stmt.kind !== 'AlterTableStmt')
        return NONE;
    const cached = addedCache.get(sc);
    if (cached)
        return cached;
    const out = [];
    for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        if (subtype === 'AT_AddConstraint' && cmd.def?.Constraint)
            out.push({ rel, con: cmd.def.Constraint, viaAddColumn: false });
        if (subtype === 'AT_AddColumn') {
            for (const c of cmd.def?.ColumnDef?.constraints ?? [])
                if (c.Constraint)
                    out.push({ rel, con: c.Constraint, column: cmd.def.ColumnDef.colname, viaAddColumn: true });
        }
    }
    addedCache.set(sc, out);
    return out;
}
// One list of lock modes for replay and rules alike.

/** `ACCESS EXCLUSIVE`, `AccessExclusive`, `AccessExclusiveLock` -> AccessExclusiveLock. */
function normalizeLockMode(mode) {
    const compact = mode.replace(/[\s_]/g, '').toLowerCase().replace(/lock$/, '');
    return locks/* LOCK_MODES */.bx.find((m) => m.toLowerCase().replace(/lock$/, '') === compact);
}
const WEAKER_ALTER = {
    AT_ValidateConstraint: 'ShareUpdateExclusiveLock',
    AT_SetStatistics: 'ShareUpdateExclusiveLock',
    AT_ClusterOn: 'ShareUpdateExclusiveLock',
    AT_DropCluster: 'ShareUpdateExclusiveLock',
    AT_SetRelOptions: 'ShareUpdateExclusiveLock',
    AT_ResetRelOptions: 'ShareUpdateExclusiveLock',
    AT_AttachPartition: 'ShareUpdateExclusiveLock',
    AT_EnableTrig: 'ShareRowExclusiveLock',
    AT_DisableTrig: 'ShareRowExclusiveLock',
    AT_EnableTrigAll: 'ShareRowExclusiveLock',
    AT_DisableTrigAll: 'ShareRowExclusiveLock',
    AT_EnableTrigUser: 'ShareRowExclusiveLock',
    AT_DisableTrigUser: 'ShareRowExclusiveLock',
};
function stronger(a, b) {
    return locks/* LOCK_MODES */.bx.indexOf(a) >= locks/* LOCK_MODES */.bx.indexOf(b) ? a : b;
}
/** The table locks a statement takes, predicted from its kind (PostgreSQL 15 documentation, "Table-Level Locks"). */
function predictedLocks(sc) {
    const n = sc.stmt.node;
    if (!n)
        return [];
    const out = new Map();
    const add = (rel, mode) => {
        if (!rel)
            return;
        const prev = out.get(rel.key);
        out.set(rel.key, { key: rel.key, display: rel.display, mode: prev ? stronger(prev.mode, mode) : mode });
    };
    switch (sc.stmt.kind) {
        case 'AlterTableStmt': {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                const con = subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
                if (con?.contype === 'CONSTR_FOREIGN') {
                    add(rel, 'ShareRowExclusiveLock');
                    add((0,ast/* rangeVar */.Bt)(con.pktable), 'ShareRowExclusiveLock');
                }
                else
                    add(rel, WEAKER_ALTER[subtype] ?? 'AccessExclusiveLock');
                if (subtype === 'AT_AddColumn') {
                    for (const c of cmd.def?.ColumnDef?.constraints ?? [])
                        if (c.Constraint?.contype === 'CONSTR_FOREIGN')
                            add((0,ast/* rangeVar */.Bt)(c.Constraint.pktable), 'ShareRowExclusiveLock');
                }
            }
            break;
        }
        case 'IndexStmt':
            add((0,ast/* rangeVar */.Bt)(n.relation), n.concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
            break;
        case 'DropStmt':
            if (n.removeType === 'OBJECT_TABLE')
                for (const o of n.objects ?? [])
                    add((0,ast/* qualifiedName */.OL)(o), 'AccessExclusiveLock');
            if (n.removeType === 'OBJECT_INDEX') {
                for (const o of n.objects ?? []) {
                    const idx = (0,ast/* qualifiedName */.OL)(o);
                    const t = idx ? sc.before.tableOfIndex(idx.schema, idx.name) : undefined;
                    if (t)
                        add({ schema: t.schema, name: t.name, key: (0,ast/* relationKey */.Yb)(t.schema, t.name), display: t.name, qualified: false }, n.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock');
                }
            }
            break;
        case 'TruncateStmt':
            for (const r of n.relations ?? [])
                add((0,ast/* rangeVar */.Bt)(r), 'AccessExclusiveLock');
            break;
        case 'RenameStmt':
            if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_COLUMN' || n.renameType === 'OBJECT_TABCONSTRAINT')
                add((0,ast/* rangeVar */.Bt)(n.relation), 'AccessExclusiveLock');
            break;
        case 'VacuumStmt':
            if ((0,ast/* optionNames */.W6)(n.options).includes('full') || !n.is_vacuumcmd)
                for (const r of n.rels ?? [])
                    add((0,ast/* rangeVar */.Bt)(r.VacuumRelation?.relation), 'AccessExclusiveLock');
            break;
        case 'ClusterStmt':
            add((0,ast/* rangeVar */.Bt)(n.relation), 'AccessExclusiveLock');
            break;
        case 'ReindexStmt':
            if (n.kind === 'REINDEX_OBJECT_TABLE' && !(0,ast/* optionNames */.W6)(n.params).includes('concurrently'))
                add((0,ast/* rangeVar */.Bt)(n.relation), 'ShareLock');
            break;
        case 'LockStmt': {
            const mode = locks/* LOCK_MODES */.bx[Math.max(0, Math.min(7, Number(n.mode ?? 8) - 1))];
            for (const r of n.relations ?? [])
                add((0,ast/* rangeVar */.Bt)(r), mode);
            break;
        }
        case 'CreateTrigStmt':
            add((0,ast/* rangeVar */.Bt)(n.relation), 'ShareRowExclusiveLock');
            break;
        case 'CreateStmt':
            // A new table's foreign keys lock the tables they reference.
            for (const el of n.tableElts ?? []) {
                if (el.Constraint?.contype === 'CONSTR_FOREIGN')
                    add((0,ast/* rangeVar */.Bt)(el.Constraint.pktable), 'ShareRowExclusiveLock');
                for (const c of el.ColumnDef?.constraints ?? [])
                    if (c.Constraint?.contype === 'CONSTR_FOREIGN')
                        add((0,ast/* rangeVar */.Bt)(c.Constraint.pktable), 'ShareRowExclusiveLock');
            }
            break;
        default:
            break;
    }
    return [...out.values()];
}
/**
 * Functions that are not volatile and show up in column defaults. A default that calls anything
 * else (random(), gen_random_uuid(), clock_timestamp(), a user function...) is treated as volatile:
 * PostgreSQL must then rewrite the table to store a value per row.
 */
const NON_VOLATILE = new Set([
    'now', 'transaction_timestamp', 'statement_timestamp', 'current_timestamp', 'localtimestamp', 'current_date', 'current_time',
    'lower', 'upper', 'btrim', 'trim', 'ltrim', 'rtrim', 'length', 'concat', 'coalesce', 'nullif', 'greatest', 'least', 'abs', 'round',
    'to_jsonb', 'to_json', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array', 'array', 'make_interval',
    'to_timestamp', 'to_date', 'date_trunc', 'current_user', 'current_setting', 'current_schema', 'session_user', 'md5', 'encode', 'decode',
    'timezone', 'make_date', 'make_timestamp', 'make_timestamptz', 'int4', 'int8', 'text', 'numeric', 'uuid_nil',
]);
/** Volatile function calls in an expression (the ones that force a rewrite when used as a default). */
function volatileCalls(expr) {
    const out = (0,ast/* calledFunctions */.Bm)(expr).filter((f) => !NON_VOLATILE.has(f));
    // nextval() in a default is volatile too, but SERIAL is handled by its own rule.
    return [...new Set(out)];
}
/** `SET [LOCAL] lock_timeout = <non-zero>`. */
function setsLockTimeout(sc) {
    const n = sc.stmt.node;
    if (sc.stmt.kind !== 'VariableSetStmt' || String(n.name).toLowerCase() !== 'lock_timeout' || n.kind !== 'VAR_SET_VALUE')
        return false;
    const arg = n.args?.[0]?.A_Const;
    const v = arg?.sval?.sval ?? (arg?.ival !== undefined ? String(arg.ival.ival ?? 0) : undefined);
    return v !== undefined && !/^\s*0\s*(ms|s|min)?\s*$/i.test(v);
}
/** Whether a whole subtree mentions a node type (e.g. a sub-select). */
function contains(node, type) {
    let found = false;
    walk(node, (k) => {
        if (k === type)
            found = true;
        return !found;
    });
    return found;
}
/** `"name"` as PostgreSQL would need it quoted in a suggested fix. */
function q(name) {
    return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
/** A relation for a fix: schema-qualified only when the SQL qualified it. */
function qr(rel) {
    return rel.qualified ? `${q(rel.schema)}.${q(rel.name)}` : q(rel.name);
}

;// CONCATENATED MODULE: ./src/lint/rules/drop-index-not-concurrently.ts



/**
 * The same migration goes on to drop the index's table, or one of its columns: that statement takes
 * ACCESS EXCLUSIVE and drops the index anyway, and drop-table / drop-column report it (one finding per cause).
 */
function droppedLaterWithItsTable(ctx, from, tableKey, columns) {
    for (const later of ctx.statements.slice(from + 1)) {
        const n = later.stmt.node;
        if (later.stmt.kind === 'DropStmt' && n.removeType === 'OBJECT_TABLE' && (n.objects ?? []).some((o) => (0,ast/* qualifiedName */.OL)(o)?.key === tableKey))
            return true;
        if (alterTableCommands(later).some((a) => a.subtype === 'AT_DropColumn' && a.rel.key === tableKey && columns.includes(a.cmd.name)))
            return true;
    }
    return false;
}
const drop_index_not_concurrently_rule = {
    id: 'drop-index-not-concurrently',
    severity: 'warning',
    category: 'lock',
    kinds: ['DropStmt'],
    summary: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table',
    rationale: 'A plain DROP INDEX locks the whole table against reads and writes; if a long query holds the table, the DROP waits and every query behind it queues up.',
    safeAlternative: '-- its own migration file\nDROP INDEX CONCURRENTLY "Post_authorId_idx";',
    docs: {
        problem: 'Reports `DROP INDEX` without `CONCURRENTLY` when the index belongs to a table that existed before the migration. Not when the same migration then drops that table or a column of the index (Prisma drops an index before removing its field): that statement takes ACCESS EXCLUSIVE and drops the index anyway, and `drop-table` / `drop-column` report it once.',
        bad: 'DROP INDEX "Post_authorId_idx";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_INDEX' || n.concurrent)
                continue;
            for (const o of n.objects ?? []) {
                const idx = (0,ast/* qualifiedName */.OL)(o);
                if (!idx)
                    continue;
                const t = sc.before.tableOfIndex(idx.schema, idx.name);
                const key = t ? (0,ast/* relationKey */.Yb)(t.schema, t.name) : undefined;
                // An index of a table created in this migration can go without ceremony.
                if (key && !(0,context/* preExisting */.PQ)(sc, key))
                    continue;
                const cols = t?.indexes.find((i) => i.name === idx.name)?.columns ?? [];
                if (key && droppedLaterWithItsTable(ctx, sc.stmt.index, key, cols))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `DROP INDEX "${idx.display}"${t ? ` on "${t.name}"` : ''} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table`,
                    table: t?.name,
                    tableKey: key,
                    observed: key ? (0,context/* observedLock */.oY)(sc, key) : false,
                    fix: `In a migration of its own: DROP INDEX CONCURRENTLY ${n.missing_ok ? 'IF EXISTS ' : ''}"${idx.name}";`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/reindex-not-concurrently.ts


const reindex_not_concurrently_rule = {
    id: 'reindex-not-concurrently',
    severity: 'warning',
    category: 'lock',
    kinds: ['ReindexStmt'],
    summary: 'REINDEX without CONCURRENTLY blocks writes (and reads that use the index)',
    rationale: 'REINDEX locks the table against writes and the index against use for the whole rebuild.',
    safeAlternative: '-- its own migration file (PostgreSQL 12+)\nREINDEX INDEX CONCURRENTLY "Post_authorId_idx";',
    docs: {
        problem: 'Reports `REINDEX INDEX|TABLE|SCHEMA|DATABASE` without `CONCURRENTLY`, unless it targets a table (or an index of a table) created in the same migration.',
        bad: 'REINDEX TABLE "Post";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'ReindexStmt' || (0,ast/* optionNames */.W6)(n.params).includes('concurrently'))
                continue;
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            let key;
            let table;
            if (n.kind === 'REINDEX_OBJECT_TABLE' && rel) {
                key = rel.key;
                table = rel.display;
            }
            else if (n.kind === 'REINDEX_OBJECT_INDEX' && rel) {
                const t = sc.before.tableOfIndex(rel.schema, rel.name);
                if (t) {
                    key = (0,ast/* relationKey */.Yb)(t.schema, t.name);
                    table = t.name;
                }
            }
            if (key && !(0,context/* preExisting */.PQ)(sc, key))
                continue;
            const what = n.kind.replace('REINDEX_OBJECT_', '');
            const target = rel ? ` "${rel.display}"` : n.name ? ` "${n.name}"` : '';
            hits.push({
                statement: sc.stmt.index,
                message: `REINDEX ${what}${target} without CONCURRENTLY blocks writes while it rebuilds`,
                table,
                tableKey: key,
                observed: key ? (0,context/* observedLock */.oY)(sc, key) : false,
                fix: `In a migration of its own: ${sc.stmt.sql.replace(/^REINDEX\s+(\([^)]*\)\s*)?(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\s+/i, 'REINDEX $1$2 CONCURRENTLY ')};`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-foreign-key-validating.ts



const add_foreign_key_validating_rule = {
    id: 'add-foreign-key-validating',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'Adding a FOREIGN KEY without NOT VALID scans the table while blocking writes to both tables',
    rationale: 'ADD CONSTRAINT ... FOREIGN KEY checks every existing row while holding SHARE ROW EXCLUSIVE locks on the table and the referenced table: writes to both wait until the scan ends.',
    safeAlternative: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID;\n-- next migration: checks existing rows without blocking writes\nALTER TABLE "Post" VALIDATE CONSTRAINT "Post_authorId_fkey";',
    docs: {
        problem: 'Reports a foreign key added to a table that existed before the migration without `NOT VALID`, through `ADD CONSTRAINT` or an `ADD COLUMN ... REFERENCES`. The usual Prisma shape (CREATE TABLE, then ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY on that new table) is exempt.',
        bad: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
        notes: 'A foreign key on a table the pull request created is not reported, even inline in `CREATE TABLE` (squawk reports that form): the new table has no row to validate, and the alternative (`ADD CONSTRAINT ... NOT VALID`) takes the same SHARE ROW EXCLUSIVE lock on the referenced table (PostgreSQL documentation, "ALTER TABLE"). `NOT VALID` followed by `VALIDATE CONSTRAINT` in the same migration is `validate-constraint-in-same-migration`: Prisma runs the file as one transaction, so the validation would hold the lock anyway.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, con, column } of addedConstraints(sc)) {
                if (con.contype !== 'CONSTR_FOREIGN' || con.skip_validation || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const ref = (0,ast/* rangeVar */.Bt)(con.pktable);
                const cols = column ? [column] : (0,ast/* strings */.P$)(con.fk_attrs);
                const refCols = (0,ast/* strings */.P$)(con.pk_attrs);
                const name = con.conname ?? `${rel.name}_${cols.join('_')}_fkey`;
                hits.push({
                    statement: sc.stmt.index,
                    message: `FOREIGN KEY ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}"(${cols.join(', ')}) is validated at once, blocking writes to "${rel.display}"${ref ? ` and "${ref.display}"` : ''} during the scan`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: column
                        ? `Add the column first, then the constraint NOT VALID, then validate in a later migration:\nALTER TABLE ${qr(rel)} ADD COLUMN ...;\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} FOREIGN KEY (${q(column)}) REFERENCES ${ref ? qr(ref) : '...'}${refCols.length ? `(${refCols.map(q).join(', ')})` : ''} NOT VALID;\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`
                        : `${sc.stmt.sql} NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-check-validating.ts


const add_check_validating_rule = {
    id: 'add-check-validating',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'Adding a CHECK constraint without NOT VALID scans the table under an ACCESS EXCLUSIVE lock',
    rationale: 'ADD CONSTRAINT ... CHECK verifies every existing row while holding ACCESS EXCLUSIVE: no reads or writes until the scan ends.',
    safeAlternative: 'ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;\n-- next migration: SHARE UPDATE EXCLUSIVE only, reads and writes continue\nALTER TABLE "User" VALIDATE CONSTRAINT "User_age_check";',
    docs: {
        problem: 'Reports a CHECK constraint added without `NOT VALID` to a table that existed before the migration, through `ADD CONSTRAINT` or inline in `ADD COLUMN`.',
        bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0);',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, con, viaAddColumn } of addedConstraints(sc)) {
                if (con.contype !== 'CONSTR_CHECK' || con.skip_validation || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const name = con.conname ?? `${rel.name}_check`;
                hits.push({
                    statement: sc.stmt.index,
                    message: `CHECK constraint ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}" is validated at once under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: viaAddColumn
                        ? `Add the column without the CHECK, then:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} CHECK (...) NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`
                        : `${sc.stmt.sql} NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(name)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-unique-constraint.ts



const add_unique_constraint_rule = {
    id: 'add-unique-constraint',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock',
    rationale: 'ADD CONSTRAINT ... UNIQUE builds a unique index while the table is locked against reads and writes.',
    safeAlternative: '-- migration 1 (alone in its file)\nCREATE UNIQUE INDEX CONCURRENTLY "User_email_key" ON "User"("email");\n-- migration 2: instant, reuses the index\nALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE USING INDEX "User_email_key";',
    docs: {
        problem: 'Reports `ADD CONSTRAINT ... UNIQUE` (and `ADD COLUMN ... UNIQUE`) on a table that existed before the migration, unless it attaches an existing index with `USING INDEX`.',
        bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");',
        notes: 'Prisma itself writes `CREATE UNIQUE INDEX` for `@unique`: that statement is covered by `create-index-not-concurrently`.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, con, column } of addedConstraints(sc)) {
                if (con.contype !== 'CONSTR_UNIQUE' || con.indexname || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const cols = column ? [column] : (0,ast/* strings */.P$)(con.keys);
                const name = con.conname ?? `${rel.name}_${cols.join('_')}_key`;
                hits.push({
                    statement: sc.stmt.index,
                    message: `UNIQUE constraint ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}"(${cols.join(', ')}) builds its index under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: `-- migration 1, alone in its file:\nCREATE UNIQUE INDEX CONCURRENTLY ${q(name)} ON ${qr(rel)} (${cols.map(q).join(', ')});\n-- migration 2:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} UNIQUE USING INDEX ${q(name)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/set-not-null.ts


/** A validated `CHECK (col IS NOT NULL)` lets SET NOT NULL skip its scan (PostgreSQL 12+). */
function hasValidatedNotNullCheck(t, column) {
    const want = `check${column}isnotnull`.toLowerCase();
    // pg_get_constraintdef() ends with " NOT VALID" until validated; a VALIDATE replayed in the model
    // later in the same migration sets the flag but keeps that text: the flag says it, not the text.
    return !!t?.constraints.some((c) => c.type === 'c' && c.validated && c.definition.replace(/\s+NOT\s+VALID\s*$/i, '').replace(/["()\s]/g, '').toLowerCase() === want);
}
const set_not_null_rule = {
    id: 'set-not-null',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock',
    rationale: 'ALTER COLUMN ... SET NOT NULL reads every row to prove there is no NULL, holding ACCESS EXCLUSIVE the whole time.',
    safeAlternative: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_not_null" CHECK ("email" IS NOT NULL) NOT VALID;\n-- next migration:\nALTER TABLE "User" VALIDATE CONSTRAINT "User_email_not_null";\nALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL; -- instant: the validated CHECK proves it\nALTER TABLE "User" DROP CONSTRAINT "User_email_not_null";',
    docs: {
        problem: 'Reports `ALTER COLUMN ... SET NOT NULL` on a table that existed before the pull request, unless a validated `CHECK (col IS NOT NULL)` exists when it runs: validated by an earlier migration, or earlier in the same one (PostgreSQL 12+ then proves the column from the constraint and skips the scan: "ALTER TABLE", SET NOT NULL). A column that is already NOT NULL is a no-op and is not reported either. `ADD COLUMN ... NOT NULL` without a `DEFAULT` is `add-required-column`.',
        bad: 'ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;',
        notes: 'Validating the CHECK in the same migration that adds it NOT VALID does not help the lock: see `validate-constraint-in-same-migration`.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (!(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const t = sc.before.get(rel.key);
                if (subtype === 'AT_SetNotNull') {
                    if (hasValidatedNotNullCheck(t, cmd.name))
                        continue;
                    if (t?.columns.find((c) => c.name === cmd.name)?.notNull)
                        continue; // already NOT NULL: a no-op
                    hits.push({
                        statement: sc.stmt.index,
                        message: `SET NOT NULL on "${rel.display}"."${cmd.name}" scans the whole table under an ACCESS EXCLUSIVE lock`,
                        table: rel.display,
                        tableKey: rel.key,
                        observed: (0,context/* observedLock */.oY)(sc, rel.key),
                        fix: `ALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(`${rel.name}_${cmd.name}_not_null`)} CHECK (${q(cmd.name)} IS NOT NULL) NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(`${rel.name}_${cmd.name}_not_null`)};\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(cmd.name)} SET NOT NULL;\nALTER TABLE ${qr(rel)} DROP CONSTRAINT ${q(`${rel.name}_${cmd.name}_not_null`)};`,
                    });
                }
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-primary-key.ts




const add_primary_key_rule = {
    id: 'add-primary-key',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'Adding a PRIMARY KEY builds its index (and may set NOT NULL) under an ACCESS EXCLUSIVE lock',
    rationale: 'ADD PRIMARY KEY scans the table for NULLs and builds a unique index while the table is locked against reads and writes.',
    safeAlternative: '-- migration 1 (alone in its file)\nCREATE UNIQUE INDEX CONCURRENTLY "Item_pkey" ON "Item"("id");\n-- migration 2 (the columns should already be NOT NULL, see set-not-null)\nALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY USING INDEX "Item_pkey";',
    docs: {
        problem: 'Reports `ADD PRIMARY KEY` (or `ADD COLUMN ... PRIMARY KEY`) on a table that existed before the pull request. `ADD PRIMARY KEY USING INDEX` attaches an existing unique index and is quiet, unless a column of that index is nullable: a primary key makes its columns NOT NULL, an implicit SET NOT NULL that scans the table under ACCESS EXCLUSIVE (PostgreSQL documentation, "ALTER TABLE": "If PRIMARY KEY is specified, and the index\'s columns are not already marked NOT NULL, then this command will attempt to do ALTER COLUMN SET NOT NULL against each such column"). A validated `CHECK (col IS NOT NULL)` lets that step skip the scan (PostgreSQL 12+).',
        bad: 'ALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY ("id");',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, con, column } of addedConstraints(sc)) {
                if (con.contype !== 'CONSTR_PRIMARY' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                if (con.indexname) {
                    const t = sc.before.get(rel.key);
                    const idx = t?.indexes.find((i) => i.name === con.indexname);
                    // An index we do not know: say nothing rather than guess.
                    const nullable = (idx?.columns ?? []).filter((c) => !!c).filter((c) => {
                        const col = t.columns.find((x) => x.name === c);
                        return !!col && !col.notNull && !hasValidatedNotNullCheck(t, c);
                    });
                    if (!nullable.length)
                        continue;
                    const name = con.conname ?? `${rel.name}_pkey`;
                    hits.push({
                        statement: sc.stmt.index,
                        message: `PRIMARY KEY USING INDEX "${con.indexname}" makes nullable ${nullable.map((c) => `"${c}"`).join(', ')} NOT NULL: a scan of "${rel.display}" under an ACCESS EXCLUSIVE lock`,
                        table: rel.display,
                        tableKey: rel.key,
                        observed: (0,context/* observedLock */.oY)(sc, rel.key),
                        fix: `${nullable.map((c) => `ALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(`${rel.name}_${c}_not_null`)} CHECK (${q(c)} IS NOT NULL) NOT VALID;`).join('\n')}\n-- next migration:\n${nullable.map((c) => `ALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(`${rel.name}_${c}_not_null`)};`).join('\n')}\n-- then:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} PRIMARY KEY USING INDEX ${q(con.indexname)};`,
                    });
                    continue;
                }
                const cols = column ? [column] : (0,ast/* strings */.P$)(con.keys);
                const name = con.conname ?? `${rel.name}_pkey`;
                hits.push({
                    statement: sc.stmt.index,
                    message: `PRIMARY KEY on "${rel.display}"(${cols.join(', ')}) builds its index under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: `-- migration 1, alone in its file:\nCREATE UNIQUE INDEX CONCURRENTLY ${q(name)} ON ${qr(rel)} (${cols.map(q).join(', ')});\n-- migration 2:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${q(name)} PRIMARY KEY USING INDEX ${q(name)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-exclusion-constraint.ts


const add_exclusion_constraint_rule = {
    id: 'add-exclusion-constraint',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'Adding an EXCLUDE constraint builds its index under an ACCESS EXCLUSIVE lock, with no concurrent alternative',
    rationale: 'ADD CONSTRAINT ... EXCLUDE builds its index and checks every row while the table is locked against reads and writes; PostgreSQL has no CONCURRENTLY or USING INDEX form for it.',
    safeAlternative: '-- There is no online form: run it in a maintenance window with a short lock_timeout so it gives up instead of queueing traffic\nSET lock_timeout = \'5s\';\nALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist ("roomId" WITH =, "during" WITH &&);',
    docs: {
        problem: 'Reports `ADD CONSTRAINT ... EXCLUDE` on a table that existed before the migration.',
        bad: 'ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist ("roomId" WITH =, "during" WITH &&);',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, con } of addedConstraints(sc)) {
                if (con.contype !== 'CONSTR_EXCLUSION' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `EXCLUDE constraint ${con.conname ? `"${con.conname}" ` : ''}on "${rel.display}" builds its index under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: `-- no online form: run it in a maintenance window, giving up instead of queueing traffic:\nSET lock_timeout = '5s';\n${sc.stmt.sql};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-column-volatile-default.ts


const add_column_volatile_default_rule = {
    id: 'add-column-volatile-default',
    severity: 'error',
    category: 'rewrite',
    kinds: ['AlterTableStmt'],
    summary: 'ADD COLUMN with a volatile DEFAULT rewrites the whole table under an ACCESS EXCLUSIVE lock',
    rationale: 'Since PostgreSQL 11 a constant default is stored once in the catalog, but a volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) must be computed per row: the table is rewritten while locked against reads and writes.',
    safeAlternative: 'ALTER TABLE "User" ADD COLUMN "publicId" UUID;                         -- instant\nALTER TABLE "User" ALTER COLUMN "publicId" SET DEFAULT gen_random_uuid(); -- new rows only, instant\n-- backfill existing rows in batches, outside the migration:\nUPDATE "User" SET "publicId" = gen_random_uuid() WHERE "id" BETWEEN 1 AND 10000 AND "publicId" IS NULL;',
    docs: {
        problem: 'Reports `ADD COLUMN ... DEFAULT <expr>` on a table that existed before the migration when the expression calls a volatile function. With the replay, a default that turns out not to rewrite the table is not reported.',
        bad: 'ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT gen_random_uuid();',
        notes: '`now()` and `CURRENT_TIMESTAMP` are stable, not volatile: `ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP` is instant and not reported.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_AddColumn' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const def = cmd.def?.ColumnDef;
                const dflt = (def?.constraints ?? []).find((c) => c.Constraint?.contype === 'CONSTR_DEFAULT')?.Constraint;
                if (!dflt)
                    continue;
                const calls = volatileCalls(dflt.raw_expr);
                const seen = (0,context/* observedRewrite */.F3)(sc, rel.key);
                // The replay ran it and the table kept its storage: the default was not volatile after all.
                if (!calls.length || (!seen && (0,context/* replayed */.lD)(sc)))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `ADD COLUMN "${def.colname}" with a volatile DEFAULT (${calls.map((c) => `${c}()`).join(', ')}) rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: seen,
                    fix: `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} <type>;\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(def.colname)} SET DEFAULT <expression>;\n-- then backfill existing rows in batches outside the migration`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-generated-stored-column.ts



const add_generated_stored_column_rule = {
    id: 'add-generated-stored-column',
    severity: 'error',
    category: 'rewrite',
    kinds: ['AlterTableStmt'],
    summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED rewrites the whole table',
    rationale: 'A stored generated column is computed and written for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock.',
    safeAlternative: '-- a plain column kept up to date by the application or a trigger, backfilled in batches:\nALTER TABLE "User" ADD COLUMN "fullName" TEXT;\n-- or compute it at read time (a view, or an expression index)',
    docs: {
        problem: 'Reports `ADD COLUMN ... GENERATED ALWAYS AS (...) STORED` on a table that existed before the migration.',
        bad: 'ALTER TABLE "User" ADD COLUMN "fullName" TEXT GENERATED ALWAYS AS ("first" || \' \' || "last") STORED;',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_AddColumn' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const def = cmd.def?.ColumnDef;
                if (!(def?.constraints ?? []).some((c) => c.Constraint?.contype === 'CONSTR_GENERATED'))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `ADD COLUMN "${def.colname}" GENERATED ... STORED rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedRewrite */.F3)(sc, rel.key),
                    fix: `-- a plain column, kept up to date by the application or a trigger, backfilled in batches:\nALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${(0,ast/* strings */.P$)(def.typeName?.names).filter((n) => n !== 'pg_catalog').join('.') || '<type>'};\n-- or compute it at read time (a view, or an expression index)`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/fixes.ts

/** Small builders for `fix` texts: every fix names the statement's own objects, quoted for PostgreSQL. */
/** A SQL string literal. */
function lit(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
/** `schema.table` key -> `"Table"` (schema-qualified when not public). */
function qk(key) {
    const dot = key.indexOf('.');
    const [schema, name] = [key.slice(0, dot), key.slice(dot + 1)];
    return schema === 'public' ? q(name) : `${q(schema)}.${q(name)}`;
}
/** Columns whose type is the given type (format_type() spelling: `"Role"`, `Role[]`, `auth."Role"`). */
function columnsOfType(facts, typeKey) {
    const dot = typeKey.indexOf('.');
    const [schema, name] = [typeKey.slice(0, dot), typeKey.slice(dot + 1)];
    const out = [];
    for (const [key, t] of facts.tables) {
        for (const c of t.columns) {
            const parts = c.type.replace(/(\[\])+$/, '').match(/"(?:[^"]|"")*"|[^."]+/g)?.map((p) => p.replace(/^"|"$/g, '').replace(/""/g, '"')) ?? [];
            const sch = parts.length > 1 ? parts.at(-2) : undefined;
            if (parts.at(-1) === name && (sch === undefined || sch === schema))
                out.push({ tableKey: key, column: c.name });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lint/rules/add-identity-or-serial-column.ts




const add_identity_or_serial_column_rule = {
    id: 'add-identity-or-serial-column',
    severity: 'error',
    category: 'rewrite',
    kinds: ['AlterTableStmt'],
    summary: 'ADD COLUMN SERIAL or GENERATED ... AS IDENTITY rewrites the whole table',
    rationale: 'A serial or identity column takes a value from a sequence for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock.',
    safeAlternative: 'ALTER TABLE "Order" ADD COLUMN "number" INTEGER;                       -- instant\nCREATE SEQUENCE "Order_number_seq" OWNED BY "Order"."number";\nALTER TABLE "Order" ALTER COLUMN "number" SET DEFAULT nextval(\'"Order_number_seq"\'); -- new rows\n-- backfill existing rows in batches, then set NOT NULL with the CHECK ... NOT VALID pattern',
    docs: {
        problem: 'Reports `ADD COLUMN` of type `SERIAL`, `BIGSERIAL` or `SMALLSERIAL`, or with `GENERATED ... AS IDENTITY`, on a table that existed before the migration.',
        bad: 'ALTER TABLE "Order" ADD COLUMN "number" SERIAL NOT NULL;',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_AddColumn' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const def = cmd.def?.ColumnDef;
                const typeName = ((0,ast/* strings */.P$)(def?.typeName?.names).at(-1) ?? '').toLowerCase();
                const serial = /^(small|big)?serial[248]?$/.test(typeName);
                const identity = (def?.constraints ?? []).some((c) => c.Constraint?.contype === 'CONSTR_IDENTITY');
                if (!serial && !identity)
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `ADD COLUMN "${def.colname}" ${serial ? typeName.toUpperCase() : 'GENERATED AS IDENTITY'} rewrites "${rel.display}" to number every existing row`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedRewrite */.F3)(sc, rel.key),
                    fix: (() => {
                        const seq = q(`${rel.name}_${def.colname}_seq`);
                        const intType = /^big/.test(typeName) || /big/.test((0,ast/* strings */.P$)(def?.typeName?.names).join(' ')) ? 'BIGINT' : /^small/.test(typeName) ? 'SMALLINT' : 'INTEGER';
                        return `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${intType}; -- instant\nCREATE SEQUENCE ${seq} OWNED BY ${qr(rel)}.${q(def.colname)};\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(def.colname)} SET DEFAULT nextval(${lit(seq)}); -- new rows\n-- backfill existing rows in batches, then set NOT NULL with the CHECK ... NOT VALID pattern`;
                    })(),
                });
            }
        }
        return hits;
    },
};

// EXTERNAL MODULE: ./src/lint/schema/column-type.ts
var column_type = __webpack_require__(7220);
;// CONCATENATED MODULE: ./src/lint/rules/change-column-type.ts



/** What an `ALTER COLUMN ... TYPE` does, from the column's type just before the statement. */
function typeChange(sc, a) {
    const toType = (0,column_type/* typeFromAst */.zy)(a.cmd.def?.ColumnDef?.typeName);
    const col = sc.before.get(a.rel.key)?.columns.find((c) => c.name === a.cmd.name);
    let change = (0,column_type/* classifyTypeChange */.zq)(col ? (0,column_type/* parseTypeString */.xu)(col.type) : undefined, toType);
    // A USING expression computes a new value per row: a rewrite unless the type is unchanged.
    if (a.cmd.def?.ColumnDef?.raw_default && change === 'binary-coercible')
        change = 'rewrite';
    return { column: a.cmd.name, from: col?.type, to: (0,column_type/* formatType */.sg)({ ...toType, serial: undefined }), change };
}
const change_column_type_rule = {
    id: 'change-column-type',
    severity: 'error',
    category: 'rewrite',
    kinds: ['AlterTableStmt'],
    summary: 'ALTER COLUMN ... TYPE rewrites the whole table (and its indexes) under an ACCESS EXCLUSIVE lock',
    rationale: 'Changing a column type rewrites every row and rebuilds every index of the table while it is locked against reads and writes. Only binary-coercible changes (varchar(n) to a longer varchar or text, numeric precision up) are catalog-only.',
    safeAlternative: '-- expand and contract: a new column, written by the app, backfilled in batches\nALTER TABLE "Order" ADD COLUMN "total_v2" NUMERIC(12,2);\n-- backfill in batches, switch reads, then in a later release:\nALTER TABLE "Order" DROP COLUMN "total";',
    docs: {
        problem: 'Reports `ALTER COLUMN ... TYPE` on a table that existed before the migration, unless the change is binary-coercible (`varchar(n)` to `varchar(m > n)`, to `varchar` or `text`; `numeric(p,s)` to `numeric(q >= p, s)`; a larger timestamp precision). With the replay, a change that does not rewrite the table is not reported, and one that does is marked as observed. Narrowing changes are reported by `narrowing-type-change` instead.',
        bad: 'ALTER TABLE "Order" ALTER COLUMN "total" SET DATA TYPE BIGINT;',
        notes: 'Prisma\'s enum-value removal (`ALTER TYPE ... RENAME`, `CREATE TYPE`, `ALTER COLUMN ... TYPE ... USING`) rewrites the table too: see `drop-enum-value-or-type`.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const changes = alterTableCommands(sc)
                .filter((a) => a.subtype === 'AT_AlterColumnType' && (0,context/* preExisting */.PQ)(sc, a.rel.key))
                .map((a) => ({ a, info: typeChange(sc, a) }));
            if (!changes.length)
                continue;
            // A rewrite is seen per statement: pin it on the sub-commands that explain it; if none does,
            // our prediction was wrong and every type change of the statement is the suspect.
            const explains = (c) => c === 'rewrite' || c === 'unknown' || c === 'narrowing';
            const explained = changes.some((c) => explains(c.info.change));
            for (const { a, info } of changes) {
                const seen = (0,context/* observedRewrite */.F3)(sc, a.rel.key);
                if (info.change === 'narrowing')
                    continue; // narrowing-type-change says it, with the data loss
                if (seen ? explained && !explains(info.change) : info.change === 'same' || info.change === 'binary-coercible' || (0,context/* replayed */.lD)(sc))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `changing "${a.rel.display}"."${info.column}" ${info.from ? `from ${info.from} ` : ''}to ${info.to} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock`,
                    table: a.rel.display,
                    tableKey: a.rel.key,
                    observed: seen,
                    fix: `-- expand and contract instead of rewriting "${a.rel.display}":\nALTER TABLE ${qr(a.rel)} ADD COLUMN ${q(`${info.column}_new`)} ${info.to};\n-- write both columns from the application, backfill in batches outside the migration:\nUPDATE ${qr(a.rel)} SET ${q(`${info.column}_new`)} = ${q(info.column)}::${info.to} WHERE ${q(`${info.column}_new`)} IS NULL AND <batch>;\n-- switch reads to ${q(`${info.column}_new`)}, then in a later release:\nALTER TABLE ${qr(a.rel)} DROP COLUMN ${q(info.column)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/set-logged-unlogged.ts


const set_logged_unlogged_rule = {
    id: 'set-logged-unlogged',
    severity: 'error',
    category: 'rewrite',
    kinds: ['AlterTableStmt'],
    summary: 'ALTER TABLE ... SET LOGGED / SET UNLOGGED rewrites the whole table',
    rationale: 'Switching persistence copies the whole table (and writes all of it to the WAL for SET LOGGED) under an ACCESS EXCLUSIVE lock. An UNLOGGED table is also emptied after a crash and is not replicated.',
    safeAlternative: '-- create the table with the persistence it needs from the start, or copy into a new table and swap names in a maintenance window\nCREATE UNLOGGED TABLE "CacheEntry_new" (LIKE "CacheEntry" INCLUDING ALL);',
    docs: {
        problem: 'Reports `ALTER TABLE ... SET LOGGED` and `SET UNLOGGED` on a table that existed before the migration.',
        bad: 'ALTER TABLE "CacheEntry" SET UNLOGGED;',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, subtype } of alterTableCommands(sc)) {
                if ((subtype !== 'AT_SetLogged' && subtype !== 'AT_SetUnLogged') || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `SET ${subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED'} rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedRewrite */.F3)(sc, rel.key),
                    fix: `-- in a maintenance window, giving up instead of queueing traffic:\nSET lock_timeout = '5s';\nALTER TABLE ${qr(rel)} SET ${subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED'};\n-- or create a new table with the persistence it needs and copy the rows in batches`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/vacuum-full-or-cluster.ts



const vacuum_full_or_cluster_rule = {
    id: 'vacuum-full-or-cluster',
    severity: 'error',
    category: 'rewrite',
    kinds: ['VacuumStmt', 'ClusterStmt'],
    summary: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock',
    rationale: 'Both copy the whole table into new storage while it is locked against reads and writes, and need free disk space the size of the table; VACUUM also cannot run inside the transaction Prisma uses.',
    safeAlternative: '-- outside migrations: plain VACUUM (no lock on reads or writes), or pg_repack for an online rewrite\nVACUUM (ANALYZE) "Event";',
    docs: {
        problem: 'Reports `VACUUM FULL` and `CLUSTER` in a migration (of a table that existed before it, or of the whole database).',
        bad: 'VACUUM FULL "Event";\nCLUSTER "Event" USING "Event_createdAt_idx";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            let rels = [];
            let what;
            if (sc.stmt.kind === 'VacuumStmt' && n.is_vacuumcmd && (0,ast/* optionNames */.W6)(n.options).includes('full')) {
                rels = (n.rels ?? []).map((r) => (0,ast/* rangeVar */.Bt)(r.VacuumRelation?.relation));
                what = 'VACUUM FULL';
            }
            else if (sc.stmt.kind === 'ClusterStmt') {
                rels = n.relation ? [(0,ast/* rangeVar */.Bt)(n.relation)] : [];
                what = 'CLUSTER';
            }
            else
                continue;
            if (!rels.length) {
                hits.push({ statement: sc.stmt.index, message: `${what} of every table in the database rewrites them all under ACCESS EXCLUSIVE locks`, observed: false, fix: '-- outside migrations: plain VACUUM (ANALYZE); (no lock on reads or writes), or pg_repack table by table' });
                continue;
            }
            for (const rel of rels) {
                if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `${what} rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedRewrite */.F3)(sc, rel.key),
                    fix: `-- outside migrations: plain VACUUM (no lock on reads or writes), or pg_repack for an online rewrite\nVACUUM (ANALYZE) ${qr(rel)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/lock-timeout-missing.ts


const lock_timeout_missing_rule = {
    id: 'lock-timeout-missing',
    severity: 'warning',
    category: 'lock',
    summary: 'The migration takes an ACCESS EXCLUSIVE lock on an existing table without SET lock_timeout first',
    rationale: 'An ACCESS EXCLUSIVE lock request waits behind any long query on the table, and every query that arrives after it waits behind the request: a one-millisecond ALTER can stall all traffic to the table for as long as that query runs.',
    safeAlternative: "SET lock_timeout = '5s'; -- give up (and retry later) instead of queueing traffic\nALTER TABLE \"User\" ADD COLUMN \"bio\" TEXT;",
    docs: {
        problem: 'Reported once per migration, at the first statement that takes ACCESS EXCLUSIVE on a table that existed before the migration (ALTER TABLE, DROP TABLE, TRUNCATE, DROP INDEX, RENAME...), when no `SET lock_timeout` to a non-zero value comes before it. With the replay, the lock is the one PostgreSQL actually took.',
        bad: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;',
        notes: 'apply-migration runs every deploy with `lock_timeout` = `deploy.lock-timeout` of the config (default `5s`; its `lock-timeout` input overrides it for one run). While that is set, a deploy through apply-migration already gives up instead of queueing traffic, so this rule is only a notice (once per migration) reminding that other ways of running the migration (`prisma migrate deploy` by hand) do not have it. With `deploy.lock-timeout: 0` (or `off`) it is a warning, as the migration is then the only thing that can set it.',
    },
    check(ctx) {
        for (const sc of ctx.statements) {
            if (setsLockTimeout(sc))
                return [];
            let table;
            if ((0,context/* replayed */.lD)(sc)) {
                const l = sc.trace.locks.find((x) => normalizeLockMode(x.mode) === 'AccessExclusiveLock' && (0,context/* preExisting */.PQ)(sc, (0,context/* normalizeTableRef */.br)(x.table)));
                if (l)
                    table = { key: (0,context/* normalizeTableRef */.br)(l.table), display: (0,context/* normalizeTableRef */.br)(l.table).replace(/^public\./, '') };
            }
            else {
                const l = predictedLocks(sc).find((x) => x.mode === 'AccessExclusiveLock' && (0,context/* preExisting */.PQ)(sc, x.key));
                if (l)
                    table = { key: l.key, display: l.display };
            }
            if (!table)
                continue;
            const deploy = ctx.deployLockTimeout;
            return [
                {
                    statement: sc.stmt.index,
                    message: deploy
                        ? `this migration takes an ACCESS EXCLUSIVE lock on "${table.display}"; apply-migration deploys it with lock_timeout ${deploy} (deploy.lock-timeout), other ways of running it do not`
                        : `this migration takes an ACCESS EXCLUSIVE lock on "${table.display}" with no SET lock_timeout before it, and deploy.lock-timeout is off`,
                    table: table.display,
                    tableKey: table.key,
                    observed: (0,context/* replayed */.lD)(sc),
                    ...(deploy ? { severity: 'notice' } : {}),
                    fix: deploy
                        ? `Nothing to do for deploys through apply-migration. To make the file safe however it is run, start it with:\nSET lock_timeout = '${deploy}';`
                        : `Start the migration with:\nSET lock_timeout = '5s';\n-- or set deploy.lock-timeout in .github/migration-gates.yml (apply-migration then sets it for every deploy)`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/alter-enum-rename-value.ts




const alter_enum_rename_value_rule = {
    id: 'alter-enum-rename-value',
    severity: 'error',
    category: 'compatibility',
    kinds: ['AlterEnumStmt'],
    summary: 'ALTER TYPE ... RENAME VALUE breaks the application that still writes the old value',
    rationale: 'The running application (and its generated Prisma client) still sends the old label: every write of it fails with "invalid input value for enum" from the moment the migration commits until the new code is deployed, and a rollback of the code breaks again.',
    safeAlternative: '-- expand: add the new value, deploy code that writes it, migrate rows in batches\nALTER TYPE "Status" ADD VALUE \'ARCHIVED\';\nUPDATE "Post" SET "status" = \'ARCHIVED\' WHERE "status" = \'OLD\' AND "id" BETWEEN 1 AND 10000;\n-- contract, in a later release: remove the old value',
    docs: {
        problem: 'Reports `ALTER TYPE ... RENAME VALUE` on an enum that existed before the migration.',
        bad: 'ALTER TYPE "Status" RENAME VALUE \'OLD\' TO \'ARCHIVED\';',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'AlterEnumStmt' || n.oldVal === undefined)
                continue;
            const t = (0,ast/* qualifiedName */.OL)(n.typeName);
            if (!t || sc.createdTypes.has(t.key))
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `renaming value '${n.oldVal}' of enum "${t.display}" to '${n.newVal}' breaks every running instance that still writes '${n.oldVal}'`,
                observed: (0,context/* replayed */.lD)(sc),
                fix: `-- expand: add the new value, deploy code that writes it, move rows in batches\nALTER TYPE ${t.qualified ? `${q(t.schema)}.` : ''}${q(t.name)} ADD VALUE ${lit(n.newVal)} AFTER ${lit(n.oldVal)};\n${(columnsOfType(sc.before, t.key).map((u) => `UPDATE ${qk(u.tableKey)} SET ${q(u.column)} = ${lit(n.newVal)} WHERE ${q(u.column)} = ${lit(n.oldVal)};`).join('\n') || `-- UPDATE each column of this type: SET it to ${lit(n.newVal)} WHERE it is ${lit(n.oldVal)}`)}\n-- contract, in a later release: remove ${lit(n.oldVal)} (Prisma recreates the enum)`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-table.ts



const drop_table_rule = {
    id: 'drop-table',
    severity: 'error',
    category: 'data-loss',
    kinds: ['DropStmt'],
    summary: 'DROP TABLE deletes the table and all its rows',
    rationale: 'The rows are gone for good (only a backup brings them back), and every running instance that still queries the table fails.',
    safeAlternative: '-- release 1: stop using the table in code, deploy; keep the data\n-- release 2, after a verified backup:\nALTER TABLE "LegacyToken" RENAME TO "_LegacyToken_dropped_20240101"; -- reversible\n-- release 3: DROP TABLE "_LegacyToken_dropped_20240101";',
    docs: {
        problem: 'Reports `DROP TABLE` of a table that existed before the pull request (a table the pull request created is empty everywhere).',
        bad: 'DROP TABLE "LegacyToken";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_TABLE')
                continue;
            for (const o of n.objects ?? []) {
                const rel = (0,ast/* qualifiedName */.OL)(o);
                if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `DROP TABLE "${rel.display}"${n.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes the table and every row in it`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `-- release 1: stop using "${rel.display}" in code, deploy; keep the data\n-- release 2, after a verified backup:\nALTER TABLE ${qr(rel)} RENAME TO ${q(`_${rel.name}_dropped`)}; -- reversible\n-- release 3:\nDROP TABLE ${rel.qualified ? `${q(rel.schema)}.` : ''}${q(`_${rel.name}_dropped`)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-column.ts


const drop_column_rule = {
    id: 'drop-column',
    severity: 'error',
    category: 'data-loss',
    kinds: ['AlterTableStmt'],
    summary: 'DROP COLUMN deletes the column\'s data and breaks code that still reads it',
    rationale: 'The values are gone for good, and the running application (its Prisma client selects every column of the model) fails on every query of the table until the new code is deployed.',
    safeAlternative: '-- release 1: remove the field from schema.prisma usage (or mark it @ignore), deploy\n-- release 2, after a verified backup:\nALTER TABLE "User" DROP COLUMN "legacyId";',
    docs: {
        problem: 'Reports `ALTER TABLE ... DROP COLUMN` of a column that existed before the pull request (a column the pull request added, or any column of a table it created, holds no production data and is read by no running code). Prisma writes one when a field is removed or renamed in schema.prisma: for a rename, edit the migration to `RENAME COLUMN` (see `rename-column`).',
        bad: 'ALTER TABLE "User" DROP COLUMN "legacyId";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_DropColumn' || !(0,context/* preExisting */.PQ)(sc, rel.key) || !(0,context/* preExistingColumn */.pW)(sc, rel.key, cmd.name))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `DROP COLUMN "${rel.display}"."${cmd.name}" deletes its data and breaks code that still reads it`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `-- release 1: stop reading ${q(cmd.name)} (remove the field from schema.prisma, or mark it @ignore), deploy\n-- release 2, after a verified backup:\nALTER TABLE ${qr(rel)} DROP COLUMN ${q(cmd.name)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-schema.ts



const drop_schema_rule = {
    id: 'drop-schema',
    severity: 'error',
    category: 'data-loss',
    kinds: ['DropStmt', 'DropdbStmt'],
    summary: 'DROP SCHEMA (or DROP DATABASE) deletes every object in it',
    rationale: 'With CASCADE every table, view, type and function in the schema goes, with all their data.',
    safeAlternative: '-- move what must survive first, back up, and drop in a dedicated, reviewed migration\nALTER SCHEMA "legacy" RENAME TO "_legacy_dropped_20240101";',
    docs: {
        problem: 'Reports `DROP SCHEMA` of a schema the migration did not create, and any `DROP DATABASE`.',
        bad: 'DROP SCHEMA "legacy" CASCADE;\nDROP DATABASE "analytics";',
    },
    check(ctx) {
        const created = new Set();
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind === 'CreateSchemaStmt' && n.schemaname)
                created.add(n.schemaname);
            if (sc.stmt.kind === 'DropdbStmt') {
                hits.push({ statement: sc.stmt.index, message: `DROP DATABASE "${n.dbname}" deletes the whole database`, observed: false, fix: `-- never from a migration: after a verified backup, an operator drops ${q(n.dbname)} by hand` });
                continue;
            }
            if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_SCHEMA')
                continue;
            for (const s of (0,ast/* strings */.P$)(n.objects)) {
                if (created.has(s))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `DROP SCHEMA "${s}"${n.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every object in it`,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `-- move what must survive first, back up, then (reversible):\nALTER SCHEMA ${q(s)} RENAME TO ${q(`_${s}_dropped`)};\n-- a later, dedicated migration: DROP SCHEMA ${q(`_${s}_dropped`)} CASCADE;`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/truncate.ts



const truncate_rule = {
    id: 'truncate',
    severity: 'error',
    category: 'data-loss',
    kinds: ['TruncateStmt'],
    summary: 'TRUNCATE deletes every row of the table',
    rationale: 'All rows are gone at once (CASCADE empties referencing tables too), under an ACCESS EXCLUSIVE lock; a migration that passes on an empty development database wipes production.',
    safeAlternative: '-- delete what must go, with a condition, in batches, after a verified backup:\nDELETE FROM "Session" WHERE "expiresAt" < now() - interval \'30 days\';',
    docs: {
        problem: 'Reports `TRUNCATE` of a table that existed before the migration.',
        bad: 'TRUNCATE TABLE "Session";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            if (sc.stmt.kind !== 'TruncateStmt')
                continue;
            for (const r of sc.stmt.node.relations ?? []) {
                const rel = (0,ast/* rangeVar */.Bt)(r);
                if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `TRUNCATE "${rel.display}"${sc.stmt.node.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every row`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `-- delete what must go, with a condition, in batches, after a verified backup:\nDELETE FROM ${qr(rel)} WHERE <which rows>;`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/delete-without-where.ts


const delete_without_where_rule = {
    id: 'delete-without-where',
    severity: 'error',
    category: 'data-loss',
    kinds: ['DeleteStmt'],
    summary: 'DELETE without WHERE deletes every row of the table',
    rationale: 'Every row goes, in one long transaction that locks each row it deletes; an empty development table hides it.',
    safeAlternative: '-- say which rows, and delete them in batches outside the migration:\nDELETE FROM "Session" WHERE "expiresAt" < now() AND "id" IN (SELECT "id" FROM "Session" WHERE "expiresAt" < now() LIMIT 10000);',
    docs: {
        problem: 'Reports `DELETE FROM` without a `WHERE` clause on a table that existed before the migration.',
        bad: 'DELETE FROM "Session";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'DeleteStmt' || n.whereClause)
                continue;
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `DELETE FROM "${rel.display}" without WHERE deletes every row`,
                table: rel.display,
                tableKey: rel.key,
                observed: (0,context/* replayed */.lD)(sc),
                fix: `-- say which rows, and delete them in batches outside the migration:\n${sc.stmt.sql} WHERE <which rows>;`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/update-without-where.ts



const update_without_where_rule = {
    id: 'update-without-where',
    severity: 'error',
    category: 'data-loss',
    kinds: ['UpdateStmt'],
    summary: 'UPDATE without WHERE overwrites a column in every row',
    rationale: 'Every row is overwritten in one transaction that holds a row lock on each of them until the migration ends; the old values are gone.',
    safeAlternative: '-- say which rows, and update in batches outside the migration:\nUPDATE "User" SET "plan" = \'free\' WHERE "plan" IS NULL AND "id" BETWEEN 1 AND 10000;',
    docs: {
        problem: 'Reports `UPDATE` without a `WHERE` clause on a table that existed before the pull request (a table it created is empty). When it only fills columns added earlier in the same migration or by an earlier migration of the pull request (a backfill), nothing is overwritten: it is a warning, not an error, for the long transaction and row locks it holds.',
        bad: 'UPDATE "User" SET "plan" = \'free\';',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'UpdateStmt' || n.whereClause)
                continue;
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                continue;
            const targets = (n.targetList ?? []).map((t) => t.ResTarget?.name).filter((s) => typeof s === 'string');
            // Tracked from the parsed statements: an ADD COLUMN that failed to replay still makes its column new.
            const backfill = targets.length > 0 && targets.every((c) => !(0,context/* preExistingColumn */.pW)(sc, rel.key, c));
            hits.push({
                statement: sc.stmt.index,
                message: backfill
                    ? `UPDATE "${rel.display}" without WHERE backfills ${targets.map((c) => `"${c}"`).join(', ')} in every row in one transaction`
                    : `UPDATE "${rel.display}" without WHERE overwrites ${targets.map((c) => `"${c}"`).join(', ')} in every row`,
                table: rel.display,
                tableKey: rel.key,
                observed: (0,context/* replayed */.lD)(sc),
                fix: backfill
                    ? `-- backfill in batches outside the migration (or in a migration of its own), e.g.:\n${sc.stmt.sql} WHERE ${targets.map((c) => `${q(c)} IS NULL`).join(' AND ')} AND <batch of keys>;`
                    : `-- say which rows, and update them in batches outside the migration:\n${sc.stmt.sql} WHERE <which rows>;`,
                ...(backfill
                    ? { severity: 'warning', why: 'Nothing is overwritten (the columns are new), but one UPDATE of every row writes a new version of each row and holds a lock on each until the whole migration commits (a lock an earlier ALTER TABLE took is reported by lock-held-across-statements).' }
                    : {}),
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/narrowing-type-change.ts



/** Check the data first; for a length limit, enforce it with a CHECK that validates without a rewrite. */
function narrowingFix(rel, column, to) {
    const len = /^(?:character varying|varchar|character|char)\((\d+)\)$/i.exec(to)?.[1];
    if (len) {
        const con = q(`${rel.name}_${column}_length`);
        return `-- check the data first:\nSELECT count(*) FROM ${qr(rel)} WHERE length(${q(column)}) > ${len};\n-- then enforce the limit without a rewrite:\nALTER TABLE ${qr(rel)} ADD CONSTRAINT ${con} CHECK (length(${q(column)}) <= ${len}) NOT VALID;\n-- next migration:\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${con};`;
    }
    return `-- check that no row changes (or fails) first:\nSELECT count(*) FROM ${qr(rel)} WHERE ${q(column)} IS DISTINCT FROM ${q(column)}::${to};\n-- then keep the type, or convert with expand/contract (a new column, backfilled in batches)`;
}
const narrowing_type_change_rule = {
    id: 'narrowing-type-change',
    severity: 'error',
    category: 'data-loss',
    kinds: ['AlterTableStmt'],
    summary: 'ALTER COLUMN ... TYPE to a narrower type can truncate, round or reject existing data',
    rationale: 'A shorter varchar, a smaller integer, fewer numeric digits or a lower timestamp precision either fails on existing values (the migration breaks in production) or silently rounds them; it also rewrites the table under an ACCESS EXCLUSIVE lock.',
    safeAlternative: '-- check the data first, then enforce the limit without a rewrite:\nSELECT count(*) FROM "User" WHERE length("name") > 100;\nALTER TABLE "User" ADD CONSTRAINT "User_name_length" CHECK (length("name") <= 100) NOT VALID;\n-- next migration:\nALTER TABLE "User" VALIDATE CONSTRAINT "User_name_length";',
    docs: {
        problem: 'Reports `ALTER COLUMN ... TYPE` that narrows the column of a table that existed before the migration: `varchar(255)` to `varchar(100)`, `text` to `varchar(n)`, `bigint` to `integer`, `double precision` to `real`, `numeric(12,4)` to `numeric(10,2)`, `timestamp(6)` to `timestamp(3)`, numbers to integers.',
        bad: 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const a of alterTableCommands(sc)) {
                // A column the PR added holds no production data to cut.
                if (a.subtype !== 'AT_AlterColumnType' || !(0,context/* preExisting */.PQ)(sc, a.rel.key) || !(0,context/* preExistingColumn */.pW)(sc, a.rel.key, a.cmd.name))
                    continue;
                const info = typeChange(sc, a);
                if (info.change !== 'narrowing')
                    continue;
                hits.push({
                    statement: sc.stmt.index,
                    message: `changing "${a.rel.display}"."${info.column}" from ${info.from} to ${info.to} narrows it: longer or more precise values are rejected or rounded`,
                    table: a.rel.display,
                    tableKey: a.rel.key,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: narrowingFix(a.rel, info.column, info.to),
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rename-table.ts



const rename_table_rule = {
    id: 'rename-table',
    severity: 'error',
    category: 'compatibility',
    kinds: ['RenameStmt'],
    summary: 'Renaming a table (or a schema) breaks every running instance that still uses the old name',
    rationale: 'The running application keeps querying the old name until the new code is deployed: every query of the table fails in between, and rolling the code back breaks again.',
    safeAlternative: '-- expand: keep the old name working while both versions run\nALTER TABLE "Customer" RENAME TO "Client";\nCREATE VIEW "Customer" AS SELECT * FROM "Client"; -- simple views are updatable\n-- contract, in a later release: DROP VIEW "Customer";\n-- or keep the table name and map it in Prisma: model Client { ... @@map("Customer") }',
    docs: {
        problem: 'Reports `ALTER TABLE ... RENAME TO` of a table that existed before the pull request (a table it created is used by no running code), and `ALTER SCHEMA ... RENAME TO`, which renames every table of the schema at once.',
        bad: 'ALTER TABLE "Customer" RENAME TO "Client";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind === 'RenameStmt' && n.renameType === 'OBJECT_SCHEMA' && n.subname) {
                hits.push({
                    statement: sc.stmt.index,
                    message: `renaming schema "${n.subname}" to "${n.newname}" breaks every running instance that still queries a table of "${n.subname}"`,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `Keep the schema name (in schema.prisma, @@schema("${n.subname}") on the models), or move tables one by one with the expand/contract steps of a table rename.`,
                });
                continue;
            }
            if (sc.stmt.kind !== 'RenameStmt' || n.renameType !== 'OBJECT_TABLE')
                continue;
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key))
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `renaming table "${rel.display}" to "${n.newname}" breaks every running instance that still queries "${rel.display}"`,
                table: rel.display,
                tableKey: rel.key,
                observed: (0,context/* replayed */.lD)(sc),
                fix: `Keep the old name in the model with @@map("${rel.name}"), or bridge it:\n${sc.stmt.sql};\nCREATE VIEW ${qr(rel)} AS SELECT * FROM ${q(n.newname)};`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rename-column.ts


const rename_column_rule = {
    id: 'rename-column',
    severity: 'error',
    category: 'compatibility',
    kinds: ['RenameStmt'],
    summary: 'Renaming a column breaks every running instance that still uses the old name',
    rationale: 'The running application\'s Prisma client selects the column by its old name: every query of the table fails until the new code is deployed.',
    safeAlternative: '-- keep the database name and rename only in Prisma:\n--   newName String @map("oldName")\n-- or expand/contract: add the new column, write both, backfill, switch reads, drop the old one later\nALTER TABLE "User" ADD COLUMN "displayName" TEXT;',
    docs: {
        problem: 'Reports `ALTER TABLE ... RENAME COLUMN` of a column that existed before the pull request. A column added earlier in the same migration or by an earlier migration of the same pull request, or any column of a table the pull request created, is exempt: no running code reads it yet.',
        bad: 'ALTER TABLE "User" RENAME COLUMN "name" TO "displayName";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'RenameStmt' || n.renameType !== 'OBJECT_COLUMN' || (n.relationType && n.relationType !== 'OBJECT_TABLE'))
                continue;
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            // A column this PR added (or a table it created) is read by no running code yet.
            if (!rel || !(0,context/* preExisting */.PQ)(sc, rel.key) || !(0,context/* preExistingColumn */.pW)(sc, rel.key, n.subname))
                continue;
            hits.push({
                statement: sc.stmt.index,
                message: `renaming column "${rel.display}"."${n.subname}" to "${n.newname}" breaks every running instance that still reads "${n.subname}"`,
                table: rel.display,
                tableKey: rel.key,
                observed: (0,context/* replayed */.lD)(sc),
                fix: `Keep the column name and map the field in schema.prisma: ${n.newname} ... @map("${n.subname}")`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-enum-value-or-type.ts




const drop_enum_value_or_type_rule = {
    id: 'drop-enum-value-or-type',
    severity: 'error',
    category: 'data-loss',
    kinds: ['DropStmt'],
    summary: 'Dropping an enum type, or recreating it without some values, loses data and breaks writers',
    rationale: 'PostgreSQL cannot drop an enum value, so Prisma renames the type, creates a new one without the value, converts each column with USING and drops the old type: rows holding a removed value make the conversion fail, and the running application still writes it.',
    safeAlternative: '-- 1. stop writing the value (deploy), 2. move the rows off it in batches:\nUPDATE "Post" SET "status" = \'ARCHIVED\' WHERE "status" = \'HIDDEN\' AND "id" BETWEEN 1 AND 10000;\n-- 3. only then run the enum recreation Prisma generated',
    docs: {
        problem: 'Reports `DROP TYPE` of a type that existed before the migration while a column still has that type (PostgreSQL then refuses without CASCADE, and CASCADE drops the columns). A type no column uses when it is dropped is quiet: when its tables were dropped just above, `drop-table` reports that data once. For Prisma\'s enum recreation (RENAME TO "X_old", CREATE TYPE "X", ALTER COLUMN ... USING, DROP TYPE "X_old") it names the values that are removed, and stays quiet when none is, or when every column of the type was converted above with an explicit `USING (CASE ... ELSE ... END)` mapping (no row can fail the conversion; `change-column-type` reports the rewrite).',
        bad: 'ALTER TYPE "Status" RENAME TO "Status_old";\nCREATE TYPE "Status" AS ENUM (\'DRAFT\', \'PUBLISHED\');\nALTER TABLE "Post" ALTER COLUMN "status" TYPE "Status" USING ("status"::text::"Status");\nDROP TYPE "Status_old";',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_TYPE')
                continue;
            for (const o of n.objects ?? []) {
                const t = (0,ast/* qualifiedName */.OL)(o?.TypeName?.names ?? o);
                if (!t || sc.createdTypes.has(t.key))
                    continue;
                const original = ctx.renamedTypes.get(t.key);
                if (original) {
                    const oldLabels = ctx.before.enums.get(original);
                    const newLabels = sc.before.enums.get(original);
                    const originalName = original.replace(/^public\./, '');
                    if (oldLabels && newLabels) {
                        const removed = oldLabels.filter((l) => !newLabels.includes(l));
                        if (!removed.length)
                            continue; // recreated with every old value: nothing lost
                        const users = columnsOfType(ctx.before, original);
                        // Each column was converted above with an explicit mapping that has an ELSE: no row can
                        // fail the conversion, and change-column-type already reports the rewrite.
                        if (users.length && users.every((u) => mappedAbove(ctx.statements, sc.stmt.index, u.tableKey, u.column)))
                            continue;
                        const kept = newLabels[0];
                        hits.push({
                            fix: `-- 1. stop writing ${removed.map(lit).join(', ')} (deploy), 2. move the rows off ${removed.length > 1 ? 'them' : 'it'} in batches:\n${(users.length ? users : [{ tableKey: '<table>', column: '<column>' }])
                                .map((u) => `UPDATE ${u.tableKey === '<table>' ? '<table>' : qk(u.tableKey)} SET ${u.column === '<column>' ? '<column>' : q(u.column)} = ${kept ? lit(kept) : '<kept value>'} WHERE ${u.column === '<column>' ? '<column>' : q(u.column)} IN (${removed.map(lit).join(', ')});`)
                                .join('\n')}\n-- 3. only then run this enum recreation`,
                            statement: sc.stmt.index,
                            message: `enum "${originalName}" loses value${removed.length > 1 ? 's' : ''} ${removed.map((l) => `'${l}'`).join(', ')}: rows holding ${removed.length > 1 ? 'them' : 'it'} fail the conversion, and running code still writes ${removed.length > 1 ? 'them' : 'it'}`,
                            observed: (0,context/* replayed */.lD)(sc),
                        });
                        continue;
                    }
                    hits.push({
                        statement: sc.stmt.index,
                        message: `enum "${originalName}" is recreated and its old type "${t.display}" dropped: values missing from the new type are lost`,
                        observed: (0,context/* replayed */.lD)(sc),
                        fix: `-- compare the values of ${q(originalName)} before and after this migration; for each value removed, stop writing it (deploy) and move its rows in batches first:\n${columnsOfType(ctx.before, original).map((u) => `UPDATE ${qk(u.tableKey)} SET ${q(u.column)} = <kept value> WHERE ${q(u.column)} = <removed value>;`).join('\n') || '-- UPDATE each column of the type'}`,
                    });
                    continue;
                }
                // One finding per cause: no column holds the type any more (its tables were dropped above,
                // drop-table reports that data), or none ever did: nothing is lost here.
                if (!columnsOfType(sc.before, t.key).length)
                    continue;
                const users = columnsOfType(sc.before, t.key);
                hits.push({
                    statement: sc.stmt.index,
                    message: `DROP TYPE "${t.display}" drops a type that existed before this migration, still used by ${users.map((u) => `${qk(u.tableKey)}.${q(u.column)}`).join(', ')}`,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `-- release 1: stop using the values (deploy); release 2, after a verified backup: drop or convert the columns first\n${users.map((u) => `ALTER TABLE ${qk(u.tableKey)} ALTER COLUMN ${q(u.column)} TYPE TEXT USING ${q(u.column)}::text;`).join('\n')}\n${sc.stmt.sql};`,
                });
            }
        }
        return hits;
    },
};
/**
 * True when a statement before `index` converts `table.column` with `USING (CASE ... ELSE ... END)`:
 * every value, removed or not, maps to a value of the new type.
 */
function mappedAbove(statements, index, tableKey, column) {
    const table = tableKey.slice(tableKey.indexOf('.') + 1);
    const names = (name) => [`"${name.replace(/"/g, '""')}"`, ...(/^[a-z_][a-z0-9_]*$/.test(name) ? [name] : [])];
    const mentions = (sql, name) => names(name).some((n) => new RegExp(`(^|[^A-Za-z0-9_"])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_"])`).test(sql));
    return statements.some((o) => o.stmt.index < index &&
        o.stmt.kind === 'AlterTableStmt' &&
        /\bTYPE\b[\s\S]*\bUSING\b[\s\S]*\bCASE\b[\s\S]*\bELSE\b[\s\S]*\bEND\b/i.test(o.stmt.sql) &&
        mentions(o.stmt.sql, table) &&
        mentions(o.stmt.sql, column));
}

;// CONCATENATED MODULE: ./src/lint/rules/foreign-key-without-index.ts


const fkCache = new WeakMap();
/** Every foreign key the migration adds: in CREATE TABLE, ADD CONSTRAINT, or ADD COLUMN ... REFERENCES. */
function addedForeignKeys(ctx) {
    const cached = fkCache.get(ctx);
    if (cached)
        return cached;
    const out = [];
    fkCache.set(ctx, out);
    const push = (statement, rel, con, column) => {
        if (con?.contype !== 'CONSTR_FOREIGN')
            return;
        out.push({ statement, rel, ref: (0,ast/* rangeVar */.Bt)(con.pktable), name: con.conname, columns: column ? [column] : (0,ast/* strings */.P$)(con.fk_attrs), refColumns: (0,ast/* strings */.P$)(con.pk_attrs) });
    };
    for (const sc of ctx.statements) {
        const n = sc.stmt.node;
        if (sc.stmt.kind === 'CreateStmt') {
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            if (!rel)
                continue;
            for (const el of n.tableElts ?? []) {
                if (el.Constraint)
                    push(sc.stmt.index, rel, el.Constraint);
                for (const c of el.ColumnDef?.constraints ?? [])
                    push(sc.stmt.index, rel, c.Constraint, el.ColumnDef.colname);
            }
        }
        else if (sc.stmt.kind === 'AlterTableStmt' && (!n.objtype || n.objtype === 'OBJECT_TABLE')) {
            const rel = (0,ast/* rangeVar */.Bt)(n.relation);
            if (!rel)
                continue;
            for (const item of n.cmds ?? []) {
                const cmd = item.AlterTableCmd;
                if (cmd?.subtype === 'AT_AddConstraint')
                    push(sc.stmt.index, rel, cmd.def?.Constraint);
                if (cmd?.subtype === 'AT_AddColumn')
                    for (const c of cmd.def?.ColumnDef?.constraints ?? [])
                        push(sc.stmt.index, rel, c.Constraint, cmd.def.ColumnDef.colname);
            }
        }
    }
    return out;
}
/** An index usable for the foreign key's lookups: valid, not partial, its leading columns are exactly the key's. */
function hasLeadingIndex(t, columns) {
    const want = new Set(columns);
    return t.indexes.some((i) => {
        if (i.valid === false || i.partial || i.columns.length < columns.length)
            return false;
        const lead = i.columns.slice(0, columns.length);
        return lead.every((c) => c !== null && want.has(c)) && new Set(lead).size === want.size;
    });
}
const foreign_key_without_index_rule = {
    id: 'foreign-key-without-index',
    severity: 'warning',
    category: 'correctness',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    summary: 'A foreign key whose columns no index starts with: slow joins, and slow, locking deletes on the referenced table',
    rationale: 'PostgreSQL indexes the referenced key but not the referencing columns. Without an index, every DELETE or key UPDATE on the referenced table scans the whole referencing table (holding locks), and joins on the relation scan too. Prisma does not add one for you on PostgreSQL.',
    safeAlternative: '-- in schema.prisma: model Post { ... @@index([authorId]) }, which generates:\nCREATE INDEX "Post_authorId_idx" ON "Post"("authorId");',
    docs: {
        problem: 'Reports a foreign key added by the migration when, at the end of the migration, no valid, non-partial index of the table starts with the key\'s columns (in any order). An index created later in the same file counts, so Prisma\'s CREATE TABLE / ADD CONSTRAINT / CREATE INDEX order is quiet.',
        bad: 'CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
        notes: 'On an existing, large table, create the index with CONCURRENTLY in its own migration (see `create-index-not-concurrently`).',
    },
    check(ctx) {
        const hits = [];
        for (const fk of addedForeignKeys(ctx)) {
            const t = ctx.after.tables.get(fk.rel.key);
            if (!t || !fk.columns.length || hasLeadingIndex(t, fk.columns))
                continue;
            const idxName = `${fk.rel.name}_${fk.columns.join('_')}_idx`;
            hits.push({
                statement: fk.statement,
                message: `foreign key ${fk.name ? `"${fk.name}" ` : ''}on "${fk.rel.display}"(${fk.columns.join(', ')}) has no index starting with its columns`,
                table: fk.rel.display,
                tableKey: fk.rel.key,
                observed: ctx.trace?.ok === true,
                fix: `Add @@index([${fk.columns.join(', ')}]) to the model, or:\nCREATE INDEX ${q(idxName)} ON ${qr(fk.rel)} (${fk.columns.map(q).join(', ')});`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/foreign-key-type-mismatch.ts


const foreign_key_type_mismatch_rule = {
    id: 'foreign-key-type-mismatch',
    severity: 'warning',
    category: 'correctness',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    summary: 'A foreign key column\'s type differs from the column it references',
    rationale: 'PostgreSQL accepts compatible types (integer referencing bigint, varchar referencing text), but every check and join then casts, indexes may not be used, and the smaller side overflows first: an integer column cannot reference ids past 2^31.',
    safeAlternative: '-- give the referencing column exactly the referenced column\'s type\nALTER TABLE "Post" ADD COLUMN "authorId" BIGINT REFERENCES "User"("id"); -- "User"."id" is BIGINT',
    docs: {
        problem: 'Reports a foreign key added by the migration when, at the end of the migration, a referencing column\'s type is not the referenced column\'s type (as PostgreSQL\'s format_type prints them).',
        bad: 'CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER REFERENCES "User"("id")); -- "User"."id" is BIGINT',
    },
    check(ctx) {
        const hits = [];
        for (const fk of addedForeignKeys(ctx)) {
            const t = ctx.after.tables.get(fk.rel.key);
            const ref = fk.ref ? ctx.after.tables.get(fk.ref.key) : undefined;
            if (!t || !ref)
                continue;
            const refCols = fk.refColumns.length ? fk.refColumns : (ref.constraints.find((c) => c.type === 'p')?.columns ?? []);
            fk.columns.forEach((col, i) => {
                const refCol = refCols[i];
                const a = t.columns.find((c) => c.name === col)?.type;
                const b = refCol ? ref.columns.find((c) => c.name === refCol)?.type : undefined;
                if (!a || !b || (0,column_type/* sameType */.n6)(a, b))
                    return;
                hits.push({
                    statement: fk.statement,
                    message: `foreign key column "${fk.rel.display}"."${col}" is ${a} but references "${fk.ref.display}"."${refCol}", which is ${b}`,
                    table: fk.rel.display,
                    tableKey: fk.rel.key,
                    observed: ctx.trace?.ok === true,
                    fix: `Declare "${col}" as ${b} (in schema.prisma, the same scalar type and @db attribute as the referenced field).`,
                });
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transaction-control.ts
const CONTROL = {
    TRANS_STMT_BEGIN: 'BEGIN',
    TRANS_STMT_START: 'START TRANSACTION',
    TRANS_STMT_COMMIT: 'COMMIT',
    TRANS_STMT_ROLLBACK: 'ROLLBACK',
    TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
    TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
    TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};
const transaction_control_rule = {
    id: 'transaction-control',
    severity: 'error',
    category: 'correctness',
    kinds: ['TransactionStmt'],
    summary: 'BEGIN, COMMIT or ROLLBACK inside a Prisma migration',
    rationale: 'Prisma runs the migration file as one script in one implicit transaction. A COMMIT in the middle makes everything before it permanent even if a later statement fails, so a failed migration is left half-applied; a ROLLBACK silently undoes work while Prisma records the migration as applied.',
    safeAlternative: '-- no transaction control: the whole file is already one transaction\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCREATE INDEX "User_bio_idx" ON "User"("bio");',
    docs: {
        problem: 'Reports `BEGIN`, `START TRANSACTION`, `COMMIT`, `END`, `ROLLBACK` and prepared-transaction commands in a migration. SAVEPOINT is not reported. A `BEGIN` that is the first statement with a `COMMIT` that is the last only restates the file\'s own transaction: a notice, not an error.',
        bad: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCOMMIT;\nCREATE INDEX "User_bio_idx" ON "User"("bio");',
    },
    check(ctx) {
        const controls = ctx.statements.filter((sc) => sc.stmt.kind === 'TransactionStmt' && CONTROL[sc.stmt.node.kind]);
        if (!controls.length)
            return [];
        // BEGIN as the very first statement and COMMIT as the very last only restate the transaction
        // the file already runs in: nothing can be left half-applied, so it is a notice, once.
        const [first, last] = controls;
        if (first &&
            last &&
            controls.length === 2 &&
            first === ctx.statements[0] &&
            last === ctx.statements.at(-1) &&
            ['TRANS_STMT_BEGIN', 'TRANS_STMT_START'].includes(first.stmt.node.kind) &&
            last.stmt.node.kind === 'TRANS_STMT_COMMIT') {
            return [
                {
                    statement: first.stmt.index,
                    message: `${CONTROL[first.stmt.node.kind]} ... COMMIT around the whole migration: redundant, Prisma already runs the file as one transaction`,
                    why: 'The statements between them form one transaction either way, so nothing can be left half-applied; the pair only hides that CREATE INDEX CONCURRENTLY and similar statements cannot be added to this file.',
                    observed: false,
                    fix: `Remove the ${CONTROL[first.stmt.node.kind]} and COMMIT lines.`,
                    severity: 'notice',
                },
            ];
        }
        return controls.map((sc) => {
            const what = CONTROL[sc.stmt.node.kind];
            return {
                statement: sc.stmt.index,
                message: `${what} inside a migration: Prisma already runs the file as one transaction`,
                observed: false,
                fix: `Remove the ${what} statement.`,
            };
        });
    },
};

// EXTERNAL MODULE: ./src/lint/parser/text.ts
var parser_text = __webpack_require__(8906);
;// CONCATENATED MODULE: ./src/lint/parser/identifiers.ts
/**
 * Identifiers longer than a byte limit, found in raw SQL (the parser has already truncated them
 * in its tree). String literals, dollar-quoted bodies and comments are skipped.
 */

const precheck = new Map();
/**
 * Cheap pre-check: without non-ASCII text, a run of maxBytes+1 identifier characters, or a double
 * quote followed by maxBytes+1 characters that are not a quote or are a doubled one, nothing can be
 * too long. One native regex: the lookbehind starts the word branch only at the start of a word.
 */
function mayHaveLongIdentifier(sql, maxBytes) {
    let re = precheck.get(maxBytes);
    if (!re)
        precheck.set(maxBytes, (re = new RegExp(`[^\\x00-\\x7f]|(?<![\\w$])[\\w$]{${maxBytes + 1}}|"(?:[^"]|""){${maxBytes + 1}}`)));
    return re.test(sql);
}
// Character classes by char code, for a scan with no per-character regex or string building.
const isWordStart = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
const isWordPart = (c) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
function longIdentifiers(sql, maxBytes) {
    return mayHaveLongIdentifier(sql, maxBytes) ? scanIdentifiers(sql, maxBytes) : [];
}
/** The scan itself, without the pre-check (exported so tests can prove the pre-check never misses). */
function scanIdentifiers(sql, maxBytes) {
    const out = [];
    const n = sql.length;
    // A UTF-16 unit is at most 3 UTF-8 bytes: a shorter span cannot exceed the limit.
    const minChars = Math.floor(maxBytes / 3) + 1;
    const push = (name, at) => {
        const bytes = Buffer.byteLength(name, 'utf8');
        if (bytes > maxBytes)
            out.push({ name, bytes, lineOffset: countLines(sql, at) });
    };
    let i = 0;
    while (i < n) {
        const c = sql.charCodeAt(i);
        if (c === 45 /* - */ && sql.charCodeAt(i + 1) === 45) {
            const nl = sql.indexOf('\n', i);
            i = nl === -1 ? n : nl + 1;
        }
        else if (c === 47 /* / */ && sql.charCodeAt(i + 1) === 42 /* * */) {
            i = (0,parser_text/* skipBlockComment */.cv)(sql, i);
        }
        else if (c === 39 /* ' */) {
            i = (0,parser_text/* skipQuoted */.er)(sql, i);
        }
        else if (c === 36 /* $ */) {
            const past = (0,parser_text/* skipDollarQuoted */.eQ)(sql, i);
            i = past === -1 ? i + 1 : past;
        }
        else if (c === 34 /* " */) {
            const start = i;
            let end = i + 1;
            let doubled = false;
            for (;;) {
                const q = sql.indexOf('"', end);
                if (q === -1) {
                    end = n;
                    break;
                }
                if (sql.charCodeAt(q + 1) !== 34) {
                    end = q;
                    break;
                }
                doubled = true;
                end = q + 2;
            }
            if (end - start - 1 >= minChars) {
                const raw = sql.slice(start + 1, end);
                push(doubled ? raw.replaceAll('""', '"') : raw, start);
            }
            i = end + 1;
        }
        else if (isWordStart(c)) {
            const start = i++;
            while (i < n && isWordPart(sql.charCodeAt(i)))
                i++;
            // PostgreSQL folds unquoted names to lower case, ASCII letters only.
            if (i - start >= minChars)
                push(sql.slice(start, i).replace(/[A-Z]+/g, (s) => s.toLowerCase()), start);
        }
        else
            i++;
    }
    return out;
}
function countLines(s, upTo) {
    let k = 0;
    for (let i = s.indexOf('\n'); i !== -1 && i < upTo; i = s.indexOf('\n', i + 1))
        k++;
    return k;
}

;// CONCATENATED MODULE: ./src/lint/rules/identifier-too-long.ts

/** PostgreSQL's NAMEDATALEN - 1. */
const MAX_IDENTIFIER_BYTES = 63;
const identifier_too_long_rule = {
    id: 'identifier-too-long',
    severity: 'warning',
    category: 'correctness',
    summary: 'An identifier longer than 63 bytes, which PostgreSQL silently truncates',
    rationale: 'PostgreSQL cuts identifiers to 63 bytes without an error: the object gets another name than the migration says, two long names can collide, and Prisma sees the schema drift from schema.prisma.',
    safeAlternative: '-- name it explicitly, within 63 bytes (in schema.prisma: @@index([...], map: "Order_customer_idx"))\nCREATE INDEX "Order_customer_idx" ON "Order"("customerId");',
    docs: {
        problem: 'Reports each identifier (quoted or not) of more than 63 bytes in UTF-8, once per migration. Non-ASCII letters take 2 to 4 bytes each.',
        bad: 'CREATE INDEX "OrganizationMembershipInvitation_organizationId_invitedByUserId_idx" ON "OrganizationMembershipInvitation"("organizationId", "invitedByUserId");',
    },
    check(ctx) {
        const hits = [];
        if (!mayHaveLongIdentifier(ctx.parsed.source.text, MAX_IDENTIFIER_BYTES))
            return hits;
        const seen = new Set();
        for (const sc of ctx.statements) {
            for (const id of longIdentifiers(sc.stmt.sql, MAX_IDENTIFIER_BYTES)) {
                if (seen.has(id.name))
                    continue;
                seen.add(id.name);
                const truncated = Buffer.from(id.name, 'utf8').subarray(0, MAX_IDENTIFIER_BYTES).toString('utf8').replace(/\uFFFD$/, '');
                hits.push({
                    statement: sc.stmt.index,
                    message: `identifier "${id.name}" is ${id.bytes} bytes; PostgreSQL truncates it to "${truncated}"`,
                    observed: false,
                    line: sc.stmt.line + id.lineOffset,
                    fix: `Name it explicitly within 63 bytes (in schema.prisma: map: "...") instead of "${id.name}"; PostgreSQL would store "${truncated}", which may collide with another name cut the same way.`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-required-column.ts



/** `ADD COLUMN ... NOT NULL` that PostgreSQL cannot fill: no DEFAULT, identity, generation or serial. */
function requiredWithoutDefault(def) {
    const cons = def?.constraints ?? [];
    const notNull = cons.some((c) => c.Constraint?.contype === 'CONSTR_NOTNULL' || c.Constraint?.contype === 'CONSTR_PRIMARY');
    const filled = cons.some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.Constraint?.contype ?? ''));
    const serial = /^(small|big)?serial[248]?$/i.test((0,ast/* strings */.P$)(def?.typeName?.names).at(-1) ?? '');
    return notNull && !filled && !serial;
}
const add_required_column_rule = {
    id: 'add-required-column',
    severity: 'warning',
    category: 'correctness',
    kinds: ['AlterTableStmt'],
    summary: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows',
    rationale: 'PostgreSQL fills the existing rows with NULL, which the NOT NULL constraint rejects: the migration works on an empty development database and fails wherever the table has a row (Prisma warns: "Added the required column ... without a default value. This is not possible if the table is not empty").',
    safeAlternative: '-- a constant DEFAULT is instant (PostgreSQL 11+) and fills every row:\nALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL DEFAULT 0;\n-- or add it nullable, backfill in batches, then SET NOT NULL with the CHECK ... NOT VALID pattern (see set-not-null)',
    docs: {
        problem: 'Reports `ALTER TABLE ... ADD COLUMN ... NOT NULL` without a `DEFAULT` (nor identity, generated or serial, which fill every row) on a table that existed before the pull request. Its severity follows what is known about the table: an **error** when `stats-database-url` shows rows in it (the migration will fail there), a **warning** when the row count is unknown (no `stats-database-url`), and nothing when the statistics show the table empty.',
        bad: 'ALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL;',
        notes: 'A table created by the same pull request (in this migration or an earlier one of the PR) is empty on every environment: quiet. The row count is `pg_class.reltuples` (or `n_live_tup` when the table was never analysed) of the stats database, an estimate: a table that just received its first rows may still read 0.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_AddColumn' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const def = cmd.def?.ColumnDef;
                if (!requiredWithoutDefault(def))
                    continue;
                const type = (0,ast/* strings */.P$)(def.typeName?.names).filter((n) => n !== 'pg_catalog').join('.') || '<type>';
                hits.push({
                    statement: sc.stmt.index,
                    message: `ADD COLUMN "${def.colname}" NOT NULL without a DEFAULT on "${rel.display}" fails if the table has any row`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: false,
                    fix: `ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${type} NOT NULL DEFAULT <constant>;\n-- or: ALTER TABLE ${qr(rel)} ADD COLUMN ${q(def.colname)} ${type}; backfill in batches; then the CHECK ... NOT VALID pattern of set-not-null`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/validate-constraint-in-same-migration.ts


const validate_constraint_in_same_migration_rule = {
    id: 'validate-constraint-in-same-migration',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'VALIDATE CONSTRAINT in the migration that added the constraint NOT VALID scans under the lock the ADD took',
    rationale: 'Prisma runs a migration file as one transaction, and PostgreSQL keeps every lock until the transaction ends. The ADD CONSTRAINT ... NOT VALID took ACCESS EXCLUSIVE (SHARE ROW EXCLUSIVE on both tables for a foreign key), so the VALIDATE scan that follows runs with that lock still held: NOT VALID saved nothing.',
    safeAlternative: '-- migration 1\nALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;\n-- migration 2, its own file (its own transaction): SHARE UPDATE EXCLUSIVE only\nALTER TABLE "User" VALIDATE CONSTRAINT "User_age_check";',
    docs: {
        problem: 'Reports `ALTER TABLE ... VALIDATE CONSTRAINT` of a constraint added `NOT VALID` earlier in the same migration, on a table that existed before the pull request. A table the pull request created is empty: quiet.',
        bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;\nALTER TABLE "User" VALIDATE CONSTRAINT "User_age_check";',
        notes: 'squawk\'s and strong_migrations\' own "good" examples put both statements in one file; they assume each statement commits on its own (Rails\' `disable_ddl_transaction!`, or autocommit). Prisma runs the whole file in one transaction (PostgreSQL documentation, "Explicit Locking": locks are held until the transaction ends), so with Prisma that shape keeps the lock.',
    },
    check(ctx) {
        const hits = [];
        // table key + constraint name -> statement that added it NOT VALID
        const notValid = new Map();
        for (const sc of ctx.statements) {
            for (const { rel, con } of addedConstraints(sc)) {
                if (con.skip_validation && con.conname)
                    notValid.set(`${rel.key}\u0000${con.conname}`, { index: sc.stmt.index, foreign: con.contype === 'CONSTR_FOREIGN' });
            }
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_ValidateConstraint' || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const added = notValid.get(`${rel.key}\u0000${cmd.name}`);
                if (!added)
                    continue;
                const addedAt = ctx.statements[added.index].stmt.line;
                hits.push({
                    statement: sc.stmt.index,
                    message: `VALIDATE CONSTRAINT "${cmd.name}" runs in the same transaction as its ADD ... NOT VALID (line ${addedAt}): the scan of "${rel.display}" holds the ${added.foreign ? 'SHARE ROW EXCLUSIVE locks' : 'ACCESS EXCLUSIVE lock'} that statement took`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: `Move this statement into a new migration of its own (npx prisma migrate dev --create-only --name validate_${cmd.name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}):\nALTER TABLE ${qr(rel)} VALIDATE CONSTRAINT ${q(cmd.name)};`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/alter-domain-add-constraint.ts



const alter_domain_add_constraint_rule = {
    id: 'alter-domain-add-constraint',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterDomainStmt'],
    summary: 'ALTER DOMAIN ... ADD CONSTRAINT checks every column of the domain, in every table, at once',
    rationale: 'PostgreSQL checks the new constraint against every stored value of every column of the domain ("ALTER DOMAIN": ADD CONSTRAINT "will be checked against all existing data" unless NOT VALID), locking each of those tables while it reads them, in the migration\'s one transaction.',
    safeAlternative: 'ALTER DOMAIN "positive_int" ADD CONSTRAINT "positive_int_check" CHECK (VALUE > 0) NOT VALID;\n-- next migration (only new rows are checked until then):\nALTER DOMAIN "positive_int" VALIDATE CONSTRAINT "positive_int_check";',
    docs: {
        problem: 'Reports `ALTER DOMAIN ... ADD CONSTRAINT` without `NOT VALID` on a domain that existed before the migration. A domain created in the same migration has no data yet: quiet. `CREATE DOMAIN ... CHECK` is not reported: a new domain is used by no column yet.',
        bad: 'ALTER DOMAIN "positive_int" ADD CONSTRAINT "positive_int_check" CHECK (VALUE > 0);',
    },
    check(ctx) {
        const hits = [];
        const created = new Set();
        for (const sc of ctx.statements) {
            const n = sc.stmt.node;
            if (sc.stmt.kind === 'CreateDomainStmt') {
                const d = (0,ast/* qualifiedName */.OL)(n.domainname);
                if (d)
                    created.add(d.key);
                continue;
            }
            if (sc.stmt.kind !== 'AlterDomainStmt' || n.subtype !== 'C')
                continue;
            const con = n.def?.Constraint;
            const d = (0,ast/* qualifiedName */.OL)(n.typeName);
            if (!con || con.skip_validation || !d || created.has(d.key))
                continue;
            const name = con.conname ?? `${d.name}_check`;
            hits.push({
                statement: sc.stmt.index,
                message: `ALTER DOMAIN "${d.display}" ADD CONSTRAINT${con.conname ? ` "${con.conname}"` : ''} checks every column of the domain, in every table, in this transaction`,
                observed: (0,context/* replayed */.lD)(sc),
                fix: `${sc.stmt.sql} NOT VALID;\n-- next migration:\nALTER DOMAIN ${q(d.name)} VALIDATE CONSTRAINT ${q(name)};`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/detach-partition-not-concurrently.ts



const detach_partition_not_concurrently_rule = {
    id: 'detach-partition-not-concurrently',
    severity: 'warning',
    category: 'lock',
    kinds: ['AlterTableStmt'],
    summary: 'DETACH PARTITION without CONCURRENTLY locks the partitioned table against reads and writes',
    rationale: 'ALTER TABLE ... DETACH PARTITION takes ACCESS EXCLUSIVE on the parent (PostgreSQL documentation, "ALTER TABLE"): every query of the partitioned table waits, and waits behind any long query already on it. With CONCURRENTLY (PostgreSQL 14+) it takes SHARE UPDATE EXCLUSIVE.',
    safeAlternative: '-- its own migration file: CONCURRENTLY cannot run in a transaction block\nALTER TABLE "Event" DETACH PARTITION "Event_2023" CONCURRENTLY;',
    docs: {
        problem: 'Reports `ALTER TABLE ... DETACH PARTITION` without `CONCURRENTLY` on a partitioned table that existed before the pull request.',
        bad: 'ALTER TABLE "Event" DETACH PARTITION "Event_2023";',
        notes: 'The CONCURRENTLY form must be alone in its migration (Prisma runs a file as one transaction): `concurrently-in-transaction` says so otherwise.',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                const part = cmd.def?.PartitionCmd;
                if (subtype !== 'AT_DetachPartition' || part?.concurrent || !(0,context/* preExisting */.PQ)(sc, rel.key))
                    continue;
                const p = (0,ast/* rangeVar */.Bt)(part?.name);
                hits.push({
                    statement: sc.stmt.index,
                    message: `DETACH PARTITION${p ? ` "${p.display}"` : ''} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on "${rel.display}"`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* observedLock */.oY)(sc, rel.key),
                    fix: `In a migration of its own:\nALTER TABLE ${qr(rel)} DETACH PARTITION ${p ? qr(p) : '<partition>'} CONCURRENTLY;`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-not-null.ts


const drop_not_null_rule = {
    id: 'drop-not-null',
    severity: 'notice',
    category: 'compatibility',
    kinds: ['AlterTableStmt'],
    summary: 'DROP NOT NULL lets NULLs in that running code may not expect',
    rationale: 'The change itself is instant, but from now on the column can hold NULL: code of the previous release (its Prisma client types the field as required) and other readers (reports, exports, other services) may fail on the first NULL they read.',
    safeAlternative: '-- release 1: make every reader handle NULL (in schema.prisma: field String?), deploy\n-- release 2:\nALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;',
    docs: {
        problem: 'Reports `ALTER COLUMN ... DROP NOT NULL` of a column that existed before the pull request and was NOT NULL, as a notice: it takes no long lock and loses no data, but readers may break. A column the pull request added, or a table it created, is quiet.',
        bad: 'ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;',
    },
    check(ctx) {
        const hits = [];
        for (const sc of ctx.statements) {
            for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
                if (subtype !== 'AT_DropNotNull' || !(0,context/* preExisting */.PQ)(sc, rel.key) || !(0,context/* preExistingColumn */.pW)(sc, rel.key, cmd.name))
                    continue;
                const col = sc.before.get(rel.key)?.columns.find((c) => c.name === cmd.name);
                if (col && !col.notNull)
                    continue; // already nullable: a no-op
                hits.push({
                    statement: sc.stmt.index,
                    message: `DROP NOT NULL on "${rel.display}"."${cmd.name}": readers that expect a value (the running release's Prisma client among them) may fail on the first NULL`,
                    table: rel.display,
                    tableKey: rel.key,
                    observed: (0,context/* replayed */.lD)(sc),
                    fix: `Make the field optional in schema.prisma and deploy code that handles NULL first; then:\nALTER TABLE ${qr(rel)} ALTER COLUMN ${q(cmd.name)} DROP NOT NULL;`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/lock-held-across-statements.ts





/** Pre-existing tables a statement locks: what the replay saw, else what its kind takes. */
function locksOf(sc) {
    if ((0,context/* replayed */.lD)(sc)) {
        return sc.trace.locks
            .map((l) => ({ key: (0,context/* normalizeTableRef */.br)(l.table), mode: normalizeLockMode(l.mode) }))
            .filter((l) => (0,context/* preExisting */.PQ)(sc, l.key) && l.mode && l.mode !== 'AccessShareLock' && l.mode !== 'RowShareLock')
            .map((l) => ({ key: l.key, display: l.key.replace(/^public\./, ''), exclusive: l.mode === 'AccessExclusiveLock' }));
    }
    return predictedLocks(sc)
        .filter((l) => (0,context/* preExisting */.PQ)(sc, l.key))
        .map((l) => ({ key: l.key, display: l.display, exclusive: l.mode === 'AccessExclusiveLock' }));
}
/** A query reads a table that existed before the pull request (one it created is empty). */
function readsExisting(sc, node) {
    let found = false;
    (0,ast/* walk */.GG)(node, (k, v) => {
        if (k === 'RangeVar') {
            const r = (0,ast/* rangeVar */.Bt)(v);
            if (r && (0,context/* preExisting */.PQ)(sc, r.key) && sc.before.get(r.key))
                found = true;
        }
        return !found;
    });
    return found;
}
function describe(sc) {
    const n = sc.stmt.node;
    const rel = (rv) => (0,ast/* rangeVar */.Bt)(rv);
    switch (sc.stmt.kind) {
        case 'UpdateStmt':
        case 'DeleteStmt': {
            const r = rel(n.relation);
            return r && (0,context/* preExisting */.PQ)(sc, r.key) ? { what: `${sc.stmt.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE FROM'} "${r.display}"` } : undefined;
        }
        case 'InsertStmt':
            return readsExisting(sc, n.selectStmt) ? { what: 'INSERT ... SELECT' } : undefined;
        case 'SelectStmt':
            return readsExisting(sc, n) ? { what: 'a SELECT that reads tables' } : undefined;
        case 'CreateTableAsStmt':
            return readsExisting(sc, n.query) ? { what: 'CREATE TABLE ... AS SELECT' } : undefined;
        case 'IndexStmt': {
            const r = rel(n.relation);
            return r && (0,context/* preExisting */.PQ)(sc, r.key) && !n.concurrent ? { what: `the index build on "${r.display}"`, ownFindingOn: r.key } : undefined;
        }
        case 'AlterTableStmt': {
            for (const a of alterTableCommands(sc)) {
                if (!(0,context/* preExisting */.PQ)(sc, a.rel.key))
                    continue;
                if ((0,context/* observedRewrite */.F3)(sc, a.rel.key))
                    return { what: `the rewrite of "${a.rel.display}"`, ownFindingOn: a.rel.key };
                if (a.subtype === 'AT_ValidateConstraint')
                    return { what: `the validation scan of "${a.rel.display}"`, ownFindingOn: a.rel.key };
                if (a.subtype === 'AT_SetNotNull' && !hasValidatedNotNullCheck(sc.before.get(a.rel.key), a.cmd.name) && !sc.before.get(a.rel.key)?.columns.find((c) => c.name === a.cmd.name)?.notNull)
                    return { what: `the NOT NULL scan of "${a.rel.display}"`, ownFindingOn: a.rel.key };
                if (a.subtype === 'AT_AlterColumnType' && !(0,context/* replayed */.lD)(sc) && ['rewrite', 'unknown'].includes(typeChange(sc, a).change))
                    return { what: `the rewrite of "${a.rel.display}"`, ownFindingOn: a.rel.key };
                if (a.subtype === 'AT_AddColumn' && !(0,context/* replayed */.lD)(sc)) {
                    const cons = a.cmd.def?.ColumnDef?.constraints ?? [];
                    const d = cons.find((c) => c.Constraint?.contype === 'CONSTR_DEFAULT')?.Constraint;
                    if ((d && volatileCalls(d.raw_expr).length) || cons.some((c) => c.Constraint?.contype === 'CONSTR_GENERATED' || c.Constraint?.contype === 'CONSTR_IDENTITY'))
                        return { what: `the rewrite of "${a.rel.display}"`, ownFindingOn: a.rel.key };
                }
            }
            for (const { rel: r, con } of addedConstraints(sc)) {
                if (!(0,context/* preExisting */.PQ)(sc, r.key) || con.skip_validation || con.indexname)
                    continue;
                if (['CONSTR_CHECK', 'CONSTR_FOREIGN', 'CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION'].includes(con.contype))
                    return { what: `the validation of a new constraint on "${r.display}"`, ownFindingOn: r.key };
            }
            return undefined;
        }
        default:
            return undefined;
    }
}
function list(held) {
    return held.map((h) => `"${h.display}" (line ${h.line})`).join(', ');
}
const lock_held_across_statements_rule = {
    id: 'lock-held-across-statements',
    severity: 'warning',
    category: 'lock',
    summary: 'An ACCESS EXCLUSIVE lock stays held while later statements of the migration work, or lock other busy tables',
    rationale: 'Prisma runs a migration file as one transaction and PostgreSQL keeps every lock until it ends (PostgreSQL documentation, "Explicit Locking"). After a statement takes ACCESS EXCLUSIVE on a table, every later statement runs with that table closed to reads and writes: a quick ALTER followed by a scan, a backfill or an index build blocks the table for as long as they take, and a lock on a second busy table makes the first wait for it too.',
    safeAlternative: '-- one migration per table lock, with the slow work in a migration of its own:\n-- 20240101000000_add_email/migration.sql\nALTER TABLE "User" ADD COLUMN "email" TEXT;\n-- 20240101000100_backfill_email/migration.sql (or a batched job outside migrations)\nUPDATE "User" SET "email" = ... WHERE ...;',
    docs: {
        problem: 'Reported once per migration, at the first statement that, while an earlier statement\'s ACCESS EXCLUSIVE lock on a table that existed before the pull request is held, either works in proportion to a table\'s rows (an UPDATE or DELETE, an INSERT ... SELECT, a SELECT from tables, a non-concurrent index build, a constraint validation, a NOT NULL scan, a table rewrite) or locks another table that existed before the pull request. The finding names the lock, where it was taken, and what runs while it is held. Tables created by the pull request are empty and unused: their locks do not count.',
        bad: 'ALTER TABLE "User" ADD COLUMN "email" TEXT;\nUPDATE "User" SET "email" = "name" || \'@example.com\';',
        notes: 'A second lock with no work (two instant `ALTER TABLE`s on two tables) is a warning when `deploy.lock-timeout` is off and a notice when it is set: the deploy then gives up after that timeout instead of making the first table wait behind the second. Work that has its own rule (an index build, a constraint validation, a NOT NULL scan, a rewrite) on a table the migration already holds is left to that rule (one finding per cause): Prisma\'s `DROP INDEX` + `CREATE UNIQUE INDEX`, or an `ADD COLUMN` + `CREATE INDEX` on the same table, get only `create-index-not-concurrently`.',
    },
    check(ctx) {
        const held = [];
        for (const sc of ctx.statements) {
            if (!sc.stmt.node)
                continue;
            const locks = locksOf(sc);
            if (held.length) {
                const w = describe(sc);
                // Work its own rule reports, on a table this migration already holds: that finding says it.
                const what = w && !(w.ownFindingOn && held.some((h) => h.key === w.ownFindingOn)) ? w.what : undefined;
                const other = locks.filter((l) => !held.some((h) => h.key === l.key));
                if (what || other.length) {
                    const first = held[0];
                    const onlyLocks = !what;
                    const hit = {
                        statement: sc.stmt.index,
                        message: what
                            ? `the ACCESS EXCLUSIVE lock on ${list(held)} is still held while ${what} runs: reads and writes of ${held.length > 1 ? 'those tables' : `"${first.display}"`} wait until the migration commits`
                            : `this migration holds ACCESS EXCLUSIVE on ${list(held)} while it locks ${other.map((o) => `"${o.display}"`).join(', ')}: a wait for ${other.length > 1 ? 'those tables' : 'that table'} keeps ${held.length > 1 ? 'the first ones' : `"${first.display}"`} closed to reads and writes`,
                        table: first.display,
                        tableKey: first.key,
                        observed: (0,context/* replayed */.lD)(sc),
                        fix: what
                            ? `Split the migration before line ${sc.stmt.line}: move this statement and the ones after it into a new migration (npx prisma migrate dev --create-only), or do the work in batches outside migrations.`
                            : `Give each of ${[...held.map((h) => `"${h.display}"`), ...other.map((o) => `"${o.display}"`)].join(', ')} its own migration, so no lock waits while another is held.`,
                    };
                    if (onlyLocks && ctx.deployLockTimeout) {
                        hit.severity = 'notice';
                        hit.message += ` (bounded by deploy.lock-timeout ${ctx.deployLockTimeout} when deployed by apply-migration)`;
                    }
                    return [hit];
                }
            }
            for (const l of locks)
                if (l.exclusive && !held.some((h) => h.key === l.key))
                    held.push({ key: l.key, display: l.display, line: sc.stmt.line });
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/index.ts










































/** Every lint rule, in the order the docs list them (engine findings first). */
const RULES = [
    rule,
    migration_fails_rule,
    replay_unsupported_rule,
    unused_ignore_rule,
    create_index_not_concurrently_rule,
    drop_index_not_concurrently_rule,
    reindex_not_concurrently_rule,
    concurrently_in_transaction_rule,
    add_foreign_key_validating_rule,
    add_check_validating_rule,
    add_unique_constraint_rule,
    add_primary_key_rule,
    add_exclusion_constraint_rule,
    validate_constraint_in_same_migration_rule,
    alter_domain_add_constraint_rule,
    set_not_null_rule,
    add_required_column_rule,
    drop_not_null_rule,
    add_column_volatile_default_rule,
    add_generated_stored_column_rule,
    add_identity_or_serial_column_rule,
    change_column_type_rule,
    set_logged_unlogged_rule,
    vacuum_full_or_cluster_rule,
    detach_partition_not_concurrently_rule,
    lock_timeout_missing_rule,
    lock_held_across_statements_rule,
    alter_enum_rename_value_rule,
    drop_table_rule,
    drop_column_rule,
    drop_schema_rule,
    truncate_rule,
    delete_without_where_rule,
    update_without_where_rule,
    narrowing_type_change_rule,
    rename_table_rule,
    rename_column_rule,
    drop_enum_value_or_type_rule,
    foreign_key_without_index_rule,
    foreign_key_type_mismatch_rule,
    transaction_control_rule,
    identifier_too_long_rule,
];
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
/** Findings of these cannot be silenced with an ignore comment: a broken migration stays broken. */
const UNSUPPRESSIBLE = new Set(['syntax-error', 'migration-fails']);


/***/ }),

/***/ 6500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLint: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/finding.ts
var report_finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/lint/context.ts
var context = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 45 modules
var rules = __webpack_require__(8072);
;// CONCATENATED MODULE: ./src/lint/suppress.ts

const DIRECTIVE = /--\s*migration-gates-ignore(-file)?(?![\w-])(.*)$/;
/** Find the ignore comments of a migration and the statement each applies to. */
function parseDirectives(parsed) {
    const text = parsed.source.text;
    if (!text.includes('migration-gates-ignore'))
        return [];
    const out = [];
    let offset = 0;
    for (const lineText of text.split('\n')) {
        const m = DIRECTIVE.exec(lineText);
        if (m) {
            const at = offset + m.index;
            let rest = m[2].trim();
            let reason;
            const sep = /(?:^|\s)--\s|(?:^|\s)reason:\s*/i.exec(rest);
            if (sep) {
                reason = rest.slice(sep.index + sep[0].length).trim() || undefined;
                rest = rest.slice(0, sep.index);
            }
            const rules = rest.split(/[\s,]+/).filter(Boolean);
            const scope = m[1] ? 'file' : 'statement';
            const target = scope === 'statement' ? parsed.statements.find((s) => s.start > at) : undefined;
            out.push({ line: parsed.source.lineOf(at), scope, rules, reason, statement: target?.index });
        }
        offset += lineText.length + 1;
    }
    return out;
}
/**
 * Drop findings an ignore comment covers, record what each comment silenced, and report the
 * rules of each comment that silenced nothing (`unused-ignore`).
 */
function applySuppressions(items, directives, file, enabled) {
    const matched = directives.map(() => new Set());
    const kept = [];
    for (const item of items) {
        const rule = item.finding.rule;
        let hit = -1;
        if (!rules/* UNSUPPRESSIBLE */.h0.has(rule)) {
            hit = directives.findIndex((d) => d.rules.includes(rule) && (d.scope === 'file' || d.statement === item.statement));
        }
        if (hit === -1)
            kept.push(item);
        else
            matched[hit].add(rule);
    }
    const suppressions = directives.map((d, i) => ({
        file,
        line: d.line,
        rules: d.rules,
        scope: d.scope,
        ...(d.reason ? { reason: d.reason } : {}),
        matched: d.rules.filter((r) => matched[i].has(r)),
    }));
    const unused = [];
    directives.forEach((d, i) => {
        if (!d.rules.length) {
            unused.push({ line: d.line, message: `migration-gates-ignore${d.scope === 'file' ? '-file' : ''} names no rule: list the rule ids it should silence` });
            return;
        }
        for (const r of d.rules) {
            if (matched[i].has(r))
                continue;
            if (!rules/* RULES_BY_ID */.kF.has(r)) {
                const guess = closest(r);
                unused.push({ line: d.line, message: `ignore names "${r}", which is not a lint rule${guess ? ` (did you mean "${guess}"?)` : ''}` });
            }
            else if (rules/* UNSUPPRESSIBLE */.h0.has(r)) {
                unused.push({ line: d.line, message: `"${r}" cannot be ignored: the migration fails wherever it runs` });
            }
            else if (!enabled(r)) {
                continue; // the rule is off in the config: nothing to silence, nothing to say
            }
            else if (d.scope === 'statement' && d.statement === undefined) {
                unused.push({ line: d.line, message: `ignore of "${r}" has no statement after it` });
            }
            else {
                unused.push({ line: d.line, message: `ignore of "${r}" matches no finding${d.scope === 'file' ? ' in this file' : ' on the next statement'}` });
            }
        }
    });
    return { kept, suppressions, unused };
}
function closest(id) {
    let best;
    let bestD = 4;
    for (const r of rules/* RULES_BY_ID */.kF.keys()) {
        const d = distance(id, r);
        if (d < bestD) {
            bestD = d;
            best = r;
        }
    }
    return best;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/lint/engine.ts





function ruleSettings(config) {
    const unknown = Object.keys(config.lint.rules).filter((id) => !rules/* RULES_BY_ID */.kF.has(id));
    if (unknown.length) {
        throw new errors/* UserError */.y(`lint.rules names unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, {
            why: `lint rules are: ${[...rules/* RULES_BY_ID */.kF.keys()].join(', ')}`,
            next: `fix lint.rules in ${config.file ?? '.github/migration-gates.yml'} (docs/rules/ lists every rule)`,
        });
    }
    // Resolved once per run: every migration asks for every rule.
    const configured = new Map(Object.entries(config.lint.rules));
    const severity = (rule, hitDefault) => configured.get(rule) ?? hitDefault ?? rules/* RULES_BY_ID */.kF.get(rule)?.severity ?? 'warning';
    return { severity, enabled: rules/* RULES */.y0.filter((r) => r.check && severity(r.id) !== 'off'), deployLockTimeout: config.deploy.lockTimeout };
}
const MAX_STATEMENT = 2000;
function clip(sql) {
    return sql.length > MAX_STATEMENT ? `${sql.slice(0, MAX_STATEMENT)}…` : sql;
}
/**
 * A hit as a Finding. One object shape for every finding (absent fields are undefined, which the
 * JSON report omits), not a spread per optional field: a history can produce thousands.
 */
function toFinding(rule, hit, severity, file, stmt) {
    return {
        rule: rule.id,
        severity,
        file,
        line: hit.line ?? stmt?.line,
        column: (hit.column ?? stmt?.column) || undefined,
        message: hit.message,
        why: hit.why ?? rule.rationale,
        fix: hit.fix ?? rule.safeAlternative,
        table: hit.table || undefined,
        statement: stmt ? clip(stmt.sql) : undefined,
        observed: hit.observed,
        docsUrl: (0,report_finding/* ruleDocsUrl */.hS)(rule.id),
    };
}
/**
 * One finding per cause: a statement that fails in the replay fails everywhere, and that is what
 * its migration-fails finding says; what other rules predict about the same statement (its lock,
 * its rewrite) never happens, so it is dropped.
 */
function onePerCause(items) {
    const failed = new Set(items.filter((i) => i.finding.rule === 'migration-fails').map((i) => i.statement));
    const predictedEffect = new Set(['lock', 'rewrite', 'data-loss', 'compatibility']);
    return failed.size ? items.filter((i) => !predictedEffect.has(i.category) || !failed.has(i.statement)) : items;
}
/** Run every enabled rule over one parsed migration, then apply its ignore comments. */
function lintMigration(input) {
    const ctx = (0,context/* buildContext */.gC)({ ...input, ...(input.settings.deployLockTimeout !== undefined ? { deployLockTimeout: input.settings.deployLockTimeout } : {}) });
    const items = [];
    const kinds = new Set();
    for (let i = 0; i < ctx.statements.length; i++)
        kinds.add(ctx.statements[i].stmt.kind);
    for (const rule of input.settings.enabled) {
        if (rule.kinds && !rule.kinds.some((k) => kinds.has(k)))
            continue;
        const hits = rule.check(ctx);
        for (let i = 0; i < hits.length; i++) {
            const hit = hits[i];
            const severity = input.settings.severity(rule.id, hit.severity);
            if (severity === 'off')
                continue;
            items.push({ finding: toFinding(rule, hit, severity, input.file, ctx.statements[hit.statement]?.stmt), statement: hit.statement, tableKey: hit.tableKey, category: rule.category });
        }
    }
    const directives = parseDirectives(input.parsed);
    const { kept, suppressions, unused } = applySuppressions(onePerCause(items), directives, input.file, (r) => input.settings.severity(r) !== 'off');
    const out = kept;
    const unusedSeverity = input.settings.severity('unused-ignore');
    if (unusedSeverity !== 'off') {
        const rule = rules/* RULES_BY_ID */.kF.get('unused-ignore');
        for (const u of unused) {
            out.push({
                finding: { rule: rule.id, severity: unusedSeverity, file: input.file, line: u.line, message: u.message, why: rule.rationale, fix: rule.safeAlternative, observed: false, docsUrl: (0,report_finding/* ruleDocsUrl */.hS)(rule.id) },
                statement: -1,
                tableKey: undefined,
                category: 'engine',
            });
        }
    }
    return { items: out, suppressions, context: ctx };
}

// EXTERNAL MODULE: ./src/lint/parser/load.ts
var load = __webpack_require__(7673);
// EXTERNAL MODULE: ./src/lint/parser/split.ts + 1 modules
var split = __webpack_require__(3389);
// EXTERNAL MODULE: ./src/lint/replay/progress.ts
var replay_progress = __webpack_require__(982);
// EXTERNAL MODULE: ./src/lint/schema/apply.ts
var apply = __webpack_require__(6213);
;// CONCATENATED MODULE: ./src/lint/schema/history.ts

/** Apply whole migrations to a model, in order: the static stand-in for the replay's catalog. */
function applyMigration(model, parsed) {
    for (const stmt of parsed.statements)
        (0,apply/* applyStatement */.AH)(model, stmt);
    return model;
}

// EXTERNAL MODULE: ./src/lint/schema/model.ts + 1 modules
var schema_model = __webpack_require__(7712);
// EXTERNAL MODULE: ./src/lint/table-size.ts
var table_size = __webpack_require__(9087);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/migrations/changes.ts + 1 modules
var migrations_changes = __webpack_require__(2488);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/migrations/model.ts
var model = __webpack_require__(5256);
;// CONCATENATED MODULE: ./src/lint/targets.ts






function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function planned(repoRoot, f, lint) {
    return { name: f.name, sqlPath: f.sqlPath, abs: external_node_path_default().join(repoRoot, f.sqlPath), lint };
}
/**
 * Split a directory's migrations at the first one to lint: those before are the history, the rest
 * are traced in Prisma's order (linted or not, so later ones see their schema).
 */
function splitAt(repoRoot, service, folders, selected, isBaselined, baselined) {
    const withSql = folders.filter((f) => f.hasSql);
    const wanted = (f) => {
        if (!selected(f))
            return false;
        if (isBaselined(f)) {
            baselined.push(f.sqlPath);
            return false;
        }
        return true;
    };
    const flags = withSql.map(wanted);
    const first = flags.indexOf(true);
    if (first === -1)
        return undefined;
    return {
        service,
        history: withSql.slice(0, first).map((f) => planned(repoRoot, f, false)),
        sequence: withSql.slice(first).map((f, i) => planned(repoRoot, f, flags[first + i])),
    };
}
/** What to lint: the PR's new or changed migrations, the whole history, explicit paths, or apply's pending ones. */
async function planLint(opts) {
    const { repoRoot, config } = opts;
    const baselined = [];
    const baseline = new Set(config.lint.baseline);
    const isBaselined = (f) => baseline.has(f.name) || baseline.has(f.dir);
    const services = [];
    if (opts.only) {
        const { services: all } = (0,discover/* resolveServices */.b)(repoRoot, config);
        const svc = all.find((s) => s.name === opts.only.service);
        if (!svc) {
            throw new errors/* UserError */.y(`no service named "${opts.only.service}"`, {
                why: `the services are: ${all.map((s) => s.name).join(', ') || '(none found)'}`,
                next: 'run `npx migration-gates services` to list them, and check the services of the config',
            });
        }
        const folders = (0,model/* listMigrations */.YJ)(repoRoot, svc.migrations);
        const missing = opts.only.names.filter((n) => !folders.some((f) => f.name === n));
        if (missing.length) {
            throw new errors/* UserError */.y(`migration${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in ${svc.migrations}`, {
                why: 'the lint gate lints the pending migrations from the checked-out migrations directory',
                next: 'check out the commit being deployed before this step',
            });
        }
        const names = new Set(opts.only.names);
        const plan = splitAt(repoRoot, svc.name, folders, (f) => names.has(f.name), isBaselined, baselined);
        return { services: plan ? [plan] : [], baselined };
    }
    if (opts.paths?.length)
        return planPaths(opts, isBaselined, baselined);
    if (opts.all) {
        // Every migrations directory: the services', and those outside any service (an audit lints all SQL).
        const { services: svcs, strays } = (0,discover/* resolveServices */.b)(repoRoot, config);
        for (const [name, dir] of [...svcs.map((s) => [s.name, s.migrations]), ...strays.map((d) => [d, d])]) {
            const plan = splitAt(repoRoot, name, (0,model/* listMigrations */.YJ)(repoRoot, dir), () => true, isBaselined, baselined);
            if (plan)
                services.push(plan);
        }
        return { services, baselined };
    }
    if (opts.baseRef) {
        const changes = await (0,migrations_changes/* collectMigrationChanges */.Kk)(repoRoot, config, opts.baseRef);
        for (const s of changes.services) {
            const touched = new Set([...s.added, ...s.modified].map((f) => f.name));
            const plan = splitAt(repoRoot, s.service.name, s.head, (f) => touched.has(f.name), isBaselined, baselined);
            if (plan)
                services.push(plan);
        }
        return { services, baselined };
    }
    throw new errors/* UserError */.y('nothing to lint', {
        why: 'no base branch, no paths and no audit of the whole history was asked for',
        next: 'pass --base-ref develop (the PR\'s new migrations), PATH... (folders or migration.sql files), or --all',
    });
}
function planPaths(opts, isBaselined, baselined) {
    const { repoRoot } = opts;
    /** migrations directory (repository-relative) -> folder names to lint ('*' for all). */
    const dirs = new Map();
    const loose = [];
    const listing = new Map();
    const listed = (dir) => {
        let l = listing.get(dir);
        if (!l)
            listing.set(dir, (l = (0,model/* listMigrations */.YJ)(repoRoot, dir === '.' ? '' : dir)));
        return l;
    };
    const want = (dir, name) => {
        if (!dirs.has(dir))
            dirs.set(dir, new Set());
        dirs.get(dir).add(name);
    };
    for (const p of opts.paths) {
        const abs = external_node_path_default().resolve(repoRoot, p);
        if (!(0,external_node_fs_.existsSync)(abs)) {
            throw new errors/* UserError */.y(`${p} does not exist`, {
                why: 'lint takes migration folders, migration.sql files or a migrations directory',
                next: 'check the path (relative to the working directory), e.g. prisma/migrations/20240101000000_add_user',
            });
        }
        const rel = toPosix(external_node_path_default().relative(repoRoot, abs)) || '.';
        if ((0,external_node_fs_.statSync)(abs).isFile()) {
            if (external_node_path_default().basename(abs) === 'migration.sql')
                want(toPosix(external_node_path_default().dirname(external_node_path_default().dirname(rel))), external_node_path_default().basename(external_node_path_default().dirname(abs)));
            else
                loose.push({ name: external_node_path_default().basename(abs), sqlPath: rel, abs, lint: true });
        }
        else if ((0,external_node_fs_.existsSync)(external_node_path_default().join(abs, 'migration.sql'))) {
            want(toPosix(external_node_path_default().dirname(rel)), external_node_path_default().basename(abs));
        }
        else if (listed(rel).some((f) => f.hasSql)) {
            want(rel, '*');
        }
        else {
            throw new errors/* UserError */.y(`${p} holds no migration.sql`, {
                why: 'expected a migration folder (with migration.sql), a migrations directory, or a .sql file',
                next: `list it: ls ${p}`,
            });
        }
    }
    const { services: known } = (0,discover/* resolveServices */.b)(repoRoot, opts.config);
    const services = [];
    for (const [dir, names] of dirs) {
        const name = known.find((s) => s.migrations === dir)?.name ?? dir;
        const plan = splitAt(repoRoot, name, listed(dir), (f) => names.has('*') || names.has(f.name), isBaselined, baselined);
        if (plan)
            services.push(plan);
    }
    for (const f of loose) {
        const asFolder = { name: f.name, dir: external_node_path_default().posix.dirname(f.sqlPath) };
        if (isBaselined(asFolder))
            baselined.push(f.sqlPath);
        else
            services.push({ service: f.sqlPath, history: [], sequence: [f] });
    }
    return { services, baselined };
}

;// CONCATENATED MODULE: ./src/lint/run.ts













function readSql(m) {
    try {
        return (0,external_node_fs_.readFileSync)(m.abs, 'utf8');
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot read ${m.sqlPath}: ${err.message}`, { next: 'check the file exists and is readable' });
    }
}
function message(err) {
    return (0,redact/* redact */.E$)(err instanceof errors/* UserError */.y ? err.describe() : err instanceof Error ? err.message : String(err));
}
/**
 * Lint migrations: parse each with the real PostgreSQL parser, replay the base history and trace
 * each new migration (PGlite, or shadow-database-url), run the rules on statements plus schema
 * facts, apply ignore comments, and add table sizes from stats-database-url.
 */
async function runLint(opts) {
    (0,load/* preloadParser */.FU)();
    const settings = ruleSettings(opts.config);
    const plan = await planLint(opts);
    const progress = opts.onProgress ?? (() => undefined);
    const items = [];
    const suppressions = [];
    const linted = [];
    const notes = [];
    const engines = new Set();
    const caches = new Set();
    for (const svc of plan.services) {
        const toLint = svc.sequence.filter((m) => m.lint).length;
        progress(`lint: ${svc.service}: ${toLint} migration(s) to lint, ${svc.history.length} in the base history`);
        const sources = new Map(svc.sequence.map((m) => [m.name, readSql(m)]));
        // With a replay, parse everything first: a file PostgreSQL would reject ends the replay there,
        // and when it is the first one there is nothing to replay at all. A static lint parses as it
        // goes, so a long history's trees are not all held at once.
        const parsed = new Map();
        let replayable = 0;
        if (opts.replay !== false) {
            for (const m of svc.sequence)
                parsed.set(m.name, await (0,split/* parseMigrationSql */.S)(sources.get(m.name)));
            const broken = svc.sequence.findIndex((m) => parsed.get(m.name).hasSyntaxError);
            replayable = broken === -1 ? svc.sequence.length : broken;
            if (broken !== -1)
                notes.push(`${svc.service}: ${svc.sequence[broken].name} does not parse; it and the migrations after it are linted from the SQL alone`);
        }
        const replayer = replayable === 0 ? undefined : await startReplay(svc, sources, opts, notes, items);
        if (replayer) {
            engines.add(replayer.engine);
            caches.add(replayer.cache);
        }
        try {
            await lintService(svc, sources, parsed, replayer ? { replayer, until: replayable } : undefined, opts, settings, { items, suppressions, linted });
        }
        finally {
            await replayer?.close().catch(() => undefined);
        }
    }
    let stats;
    if (opts.statsDatabaseUrl) {
        const keys = [...new Set(items.map((i) => i.tableKey).filter((k) => !!k))];
        progress(`lint: reading row estimates of ${keys.length} table(s) from stats-database-url`);
        // Loaded on demand: the PostgreSQL client is not needed by a lint without stats.
        const { readTableStats } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(662)]).then(__webpack_require__.bind(__webpack_require__, 6662));
        const found = await readTableStats(opts.statsDatabaseUrl, keys);
        const kept = (0,table_size/* applyStats */.Oh)(items, found, opts.config.lint.largeTableRows, (rule) => opts.config.lint.rules[rule] !== undefined);
        items.splice(0, items.length, ...kept);
        stats = [...found.values()];
    }
    const engine = engines.has('postgres') ? 'postgres' : engines.has('pglite') ? 'pglite' : 'none';
    const cache = caches.has('miss') ? 'miss' : caches.has('hit') ? 'hit' : 'off';
    return {
        findings: items.map((i) => i.finding),
        suppressions,
        linted,
        engine,
        cache,
        ...(plan.baselined.length ? { baselined: plan.baselined } : {}),
        ...(stats ? { stats } : {}),
        ...(notes.length ? { replayNotes: notes } : {}),
    };
}
/** Open the replay of a service's base history; on failure (not a user error), lint from the SQL alone and say so. */
async function startReplay(svc, sources, opts, notes, items) {
    try {
        // Loaded on demand: a static lint (--no-replay) never pays for the engines' modules.
        const { openReplayer } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(38), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 8038));
        const r = await openReplayer({
            history: svc.history.map((m) => ({ name: m.name, sql: readSql(m) })),
            newMigrations: svc.sequence.map((m) => ({ name: m.name, sql: sources.get(m.name) })),
            ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
            ...(opts.shadowDatabaseUrl ? { shadowDatabaseUrl: opts.shadowDatabaseUrl } : {}),
            ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
        });
        notes.push(`${svc.service}: replayed with ${r.engine === 'pglite' ? 'embedded PGlite' : 'the shadow database'} (PostgreSQL ${r.serverVersion}), history ${r.cache === 'hit' ? 'restored from the cache' : `replayed (${r.replayed} migration(s))`}`);
        for (const s of r.skipped)
            notes.push(`${svc.service}: history ${s.migration} line ${s.line} skipped (${s.kind}): ${s.reason}`);
        return r;
    }
    catch (err) {
        // A bad shadow-database-url is the user's to fix; anything else must not block the lint.
        if (err instanceof errors/* UserError */.y && opts.shadowDatabaseUrl)
            throw err;
        const why = message(err);
        notes.push(`${svc.service}: replay unavailable, findings predicted from the SQL: ${why}`);
        const rule = rules/* RULES_BY_ID */.kF.get('replay-unsupported');
        const finding = {
            rule: rule.id,
            severity: 'notice',
            message: `the replay of ${svc.service}'s history could not start (${why}): findings are predicted from the SQL alone`,
            why: rule.rationale,
            fix: rule.safeAlternative,
            observed: false,
            docsUrl: (0,report_finding/* ruleDocsUrl */.hS)(rule.id),
        };
        items.push({ finding, statement: -1, tableKey: undefined, category: 'engine' });
        return undefined;
    }
}
async function lintService(svc, sources, parsed, replay, opts, settings, out) {
    // Replayed: the replay's facts after each migration. Static: one model the migrations are applied to in turn.
    let facts;
    let model;
    if (replay)
        facts = await replay.replayer.facts();
    else {
        model = new schema_model/* SchemaModel */.Vx();
        for (const m of svc.history)
            applyMigration(model, await (0,split/* parseMigrationSql */.S)(readSql(m)));
    }
    const progress = new replay_progress/* Progress */.k(`lint: ${svc.service}`, svc.sequence.length, 'migrations', opts.onProgress);
    let done = 0;
    // A pull request (or apply's pending set) is deployed as a whole: what its earlier migrations
    // created is new, empty and unused on every environment. An audit of the history is not.
    const carryCreations = !!opts.baseRef || !!opts.only;
    let prior;
    for (const [i, m] of svc.sequence.entries()) {
        const p = parsed.get(m.name) ?? (await (0,split/* parseMigrationSql */.S)(sources.get(m.name)));
        parsed.delete(m.name);
        const trace = replay && i < replay.until && p.statements.length ? await replay.replayer.trace(m.name, p.statements.map((s) => ({ sql: s.sql, line: s.line }))) : undefined;
        if (!trace)
            model ??= new schema_model/* SchemaModel */.Vx(facts);
        if (m.lint) {
            const r = lintMigration({ name: m.name, file: m.sqlPath, parsed: p, ...(trace ? { trace } : { model }), settings, ...(prior ? { prior } : {}) });
            if (carryCreations)
                prior = r.context.creations;
            out.items.push(...r.items);
            out.suppressions.push(...r.suppressions);
            out.linted.push(m.sqlPath);
        }
        else if (!trace)
            applyMigration(model, p);
        if (trace) {
            facts = trace.after;
            model = undefined;
        }
        progress.tick(++done);
    }
    progress.finish(done, replay ? 'linted and traced' : 'linted');
}


/***/ }),

/***/ 6213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ applyStatement)
/* harmony export */ });
/* unused harmony export addConstraint */
/* harmony import */ var _parser_ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3281);
/* harmony import */ var _column_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7220);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7712);



/**
 * Apply one statement's effect on the schema to the model (tables, columns, indexes, constraints,
 * enums). Statements that do not change the schema, or that we do not model, leave it as it is:
 * this is a static approximation, the replay's catalog is the ground truth when there is one.
 */
function applyStatement(model, stmt) {
    const n = stmt.node;
    if (!n)
        return;
    switch (stmt.kind) {
        case 'CreateStmt':
            return createTable(model, n);
        case 'CreateTableAsStmt': {
            const rel = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.into?.rel);
            if (rel && n.objtype !== 'OBJECT_MATVIEW')
                model.tables.set(rel.key, { schema: rel.schema, name: rel.name, columns: [], indexes: [], constraints: [], relfilenode: 0 });
            return;
        }
        case 'AlterTableStmt':
            return alterTable(model, n);
        case 'IndexStmt':
            return createIndex(model, n);
        case 'DropStmt':
            return drop(model, n);
        case 'RenameStmt':
            return rename(model, n);
        case 'CreateEnumStmt': {
            const t = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(n.typeName);
            if (t)
                model.enums.set(t.key, (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .strings */ .P$)(n.vals));
            return;
        }
        case 'AlterEnumStmt': {
            const t = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(n.typeName);
            const labels = t ? model.enums.get(t.key) : undefined;
            if (!t || !labels)
                return;
            if (n.oldVal !== undefined)
                model.enums.set(t.key, labels.map((l) => (l === n.oldVal ? n.newVal : l)));
            else if (typeof n.newVal === 'string' && !labels.includes(n.newVal)) {
                const at = n.newValNeighbor !== undefined ? labels.indexOf(n.newValNeighbor) : -1;
                const next = [...labels];
                if (at === -1)
                    next.push(n.newVal);
                else
                    next.splice(n.newValIsAfter ? at + 1 : at, 0, n.newVal);
                model.enums.set(t.key, next);
            }
            return;
        }
        default:
            return;
    }
}
function columnFromDef(def) {
    const type = (0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .typeFromAst */ .zy)(def.typeName);
    let notNull = false;
    let dflt = type.serial ? 'nextval(...)' : undefined;
    for (const c of def.constraints ?? []) {
        const k = c.Constraint?.contype;
        if (k === 'CONSTR_NOTNULL' || k === 'CONSTR_PRIMARY')
            notNull = true;
        if (k === 'CONSTR_DEFAULT')
            dflt = 'expression';
        if (k === 'CONSTR_IDENTITY')
            notNull = true;
    }
    if (type.serial)
        notNull = true;
    return { name: def.colname, type: (0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .formatType */ .sg)({ ...type, serial: undefined }), notNull, default: dflt };
}
function createTable(model, n) {
    const rel = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
    if (!rel)
        return;
    const columns = [];
    const pending = [];
    for (const el of n.tableElts ?? []) {
        if (el.ColumnDef) {
            columns.push(columnFromDef(el.ColumnDef));
            for (const c of el.ColumnDef.constraints ?? [])
                if (c.Constraint?.contype !== 'CONSTR_NOTNULL' && c.Constraint?.contype !== 'CONSTR_DEFAULT')
                    pending.push({ con: c.Constraint, column: el.ColumnDef.colname });
        }
        else if (el.Constraint)
            pending.push({ con: el.Constraint });
    }
    model.tables.set(rel.key, { schema: rel.schema, name: rel.name, columns, indexes: [], constraints: [], relfilenode: 0 });
    for (const p of pending)
        addConstraint(model, rel, p.con, p.column);
}
/** Add a table or column constraint (and the index a primary key or unique constraint builds). */
function addConstraint(model, rel, con, column) {
    if (!con)
        return;
    const key = rel.key;
    const t = model.get(key) ?? model.ensure(rel.schema, rel.name);
    const cols = column ? [column] : (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .strings */ .P$)(con.keys ?? con.fk_attrs ?? []);
    const validated = !con.skip_validation;
    switch (con.contype) {
        case 'CONSTR_PRIMARY':
        case 'CONSTR_UNIQUE': {
            const primary = con.contype === 'CONSTR_PRIMARY';
            let indexCols = cols;
            let name = con.conname ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultName */ .Z2)(t.name, cols, primary ? 'pkey' : 'key');
            if (con.indexname) {
                // ADD CONSTRAINT ... USING INDEX: the index becomes the constraint's (renamed to it).
                const idx = t.indexes.find((i) => i.name === con.indexname);
                indexCols = idx ? idx.columns.filter((c) => c !== null) : [];
                name = con.conname ?? con.indexname;
                model.update(key, (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.dropIndex(x, con.indexname));
            }
            const index = { name, columns: indexCols, unique: true, primary, valid: true, partial: false };
            model.update(key, (x) => {
                let y = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addIndex(x, index);
                y = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addConstraint(y, { name, type: primary ? 'p' : 'u', columns: indexCols, validated: true, definition: `${primary ? 'PRIMARY KEY' : 'UNIQUE'} (${indexCols.join(', ')})` });
                if (primary)
                    for (const c of indexCols)
                        y = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.column(y, c, (col) => ({ ...col, notNull: true }));
                return y;
            });
            return;
        }
        case 'CONSTR_FOREIGN': {
            const ref = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(con.pktable);
            let refColumns = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .strings */ .P$)(con.pk_attrs ?? []);
            if (ref && !refColumns.length)
                refColumns = model.get(ref.key)?.constraints.find((c) => c.type === 'p')?.columns ?? [];
            const fk = {
                name: con.conname ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultName */ .Z2)(t.name, cols, 'fkey'),
                type: 'f',
                columns: cols,
                validated,
                definition: `FOREIGN KEY (${cols.join(', ')}) REFERENCES ${ref?.display ?? '?'}(${refColumns.join(', ')})${validated ? '' : ' NOT VALID'}`,
                refTable: ref?.key,
                refColumns,
            };
            model.update(key, (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addConstraint(x, fk));
            return;
        }
        case 'CONSTR_CHECK': {
            const nn = con.raw_expr?.NullTest;
            const refs = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .referencedColumns */ .Tb)(con.raw_expr);
            const definition = nn && nn.nulltesttype === 'IS_NOT_NULL' && nn.arg?.ColumnRef && refs.length === 1 ? `CHECK ((${refs[0]} IS NOT NULL))` : `CHECK (${refs.join(', ')})`;
            const check = { name: con.conname ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultName */ .Z2)(t.name, column ? [column] : refs.slice(0, 1), 'check'), type: 'c', columns: column ? [column] : refs, validated, definition };
            model.update(key, (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addConstraint(x, check));
            return;
        }
        case 'CONSTR_EXCLUSION': {
            const name = con.conname ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultName */ .Z2)(t.name, [], 'excl');
            model.update(key, (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addConstraint(x, { name, type: 'x', columns: [], validated: true, definition: 'EXCLUDE' }));
            return;
        }
        case 'CONSTR_NOTNULL':
            if (column)
                model.update(key, (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.column(x, column, (c) => ({ ...c, notNull: true })));
            return;
        default:
            return;
    }
}
function alterTable(model, n) {
    const rel = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
    if (!rel || (n.objtype && n.objtype !== 'OBJECT_TABLE'))
        return;
    if (!model.get(rel.key))
        model.ensure(rel.schema, rel.name);
    for (const item of n.cmds ?? []) {
        const cmd = item.AlterTableCmd;
        if (!cmd)
            continue;
        const key = rel.key;
        switch (cmd.subtype) {
            case 'AT_AddColumn': {
                const def = cmd.def?.ColumnDef;
                if (!def)
                    break;
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addColumn(t, columnFromDef(def)));
                for (const c of def.constraints ?? [])
                    addConstraint(model, rel, c.Constraint, def.colname);
                break;
            }
            case 'AT_DropColumn':
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.dropColumn(t, cmd.name));
                break;
            case 'AT_AlterColumnType': {
                const type = (0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .formatType */ .sg)({ ...(0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .typeFromAst */ .zy)(cmd.def?.ColumnDef?.typeName), serial: undefined });
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.column(t, cmd.name, (c) => ({ ...c, type })));
                break;
            }
            case 'AT_SetNotNull':
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.column(t, cmd.name, (c) => ({ ...c, notNull: true })));
                break;
            case 'AT_DropNotNull':
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.column(t, cmd.name, (c) => ({ ...c, notNull: false })));
                break;
            case 'AT_ColumnDefault':
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.column(t, cmd.name, (c) => ({ ...c, default: cmd.def ? 'expression' : undefined })));
                break;
            case 'AT_AddConstraint':
                addConstraint(model, rel, cmd.def?.Constraint);
                break;
            case 'AT_DropConstraint':
                model.update(key, (t) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.dropConstraint(t, cmd.name));
                break;
            case 'AT_ValidateConstraint':
                model.update(key, (t) => ({ ...t, constraints: t.constraints.map((c) => (c.name === cmd.name ? { ...c, validated: true } : c)) }));
                break;
            default:
                break;
        }
    }
}
function createIndex(model, n) {
    const rel = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
    if (!rel)
        return;
    const t = model.get(rel.key) ?? model.ensure(rel.schema, rel.name);
    const columns = (n.indexParams ?? []).map((p) => (typeof p.IndexElem?.name === 'string' ? p.IndexElem.name : null));
    const name = n.idxname ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultName */ .Z2)(t.name, columns.map((c) => c ?? 'expr'), 'idx');
    model.update(rel.key, (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.addIndex(x, { name, columns, unique: !!n.unique, primary: false, valid: true, partial: !!n.whereClause }));
}
function drop(model, n) {
    for (const obj of n.objects ?? []) {
        switch (n.removeType) {
            case 'OBJECT_TABLE': {
                const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(obj);
                if (r)
                    model.tables.delete(r.key);
                break;
            }
            case 'OBJECT_INDEX': {
                const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(obj);
                const t = r ? model.tableOfIndex(r.schema, r.name) : undefined;
                if (r && t)
                    model.update((0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(t.schema, t.name), (x) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .edit */ .hc.dropIndex(x, r.name));
                break;
            }
            case 'OBJECT_TYPE': {
                const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(obj?.TypeName?.names ?? obj);
                if (r)
                    model.enums.delete(r.key);
                break;
            }
            case 'OBJECT_SCHEMA': {
                const s = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .strings */ .P$)([obj])[0];
                if (!s)
                    break;
                for (const [k, t] of [...model.tables])
                    if (t.schema === s)
                        model.tables.delete(k);
                for (const k of [...model.enums.keys()])
                    if (k.startsWith(`${s}.`))
                        model.enums.delete(k);
                break;
            }
            default:
                break;
        }
    }
}
function rename(model, n) {
    switch (n.renameType) {
        case 'OBJECT_TABLE': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
            const t = r ? model.get(r.key) : undefined;
            if (!r || !t)
                return;
            model.tables.delete(r.key);
            model.tables.set((0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(r.schema, n.newname), { ...t, name: n.newname });
            // Foreign keys elsewhere follow the renamed table.
            for (const [k, other] of [...model.tables]) {
                if (other.constraints.some((c) => c.refTable === r.key)) {
                    model.tables.set(k, { ...other, constraints: other.constraints.map((c) => (c.refTable === r.key ? { ...c, refTable: (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(r.schema, n.newname) } : c)) });
                }
            }
            return;
        }
        case 'OBJECT_COLUMN': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
            if (!r)
                return;
            const from = n.subname;
            const to = n.newname;
            const swap = (cols) => cols.map((c) => (c === from ? to : c));
            model.update(r.key, (t) => ({
                ...t,
                columns: t.columns.map((c) => (c.name === from ? { ...c, name: to } : c)),
                indexes: t.indexes.map((i) => ({ ...i, columns: i.columns.map((c) => (c === from ? to : c)) })),
                constraints: t.constraints.map((c) => ({ ...c, columns: swap(c.columns) })),
            }));
            for (const [k, other] of [...model.tables]) {
                if (other.constraints.some((c) => c.refTable === r.key && c.refColumns?.includes(from))) {
                    model.tables.set(k, { ...other, constraints: other.constraints.map((c) => (c.refTable === r.key && c.refColumns ? { ...c, refColumns: swap(c.refColumns) } : c)) });
                }
            }
            return;
        }
        case 'OBJECT_INDEX': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
            const t = r ? model.tableOfIndex(r.schema, r.name) : undefined;
            if (!r || !t)
                return;
            model.update((0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(t.schema, t.name), (x) => ({
                ...x,
                indexes: x.indexes.map((i) => (i.name === r.name ? { ...i, name: n.newname } : i)),
                constraints: x.constraints.map((c) => (c.name === r.name && (c.type === 'p' || c.type === 'u') ? { ...c, name: n.newname } : c)),
            }));
            return;
        }
        case 'OBJECT_TABCONSTRAINT': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeVar */ .Bt)(n.relation);
            if (r)
                model.update(r.key, (t) => ({ ...t, constraints: t.constraints.map((c) => (c.name === n.subname ? { ...c, name: n.newname } : c)) }));
            return;
        }
        case 'OBJECT_TYPE': {
            const r = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedName */ .OL)(n.object);
            if (!r)
                return;
            const labels = model.enums.get(r.key);
            if (labels) {
                model.enums.delete(r.key);
                model.enums.set((0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(r.schema, n.newname), labels);
            }
            // Columns follow the type (by OID): they now have the renamed type.
            const from = r.schema === _parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SCHEMA */ .my ? r.name : `${r.schema}.${r.name}`;
            const to = r.schema === _parser_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SCHEMA */ .my ? n.newname : `${r.schema}.${n.newname}`;
            for (const [k, t] of [...model.tables]) {
                if (!t.columns.some((c) => (0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTypeString */ .xu)(c.type).base === from))
                    continue;
                model.tables.set(k, {
                    ...t,
                    columns: t.columns.map((c) => {
                        const ct = (0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTypeString */ .xu)(c.type);
                        return ct.base === from ? { ...c, type: (0,_column_type_js__WEBPACK_IMPORTED_MODULE_0__/* .formatType */ .sg)({ ...ct, base: to }) } : c;
                    }),
                });
            }
            return;
        }
        default:
            return;
    }
}



/***/ }),

/***/ 7220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n6: () => (/* binding */ sameType),
/* harmony export */   sg: () => (/* binding */ formatType),
/* harmony export */   xu: () => (/* binding */ parseTypeString),
/* harmony export */   zq: () => (/* binding */ classifyTypeChange),
/* harmony export */   zy: () => (/* binding */ typeFromAst)
/* harmony export */ });
/* harmony import */ var _parser_ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3281);

const BUILTIN = {
    int2: 'smallint', smallint: 'smallint', int4: 'integer', int: 'integer', integer: 'integer', int8: 'bigint', bigint: 'bigint',
    float4: 'real', real: 'real', float8: 'double precision', 'double precision': 'double precision',
    bool: 'boolean', boolean: 'boolean', numeric: 'numeric', decimal: 'numeric',
    varchar: 'character varying', 'character varying': 'character varying', bpchar: 'character', char: 'character', character: 'character',
    text: 'text', uuid: 'uuid', json: 'json', jsonb: 'jsonb', bytea: 'bytea', date: 'date',
    timestamp: 'timestamp without time zone', 'timestamp without time zone': 'timestamp without time zone',
    timestamptz: 'timestamp with time zone', 'timestamp with time zone': 'timestamp with time zone',
    time: 'time without time zone', 'time without time zone': 'time without time zone',
    timetz: 'time with time zone', 'time with time zone': 'time with time zone',
    interval: 'interval', bit: 'bit', varbit: 'bit varying', 'bit varying': 'bit varying',
    inet: 'inet', cidr: 'cidr', macaddr: 'macaddr', macaddr8: 'macaddr8', money: 'money', xml: 'xml', oid: 'oid',
    tsvector: 'tsvector', tsquery: 'tsquery', point: 'point', citext: 'citext', name: 'name',
};
const SERIAL = { serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint', smallserial: 'smallint', serial2: 'smallint' };
/** TypeName node -> ColumnType. */
function typeFromAst(typeName) {
    const tn = typeName?.TypeName ?? typeName;
    const names = tn?.names;
    const n = Array.isArray(names) ? names.length : 0;
    const last = (n && names[n - 1]?.String?.sval) || 'unknown';
    const schema = n > 1 ? names[n - 2]?.String?.sval : undefined;
    const array = Array.isArray(tn?.arrayBounds) && tn.arrayBounds.length > 0;
    const mods = [];
    if (Array.isArray(tn?.typmods)) {
        for (const m of tn.typmods) {
            const v = (0,_parser_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .intConst */ .J6)(m);
            if (v !== undefined)
                mods.push(v);
        }
    }
    const builtinSchema = schema === undefined || schema === 'pg_catalog';
    if (builtinSchema && SERIAL[last])
        return { base: SERIAL[last], mods: [], array, serial: true };
    // pg_catalog names and unqualified builtin names map to format_type spellings; `public.citext` too.
    const builtin = BUILTIN[last];
    if (builtin && (builtinSchema || last === 'citext')) {
        if (builtin === 'interval')
            return { base: builtin, mods: [], array }; // interval typmods encode fields, not sizes
        return { base: builtin, mods: builtin === 'character' && !mods.length && schema === 'pg_catalog' ? [1] : mods, array };
    }
    if (builtinSchema && SERIAL[last.toLowerCase()])
        return { base: SERIAL[last.toLowerCase()], mods: [], array, serial: true };
    return { base: schema && schema !== 'public' ? `${schema}.${last}` : last, mods, array };
}
/** format_type() string -> ColumnType (for facts read from the catalog). */
function parseTypeString(s) {
    let t = s.trim();
    let array = false;
    while (t.endsWith('[]')) {
        array = true;
        t = t.slice(0, -2);
    }
    const time = /^(timestamp|time)(?:\((\d+)\))? (with|without) time zone$/.exec(t);
    if (time)
        return { base: `${time[1]} ${time[3]} time zone`, mods: time[2] ? [Number(time[2])] : [], array };
    const m = /^(.*?)(?:\((\d+)(?:,\s*(\d+))?\))?$/.exec(t);
    const rawBase = m[1].trim();
    const mods = [m[2], m[3]].filter((x) => x !== undefined).map(Number);
    const unquoted = rawBase
        .split('.')
        .map((p) => p.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'))
        .filter((p, i, all) => !(i === 0 && all.length > 1 && p === 'public'))
        .join('.');
    const base = BUILTIN[unquoted] ?? unquoted;
    return { base, mods: base === 'interval' ? [] : mods, array };
}
function needsQuotes(id) {
    return !/^[a-z_][a-z0-9_$]*$/.test(id);
}
/** ColumnType -> the string format_type() would print. */
const TZ = /^(timestamp|time) (with|without) time zone$/;
function formatType(t) {
    let s;
    const mods = t.mods.length ? `(${t.mods.join(',')})` : '';
    const tz = t.base.charCodeAt(0) === 116 /* t */ ? TZ.exec(t.base) : null;
    if (tz)
        s = `${tz[1]}${mods} ${tz[2]} time zone`;
    else if (BUILTIN[t.base] === t.base)
        s = `${t.base}${mods}`;
    else
        s = `${t.base.split('.').map((p) => (needsQuotes(p) ? `"${p.replace(/"/g, '""')}"` : p)).join('.')}${mods}`;
    return t.array ? `${s}[]` : s;
}
/** Two type strings (SQL-derived or catalog-derived) name the same type. */
function sameType(a, b) {
    const x = parseTypeString(a);
    const y = parseTypeString(b);
    return x.base === y.base && x.array === y.array && x.mods.join(',') === y.mods.join(',');
}
const INT_RANK = { smallint: 1, integer: 2, bigint: 3 };
const FLOAT_RANK = { real: 1, 'double precision': 2 };
const TEXTUAL = new Set(['text', 'character varying', 'citext']);
/**
 * What `ALTER COLUMN ... TYPE` does to existing rows, predicted from the two types:
 * binary-coercible changes are catalog-only; narrowing ones can lose or reject data; others rewrite.
 */
function classifyTypeChange(from, to) {
    if (!from)
        return 'unknown';
    if (from.array !== to.array)
        return 'rewrite';
    const [fb, tb] = [from.base, to.base];
    const [fm, tm] = [from.mods, to.mods];
    if (fb === tb && fm.join(',') === tm.join(','))
        return 'same';
    if (fb === tb) {
        switch (fb) {
            case 'character varying':
            case 'bit varying':
                if (!tm.length)
                    return 'binary-coercible';
                if (!fm.length)
                    return 'narrowing';
                return tm[0] >= fm[0] ? 'binary-coercible' : 'narrowing';
            case 'character':
            case 'bit':
                return (tm[0] ?? 1) < (fm[0] ?? 1) ? 'narrowing' : 'rewrite';
            case 'numeric': {
                if (!tm.length)
                    return 'binary-coercible';
                if (!fm.length)
                    return 'narrowing';
                const [fp, fs = 0] = fm;
                const [tp, ts = 0] = tm;
                if (ts < fs || tp - ts < fp - fs)
                    return 'narrowing';
                return ts === fs && tp >= fp ? 'binary-coercible' : 'rewrite';
            }
            case 'timestamp without time zone':
            case 'timestamp with time zone':
            case 'time without time zone':
            case 'time with time zone':
                if (!tm.length)
                    return 'binary-coercible';
                if (!fm.length)
                    return 'narrowing';
                return tm[0] >= fm[0] ? 'binary-coercible' : 'narrowing';
            default:
                return 'rewrite';
        }
    }
    // text <-> unbounded varchar, varchar(n) -> text, text -> citext: same bytes, new label.
    if (TEXTUAL.has(fb) && TEXTUAL.has(tb)) {
        if (tb === 'character varying' && tm.length)
            return 'narrowing';
        return 'binary-coercible';
    }
    if (fb === 'cidr' && tb === 'inet')
        return 'binary-coercible';
    if (INT_RANK[fb] && INT_RANK[tb])
        return INT_RANK[tb] < INT_RANK[fb] ? 'narrowing' : 'rewrite';
    if (FLOAT_RANK[fb] && FLOAT_RANK[tb])
        return FLOAT_RANK[tb] < FLOAT_RANK[fb] ? 'narrowing' : 'rewrite';
    // Fractional or wide values into smaller kinds: numbers into integers, text into fixed width.
    if ((fb === 'numeric' || FLOAT_RANK[fb]) && INT_RANK[tb])
        return 'narrowing';
    if (fb === 'numeric' && FLOAT_RANK[tb])
        return 'narrowing';
    if (TEXTUAL.has(fb) && tb === 'character')
        return 'narrowing';
    if (fb.startsWith('timestamp') && tb === 'date')
        return 'narrowing';
    return 'rewrite';
}


/***/ }),

/***/ 7712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vx: () => (/* binding */ SchemaModel),
  Z2: () => (/* binding */ defaultName),
  hc: () => (/* binding */ edit)
});

// UNUSED EXPORTS: SchemaView

// EXTERNAL MODULE: ./src/lint/parser/ast.ts
var ast = __webpack_require__(3281);
;// CONCATENATED MODULE: ./src/lint/schema/versioned-map.ts
class VersionedMap extends Map {
    entries_ = new Map();
    version_ = 0;
    live = 0;
    constructor(init) {
        super();
        if (init)
            for (const [k, v] of init)
                this.set(k, v);
    }
    get(key) {
        const e = this.entries_.get(key);
        return e ? e[e.length - 1][1] : undefined;
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    set(key, value) {
        this.write(key, value);
        return this;
    }
    delete(key) {
        const had = this.has(key);
        if (had)
            this.write(key, undefined);
        return had;
    }
    clear() {
        for (const k of [...this.keys()])
            this.delete(k);
    }
    get size() {
        return this.live;
    }
    *entries() {
        for (const [k, e] of this.entries_) {
            const v = e[e.length - 1][1];
            if (v !== undefined)
                yield [k, v];
        }
    }
    *keys() {
        for (const [k] of this.entries())
            yield k;
    }
    *values() {
        for (const [, v] of this.entries())
            yield v;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(fn, thisArg) {
        for (const [k, v] of this.entries())
            fn.call(thisArg, v, k, this);
    }
    /** Freeze the current state: the returned view never changes. */
    snapshot() {
        const at = this.version_++;
        return new SnapshotView(this.entries_, at, this.live);
    }
    write(key, value) {
        let e = this.entries_.get(key);
        if (!e)
            this.entries_.set(key, (e = []));
        const before = e.length ? e[e.length - 1][1] : undefined;
        if (before === undefined && value !== undefined)
            this.live++;
        if (before !== undefined && value === undefined)
            this.live--;
        const last = e[e.length - 1];
        if (last && last[0] === this.version_)
            last[1] = value;
        else
            e.push([this.version_, value]);
    }
}
/**
 * A read-only Map over a VersionedMap's entries as they were at one version. Not a Map subclass:
 * one is made per schema-changing statement, and a Map subclass allocates a Map it never uses.
 */
class SnapshotView {
    entries_;
    at;
    size_;
    constructor(entries_, at, size_) {
        this.entries_ = entries_;
        this.at = at;
        this.size_ = size_;
    }
    get(key) {
        const e = this.entries_.get(key);
        if (!e)
            return undefined;
        for (let i = e.length - 1; i >= 0; i--)
            if (e[i][0] <= this.at)
                return e[i][1];
        return undefined;
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    get size() {
        return this.size_;
    }
    *entries() {
        for (const k of this.entries_.keys()) {
            const v = this.get(k);
            if (v !== undefined)
                yield [k, v];
        }
    }
    *keys() {
        for (const [k] of this.entries())
            yield k;
    }
    *values() {
        for (const [, v] of this.entries())
            yield v;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(fn, thisArg) {
        for (const [k, v] of this.entries())
            fn.call(thisArg, v, k, this);
    }
}

;// CONCATENATED MODULE: ./src/lint/schema/model.ts


/** Read access to a schema, the replay's or ours: the SchemaFacts contract plus two lookups the rules need. */
class SchemaView {
    tables;
    enums;
    owners;
    constructor(tables, enums, 
    /** `schema.index` -> table key; built on first use when not given (replay facts). */
    owners) {
        this.tables = tables;
        this.enums = enums;
        this.owners = owners;
    }
    table(name, schema) {
        return this.tables.get((0,ast/* relationKey */.Yb)(schema ?? ast/* DEFAULT_SCHEMA */.my, name));
    }
    get(key) {
        return this.tables.get(key);
    }
    /** The table holding an index of this name in the schema. */
    tableOfIndex(schema, index) {
        if (!this.owners) {
            const owners = new Map();
            for (const [k, t] of this.tables)
                for (const i of t.indexes)
                    owners.set((0,ast/* relationKey */.Yb)(t.schema, i.name), k);
            this.owners = owners;
        }
        const key = this.owners.get((0,ast/* relationKey */.Yb)(schema, index));
        return key === undefined ? undefined : this.tables.get(key);
    }
}
/** The table map of a model: keeps an index-name -> table lookup up to date as tables change. */
class TableMap extends VersionedMap {
    owners = new VersionedMap();
    set(key, t) {
        const old = this.get(key);
        super.set(key, t);
        if (old?.indexes !== t.indexes || old.schema !== t.schema)
            this.reindex(key, old, t);
        return this;
    }
    delete(key) {
        const old = this.get(key);
        const had = super.delete(key);
        if (old)
            this.reindex(key, old, undefined);
        return had;
    }
    reindex(key, old, now) {
        if (old) {
            for (const i of old.indexes) {
                const k = (0,ast/* relationKey */.Yb)(old.schema, i.name);
                if (this.owners.get(k) === key)
                    this.owners.delete(k);
            }
        }
        if (now)
            for (const i of now.indexes)
                this.owners.set((0,ast/* relationKey */.Yb)(now.schema, i.name), key);
    }
}
/**
 * The schema as the lint walks a migration: seeded from the replay's facts when there are any,
 * from the parsed history otherwise, then changed statement by statement. Tables are immutable
 * values (a change replaces the table's object) and `snapshot()` is O(1), so each statement can
 * keep the schema as it was just before it ran.
 */
class SchemaModel extends SchemaView {
    constructor(facts) {
        const tables = new TableMap();
        for (const [k, t] of facts?.tables ?? [])
            tables.set(k, t);
        super(tables, new VersionedMap(facts?.enums));
    }
    /** A read-only view of the schema as it is now. */
    snapshot() {
        return new SchemaView(this.tables.snapshot(), this.enums.snapshot(), this.tables.owners.snapshot());
    }
    tableOfIndex(schema, index) {
        const key = this.tables.owners.get((0,ast/* relationKey */.Yb)(schema, index));
        return key === undefined ? undefined : this.tables.get(key);
    }
    /** The table, or an empty placeholder (an ALTER on a table we never saw created: its earlier shape is unknown). */
    ensure(schema, name) {
        const key = (0,ast/* relationKey */.Yb)(schema, name);
        let t = this.tables.get(key);
        if (!t) {
            t = { schema, name, columns: [], indexes: [], constraints: [], relfilenode: 0 };
            this.tables.set(key, t);
        }
        return t;
    }
    update(key, fn) {
        const t = this.tables.get(key);
        if (t)
            this.tables.set(key, fn(t));
    }
}
/** Immutable edits of one table. */
const edit = {
    addColumn: (t, c) => ({ ...t, columns: [...t.columns.filter((x) => x.name !== c.name), c] }),
    column: (t, name, fn) => ({
        ...t,
        columns: t.columns.some((c) => c.name === name) ? t.columns.map((c) => (c.name === name ? fn(c) : c)) : t.columns,
    }),
    dropColumn: (t, name) => ({
        ...t,
        columns: t.columns.filter((c) => c.name !== name),
        indexes: t.indexes.filter((i) => !i.columns.includes(name)),
        constraints: t.constraints.filter((c) => !c.columns.includes(name)),
    }),
    addIndex: (t, i) => ({ ...t, indexes: [...t.indexes.filter((x) => x.name !== i.name), i] }),
    dropIndex: (t, name) => ({ ...t, indexes: t.indexes.filter((i) => i.name !== name) }),
    addConstraint: (t, c) => ({ ...t, constraints: [...t.constraints.filter((x) => x.name !== c.name), c] }),
    dropConstraint: (t, name) => ({
        ...t,
        constraints: t.constraints.filter((c) => c.name !== name),
        // A primary key, unique or exclusion constraint owns an index of the same name.
        indexes: t.constraints.some((c) => c.name === name && (c.type === 'p' || c.type === 'u' || c.type === 'x')) ? t.indexes.filter((i) => i.name !== name) : t.indexes,
    }),
};
/** PostgreSQL's default names for constraints and indexes (ChooseRelationName, without the 63-byte cut). */
function defaultName(table, columns, suffix) {
    if (suffix === 'pkey')
        return `${table}_pkey`;
    return [table, ...columns, suffix].join('_');
}


/***/ }),

/***/ 9087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ applyStats),
/* harmony export */   dZ: () => (/* binding */ formatRows),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Table sizes in findings and the report (no database access here: see stats.ts). */
function formatRows(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(1)}B`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)}M`;
    if (n >= 1e4)
        return `${Math.round(n / 1e3)}k`;
    return n.toLocaleString('en-US');
}
function formatBytes(n) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u ? v.toFixed(v < 10 ? 1 : 0) : v} ${units[u]}`;
}
/** Rules whose finding is true only when the table has rows: an error then, nothing on an empty table. */
const NEEDS_ROWS = new Set(['add-required-column']);
/**
 * Add each affected table's size to its findings, and escalate lock and rewrite warnings on
 * tables above `largeTableRows` to errors (unless the config set that rule's severity itself).
 * Returns the items kept: a finding that needs rows is dropped when the table is empty.
 */
function applyStats(items, stats, largeTableRows, configured) {
    const kept = [];
    for (const item of items) {
        const s = item.tableKey ? stats.get(item.tableKey) : undefined;
        if (s && NEEDS_ROWS.has(item.finding.rule) && s.rows !== undefined) {
            if (s.rows <= 0)
                continue; // empty where it deploys: the statement succeeds
            if (!configured(item.finding.rule))
                item.finding.severity = 'error';
        }
        kept.push(item);
        if (!s)
            continue;
        const f = item.finding;
        f.message += ` [${s.rows === undefined ? 'row count unknown' : `~${formatRows(s.rows)} rows`}, ${formatBytes(s.bytes)}]`;
        const large = s.rows !== undefined && s.rows > largeTableRows;
        // Only warnings escalate: a notice (lock-timeout-missing while deploy.lock-timeout bounds the wait) stays one.
        if (large && (item.category === 'lock' || item.category === 'rewrite') && f.severity === 'warning' && !configured(f.rule)) {
            f.severity = 'error';
            f.message += `: escalated to error, the table has more than ${largeTableRows.toLocaleString('en-US')} rows (lint.large-table-rows)`;
        }
    }
    return kept;
}


/***/ }),

/***/ 2488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kk: () => (/* binding */ collectMigrationChanges),
  Yy: () => (/* binding */ serviceOfPath)
});

// UNUSED EXPORTS: isSchemaPath, splitMigrationPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/git/base.ts


function branchName(ref) {
    const name = ref.replace(/^refs\/heads\//, '');
    if (!name || name.startsWith('-'))
        throw new errors/* UserError */.y(`base-ref "${name}" is not a branch name`, { next: 'pass the base branch, e.g. --base-ref develop' });
    return name;
}
/** origin/<name>, then the local branch, in one `for-each-ref` (exact names only: patterns would glob). */
async function branchTip(cwd, name) {
    const wanted = [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
    const r = await (0,git/* git */.$Y)(cwd, ['for-each-ref', '--format=%(refname)%00%(objectname)', ...wanted], { allowFail: true });
    const found = new Map(r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\0')));
    for (const w of wanted)
        if (found.has(w))
            return found.get(w);
    return undefined;
}
/**
 * The base branch's tip: `origin/<ref>`, then `<ref>` (a branch, tag or sha); fetched from origin
 * when missing (a PR checkout often lacks the base branch).
 */
async function resolveBaseTip(cwd, ref) {
    const name = branchName(ref);
    let tip = (await branchTip(cwd, name)) ?? (await (0,git/* revParse */.DJ)(cwd, name));
    if (!tip) {
        await (0,git/* git */.$Y)(cwd, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${name}:refs/remotes/origin/${name}`], { allowFail: true });
        tip = await (0,git/* revParse */.DJ)(cwd, `refs/remotes/origin/${name}`);
    }
    if (!tip) {
        throw new errors/* UserError */.y(`base branch "${name}" is not in this checkout`, {
            why: 'check-migrations compares the PR with its base branch',
            next: 'use actions/checkout with fetch-depth: 0, or pass --base-ref with a branch that exists locally',
        });
    }
    return { ref: name, tip };
}
/** merge-base(tip, HEAD), deepening a shallow clone until it exists, or failing with the fix (`fetch-depth: 0`). */
async function mergeBaseWith(cwd, name, tip) {
    let mb = await (0,git/* git */.$Y)(cwd, ['merge-base', tip, 'HEAD'], { allowFail: true });
    for (let depth = 50; mb.code !== 0 && (await (0,git/* isShallow */.fE)(cwd)) && depth <= 3200; depth *= 4) {
        await (0,git/* git */.$Y)(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin'], { allowFail: true });
        mb = await (0,git/* git */.$Y)(cwd, ['merge-base', tip, 'HEAD'], { allowFail: true });
    }
    if (mb.code !== 0) {
        const shallow = await (0,git/* isShallow */.fE)(cwd);
        throw new errors/* UserError */.y(`no common ancestor between "${name}" and HEAD${shallow ? ' (shallow clone)' : ''}`, {
            why: 'without the merge base, new migrations cannot be told from the base branch\'s',
            next: shallow ? 'set fetch-depth: 0 on actions/checkout' : `check that HEAD branches off ${name}`,
        });
    }
    return mb.stdout.trim();
}
/**
 * Resolve the base branch: `origin/<ref>`, then `<ref>`; fetch it when missing; deepen a shallow
 * clone until a merge base exists, or fail with the fix (`fetch-depth: 0`).
 */
async function resolveBase(cwd, ref) {
    const { ref: name, tip } = await resolveBaseTip(cwd, ref);
    return { ref: name, tip, mergeBase: await mergeBaseWith(cwd, name, tip) };
}

// EXTERNAL MODULE: ./src/git/changes.ts
var changes = __webpack_require__(977);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/migrations/model.ts
var model = __webpack_require__(5256);
;// CONCATENATED MODULE: ./src/migrations/changes.ts





/** `<migrations>/<folder>/<rest>` -> { folder, rest } when `p` lies inside `migrationsDir`. */
function splitMigrationPath(migrationsDir, p) {
    const prefix = migrationsDir ? `${migrationsDir}/` : '';
    if (!p.startsWith(prefix))
        return undefined;
    const tail = p.slice(prefix.length);
    const slash = tail.indexOf('/');
    if (slash <= 0)
        return undefined; // a file directly in the migrations dir (migration_lock.toml)
    return { folder: tail.slice(0, slash), rest: tail.slice(slash + 1) };
}
function isUnder(p, dirOrFile) {
    return p === dirOrFile || p.startsWith(`${dirOrFile}/`);
}
/**
 * What a PR changes in each service's migration history, measured from merge-base(base, HEAD),
 * plus the base tip's folders (what "ordered after" means). Costs one `git diff` (+ `ls-files` for
 * untracked files) and one `git ls-tree`, whatever the number of migrations.
 */
async function collectMigrationChanges(repoRoot, config, baseRef) {
    // Independent git calls overlap: untracked files at once; once the tip is known, the merge base,
    // the diff from it (`diff --merge-base`) and the tip's folders together.
    const untracked = (0,changes/* untrackedFiles */.zw)(repoRoot);
    untracked.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const { ref, tip } = await resolveBaseTip(repoRoot, baseRef);
    const { services, strays } = (0,discover/* resolveServices */.b)(repoRoot, config);
    const baseEntries = (0,changes/* childrenAt */.jI)(repoRoot, tip, services.map((s) => s.migrations));
    const earlyDiff = (0,changes/* diffFilesFromMergeBase */.gW)(repoRoot, tip);
    baseEntries.catch(() => undefined);
    earlyDiff.catch(() => undefined);
    const mergeBase = await mergeBaseWith(repoRoot, ref, tip);
    const [diff, added, entries] = await Promise.all([earlyDiff.then((d) => d ?? (0,changes/* diffFiles */.pm)(repoRoot, mergeBase)), untracked, baseEntries]);
    const files = [...diff, ...added];
    const base = { ref, tip, mergeBase };
    return { base, services: services.map((s) => serviceChanges(repoRoot, s, files, entries)), strays, files };
}
function serviceChanges(repoRoot, service, files, baseEntries) {
    const mdir = service.migrations;
    const head = (0,model/* listMigrations */.YJ)(repoRoot, mdir);
    const headByName = new Map(head.map((f) => [f.name, f]));
    // The base tip is read one level deep (reading 1,000 folder trees costs ~10x more): its folders'
    // hasSql is taken as true; the rules use base folders for names and order only.
    const base = baseEntries
        .filter((e) => e.dir === mdir && e.type === 'tree')
        .map((e) => (0,model/* toMigrationFolder */.a_)(mdir, e.name, true))
        .sort(model/* compareMigrations */.hI);
    const touches = [];
    const renamed = [];
    let schemaChanged = false;
    let lockChanged = false;
    const lockPath = mdir ? `${mdir}/migration_lock.toml` : 'migration_lock.toml';
    const schemaHit = (p) => p !== undefined && isSchemaPath(service, p);
    for (const f of files) {
        if (schemaHit(f.path) || schemaHit(f.oldPath))
            schemaChanged = true;
        if (f.path === lockPath || f.oldPath === lockPath)
            lockChanged = true;
        const to = splitMigrationPath(mdir, f.path);
        if (f.status === 'R') {
            const from = f.oldPath ? splitMigrationPath(mdir, f.oldPath) : undefined;
            if (from && to && from.rest === 'migration.sql' && to.rest === 'migration.sql' && from.folder !== to.folder) {
                renamed.push({ from: (0,model/* toMigrationFolder */.a_)(mdir, from.folder, true), to: headByName.get(to.folder) ?? (0,model/* toMigrationFolder */.a_)(mdir, to.folder, true) });
                continue;
            }
            if (from)
                touches.push({ ...from, status: 'D' });
            if (to)
                touches.push({ ...to, status: 'A' });
            continue;
        }
        if (to)
            touches.push({ ...to, status: f.status });
    }
    const renamedFrom = new Set(renamed.map((r) => r.from.name));
    const renamedTo = new Set(renamed.map((r) => r.to.name));
    const byFolder = new Map();
    for (const t of touches) {
        const list = byFolder.get(t.folder);
        if (list)
            list.push(t);
        else
            byFolder.set(t.folder, [t]);
    }
    const added = [];
    const modified = [];
    const deleted = [];
    for (const [folder, ts] of byFolder) {
        const sql = ts.find((t) => t.rest === 'migration.sql');
        const now = headByName.get(folder);
        if (sql?.status === 'D') {
            // The folder existed at the merge base with its SQL; it is gone now (or left without SQL).
            if (!renamedFrom.has(folder))
                deleted.push((0,model/* toMigrationFolder */.a_)(mdir, folder, true));
            continue;
        }
        if (!now || renamedTo.has(folder))
            continue;
        if (sql?.status === 'M')
            modified.push(now);
        else if (sql?.status === 'A' || ts.every((t) => t.status === 'A'))
            added.push(now);
    }
    added.sort(model/* compareMigrations */.hI);
    modified.sort(model/* compareMigrations */.hI);
    deleted.sort(model/* compareMigrations */.hI);
    renamed.sort((a, b) => (0,model/* compareMigrations */.hI)(a.to, b.to));
    return { service, head, base, added, modified, deleted, renamed, schemaChanged, lockChanged };
}
/**
 * Whether a path is part of the service's Prisma schema: the schema file or folder, and, beside a
 * schema.prisma, the other `.prisma` files of its folder (Prisma's `prismaSchemaFolder` layout:
 * `prisma/schema.prisma` plus `prisma/models/*.prisma`), never the migrations.
 */
function isSchemaPath(service, p) {
    if (isUnder(p, service.schema))
        return true;
    if (!service.schema.endsWith('.prisma') || !p.endsWith('.prisma') || isUnder(p, service.migrations))
        return false;
    const dir = external_node_path_default().posix.dirname(service.schema);
    return dir !== '.' && isUnder(p, dir); // a schema at the repository root has no folder of its own
}
/** The service a repository-relative path belongs to (its root is the longest prefix), if any. */
function serviceOfPath(services, p) {
    let best;
    for (const s of services) {
        const dirs = [s.migrations, s.schema, external_node_path_default().posix.dirname(s.schema)];
        if (dirs.some((d) => isUnder(p, d)) && (!best || s.migrations.length > best.migrations.length))
            best = s;
    }
    return best;
}


/***/ })

};
