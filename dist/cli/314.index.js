export const id = 314;
export const ids = [314];
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

// EXTERNAL MODULE: ./src/lint/rules/index.ts + 38 modules
var rules = __webpack_require__(4463);
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
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(4792);
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
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(928), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 9827));
    return loadConfig(cwd, explicit);
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText),
/* harmony export */   Xd: () => (/* binding */ splitStatements),
/* harmony export */   pU: () => (/* binding */ skipTrivia),
/* harmony export */   s8: () => (/* binding */ trimEnd)
/* harmony export */ });
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
            let depth = 1;
            i += 2;
            while (i < end && depth) {
                if (text.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else
            break;
    }
    return Math.min(i, end);
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
            // E'..' strings may escape quotes with a backslash.
            const escapes = c === "'" && i > 0 && /[eE]/.test(text[i - 1]) && !/[\w$]/.test(text[i - 2] ?? '');
            i++;
            while (i < n) {
                if (escapes && text[i] === '\\')
                    i += 2;
                else if (text[i] === c) {
                    if (text[i + 1] === c)
                        i += 2;
                    else
                        break;
                }
                else
                    i++;
            }
            i++;
        }
        else if (c === '$') {
            const m = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
            if (m && !/[\w$]/.test(text[i - 1] ?? '')) {
                const close = text.indexOf(m[0], i + m[0].length);
                i = close === -1 ? n : close + m[0].length;
            }
            else
                i++;
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


/***/ })

};
