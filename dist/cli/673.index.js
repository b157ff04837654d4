export const id = 673;
export const ids = [673];
export const modules = {

/***/ 7673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadParserModule: () => (/* binding */ loadParserModule),
/* harmony export */   locateParser: () => (/* binding */ locateParser)
/* harmony export */ });
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
/** The initialised WASM module; every caller shares one instance (no per-file re-initialisation). */
function loadParserModule() {
    loading ??= (async () => {
        const { dir } = locateParser();
        const href = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FACTORY)).href;
        const mod = (await import(/* webpackIgnore: true */ href));
        const factory = typeof mod.default === 'function' ? mod.default : mod.default.default;
        // A lint is a short burst of parsing: V8's background tier-up of this 1.7 MB module to
        // optimised code costs more than it saves (1,000 migrations parse 3x faster on the baseline
        // compiler alone). The flag applies to modules compiled while it is set; it is restored at
        // once, so PGlite and anything else keep V8's default tiering.
        //
        // Compile every function up front (V8 would otherwise compile each on its first call, on the
        // main thread: about 50 ms inside the first parse). Up front, the compile runs on background
        // threads while the main thread loads the rest of the CLI and reads the migrations.
        node_v8__WEBPACK_IMPORTED_MODULE_3___default().setFlagsFromString('--liftoff-only');
        node_v8__WEBPACK_IMPORTED_MODULE_3___default().setFlagsFromString('--no-wasm-lazy-compilation');
        try {
            return await factory();
        }
        finally {
            node_v8__WEBPACK_IMPORTED_MODULE_3___default().setFlagsFromString('--no-liftoff-only');
            node_v8__WEBPACK_IMPORTED_MODULE_3___default().setFlagsFromString('--wasm-lazy-compilation');
        }
    })();
    loading.catch(() => {
        loading = undefined;
    });
    return loading;
}


/***/ })

};
