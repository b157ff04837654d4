export const id = 338;
export const ids = [338];
export const modules = {

/***/ 23235:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6944);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19556);
/* harmony import */ var _lint_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8468);
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56500);
/* harmony import */ var _lint_replay_actions_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4789);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26146);
// lint-migration action: lint the PR's new or changed migration.sql files (or paths, or the whole history).










await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .Cs)(async () => {
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('working-directory') ?? '.');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(repoRoot, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('config'));
    const all = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('all', false);
    const paths = (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_6__/* .splitPathsInput */ .tf)((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('paths'));
    const baseRef = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('base-ref') ?? (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readEventContext */ .w)().pullRequest?.baseRef;
    if (!all && !paths.length && !baseRef) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('lint-migration has nothing to compare with', {
            why: 'this is not a pull_request event, and base-ref, paths and all are empty',
            next: 'run it on pull_request, or set base-ref: develop, paths: prisma/migrations/<folder>, or all: true',
        });
    }
    const useCache = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('cache', true);
    const cacheDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? repoRoot, 'migration-gates-replay');
    const log = (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(l);
    if (useCache)
        await (0,_lint_replay_actions_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .restoreReplayCache */ .eG)({ cacheDir, log });
    const result = await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_7__.runLint)({
        repoRoot,
        config,
        ...(paths.length ? { paths } : {}),
        ...(all ? { all } : {}),
        ...(baseRef ? { baseRef } : {}),
        shadowDatabaseUrl: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('shadow-database-url'),
        statsDatabaseUrl: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('stats-database-url'),
        ...(useCache ? { cacheDir } : {}),
        replay: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('replay', true),
        onProgress: log,
    });
    if (useCache)
        await (0,_lint_replay_actions_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .saveReplayCache */ .nM)({ cacheDir, log });
    const report = (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_6__/* .buildLintReport */ .En)(result);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('sarif-file', (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSarifFile */ .Vx)(process.env.RUNNER_TEMP ?? repoRoot, result.findings));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('linted', JSON.stringify(result.linted));
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_9__/* .publishReport */ .S)(report, { failOn: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputFailOn */ .yL)(), comment: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('comment', true), token: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('github-token') });
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  En: () => (/* binding */ buildLintReport),
  tf: () => (/* binding */ splitPathsInput),
  Vx: () => (/* binding */ writeSarifFile)
});

// UNUSED EXPORTS: lintRuleMeta, lintSarif

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(77733);
// EXTERNAL MODULE: ./src/report/checklist.ts
var checklist = __webpack_require__(1478);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
;// CONCATENATED MODULE: ./src/report/sarif.ts

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_URI = 'https://github.com/migration-gates/migration-gates';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * Render findings as a SARIF 2.1.0 log (one run): rules with help URIs and default levels, and
 * one result per finding located in its file. Findings of rules missing from `rules` get a
 * minimal rule entry, so every result's ruleIndex resolves.
 */
function renderSarif(findings, rules, version = '0.1.0') {
    const all = [...rules];
    const index = new Map(all.map((r, i) => [r.id, i]));
    for (const f of findings) {
        if (index.has(f.rule))
            continue;
        index.set(f.rule, all.length);
        all.push({ id: f.rule, shortDescription: f.rule, ...(f.docsUrl ? { helpUri: f.docsUrl } : {}), defaultLevel: f.severity });
    }
    const results = (0,finding/* sortFindings */.Tc)(findings).map((f) => {
        const text = [f.message, f.why ? `Why: ${f.why}` : '', f.fix ? `Fix: ${f.fix}` : ''].filter(Boolean).join('\n');
        const result = {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text },
        };
        if (f.file) {
            const region = {};
            if (f.line)
                region.startLine = f.line;
            if (f.line && f.column)
                region.startColumn = f.column;
            result.locations = [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.file.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' },
                        ...(Object.keys(region).length ? { region } : {}),
                    },
                },
            ];
            // Stable across runs that move lines: code scanning matches alerts by it.
            result.partialFingerprints = { 'migrationGates/v1': fingerprint(`${f.rule}\u0000${f.file}\u0000${f.statement ?? f.message}`) };
        }
        if (f.observed !== undefined || f.table)
            result.properties = { ...(f.table ? { table: f.table } : {}), ...(f.observed !== undefined ? { observed: f.observed } : {}) };
        return result;
    });
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'migration-gates',
                        informationUri: TOOL_URI,
                        version,
                        rules: all.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase()),
                            shortDescription: { text: r.shortDescription },
                            ...(r.fullDescription ? { fullDescription: { text: r.fullDescription } } : {}),
                            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
                            ...(r.help ? { help: { text: r.help } } : {}),
                            defaultConfiguration: { level: LEVEL[r.defaultLevel] },
                        })),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
/** FNV-1a 64-bit, hex: a short stable fingerprint without pulling in crypto for every result. */
function fingerprint(s) {
    let h = 0xcbf29ce484222325n;
    for (const b of Buffer.from(s, 'utf8')) {
        h ^= BigInt(b);
        h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
}

// EXTERNAL MODULE: ./src/lint/rules/index.ts + 45 modules
var rules = __webpack_require__(48072);
// EXTERNAL MODULE: ./src/lint/sections.ts
var sections = __webpack_require__(78561);
;// CONCATENATED MODULE: ./src/lint/report.ts








/** The lint run as one Report: findings, the guide's checklist (lint items ticked), and the lint sections. */
function buildLintReport(r, tool = 'lint-migration') {
    return {
        tool,
        title: 'migration-gates: SQL lint',
        findings: r.findings,
        checklist: (0,checklist/* buildChecklist */.n)(r.findings, new Set(['lint'])),
        sections: (0,sections/* lintSections */.m)(r),
        facts: {
            linted: r.linted,
            engine: r.engine,
            cache: r.cache,
            suppressions: r.suppressions,
            ...(r.baselined ? { baselined: r.baselined } : {}),
            ...(r.stats ? { stats: r.stats } : {}),
            ...(r.replayNotes ? { replayNotes: r.replayNotes } : {}),
        },
    };
}
/** Rule metadata for SARIF's tool.driver.rules. */
function lintRuleMeta() {
    return rules/* RULES */.y0.map((r) => ({
        id: r.id,
        shortDescription: r.summary,
        fullDescription: r.rationale,
        helpUri: (0,finding/* ruleDocsUrl */.hS)(r.id),
        help: `${r.rationale}\n\nSafe alternative:\n${r.safeAlternative}`,
        defaultLevel: r.severity,
    }));
}
/** SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif). */
function lintSarif(findings) {
    return renderSarif(findings, lintRuleMeta());
}
/** Write the SARIF log beside the JSON report; returns its path (the action's `sarif-file` output). */
function writeSarifFile(dir, findings) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, 'migration-gates-lint.sarif');
    (0,external_node_fs_.writeFileSync)(file, (0,redact/* redact */.E$)(lintSarif(findings)));
    return file;
}
/** The `paths` input: one path per line, or comma-separated; blank entries ignored. */
function splitPathsInput(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 62986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveServices)
/* harmony export */ });
/* unused harmony export findMigrationDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SKIP = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor']);
/** Every `.../prisma/migrations` folder in the tree (repository-relative, posix). */
function findMigrationDirs(repoRoot) {
    const found = [];
    const walk = (rel, depth) => {
        if (depth > 8)
            return;
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (!e.isDirectory() || e.name.startsWith('.') || SKIP.has(e.name))
                continue;
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.name === 'migrations' && node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(rel) === 'prisma') {
                found.push(child);
                continue; // never descend into migration folders
            }
            walk(child, depth + 1);
        }
    };
    walk('', 0);
    return found.sort();
}
function schemaFor(repoRoot, root) {
    const prismaDir = root ? `${root}/prisma` : 'prisma';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, prismaDir, 'schema.prisma')))
        return `${prismaDir}/schema.prisma`;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, prismaDir, 'schema')))
        return `${prismaDir}/schema`; // multi-file schema
    return undefined;
}
/**
 * The services to check: the configured ones, or every `prisma/migrations` folder with a schema
 * beside it. Any other `prisma/migrations` folder is a stray.
 */
function resolveServices(repoRoot, config) {
    const dirs = findMigrationDirs(repoRoot);
    if (config.services.length) {
        const owned = new Set(config.services.map((s) => s.migrations));
        return { services: config.services, strays: dirs.filter((d) => !owned.has(d)) };
    }
    const services = [];
    const strays = [];
    for (const migrations of dirs) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(migrations)).replace(/^\.$/, '');
        const schema = schemaFor(repoRoot, root);
        if (!schema) {
            strays.push(migrations);
            continue;
        }
        services.push({ name: root ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(root) : 'root', root, schema, migrations });
    }
    // Two services named alike (apps/a/user, services/user): qualify with the path.
    const counts = new Map();
    for (const s of services)
        counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    for (const s of services)
        if ((counts.get(s.name) ?? 0) > 1)
            s.name = s.root.replace(/\//g, '-');
    return { services, strays };
}


/***/ }),

/***/ 65256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ listMigrations),
/* harmony export */   a_: () => (/* binding */ toMigrationFolder),
/* harmony export */   hI: () => (/* binding */ compareMigrations)
/* harmony export */ });
/* unused harmony exports MIGRATION_FOLDER_RE, parseFolderName, isDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Prisma's folder convention: `<14-digit UTC timestamp>_<name>`; Prisma applies folders in name order. */
const MIGRATION_FOLDER_RE = /^(\d{14})_(.+)$/;
function parseFolderName(name) {
    const m = MIGRATION_FOLDER_RE.exec(name);
    return m ? { timestamp: m[1], label: m[2] } : undefined;
}
function toMigrationFolder(migrationsDir, name, hasSql) {
    const parsed = parseFolderName(name);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(migrationsDir, name);
    return { name, timestamp: parsed?.timestamp, label: parsed?.label, dir, sqlPath: `${dir}/migration.sql`, hasSql };
}
/** Migration folders of a migrations directory on disk, in Prisma's apply order. */
function listMigrations(repoRoot, migrationsDir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, migrationsDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => toMigrationFolder(migrationsDir, d.name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, d.name, 'migration.sql'))))
        .sort(compareMigrations);
}
/** Prisma sorts by folder name (byte order), which is timestamp order for valid names. */
function compareMigrations(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function isDirectory(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
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

/***/ 1478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ buildChecklist)
/* harmony export */ });
const DATA_LOSS = ['drop-table', 'drop-column', 'drop-schema', 'truncate', 'delete-without-where', 'update-without-where', 'narrowing-type-change', 'drop-enum-value-or-type', 'change-column-type'];
const SPECS = [
    { text: 'Migration files are included', rules: ['schema-without-migration', 'invalid-migration-folder', 'empty-migration', 'migration-lock', 'migration-outside-service', 'deleted-migration'], by: 'history', decisive: true },
    { text: 'Migration name is clear and descriptive', rules: ['migration-name', 'duplicate-migration-timestamp', 'out-of-order-migration'], by: 'history', decisive: true },
    { text: 'No data loss potential', rules: DATA_LOSS, by: 'lint', decisive: true },
    { text: 'Indexes added for queried fields', rules: ['foreign-key-without-index', 'create-index-not-concurrently'], by: 'lint', decisive: false, reviewerNote: 'foreign keys are indexed; which other fields are queried is for the reviewer' },
    { text: 'Foreign key constraints are correct', rules: ['foreign-key-type-mismatch', 'add-foreign-key-validating', 'foreign-key-without-index'], by: 'lint', decisive: true },
    { text: 'Rollback is possible (if needed)', rules: [...DATA_LOSS, 'rename-table', 'rename-column', 'alter-enum-rename-value'], by: 'lint', decisive: false, reviewerNote: 'no irreversible statement found; the reviewer confirms the down path' },
    { text: 'Migration tested locally', rules: ['schema-drift', 'migration-fails', 'syntax-error', 'edited-migration'], by: 'drift', decisive: false, reviewerNote: 'the migrations reproduce the schema; running it locally is for the author' },
];
/**
 * Tick the checklist: failed when a warning or error of its rules exists; passed when the check that
 * answers it ran; otherwise left to the reviewer.
 */
function buildChecklist(findings, ran) {
    return SPECS.map((spec) => {
        const hits = [...new Set(findings.filter((f) => f.severity !== 'notice' && spec.rules.includes(f.rule)).map((f) => f.rule))];
        if (hits.length)
            return { text: spec.text, status: 'failed', findings: hits };
        if (!ran.has(spec.by))
            return { text: spec.text, status: 'review', findings: [], note: 'not checked by this step' };
        return spec.decisive
            ? { text: spec.text, status: 'passed', findings: [] }
            : { text: spec.text, status: 'review', findings: [], note: spec.reviewerNote };
    });
}


/***/ })

};
