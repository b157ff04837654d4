export const id = 988;
export const ids = [988];
export const modules = {

/***/ 4921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ defaultBaseRef)
/* harmony export */ });
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);

/** Locally, with no --base-ref: the guide's integration branch `develop` when it exists, else `main`. */
async function defaultBaseRef(cwd) {
    for (const b of ['develop', 'main', 'master']) {
        if ((await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .revParse */ .DJ)(cwd, `refs/remotes/origin/${b}`)) || (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .revParse */ .DJ)(cwd, `refs/heads/${b}`)))
            return b;
    }
    return 'main';
}


/***/ }),

/***/ 3604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function parseFailOn(v) {
    const s = typeof v === 'string' && v ? v : 'error';
    if (s === 'error' || s === 'warning' || s === 'never')
        return s;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--fail-on ${s} is not supported`, { why: 'expected error, warning or never', next: 'use --fail-on error' });
}


/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ parseFormat),
  Y: () => (/* binding */ printReport)
});

// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
;// CONCATENATED MODULE: ./src/report/json.ts

/** `{ findings, summary }`: the CLI's --format json and the action's `report` file. */
function renderJson(report) {
    const summary = { tool: report.tool, ...(0,finding/* summarize */.eh)(report.findings), ...(report.facts ?? {}) };
    const out = { findings: (0,finding/* sortFindings */.Tc)(report.findings), summary };
    if (report.checklist)
        out.checklist = report.checklist;
    return JSON.stringify(out, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/terminal.ts

/** Plain text for people at a terminal (the CLI's default format). */
function renderText(report, color = false) {
    const paint = (c, s) => (color ? `\u001b[${c}m${s}\u001b[0m` : s);
    const tag = { error: paint(31, 'error'), warning: paint(33, 'warning'), notice: paint(36, 'notice') };
    const lines = [paint(1, report.title), ''];
    for (const f of (0,finding/* sortFindings */.Tc)(report.findings)) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}  ` : '';
        lines.push(`${where}${tag[f.severity]} [${f.rule}] ${f.message}`);
        if (f.why)
            lines.push(`    why: ${f.why}`);
        if (f.fix)
            lines.push(`    fix: ${f.fix.replace(/\n/g, '\n         ')}`);
        if (f.docsUrl)
            lines.push(`    docs: ${f.docsUrl}`);
    }
    if (report.checklist?.length) {
        lines.push('', 'Review checklist:');
        const mark = { passed: '[x]', failed: '[!]', review: '[ ]' };
        for (const i of report.checklist)
            lines.push(`  ${mark[i.status]} ${i.text}${i.status === 'failed' ? ` (${i.findings.join(', ')})` : i.note ? ` (${i.note})` : ''}`);
    }
    for (const sec of report.sections ?? [])
        lines.push('', `${sec.title}:`, sec.markdown);
    const s = (0,finding/* summarize */.eh)(report.findings);
    lines.push('', `${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s)`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cli/output.ts





function parseFormat(v, allowed = ['text', 'json']) {
    const f = (typeof v === 'string' ? v : 'text');
    if (!allowed.includes(f))
        throw new errors/* UserError */.y(`--format ${String(v)} is not supported here`, { why: `expected ${allowed.join(', ')}`, next: `use --format ${allowed.join(' or --format ')}` });
    return f;
}
/** Print a report in the chosen format and return the exit code (1 when it should fail). */
function printReport(report, format, failOn = 'error', sarif) {
    const text = format === 'json' ? renderJson(report) : format === 'sarif' && sarif ? sarif() : renderText(report, process.stdout.isTTY === true);
    process.stdout.write((0,redact/* redact */.E$)(text));
    return (0,finding/* shouldFail */.W9)((0,finding/* summarize */.eh)(report.findings), failOn) ? 1 : 0;
}


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dA: () => (/* binding */ DEFAULT_GATES),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENVIRONMENTS, DEFAULT_FORBIDDEN_NAMES, DEFAULT_MASKING */
const gates = (on) => ({
    'branch-environment': true,
    'history-integrity': true,
    confirmation: on.includes('confirmation'),
    backup: on.includes('backup'),
    'staging-first': on.includes('staging-first'),
    lint: on.includes('lint'),
    health: on.includes('health'),
    tls: on.includes('tls'),
});
/** The gates each guide tier gets when the config does not say otherwise. */
const DEFAULT_GATES = {
    dev: gates([]),
    staging: gates(['backup', 'lint', 'health', 'tls']),
    prod: gates(['backup', 'staging-first', 'confirmation', 'lint', 'health', 'tls']),
};
/** The guide's three tiers ("Git Branch -> Database Mapping"). */
const DEFAULT_ENVIRONMENTS = [
    { name: 'dev', branches: ['develop'], database: 'dev_girok_user', githubEnvironment: 'development', production: false, gates: DEFAULT_GATES.dev, backupMaxAgeMinutes: 60 },
    { name: 'staging', branches: ['release/*'], database: 'staging_girok_user', githubEnvironment: 'staging', production: false, gates: DEFAULT_GATES.staging, backupMaxAgeMinutes: 60 },
    { name: 'prod', branches: ['main'], database: 'girok_user', githubEnvironment: 'production', production: true, gates: DEFAULT_GATES.prod, backupMaxAgeMinutes: 60 },
];
/** Names that say nothing about the change ("Use descriptive migration names"). */
const DEFAULT_FORBIDDEN_NAMES = [
    'migration', 'migrations', 'test', 'tests', 'tmp', 'temp', 'wip', 'fix', 'fixes', 'update', 'updates',
    'change', 'changes', 'new', 'misc', 'stuff', 'init2', 'foo', 'bar', 'asdf', 'todo', 'draft', 'auto',
    'schema', 'db', 'prisma', 'untitled',
];
/** The guide's masking list: user emails, user names, provider ids, refresh tokens, OAuth secrets. */
const DEFAULT_MASKING = {
    User: { email: { kind: 'email' }, name: { kind: 'name' }, providerId: { kind: 'prefix', value: 'masked_' } },
    Session: { refreshToken: { kind: 'random-hash' } },
    OAuthConfig: { clientSecret: { kind: 'prefix', value: 'masked_secret_' } },
};
function defaultConfig() {
    return {
        file: undefined,
        environments: structuredClone(DEFAULT_ENVIRONMENTS),
        services: [],
        migrations: { forbiddenNames: [...DEFAULT_FORBIDDEN_NAMES], minNameLength: 3, namePattern: undefined },
        lint: { rules: {}, baseline: [], largeTableRows: 1_000_000 },
        backup: { retentionDays: 30 },
        sync: { keepOld: 1, strict: true, masking: structuredClone(DEFAULT_MASKING), piiPatterns: [] },
        health: { longRunningSeconds: 300, maxConnectionsRatio: 0.9, maxTransactionAgeSeconds: 300 },
    };
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   DJ: () => (/* binding */ revParse),
/* harmony export */   fE: () => (/* binding */ isShallow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7212);


/** Run git with an argument array in `cwd`; throws with git's own message on failure. */
async function git(cwd, args, opts = {}) {
    // No optional locks: a read-only check must not write the index (or wait for another git's lock).
    const r = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    if (r.code !== 0 && !opts.allowFail) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`git ${args[0]} failed: ${r.stderr.trim().split('\n')[0] ?? ''}`, {
            why: 'migration-gates reads the history of the repository to compare migrations with the base branch',
            next: 'run the step after actions/checkout with fetch-depth: 0',
        });
    }
    return r;
}
async function revParse(cwd, rev) {
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFail: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
async function isShallow(cwd) {
    const r = await git(cwd, ['rev-parse', '--is-shallow-repository'], { allowFail: true });
    return r.stdout.trim() === 'true';
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveServices)
/* harmony export */ });
/* unused harmony export findMigrationDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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

/***/ 5256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ listMigrations),
/* harmony export */   a_: () => (/* binding */ toMigrationFolder),
/* harmony export */   hI: () => (/* binding */ compareMigrations)
/* harmony export */ });
/* unused harmony exports MIGRATION_FOLDER_RE, parseFolderName, isDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7733);


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
                    opts.onLine((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l), stream);
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
            reject(e);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const stdout = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(Buffer.concat(out).toString('utf8'));
            const stderr = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(Buffer.concat(err).toString('utf8'));
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


/***/ }),

/***/ 9023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   W9: () => (/* binding */ shouldFail),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* unused harmony exports SEVERITY_ORDER, DOCS_BASE */
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function summarize(findings) {
    const s = { errors: 0, warnings: 0, notices: 0, total: findings.length };
    for (const f of findings) {
        if (f.severity === 'error')
            s.errors++;
        else if (f.severity === 'warning')
            s.warnings++;
        else
            s.notices++;
    }
    return s;
}
/** Errors first, then by file and line, so every sink lists findings in the same order. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.rule.localeCompare(b.rule));
}
/** Whether the findings should fail the check, given the `fail-on` threshold. */
function shouldFail(summary, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return summary.errors + summary.warnings > 0;
    return summary.errors > 0;
}
const DOCS_BASE = 'https://github.com/migration-gates/migration-gates/blob/main/docs/rules';
function ruleDocsUrl(rule) {
    return `${DOCS_BASE}/${rule}.md`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ mdEscape)
/* harmony export */ });
/* unused harmony exports renderFindingsTable, renderChecklist, renderMarkdown */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9023);

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const CHECK = { passed: '✅', failed: '❌', review: '👀' };
/** Escape text from PRs (names, SQL) so it cannot inject markdown or HTML into our comment. */
function mdEscape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#|!~]/g, (c) => `\\${c}`)
        // A zero-width space after @ stops "@ops" in PR-controlled SQL from pinging anyone.
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function code(text) {
    const t = text.replace(/\r?\n/g, ' ');
    const fence = t.includes('`') ? '`` ' : '`';
    return `${fence}${t}${fence.trim() === '``' ? ' ``' : '`'}`;
}
function location(f) {
    if (!f.file)
        return '';
    return code(`${f.file}${f.line ? `:${f.line}` : ''}`);
}
function renderFindingsTable(findings) {
    if (!findings.length)
        return '_No findings._';
    const rows = sortFindings(findings).map((f) => {
        const rule = f.docsUrl ? `[${f.rule}](${f.docsUrl})` : code(f.rule);
        const detail = [mdEscape(f.message), f.why ? `<br>_Why:_ ${mdEscape(f.why)}` : '', f.fix ? `<br>_Fix:_ ${mdEscape(f.fix)}` : ''].join('');
        return `| ${ICON[f.severity]} ${f.severity} | ${rule} | ${location(f)} | ${detail} |`;
    });
    return ['| | Rule | Where | Finding |', '|---|---|---|---|', ...rows].join('\n');
}
function renderChecklist(items) {
    return items
        .map((i) => {
        const box = i.status === 'passed' ? '[x]' : '[ ]';
        const tail = i.status === 'failed' ? ` — failed: ${i.findings.map(code).join(', ')}` : i.note ? ` — ${i.note}` : '';
        return `- ${box} ${CHECK[i.status]} ${i.text}${tail}`;
    })
        .join('\n');
}
/** The job summary and the body of the sticky comment share this rendering. */
function renderMarkdown(report) {
    const s = summarize(report.findings);
    const head = s.errors ? '❌' : s.warnings ? '⚠️' : '✅';
    const parts = [
        `## ${head} ${mdEscape(report.title)}`,
        `**${s.errors}** error(s), **${s.warnings}** warning(s), **${s.notices}** notice(s)`,
    ];
    if (report.checklist?.length)
        parts.push('### Migration review checklist', renderChecklist(report.checklist));
    parts.push('### Findings', renderFindingsTable(report.findings));
    for (const sec of report.sections ?? [])
        parts.push(`### ${sec.title}`, sec.markdown);
    return parts.join('\n\n') + '\n';
}


/***/ })

};
