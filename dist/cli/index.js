#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bD: () => (/* binding */ commandHelp),
  Qx: () => (/* binding */ parseCommandArgs),
  gx: () => (/* binding */ str)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/command.ts
/** Flags every command takes. */
const COMMON_OPTIONS = {
    config: { type: 'string', description: 'config file (default .github/migration-gates.yml)' },
    'working-directory': { type: 'string', description: 'repository root (default: current directory)' },
    format: { type: 'string', description: 'text | json (| sarif for lint)', default: 'text' },
    help: { type: 'boolean', description: 'show this help' },
};

;// CONCATENATED MODULE: ./src/cli/args.ts



function parseCommandArgs(cmd, argv) {
    const options = { ...COMMON_OPTIONS, ...cmd.options };
    try {
        const parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) }])),
        });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (err) {
        throw new errors/* UserError */.y(`migration-gates ${cmd.name}: ${err.message}`, { next: `run: npx migration-gates ${cmd.name} --help` });
    }
}
function commandHelp(cmd) {
    const options = { ...cmd.options, ...COMMON_OPTIONS };
    const width = Math.max(...Object.keys(options).map((k) => k.length)) + 4;
    const lines = [`Usage: migration-gates ${cmd.name} [options]${cmd.positionals ? ` ${cmd.positionals}` : ''}`, '', cmd.summary, '', 'Options:'];
    for (const [k, o] of Object.entries(options))
        lines.push(`  --${k.padEnd(width)}${o.description}${o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : ''}`);
    return lines.join('\n') + '\n';
}
function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can act on: what failed, why, and the next command to run.
 * Exit code 2 (usage, config or environment), distinct from 1 (findings).
 */
class UserError extends Error {
    why;
    next;
    exitCode;
    constructor(what, opts = {}) {
        super(what, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.name = 'UserError';
        this.why = opts.why;
        this.next = opts.next;
        this.exitCode = opts.exitCode ?? 2;
    }
    /** Multi-line text for logs and terminals. */
    describe() {
        const lines = [this.message];
        if (this.why)
            lines.push(`Why: ${this.why}`);
        if (this.next)
            lines.push(`Next: ${this.next}`);
        return lines.join('\n');
    }
}
function describeError(err) {
    if (err instanceof UserError)
        return err.describe();
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 7733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export setSecretSink */
/**
 * Process-wide registry of secret strings (passwords, full URLs). Everything we print passes
 * through `redact`, so a secret that reaches an error message from pg or Prisma is still hidden.
 * In an action, `setSecretSink(core.setSecret)` also tells the runner to mask it in its own log.
 */
const secrets = new Set();
let sink;
function setSecretSink(fn) {
    sink = fn;
    for (const s of secrets)
        fn(s);
}
function registerSecret(value) {
    if (!value || value.length < 3 || secrets.has(value))
        return;
    secrets.add(value);
    // URL-encoded form too: a password with '@' or '/' appears encoded inside URLs.
    const enc = encodeURIComponent(value);
    if (enc !== value)
        secrets.add(enc);
    sink?.(value);
    if (enc !== value)
        sink?.(enc);
}
const URL_CREDENTIALS = /\b(postgres(?:ql)?:\/\/)([^:@/\s]+)(?::([^@\s]*))?@/gi;
/** Hide registered secrets and any credentials embedded in a postgres URL. */
function redact(text) {
    let out = text.replace(URL_CREDENTIALS, (_m, scheme, user, pass) => pass === undefined ? `${scheme}${user}@` : `${scheme}${user}:***@`);
    // Longest first, so a secret containing another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 1404:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __nccwpck_require__(7733);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __nccwpck_require__(94);
;// CONCATENATED MODULE: ./src/cli/registry.ts
const commands = [
    { name: 'pr-check', summary: 'history rules and SQL lint of this branch against its base (the root action)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(593), __nccwpck_require__.e(500), __nccwpck_require__.e(333), __nccwpck_require__.e(430), __nccwpck_require__.e(640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9403))).prCheckCommand },
    { name: 'check', summary: 'migration-history rules and schema drift (check-migrations)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(593), __nccwpck_require__.e(333), __nccwpck_require__.e(430), __nccwpck_require__.e(274)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1351))).checkCommand },
    { name: 'lint', summary: 'lint migration SQL for locks, rewrites, data loss and errors (lint-migration)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(500), __nccwpck_require__.e(342)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1737))).lintCommand },
    { name: 'backup', summary: 'verified pg_dump backup with a manifest (backup-before-deploy)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(849), __nccwpck_require__.e(416), __nccwpck_require__.e(454)]).then(__nccwpck_require__.bind(__nccwpck_require__, 454))).backupCommand },
    { name: 'restore', summary: 'restore a backup, checksum first; production needs --confirm <database>', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(849), __nccwpck_require__.e(416), __nccwpck_require__.e(289)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4289))).restoreCommand },
    { name: 'apply', summary: 'gated prisma migrate deploy to dev, staging or prod (apply-migration)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(849), __nccwpck_require__.e(416), __nccwpck_require__.e(333), __nccwpck_require__.e(359)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9359))).applyCommand },
    { name: 'sync', summary: 'copy production into staging with masking and verification (sync-staging)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(849), __nccwpck_require__.e(416), __nccwpck_require__.e(546), __nccwpck_require__.e(400)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2400))).syncCommand },
    { name: 'health', summary: 'connections, long queries, locks, sizes, migration status (db-health)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(849), __nccwpck_require__.e(546), __nccwpck_require__.e(22)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1608))).healthCommand },
    { name: 'services', summary: 'list the Prisma services (--format json: a GitHub job matrix)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(670)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6670))).servicesCommand },
    { name: 'config', summary: 'validate .github/migration-gates.yml and print the effective config', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9927))).configCommand },
];

;// CONCATENATED MODULE: ./src/cli/main.ts




function usage() {
    const w = Math.max(...commands.map((c) => c.name.length)) + 2;
    return [
        'migration-gates: safe Prisma + PostgreSQL migrations (the same checks as the GitHub Actions)',
        '',
        'Usage: migration-gates <command> [options]',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(w)}${c.summary}`),
        '',
        'Run `migration-gates <command> --help` for its options. Exit codes: 0 ok, 1 findings, 2 usage/config/environment error.',
    ].join('\n') + '\n';
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(usage());
        return name ? 0 : 2;
    }
    if (name === '--version') {
        process.stdout.write('migration-gates 0.1.0\n');
        return 0;
    }
    const entry = commands.find((c) => c.name === name);
    if (!entry) {
        process.stderr.write(`migration-gates: unknown command "${name}"\n\n${usage()}`);
        return 2;
    }
    const cmd = await entry.load();
    const args = (0,cli_args/* parseCommandArgs */.Qx)(cmd, rest);
    if (args.values.help) {
        process.stdout.write((0,cli_args/* commandHelp */.bD)(cmd));
        return 0;
    }
    const cwd = typeof args.values['working-directory'] === 'string' ? args.values['working-directory'] : process.cwd();
    return cmd.run({ ...args, cwd });
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`migration-gates: ${(0,redact/* redact */.E$)((0,errors/* describeError */.U)(err))}\n`);
    process.exitCode = err instanceof errors/* UserError */.y ? err.exitCode : 2;
});

