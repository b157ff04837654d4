export const id = 640;
export const ids = [640];
export const modules = {

/***/ 9403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prCheckCommand: () => (/* binding */ prCheckCommand)
});

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(9827);
// EXTERNAL MODULE: ./src/migrations/check.ts + 23 modules
var check = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/lint/run.ts + 4 modules
var run = __webpack_require__(6500);
// EXTERNAL MODULE: ./src/lint/sections.ts
var lint_sections = __webpack_require__(8561);
// EXTERNAL MODULE: ./src/report/checklist.ts
var checklist = __webpack_require__(1478);
// EXTERNAL MODULE: ./src/migrations/base-tree.ts
var base_tree = __webpack_require__(7541);
// EXTERNAL MODULE: ./src/git/tree.ts
var git_tree = __webpack_require__(5090);
// EXTERNAL MODULE: ./src/pr/introduced.ts
var introduced = __webpack_require__(5323);
;// CONCATENATED MODULE: ./src/pr/lint-baseline.ts




/**
 * Lint findings of the base migrations the PR edits, compared with the same lint of their merge
 * base versions (the base's history replayed the same way): what was already there becomes a
 * notice. New migrations have no base version and are returned as they are.
 */
async function preexistingLintFindings(findings, opts) {
    const edited = opts.changes.services.flatMap((s) => s.modified.map((m) => m.sqlPath));
    const edits = new Set(edited);
    if (!findings.some((f) => f.file && edits.has(f.file)))
        return findings;
    const tree = new base_tree/* BaseTree */.O(opts.repoRoot, opts.changes.base.mergeBase, opts.config);
    try {
        const root = await tree.root();
        opts.onProgress?.(`lint: linting the merge base's version of ${edited.length} edited migration(s) to tell old findings from new ones`);
        const base = await (0,run.runLint)({ repoRoot: root, config: opts.config, paths: edited, ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}) });
        return await (0,introduced/* markPreexisting */.W)(findings, base.findings, {
            baseRef: opts.changes.base.ref,
            since: async (f) => (f.file ? await (0,git_tree/* addedIn */.G$)(opts.repoRoot, opts.changes.base.mergeBase, f.file) : undefined) ?? opts.changes.base.mergeBase.slice(0, 7),
        });
    }
    catch (err) {
        // Telling old from new is a courtesy: when the base cannot be linted, the findings stand as they are.
        opts.onProgress?.(`lint: the merge base's version could not be linted (${err.message.split('\n')[0]}); findings of edited migrations stand`);
        return findings;
    }
    finally {
        tree.dispose();
    }
}

;// CONCATENATED MODULE: ./src/pr/run.ts





/**
 * The root action's job: history rules and SQL lint over one PR, merged into one report so the
 * PR gets one sticky comment and one checklist.
 */
async function runPrCheck(opts) {
    const history = await (0,check/* runHistoryCheck */.c)({
        repoRoot: opts.repoRoot,
        config: opts.config,
        baseRef: opts.baseRef,
        shadowDatabaseUrl: opts.shadowDatabaseUrl,
        prismaCommand: opts.prismaCommand,
        ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
        onProgress: opts.onProgress,
    });
    const ran = new Set(history.ran);
    const findings = [...history.findings];
    const sections = [];
    if (opts.lint !== false) {
        const lint = await (0,run.runLint)({
            repoRoot: opts.repoRoot,
            config: opts.config,
            baseRef: opts.baseRef,
            shadowDatabaseUrl: opts.shadowDatabaseUrl,
            statsDatabaseUrl: opts.statsDatabaseUrl,
            cacheDir: opts.cacheDir,
            onProgress: opts.onProgress,
        });
        ran.add('lint');
        // A base migration the PR edits is linted again: what its base version already had is a notice.
        findings.push(...(await preexistingLintFindings(lint.findings, { repoRoot: opts.repoRoot, config: opts.config, changes: history.changes, cacheDir: opts.cacheDir, onProgress: opts.onProgress })));
        sections.push(...(0,lint_sections/* lintSections */.m)(lint));
    }
    const newMigrations = history.changes.services.flatMap((s) => s.added.map((m) => m.sqlPath));
    return {
        tool: 'pr-check',
        title: 'migration-gates: migration checks',
        findings,
        checklist: (0,checklist/* buildChecklist */.n)(findings, ran),
        sections,
        facts: { base: history.changes.base.ref, mergeBase: history.changes.base.mergeBase, newMigrations },
        newMigrations,
    };
}

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(94);
// EXTERNAL MODULE: ./src/cli/output.ts + 2 modules
var output = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/cli/default-base.ts
var default_base = __webpack_require__(4921);
// EXTERNAL MODULE: ./src/cli/fail-on.ts
var fail_on = __webpack_require__(3604);
;// CONCATENATED MODULE: ./src/cli/commands/pr-check.ts






const prCheckCommand = {
    name: 'pr-check',
    summary: 'the root action locally: history rules and SQL lint of this branch against its base',
    options: {
        'base-ref': { type: 'string', description: 'base branch (default: develop if it exists, else main)' },
        'shadow-database-url': { type: 'string', description: 'empty PostgreSQL database for drift and replay' },
        'stats-database-url': { type: 'string', description: 'read-only URL for table sizes in lint findings' },
        'prisma-command': { type: 'string', description: 'how to run your Prisma CLI' },
        lint: { type: 'boolean', description: 'also lint the SQL (use --no-lint to skip)', default: true },
        'no-lint': { type: 'boolean', description: 'history rules only' },
        'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
    },
    async run({ values, cwd }) {
        const format = (0,output/* parseFormat */.X)(values.format);
        const config = (0,load.loadConfig)(cwd, (0,args/* str */.gx)(values.config));
        const report = await runPrCheck({
            repoRoot: cwd,
            config,
            baseRef: (0,args/* str */.gx)(values['base-ref']) ?? (await (0,default_base/* defaultBaseRef */.m)(cwd)),
            shadowDatabaseUrl: (0,args/* str */.gx)(values['shadow-database-url']),
            statsDatabaseUrl: (0,args/* str */.gx)(values['stats-database-url']),
            prismaCommand: (0,args/* str */.gx)(values['prisma-command']),
            lint: values['no-lint'] !== true,
            onProgress: format === 'text' ? (l) => process.stderr.write(`${l}\n`) : undefined,
        });
        return (0,output/* printReport */.Y)(report, format, (0,fail_on/* parseFailOn */.X)(values['fail-on']));
    },
};


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


/***/ })

};
