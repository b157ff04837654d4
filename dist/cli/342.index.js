export const id = 342;
export const ids = [342];
export const modules = {

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintCommand: () => (/* binding */ lintCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/security/redact.ts
var security_redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/report/checklist.ts
var checklist = __webpack_require__(1478);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
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
var rules = __webpack_require__(8072);
// EXTERNAL MODULE: ./src/lint/sections.ts
var sections = __webpack_require__(8561);
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
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'migration-gates-lint.sarif');
    writeFileSync(file, redact(lintSarif(findings)));
    return file;
}
/** The `paths` input: one path per line, or comma-separated; blank entries ignored. */
function splitPathsInput(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}

// EXTERNAL MODULE: ./src/lint/run.ts + 4 modules
var run = __webpack_require__(6500);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(94);
// EXTERNAL MODULE: ./src/cli/default-base.ts
var default_base = __webpack_require__(4921);
// EXTERNAL MODULE: ./src/cli/fail-on.ts
var fail_on = __webpack_require__(3604);
// EXTERNAL MODULE: ./src/cli/output.ts + 2 modules
var output = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/cli/commands/lint.ts









const lintCommand = {
    name: 'lint',
    summary: 'lint migration SQL for locks, rewrites, data loss and errors (PATHs, this branch\'s new migrations, or --all)',
    positionals: '[PATH...]',
    options: {
        all: { type: 'boolean', description: 'lint the whole history of every service (audit mode)' },
        'base-ref': { type: 'string', description: 'lint migrations added or changed since this branch (default with no PATH: develop if it exists, else main)' },
        'shadow-database-url': { type: 'string', description: 'replay in this PostgreSQL (a scratch database is created and dropped) instead of embedded PGlite' },
        'stats-database-url': { type: 'string', description: 'read-only staging/production URL: row estimates and sizes; lock findings on large tables become errors' },
        'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
        cache: { type: 'boolean', description: 'keep the replayed history in node_modules/.cache/migration-gates/replay' },
        'no-replay': { type: 'boolean', description: 'static lint only: no replay of the history' },
    },
    async run({ values, positionals, cwd }) {
        const format = (0,output/* parseFormat */.X)(values.format, ['text', 'json', 'sarif']);
        const failOn = (0,fail_on/* parseFailOn */.X)(values['fail-on']);
        const config = await lintConfig(cwd, (0,args/* str */.gx)(values.config));
        const all = values.all === true;
        const baseRef = (0,args/* str */.gx)(values['base-ref']) ?? (!positionals.length && !all ? await (0,default_base/* defaultBaseRef */.m)(cwd) : undefined);
        const result = await (0,run.runLint)({
            repoRoot: cwd,
            config,
            ...(positionals.length ? { paths: positionals } : {}),
            ...(all ? { all } : {}),
            ...(baseRef ? { baseRef } : {}),
            ...((0,args/* str */.gx)(values['shadow-database-url']) ? { shadowDatabaseUrl: (0,args/* str */.gx)(values['shadow-database-url']) } : {}),
            ...((0,args/* str */.gx)(values['stats-database-url']) ? { statsDatabaseUrl: (0,args/* str */.gx)(values['stats-database-url']) } : {}),
            ...(values.cache === true ? { cacheDir: external_node_path_default().join(cwd, 'node_modules', '.cache', 'migration-gates', 'replay') } : {}),
            replay: values['no-replay'] !== true,
            ...(format === 'text' ? { onProgress: (l) => process.stderr.write(`${l}\n`) } : {}),
        });
        const report = buildLintReport(result);
        return (0,output/* printReport */.Y)(report, format, failOn, () => lintSarif(result.findings));
    },
};
/**
 * The config, as loadConfig reads it; without a file (the common case) the YAML parser and the
 * schema validator are not even loaded: they are a fifth of a small lint's start-up time.
 */
async function lintConfig(cwd, explicit) {
    if (!explicit && !(0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, '.github', 'migration-gates.yml')))
        return (0,defaults/* defaultConfig */.sb)();
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(208)]).then(__webpack_require__.bind(__webpack_require__, 9827));
    return loadConfig(cwd, explicit);
}


/***/ }),

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
/* harmony export */   Lv: () => (/* binding */ DEFAULT_MASKING),
/* harmony export */   dA: () => (/* binding */ DEFAULT_GATES),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENVIRONMENTS, DEFAULT_FORBIDDEN_NAMES, DEFAULT_DEPLOY_LOCK_TIMEOUT */
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
/** apply-migration's lock_timeout when neither its input nor the config sets one. */
const DEFAULT_DEPLOY_LOCK_TIMEOUT = '5s';
function defaultConfig() {
    return {
        file: undefined,
        environments: structuredClone(DEFAULT_ENVIRONMENTS),
        services: [],
        migrations: { forbiddenNames: [...DEFAULT_FORBIDDEN_NAMES], minNameLength: 3, namePattern: undefined },
        lint: { rules: {}, baseline: [], largeTableRows: 1_000_000 },
        deploy: { lockTimeout: DEFAULT_DEPLOY_LOCK_TIMEOUT },
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

/***/ 8906:
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

/***/ 8561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ lintSections)
/* harmony export */ });
/* unused harmony export engineLine */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _table_size_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9087);


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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7733);



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
/**
 * Code-unit order, not the locale's: the same findings list the same way on every machine, and
 * migration folders come in Prisma's apply order (it sorts their names by bytes). It also spares
 * loading ICU's collation data (about 10 ms) and a collator call per comparison.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Errors first, then by file and line, so every sink lists findings in the same order. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        byCodeUnits(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        byCodeUnits(a.rule, b.rule));
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
    // A fix of several commands keeps one a line (<br>), so it can be copied and run as written.
    const rows = sortFindings(findings).map((f) => {
        const rule = f.docsUrl ? `[${f.rule}](${f.docsUrl})` : code(f.rule);
        const detail = [mdEscape(f.message), f.why ? `<br>_Why:_ ${mdEscape(f.why)}` : '', f.fix ? `<br>_Fix:_ ${f.fix.split('\n').map(mdEscape).join('<br>')}` : ''].join('');
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


/***/ }),

/***/ 6221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   q$: () => (/* binding */ shellCommand),
/* harmony export */   rV: () => (/* binding */ envRef)
/* harmony export */ });
/**
 * The one way a command we print is quoted. Names and paths in printed commands come from PRs,
 * URLs and folders (all possibly hostile): each value is single-quoted for POSIX shells unless it
 * is made only of characters no shell treats specially, so a pasted command runs exactly what it
 * shows and nothing a name smuggled in (`app_d"q;$(id)` stays a literal argument).
 */
function shellQuote(value) {
    if (value !== '' && /^[A-Za-z0-9_./:=@%+,-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function envRef(name) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new Error(`not a shell variable name: ${name}`);
    return { env: name };
}
/** A command line from its words: literals quoted, variables as `"$NAME"`. */
function shellCommand(words) {
    return words.map((w) => (typeof w === 'string' ? shellQuote(w) : `"$${w.env}"`)).join(' ');
}


/***/ })

};
