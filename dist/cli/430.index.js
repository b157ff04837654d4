export const id = 430;
export const ids = [430,638];
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

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ materializeAt),
/* harmony export */   G$: () => (/* binding */ addedIn),
/* harmony export */   WV: () => (/* binding */ readBlobsAt)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(977);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(308);






/**
 * Blobs of `rev` by repository-relative path, in one `git cat-file --batch` (fast for 1,000s of
 * files, byte-exact: no redaction or re-encoding on the way). Missing paths are left out.
 */
function readBlobsAt(cwd, rev, paths) {
    const out = new Map();
    // Batch input is one path a line: a path with a newline cannot be asked for (no migration has one).
    const asked = paths.filter((p) => !p.includes('\n'));
    if (!asked.length)
        return Promise.resolve(out);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotepath=off', 'cat-file', '--batch'], {
            cwd,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`git cat-file failed: ${stderr.trim().split('\n')[0] ?? ''}`, { next: 'run the step after actions/checkout with fetch-depth: 0' }));
                return;
            }
            const buf = Buffer.concat(chunks);
            let pos = 0;
            for (const p of asked) {
                const nl = buf.indexOf(10, pos);
                if (nl < 0)
                    break;
                const header = buf.subarray(pos, nl).toString('utf8');
                pos = nl + 1;
                // "<sha> blob <size>" or "<rev>:<path> missing"
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m)
                    continue;
                const size = Number(m[2]);
                if (m[1] === 'blob')
                    out.set(p, buf.subarray(pos, pos + size));
                pos += size + 1; // content, then a newline
            }
            resolve(out);
        });
        child.stdin.end(asked.map((p) => `${rev}:${p}`).join('\n') + '\n');
    });
}
/**
 * Write the files of `rev` that `keep` selects into `dest` (a temporary folder), so checks that
 * read a folder can run on another revision without touching the user's work tree.
 */
async function materializeAt(cwd, rev, dest, keep) {
    const files = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .filesAt */ .Tl)(cwd, rev)).filter(keep);
    const blobs = await readBlobsAt(cwd, rev, files);
    for (const [rel, data] of blobs) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dest, rel);
        if (!abs.startsWith(dest + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
            continue; // never outside dest
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(abs, data);
    }
    return [...blobs.keys()];
}
/** The short commit that added `rel` in the history of `rev`, if git knows it. */
async function addedIn(cwd, rev, rel) {
    const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(cwd, ['log', '--diff-filter=A', '--format=%h', '-1', rev, '--', rel], { allowFail: true });
    const sha = r.stdout.trim();
    return r.code === 0 && sha ? sha : undefined;
}


/***/ }),

/***/ 7541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ BaseTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5090);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2986);





/** Paths the history checks read: anything under a `prisma/` folder, and the configured services' own paths. */
function wanted(config) {
    const roots = config.services.flatMap((s) => [s.schema, s.migrations]).filter(Boolean);
    const schemaDirs = config.services.map((s) => node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(s.schema)).filter((d) => d !== '.');
    return (p) => /(^|\/)prisma\//.test(p) || roots.some((r) => p === r || p.startsWith(`${r}/`)) || (p.endsWith('.prisma') && schemaDirs.some((d) => p.startsWith(`${d}/`)));
}
/**
 * The merge base's Prisma files, written once into a temporary folder (never a checkout of the
 * user's work tree), so the same checks can run on the base and "what the PR changed" can be told
 * from "what was already there". Loaded on first use; always dispose().
 */
class BaseTree {
    repoRoot;
    rev;
    config;
    dir;
    loading;
    serviceSet;
    constructor(repoRoot, rev, config) {
        this.repoRoot = repoRoot;
        this.rev = rev;
        this.config = config;
    }
    /** The folder holding the base's Prisma files (repository-relative layout). */
    root() {
        this.loading ??= (async () => {
            const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'migration-gates-base-'));
            this.dir = dir;
            await (0,_git_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .materializeAt */ .FX)(this.repoRoot, this.rev, dir, wanted(this.config));
            return dir;
        })();
        return this.loading;
    }
    /** A repository-relative file of the base, or undefined when it did not exist there. */
    async read(rel) {
        const root = await this.root();
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel), 'utf8');
        }
        catch {
            return undefined;
        }
    }
    /** The services and stray migration folders as the base had them. */
    async services() {
        const root = await this.root();
        this.serviceSet ??= (0,_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveServices */ .b)(root, this.config);
        return this.serviceSet;
    }
    dispose() {
        if (this.dir)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.dir, { recursive: true, force: true });
        this.dir = undefined;
    }
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runHistoryCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/git/changes.ts
var git_changes = __webpack_require__(977);
// EXTERNAL MODULE: ./src/git/tree.ts
var git_tree = __webpack_require__(5090);
// EXTERNAL MODULE: ./src/pr/introduced.ts
var introduced = __webpack_require__(5323);
// EXTERNAL MODULE: ./src/migrations/model.ts
var model = __webpack_require__(5256);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
;// CONCATENATED MODULE: ./src/migrations/rules/types.ts

/** A finding of `rule` with its severity and docs link filled in. */
function types_finding(rule, f) {
    return { rule: rule.id, docsUrl: (0,finding/* ruleDocsUrl */.hS)(rule.id), ...f, severity: f.severity ?? rule.severity };
}
/** The service's folder for messages and commands ('.' for a root service). */
function serviceDir(root) {
    return root || '.';
}

// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(6221);
;// CONCATENATED MODULE: ./src/migrations/rules/duplicate-migration-timestamp.ts


/**
 * Prisma orders migrations by folder name; two folders with one timestamp (usually two branches
 * generating migrations in the same second, or a copied folder) have an order that depends on
 * their labels, not on when they were written.
 */
const duplicateMigrationTimestamp = {
    id: 'duplicate-migration-timestamp',
    severity: 'error',
    summary: 'a new migration shares its timestamp with another migration',
    rationale: 'the apply order of the two becomes an accident of their names',
    check({ changes }) {
        return changes.services.flatMap((s) => {
            const byTs = new Map();
            const renamedAway = new Set(s.renamed.map((r) => r.from.name));
            for (const m of [...s.head, ...s.base]) {
                if (!m.timestamp || renamedAway.has(m.name))
                    continue;
                const set = byTs.get(m.timestamp) ?? new Set();
                set.add(m.name);
                byTs.set(m.timestamp, set);
            }
            const fresh = [...s.added, ...s.renamed.map((r) => r.to)];
            return fresh
                .filter((m) => m.timestamp && (byTs.get(m.timestamp)?.size ?? 0) > 1)
                .map((m) => {
                const others = [...byTs.get(m.timestamp)].filter((n) => n !== m.name).sort();
                return types_finding(duplicateMigrationTimestamp, {
                    file: m.sqlPath,
                    message: `migration ${m.name} shares the timestamp ${m.timestamp} with ${others.join(', ')}`,
                    why: 'Prisma applies migrations in folder-name order: with equal timestamps the order is decided by the labels, not by which change came first',
                    fix: `regenerate this migration so it gets a new timestamp: delete the folder, then npx prisma migrate dev --name ${(0,shell_quote/* shellQuote */.ZL)(m.label ?? 'describe_the_change')}`,
                });
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/empty-migration.ts

/** SQL with comments and whitespace removed (enough to tell "nothing to run"). */
function stripSqlComments(sql) {
    return sql.replace(/\/\*[\s\S]*?\*\//g, '').replace(/--[^\n]*/g, '').trim();
}
/**
 * `prisma migrate dev --create-only` with no schema change writes "-- This is an empty
 * migration.": committed as is, it records a no-op in every environment's history, usually a
 * sign the schema change it was meant for was forgotten.
 */
const emptyMigration = {
    id: 'empty-migration',
    severity: 'warning',
    summary: 'a new migration.sql contains no SQL statement',
    rationale: 'an empty migration is usually a forgotten schema change and clutters every environment\'s history',
    check({ changes, read }) {
        return changes.services.flatMap((s) => s.added
            .filter((m) => m.hasSql && stripSqlComments(read(m.sqlPath)) === '')
            .map((m) => types_finding(emptyMigration, {
            file: m.sqlPath,
            line: 1,
            message: `migration ${m.name} contains no SQL statement`,
            why: 'it changes nothing yet becomes a permanent entry in every environment\'s history; the schema change it was meant for may be missing',
            fix: 'write the SQL it was created for, or delete the folder',
        })));
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/invalid-migration-folder.ts

/** A 14-digit timestamp that is a real UTC date and time (YYYYMMDDHHMMSS). */
function isPlausibleTimestamp(ts) {
    const [y, mo, d, h, mi, s] = [ts.slice(0, 4), ts.slice(4, 6), ts.slice(6, 8), ts.slice(8, 10), ts.slice(10, 12), ts.slice(12, 14)].map(Number);
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
        return false;
    return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
/**
 * Prisma treats every folder in prisma/migrations as a migration, applies them in name order and
 * fails (P3015) on one without migration.sql. Prisma itself always writes
 * `<YYYYMMDDHHMMSS>_<name>/migration.sql`; anything else was made by hand and breaks ordering.
 */
const invalidMigrationFolder = {
    id: 'invalid-migration-folder',
    severity: 'error',
    summary: 'a migration folder is not `<14-digit timestamp>_<name>` or has no migration.sql',
    rationale: 'Prisma fails on a folder without migration.sql and orders hand-named folders unpredictably',
    check({ changes }) {
        return changes.services.flatMap((s) => {
            const fresh = new Set([...s.added, ...s.renamed.map((r) => r.to)].map((m) => m.name));
            const out = [];
            for (const m of s.head) {
                if (!m.hasSql) {
                    out.push(types_finding(invalidMigrationFolder, {
                        file: m.dir,
                        message: `migration folder ${m.name} has no migration.sql`,
                        why: 'Prisma treats every folder in the migrations directory as a migration: migrate deploy fails with P3015 on this one, in every environment',
                        fix: `remove the folder, or restore its migration.sql (npx prisma migrate dev --name <describe_the_change> creates complete folders)`,
                    }));
                    continue;
                }
                // Naming is checked on the PR's own folders: legacy names already applied cannot change.
                if (!fresh.has(m.name))
                    continue;
                if (!m.timestamp) {
                    out.push(types_finding(invalidMigrationFolder, {
                        file: m.sqlPath,
                        message: `migration folder ${m.name} is not named <14-digit timestamp>_<name>`,
                        why: 'Prisma applies migrations in folder-name order; a hand-made name sorts unpredictably against generated ones',
                        fix: 'delete the folder and generate the migration: npx prisma migrate dev --name <describe_the_change>',
                    }));
                }
                else if (!isPlausibleTimestamp(m.timestamp)) {
                    out.push(types_finding(invalidMigrationFolder, {
                        file: m.sqlPath,
                        message: `migration folder ${m.name} has the timestamp ${m.timestamp}, which is not a valid UTC date and time (YYYYMMDDHHMMSS)`,
                        why: 'the timestamp decides the apply order; a made-up one puts the migration before or after the wrong changes',
                        fix: 'delete the folder and generate the migration: npx prisma migrate dev --name <describe_the_change>',
                    }));
                }
            }
            return out;
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/migration-lock.ts




/**
 * The provider of migration_lock.toml (TOML key/value lines: `#` comments, blank lines, single or
 * double quotes, a trailing comment), and its line number.
 */
function lockProvider(text) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*"?provider"?\s*=\s*(?:"([^"]*)"|'([^']*)')\s*(?:#.*)?$/.exec(lines[i]);
        if (m)
            return { provider: (m[1] ?? m[2]), line: i + 1 };
    }
    return undefined;
}
/**
 * migration_lock.toml pins the migrations to one database provider; Prisma writes it once with
 * the first migration. Missing, it lets a migration for another provider slip in; changed in a PR,
 * it means the history was regenerated for a different database.
 */
const migrationLock = {
    id: 'migration-lock',
    severity: 'error',
    summary: 'migration_lock.toml is missing, not `postgresql`, or its provider changed in the PR',
    rationale: 'the lock file guarantees every migration in the folder was written for PostgreSQL',
    check({ changes, repoRoot, read, base }) {
        const out = [];
        for (const s of changes.services) {
            const lockPath = external_node_path_default().posix.join(s.service.migrations, 'migration_lock.toml');
            if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(repoRoot, lockPath))) {
                if (!s.head.length)
                    continue; // no migrations yet: prisma migrate dev creates both together
                out.push(types_finding(migrationLock, {
                    file: lockPath,
                    message: `${lockPath} is missing (service ${s.service.name})`,
                    why: 'Prisma writes it with the first migration to pin the history to one database provider; without it, migrations for another provider go unnoticed',
                    fix: `restore it (git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${(0,shell_quote/* shellQuote */.ZL)(lockPath)}) or create it with the line: provider = "postgresql"`,
                }));
                continue;
            }
            const text = read(lockPath);
            const p = lockProvider(text);
            if (!p || p.provider !== 'postgresql') {
                out.push(types_finding(migrationLock, {
                    file: lockPath,
                    line: p?.line,
                    message: p ? `${lockPath} pins the provider "${p.provider}", not "postgresql"` : `${lockPath} has no provider line`,
                    why: 'migration-gates, and these migrations, target PostgreSQL; another provider means the SQL was generated for a different database',
                    fix: 'set the line to: provider = "postgresql" (and regenerate any migration written for another provider)',
                }));
                continue;
            }
            const change = changes.files.find((f) => f.path === lockPath || f.oldPath === lockPath);
            // Only the provider matters: a reworded comment or a newline changes nothing Prisma reads.
            const before = base ? lockProvider(base.read(lockPath) ?? '') : undefined;
            if (s.lockChanged && change && change.status !== 'A' && before?.provider !== p.provider) {
                out.push(types_finding(migrationLock, {
                    file: lockPath,
                    line: p.line,
                    message: before ? `${lockPath} changed its provider from "${before.provider}" to "${p.provider}" in this pull request` : `${lockPath} was changed in this pull request`,
                    why: 'Prisma writes the lock file once; a new provider means the migration history was regenerated for another database',
                    fix: `revert it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${(0,shell_quote/* shellQuote */.ZL)(lockPath)}`,
                }));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/migration-name.ts

/** Why a migration label is not descriptive, or undefined when it is. */
function nameProblem(label, cfg) {
    const lower = label.toLowerCase();
    // `fix_2`, `test-3`, `update01`: a forbidden word with a counter says no more than the word.
    const stem = lower.replace(/[_-]*\d+$/, '');
    const forbidden = new Set(cfg.forbiddenNames.map((n) => n.toLowerCase()));
    if (/^\d+$/.test(lower))
        return 'it is only digits';
    if (/^[a-z]$/.test(stem) || /^[a-z]$/.test(lower))
        return 'it is a single letter';
    if (forbidden.has(lower) || (stem && forbidden.has(stem)))
        return `"${stem || lower}" says nothing about the change`;
    if (label.length < cfg.minNameLength)
        return `it is shorter than ${cfg.minNameLength} characters (migrations.min-name-length)`;
    if (!/^[A-Za-z0-9_]+$/.test(label))
        return 'it contains characters other than letters, digits and "_" (prisma migrate dev --name writes snake_case)';
    if (cfg.namePattern && !new RegExp(cfg.namePattern).test(label))
        return `it does not match migrations.name-pattern ${cfg.namePattern}`;
    return undefined;
}
/**
 * "Use descriptive migration names." The folder name is what a reviewer, `migrate status` and
 * `_prisma_migrations` show years later; `fix` or `wip` tells nobody what changed.
 */
const migrationName = {
    id: 'migration-name',
    severity: 'warning',
    summary: 'a new migration name is not descriptive',
    rationale: 'the name is the only description of the change in every environment\'s history',
    check({ changes, config }) {
        return changes.services.flatMap((s) => [...s.added, ...s.renamed.map((r) => r.to)]
            .filter((m) => m.label !== undefined)
            .flatMap((m) => {
            const problem = nameProblem(m.label, config.migrations);
            if (!problem)
                return [];
            return [
                types_finding(migrationName, {
                    file: m.sqlPath,
                    message: `migration name "${m.label}" (${m.name}) is not descriptive: ${problem}`,
                    why: 'the name is what reviewers, prisma migrate status and _prisma_migrations show for this change, in every environment, for good',
                    fix: 'rename the folder before it is merged, keeping its timestamp, to say what changes, e.g. add_user_profile or add_oauth_provider_table (rules: migrations.forbidden-names, min-name-length, name-pattern in .github/migration-gates.yml)',
                }),
            ];
        }));
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/migration-outside-service.ts


/**
 * A prisma/migrations folder that belongs to no service (a stray at the repository root beside
 * services/*\/prisma, or a service missing from the config) is never checked, linted or deployed
 * by the pipeline, yet `prisma migrate deploy` run from that folder would apply it.
 */
const migrationOutsideService = {
    id: 'migration-outside-service',
    severity: 'error',
    summary: 'a migration.sql lies in a prisma/migrations folder that belongs to no service',
    rationale: 'migrations no service owns are never checked or deployed by the pipeline',
    check({ changes, repoRoot, config }) {
        return changes.strays.flatMap((dir) => {
            const sql = (0,model/* listMigrations */.YJ)(repoRoot, dir).filter((m) => m.hasSql);
            if (!sql.length)
                return [];
            return [
                types_finding(migrationOutsideService, {
                    file: sql[0].sqlPath,
                    message: `${dir} holds ${sql.length} migration(s) but belongs to no ${config.services.length ? 'configured' : 'discovered'} service`,
                    why: config.services.length
                        ? 'the services: list in the config does not include it, so these migrations are never checked or deployed'
                        : 'there is no schema.prisma beside it, so it is no service: these migrations are never checked or deployed',
                    fix: config.services.length
                        ? `add the service to services: in .github/migration-gates.yml, or move the migrations into the service they belong to`
                        : 'move the migrations into the service they belong to (services/<name>/prisma/migrations), or delete the stray folder',
                }),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/base-findings.ts









/**
 * The rules about the state of the tree, not about what a PR changes: run on the merge base with
 * every migration there counted as new, they give what was already wrong before this PR.
 */
const STATE_RULES = [migrationOutsideService, migrationLock, invalidMigrationFolder, migrationName, duplicateMigrationTimestamp, emptyMigration];
const STATE_IDS = new Set(STATE_RULES.map((r) => r.id));
function hasStateFindings(findings) {
    return findings.some((f) => STATE_IDS.has(f.rule));
}
/** The state rules' findings on the merge base (the same checks, the base's files). */
async function baseStateFindings(tree, config, changes) {
    const root = await tree.root();
    const { services, strays } = await tree.services();
    const asNew = services.map((service) => {
        const head = (0,model/* listMigrations */.YJ)(root, service.migrations);
        return { service, head, base: [], added: head, modified: [], deleted: [], renamed: [], schemaChanged: false, lockChanged: false };
    });
    const baseChanges = { base: changes.base, services: asNew, strays, files: [] };
    const read = (rel) => {
        try {
            return (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, rel), 'utf8');
        }
        catch {
            return '';
        }
    };
    return STATE_RULES.flatMap((r) => r.check({ repoRoot: root, config, changes: baseChanges, read }));
}

// EXTERNAL MODULE: ./src/migrations/base-tree.ts
var base_tree = __webpack_require__(7541);
// EXTERNAL MODULE: ./src/migrations/changes.ts + 1 modules
var migrations_changes = __webpack_require__(2488);
;// CONCATENATED MODULE: ./src/migrations/order-proof.ts
/**
 * Does the order matter? Replays (a) the base history then the PR's migrations, as every
 * deployed database runs them, and (b) all migrations in folder-name order, as `migrate reset`
 * and every new environment run them, in the embedded PostgreSQL; then compares the schemas.
 */
async function proveOrder(opts) {
    const deployed = [...opts.base, ...opts.added];
    const sorted = [...deployed].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let a;
    let b;
    try {
        a = await replay(deployed, opts.cacheDir, opts.onProgress);
        b = await replay(sorted, opts.cacheDir, opts.onProgress);
    }
    catch (err) {
        return { kind: 'unknown', reason: `the embedded PostgreSQL could not replay the history (${err.message.split('\n')[0]})` };
    }
    const key = (s) => `${s.migration}\0${s.statement}`;
    const aKeys = new Set(a.skipped.map(key));
    const bKeys = new Set(b.skipped.map(key));
    const onlyA = a.skipped.filter((s) => !bKeys.has(key(s)));
    const onlyB = b.skipped.filter((s) => !aKeys.has(key(s)));
    const addedNames = new Set(opts.added.map((m) => m.name));
    // A statement that fails in one order only, or a new migration that fails at all: the order matters or the migration is broken.
    const failed = [
        ...onlyB.map((s) => ['sorted', s]),
        ...onlyA.map((s) => ['deployed', s]),
        ...a.skipped.filter((s) => addedNames.has(s.migration)).map((s) => ['deployed', s]),
    ].find(([, s]) => s.kind === 'error');
    if (failed) {
        const [order, s] = failed;
        return { kind: 'failed', order, where: `${s.migration}, statement ${s.statement + 1} (line ${s.line}): ${s.sql}`, error: s.reason };
    }
    const unsupported = [...onlyA, ...onlyB, ...a.skipped.filter((s) => addedNames.has(s.migration))][0];
    if (unsupported) {
        return { kind: 'unknown', reason: `${unsupported.migration} line ${unsupported.line} could not be replayed here (${unsupported.reason})` };
    }
    const differences = compareSchemas(a.facts, b.facts);
    if (differences.length)
        return { kind: 'different', differences };
    return { kind: 'same', engine: `PostgreSQL ${a.serverVersion}` };
}
async function replay(history, cacheDir, onProgress) {
    // Loaded on demand: most checks never replay.
    const { openReplayer } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(38), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 8038));
    const r = await openReplayer({ history, ...(cacheDir ? { cacheDir } : {}), ...(onProgress ? { onProgress } : {}) });
    try {
        return { facts: await r.facts(), skipped: [...r.skipped], serverVersion: r.serverVersion };
    }
    finally {
        await r.close().catch(() => undefined);
    }
}
/** What differs between two replayed schemas, one line per object (tables, columns, indexes, constraints, enums). */
function compareSchemas(a, b) {
    const out = [];
    const names = [...new Set([...a.tables.keys(), ...b.tables.keys()])].sort();
    for (const t of names) {
        const x = a.tables.get(t);
        const y = b.tables.get(t);
        if (!x || !y) {
            out.push(`table ${t}: ${x ? 'only in the deployed order' : 'only in the sorted order'}`);
            continue;
        }
        out.push(...compareTables(t, x, y));
    }
    for (const e of [...new Set([...a.enums.keys(), ...b.enums.keys()])].sort()) {
        const x = a.enums.get(e);
        const y = b.enums.get(e);
        if (JSON.stringify(x) !== JSON.stringify(y))
            out.push(`enum ${e}: ${x ? x.join(', ') : '(none)'} when deployed, ${y ? y.join(', ') : '(none)'} when sorted`);
    }
    return out;
}
function compareTables(t, x, y) {
    const out = [];
    const parts = [
        ['column', new Map(x.columns.map((c) => [c.name, JSON.stringify([c.type, c.notNull, c.default ?? null, c.identity ?? null, c.generated ?? null])])), new Map(y.columns.map((c) => [c.name, JSON.stringify([c.type, c.notNull, c.default ?? null, c.identity ?? null, c.generated ?? null])]))],
        ['index', new Map(x.indexes.map((i) => [i.name, JSON.stringify([i.columns, i.unique, i.primary, i.partial, i.method ?? null, i.definition ?? null])])), new Map(y.indexes.map((i) => [i.name, JSON.stringify([i.columns, i.unique, i.primary, i.partial, i.method ?? null, i.definition ?? null])]))],
        ['constraint', new Map(x.constraints.map((c) => [c.name, JSON.stringify([c.type, c.definition, c.validated])])), new Map(y.constraints.map((c) => [c.name, JSON.stringify([c.type, c.definition, c.validated])]))],
    ];
    for (const [what, ma, mb] of parts) {
        for (const n of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
            const va = ma.get(n);
            const vb = mb.get(n);
            if (va === vb)
                continue;
            out.push(`${what} ${t}.${n}: ${va === undefined ? 'only in the sorted order' : vb === undefined ? 'only in the deployed order' : `${va} when deployed, ${vb} when sorted`}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/migrations/rules/out-of-order-migration.ts


/** A before b in Prisma's apply order (timestamps first when both have one). */
function atOrBefore(a, b) {
    if (a.timestamp && b.timestamp)
        return a.timestamp <= b.timestamp;
    return a.name <= b.name;
}
/** The newest migration on the base branch, the one a new migration must sort after. */
function newestBaseMigration(s) {
    return s.base.filter((b) => b.timestamp).at(-1) ?? s.base.at(-1);
}
/** The PR's new migrations that sort at or before the base branch's newest. */
function outOfOrder(s) {
    const newest = newestBaseMigration(s);
    if (!newest)
        return [];
    const baseNames = new Set(s.base.map((b) => b.name));
    // A renamed folder keeps its place in the order: renamed-migration reports it.
    return s.added.filter((m) => m.timestamp && !baseNames.has(m.name) && atOrBefore(m, newest));
}
/** The commands that regenerate a migration on top of the base branch, one a line. */
function regenerateSteps(s, m, baseRef) {
    return [
        'git fetch origin',
        `git rebase ${(0,shell_quote/* shellQuote */.ZL)(`origin/${baseRef}`)}`,
        `rm -rf ${(0,shell_quote/* shellQuote */.ZL)(m.dir)}`,
        `cd ${(0,shell_quote/* shellQuote */.ZL)(serviceDir(s.service.root))}`,
        `npx prisma migrate dev --name ${(0,shell_quote/* shellQuote */.ZL)(m.label ?? 'describe_the_change')}`,
        'git add -A prisma/migrations',
        `git commit -m ${(0,shell_quote/* shellQuote */.ZL)(`regenerate ${m.label ?? 'migration'} after ${baseRef}`)}`,
        'git push --force-with-lease',
    ].join('\n');
}
/**
 * "Don't change migration order." Two branches created migrations in parallel and the other one
 * merged first: this PR's migration now sorts before a migration that deployed databases already
 * ran. `prisma migrate deploy` still applies it (after the others there), while `migrate reset`
 * and every new environment apply it in folder order (before them): the two orders must build
 * the same schema. The check replays both (see check.ts) and grades the finding by the result;
 * this rule only finds the candidates.
 */
const outOfOrderMigration = {
    id: 'out-of-order-migration',
    severity: 'error',
    summary: 'a new migration sorts at or before the newest migration on the base branch, and the two apply orders differ (proven by replay)',
    rationale: 'deployed databases apply it after the base branch\'s migrations, new ones before them: if the orders disagree, environments diverge',
    check({ changes }) {
        return changes.services.flatMap((s) => {
            const newest = newestBaseMigration(s);
            return outOfOrder(s).map((m) => types_finding(outOfOrderMigration, {
                file: m.sqlPath,
                message: `new migration ${m.name} sorts at or before ${newest.name}, the newest migration on ${changes.base.ref}`,
                why: `another branch's migration merged into ${changes.base.ref} first: databases that already ran ${newest.name} apply this one after it, while migrate reset and new environments apply it before it`,
                fix: regenerateSteps(s, m, changes.base.ref),
            }));
        });
    },
};

;// CONCATENATED MODULE: ./src/migrations/out-of-order-grade.ts






/** Now as a migration timestamp (what `prisma migrate dev` would name a new folder). */
function timestampNow() {
    return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}
async function proofFor(repoRoot, changes, s, cacheDir, onProgress) {
    const paths = s.base.map((m) => m.sqlPath);
    const blobs = await (0,git_tree/* readBlobsAt */.WV)(repoRoot, changes.base.tip, paths);
    const base = s.base.filter((m) => blobs.has(m.sqlPath)).map((m) => ({ name: m.name, sql: blobs.get(m.sqlPath).toString('utf8') }));
    const added = s.added.filter((m) => m.hasSql).map((m) => ({ name: m.name, sql: (0,external_node_fs_.readFileSync)(external_node_path_default().join(repoRoot, m.sqlPath), 'utf8') }));
    onProgress?.(`out-of-order-migration: ${s.service.name}: replaying ${base.length} + ${added.length} migration(s) in both orders`);
    return proveOrder({ base, added, ...(cacheDir ? { cacheDir } : {}), ...(onProgress ? { onProgress } : {}) });
}
/**
 * Grade each out-of-order finding by what the two apply orders build: the same schema is a
 * warning (rename to keep the history linear), a difference or a failure is an error that
 * shows it, and no proof (replay off or impossible) is a warning that says so.
 */
async function gradeOutOfOrder(findings, opts) {
    if (!findings.some((f) => f.rule === outOfOrderMigration.id))
        return findings;
    const graded = new Map();
    for (const s of opts.changes.services) {
        const late = outOfOrder(s);
        if (!late.length)
            continue;
        let proof;
        if (!opts.replay)
            proof = { kind: 'unknown', reason: 'the replay is switched off' };
        else {
            try {
                proof = await proofFor(opts.repoRoot, opts.changes, s, opts.cacheDir, opts.onProgress);
            }
            catch (err) {
                proof = { kind: 'unknown', reason: err.message.split('\n')[0] };
            }
        }
        opts.onProgress?.(`out-of-order-migration: ${s.service.name}: ${proof.kind === 'same' ? 'both orders build the same schema' : proof.kind === 'unknown' ? `not proven (${proof.reason})` : 'the order matters'}`);
        for (const m of late) {
            const f = findings.find((x) => x.rule === outOfOrderMigration.id && x.file === m.sqlPath);
            if (!f)
                continue;
            const renamed = `${s.service.migrations}/${timestampNow()}_${m.label ?? 'migration'}`;
            const rename = [`git mv ${(0,shell_quote/* shellQuote */.ZL)(m.dir)} ${(0,shell_quote/* shellQuote */.ZL)(renamed)}`, `git commit -m ${(0,shell_quote/* shellQuote */.ZL)(`rename ${m.label ?? 'migration'} to sort after ${opts.changes.base.ref}`)}`, 'git push'].join('\n');
            if (proof.kind === 'same') {
                graded.set(m.sqlPath, {
                    ...f,
                    severity: 'warning',
                    message: `${f.message}; the order was proven not to matter: the base history then this migration, and all migrations in folder order, build the same schema (replayed in ${proof.engine})`,
                    why: 'deployed databases and new environments end up alike, but the history no longer reads in the order it was applied: rename the folder so it sorts last, before it is merged',
                    fix: rename,
                });
            }
            else if (proof.kind === 'unknown') {
                graded.set(m.sqlPath, {
                    ...f,
                    severity: 'warning',
                    message: `${f.message}; whether the order matters could not be proven: ${proof.reason}`,
                    why: `${f.why ?? ''}. Regenerating it on top of ${opts.changes.base.ref} is always safe; if you can tell it touches nothing the newer migrations touch, renaming the folder to sort last (git mv ${(0,shell_quote/* shellQuote */.ZL)(m.dir)} ${(0,shell_quote/* shellQuote */.ZL)(renamed)}) is enough`,
                    fix: regenerateSteps(s, m, opts.changes.base.ref),
                });
            }
            else {
                const shown = proof.kind === 'different' ? proof.differences.slice(0, 10) : [];
                const more = proof.kind === 'different' && proof.differences.length > 10 ? `\n(and ${proof.differences.length - 10} more)` : '';
                graded.set(m.sqlPath, {
                    ...f,
                    severity: 'error',
                    message: proof.kind === 'different'
                        ? `${f.message}, and the order matters: the base history then this migration (deployed databases) and all migrations in folder order (migrate reset, new environments) build different schemas:\n${shown.join('\n')}${more}`
                        : `${f.message}, and the order matters: in the ${proof.order === 'sorted' ? 'folder order (migrate reset, new environments)' : 'deployed order (base history, then this migration)'} ${proof.where} fails: ${proof.error}`,
                    fix: regenerateSteps(s, m, opts.changes.base.ref),
                });
            }
        }
    }
    return findings.map((f) => (f.rule === outOfOrderMigration.id && f.file ? (graded.get(f.file) ?? f) : f));
}

;// CONCATENATED MODULE: ./src/migrations/rules/deleted-migration.ts





const ANY_MIGRATION_SQL = /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/;
function isUnder(p, dir) {
    return p === dir || p.startsWith(`${dir}/`);
}
/**
 * "Don't delete migration files." The history in Git is the record of what every database has
 * applied; removing a folder breaks `migrate deploy` on databases that applied it and makes new
 * databases differ from old ones. Not reported: deleting a migrations folder that belonged to no
 * service at the merge base (what `migration-outside-service` asks for: the pipeline never
 * deployed it). Removing a whole service, its schema and its migrations together, is one
 * warning: nothing deploys that service any more, so there is nothing to restore.
 */
const deletedMigration = {
    id: 'deleted-migration',
    severity: 'error',
    summary: 'a migration folder (or its migration.sql) was deleted from a service that still exists',
    rationale: 'databases that applied it no longer match the history; new databases are built without it',
    check({ changes, base, repoRoot }) {
        const out = changes.services.flatMap((s) => s.deleted.map((m) => types_finding(deletedMigration, {
            file: m.sqlPath,
            message: `migration ${m.name} exists on ${changes.base.ref} and was deleted`,
            why: 'databases that already applied it keep its changes while new databases never get them; Prisma reports the applied migration as missing from the directory',
            fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${(0,shell_quote/* shellQuote */.ZL)(m.dir)}; to undo its effect, add a new migration that reverts it`,
        })));
        // A whole migrations directory removed: its service is no longer discovered, but the loss may be real.
        const services = changes.services.map((s) => s.service);
        const removedServices = new Map();
        for (const f of changes.files) {
            const gone = f.status === 'D' ? f.path : f.status === 'R' ? f.oldPath : undefined;
            if (!gone || !ANY_MIGRATION_SQL.test(gone) || (0,migrations_changes/* serviceOfPath */.Yy)(services, gone))
                continue;
            if (f.status === 'R' && ANY_MIGRATION_SQL.test(f.path) && (0,migrations_changes/* serviceOfPath */.Yy)(services, f.path))
                continue; // moved into a service: renamed, not lost
            if (base?.services.strays.some((d) => isUnder(gone, d)))
                continue; // a stray cleaned up, as migration-outside-service asks
            const owner = base && (0,migrations_changes/* serviceOfPath */.Yy)(base.services.services, gone);
            if (owner && isUnder(gone, owner.migrations) && !(0,external_node_fs_.existsSync)(external_node_path_default().join(repoRoot, owner.schema))) {
                const entry = removedServices.get(owner.migrations) ?? { service: owner, files: [] };
                entry.files.push(gone);
                removedServices.set(owner.migrations, entry);
                continue;
            }
            out.push(types_finding(deletedMigration, {
                file: gone,
                message: `migration file ${gone} exists on ${changes.base.ref} and was deleted`,
                why: 'databases that already applied it keep its changes while new databases never get them',
                fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${(0,shell_quote/* shellQuote */.ZL)(gone)}`,
            }));
        }
        for (const { service, files } of removedServices.values()) {
            out.push(types_finding(deletedMigration, {
                severity: 'warning',
                file: service.schema,
                message: `service ${service.name} was removed: ${service.schema} and its ${files.length} migration(s) in ${service.migrations} were deleted together`,
                why: 'the pipeline no longer checks or deploys this service; its databases keep their tables until someone drops them, and nothing tells them apart from a service deleted by mistake',
                fix: `confirm the removal is intended; then retire the service's databases (back them up, then drop them) and remove it from services: in .github/migration-gates.yml if it is listed. A removal by mistake is undone with: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${(0,shell_quote/* shellQuote */.ZL)(external_node_path_default().posix.dirname(service.schema))}`,
            }));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/edited-migration.ts


/**
 * "Don't modify existing migrations." A migration that reached the base branch may already be
 * applied somewhere; Prisma never re-runs it, so the edit reaches only fresh databases and the
 * environments diverge (and `_prisma_migrations.checksum` no longer matches the file).
 */
const editedMigration = {
    id: 'edited-migration',
    severity: 'error',
    summary: 'an existing migration.sql was edited',
    rationale: 'applied migrations never run again: an edit only reaches new databases, so environments diverge',
    check({ changes, changedLine }) {
        return changes.services.flatMap((s) => s.modified.map((m) => types_finding(editedMigration, {
            file: m.sqlPath,
            line: changedLine?.(m.sqlPath),
            message: `migration ${m.name} already exists on ${changes.base.ref} and its migration.sql was edited`,
            why: 'databases that already applied it will never run the new SQL (Prisma does not re-apply migrations), so dev, staging and prod drift apart and the checksum in _prisma_migrations no longer matches',
            fix: `restore it (git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${(0,shell_quote/* shellQuote */.ZL)(m.sqlPath)}) and put the change in a new migration: npx prisma migrate dev --name <describe_the_change>`,
        })));
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/renamed-migration.ts


/**
 * Prisma identifies a migration by its folder name (`_prisma_migrations.migration_name`). A
 * renamed folder looks like a new, unapplied migration (its SQL runs twice and fails) while the
 * old name is reported as applied-but-missing.
 */
const renamedMigration = {
    id: 'renamed-migration',
    severity: 'error',
    summary: 'a migration folder was renamed',
    rationale: 'Prisma tracks migrations by folder name: a rename re-applies the SQL and orphans the old entry',
    check({ changes }) {
        return changes.services.flatMap((s) => s.renamed.map(({ from, to }) => types_finding(renamedMigration, {
            file: to.sqlPath,
            message: `migration ${from.name} was renamed to ${to.name}`,
            why: 'Prisma records applied migrations by folder name: every database that applied the old name would run this SQL again (and fail), and list the old name as missing',
            fix: `rename it back: git mv ${(0,shell_quote/* shellQuote */.ZL)(to.dir)} ${(0,shell_quote/* shellQuote */.ZL)(from.dir)}`,
        })));
    },
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/prisma/cli.ts
var prisma_cli = __webpack_require__(9086);
;// CONCATENATED MODULE: ./src/prisma/schema-files.ts


/** The .prisma files under a folder (recursively, the migrations folder left out), sorted. */
function prismaFilesUnder(dir, skip) {
    const out = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory()) {
            if (p !== skip && e.name !== 'node_modules' && !e.name.startsWith('.'))
                out.push(...prismaFilesUnder(p, skip));
        }
        else if (e.name.endsWith('.prisma'))
            out.push(p);
    }
    return out.sort();
}
/**
 * The schema as Prisma reads it under `root` (the work tree or the base's copy): the files, and
 * the path to hand to `migrate diff`. A multi-file folder is read whole; a schema.prisma with
 * other `.prisma` files beside it (the `prismaSchemaFolder` layout, e.g. `prisma/models/*.prisma`)
 * is its folder.
 */
function schemaAt(root, service) {
    const abs = external_node_path_default().join(root, service.schema);
    if (!(0,external_node_fs_.existsSync)(abs))
        return { files: [], path: abs };
    const migrations = external_node_path_default().join(root, service.migrations);
    if ((0,external_node_fs_.statSync)(abs).isDirectory())
        return { files: prismaFilesUnder(abs, migrations), path: abs };
    const dir = external_node_path_default().dirname(abs);
    if (external_node_path_default().resolve(dir) === external_node_path_default().resolve(root))
        return { files: [abs], path: abs }; // a schema at the repository root: no folder to read
    const all = prismaFilesUnder(dir, migrations);
    return all.length > 1 ? { files: all, path: dir } : { files: [abs], path: abs };
}

;// CONCATENATED MODULE: ./src/prisma/flags.ts
/** Arguments and environment for "do the migrations reproduce the schema?" with `--exit-code`. */
function driftInvocation(o) {
    if (o.major >= 7) {
        return {
            args: ['migrate', 'diff', '--from-migrations', o.migrationsDir, '--to-schema', o.schema, '--exit-code'],
            // The config reads both through env(); env() throws on an unset variable, so DATABASE_URL
            // falls back to the shadow database (diff --from-migrations never writes to it).
            env: { SHADOW_DATABASE_URL: o.shadowDatabaseUrl, DATABASE_URL: o.databaseUrl || o.shadowDatabaseUrl },
            shadowVia: 'config',
        };
    }
    const args = ['migrate', 'diff', '--from-migrations', o.migrationsDir, '--to-schema-datamodel', o.schema];
    // DATABASE_URL points at the shadow database for the child: the schema's env("DATABASE_URL")
    // must resolve, and Prisma must never touch the caller's real database here.
    const env = { DATABASE_URL: o.shadowDatabaseUrl };
    if (o.configHasAdapter)
        return { args: [...args, '--exit-code'], env, shadowVia: 'adapter' };
    return { args: [...args, '--shadow-database-url', o.shadowDatabaseUrl, '--exit-code'], env, shadowVia: 'flag' };
}
/** Prisma's refusal of `--shadow-database-url` next to a driver adapter (6.x). */
function isAdapterShadowFlagError(stderr) {
    return /--shadow-database-url flag[\s\S]*not supported when[\s\S]*adapter/i.test(stderr);
}
function diffOutcome(code) {
    return code === 0 ? 'same' : code === 2 ? 'different' : 'error';
}
/**
 * Arguments for "would the database change between these two schemas?" (no database needed):
 * 5.x / 6.x `--from-schema-datamodel` / `--to-schema-datamodel`, 7.x `--from-schema` /
 * `--to-schema`; no `from` (the schema is new) is `--from-empty`.
 */
function schemaDiffArgs(major, from, to) {
    const [fromFlag, toFlag] = major >= 7 ? ['--from-schema', '--to-schema'] : ['--from-schema-datamodel', '--to-schema-datamodel'];
    return ['migrate', 'diff', ...(from === undefined ? ['--from-empty'] : [fromFlag, from]), toFlag, to, '--exit-code'];
}

;// CONCATENATED MODULE: ./src/prisma/drift.ts








const CONFIG_FILES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs', '.config/prisma.ts'];
/** Whether the service's Prisma config defines a driver adapter (which changes how 5/6 take a shadow database). */
function configHasAdapter(serviceDir) {
    for (const f of CONFIG_FILES) {
        const p = external_node_path_default().join(serviceDir, f);
        if ((0,external_node_fs_.existsSync)(p) && /\badapter\b/.test((0,external_node_fs_.readFileSync)(p, 'utf8')))
            return true;
    }
    return false;
}
// P1000 authentication, P1001 unreachable, P1003 no such database, P1010 access denied, P1011 TLS.
// The adapter path (6.x driver adapters) reports them in words instead.
const CONNECTION_ERROR = /\b(P1000|P1001|P1002|P1003|P1010|P1011|P1017)\b|ECONNREFUSED|ENOTFOUND|password authentication failed|Authentication failed|Can't reach database server|Database `[^`]*` does not exist|database "[^"]*" does not exist|permission denied to create database/;
/** Prisma's log noise that is not part of the diff summary. */
function cleanSummary(stdout) {
    return stdout
        .split('\n')
        .filter((l) => !/^(Loaded Prisma config|Prisma config detected|Prisma schema loaded|Environment variables loaded)/.test(l.trim()))
        .join('\n')
        .trim();
}
/**
 * Do the service's migrations, replayed into a shadow database, produce its schema? Runs the
 * project's own Prisma: `migrate diff --from-migrations ... --to-schema(-datamodel) ... --exit-code`.
 */
async function checkDrift(opts) {
    (0,url/* parseDatabaseUrl */.mx)(opts.shadowDatabaseUrl, 'shadow-database-url'); // validates and masks it
    const serviceDir = external_node_path_default().resolve(opts.repoRoot, opts.service.root || '.');
    const cli = (0,prisma_cli/* locatePrisma */.J)(serviceDir, opts.prismaCommand);
    const migrationsDir = external_node_path_default().resolve(opts.repoRoot, opts.service.migrations);
    // A schema.prisma with models in other files beside it (prismaSchemaFolder) is read as its folder.
    const schema = schemaAt(external_node_path_default().resolve(opts.repoRoot), opts.service).path;
    const hasAdapter = configHasAdapter(serviceDir);
    let inv = driftInvocation({
        major: cli.major,
        migrationsDir,
        schema,
        shadowDatabaseUrl: opts.shadowDatabaseUrl,
        configHasAdapter: hasAdapter,
        databaseUrl: process.env.DATABASE_URL,
    });
    opts.onProgress?.(`schema-drift: ${opts.service.name}: prisma ${cli.version} migrate diff (shadow database via ${inv.shadowVia})`);
    const exec = () => (0,prisma_cli/* runPrisma */.G)(cli, inv.args, { cwd: serviceDir, env: inv.env, timeoutMs: opts.timeoutMs ?? 300_000 });
    let r = await exec();
    if (r.code === 1 && inv.shadowVia === 'flag' && isAdapterShadowFlagError(r.stderr)) {
        // A config we did not recognise as adapter-based: let the adapter make its own shadow database.
        inv = driftInvocation({ major: cli.major, migrationsDir, schema, shadowDatabaseUrl: opts.shadowDatabaseUrl, configHasAdapter: true });
        r = await exec();
    }
    const rel = (p) => external_node_path_default().relative(serviceDir, p) || '.';
    const command = `npx prisma migrate diff --from-migrations ${rel(migrationsDir)} ${cli.major >= 7 ? '--to-schema' : '--to-schema-datamodel'} ${rel(schema)}${inv.shadowVia === 'flag' ? ' --shadow-database-url "$SHADOW_DATABASE_URL"' : ''} --exit-code`;
    if (r.timedOut) {
        throw new errors/* UserError */.y(`prisma migrate diff timed out for ${opts.service.name}`, {
            why: 'replaying the migrations into the shadow database took longer than 5 minutes',
            next: `run it locally in ${opts.service.root || '.'}: ${command}`,
        });
    }
    const outcome = diffOutcome(r.code);
    const errText = (0,redact/* redact */.E$)(`${r.stderr}\n${r.stdout}`.trim());
    if (outcome === 'error' && CONNECTION_ERROR.test(errText)) {
        throw new errors/* UserError */.y(`cannot use the shadow database for ${opts.service.name}: ${firstLines(errText, 3)}`, {
            why: 'the drift check replays every migration into an empty database: it must be reachable and the user must be allowed to create schemas',
            next: 'check shadow-database-url (a postgres service container in the job works: postgresql://postgres@localhost:5432/postgres)',
        });
    }
    return {
        service: opts.service.name,
        outcome,
        summary: outcome === 'different' ? (0,redact/* redact */.E$)(cleanSummary(r.stdout)) : '',
        error: outcome === 'error' ? firstLines(errText.split('\n').filter((l) => !/^Loaded Prisma config/.test(l)).join('\n'), 12) : '',
        prismaVersion: cli.version,
        command,
    };
}
function firstLines(text, n) {
    return text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(0, n)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/migrations/rules/schema-drift.ts



/**
 * The migrations, replayed in order into an empty database, must produce exactly schema.prisma.
 * When they do not, `migrate deploy` builds a database the code does not expect: a forgotten
 * migration, a hand-edited one, or a schema edit after `migrate dev`.
 */
const schemaDrift = {
    id: 'schema-drift',
    severity: 'error',
    summary: 'schema.prisma and the migrations disagree (checked with prisma migrate diff and a shadow database)',
    rationale: 'a database built from the migrations would not match the schema the code is generated from',
};
/** Services worth a drift check: their schema or migrations changed in the PR. */
function needsDrift(s) {
    return s.schemaChanged || s.lockChanged || s.added.length + s.modified.length + s.deleted.length + s.renamed.length > 0;
}
async function runSchemaDrift(opts) {
    const todo = opts.services.filter(needsDrift);
    if (!todo.length)
        return { findings: [], results: [] };
    if (!opts.shadowDatabaseUrl) {
        return {
            results: [],
            findings: [
                types_finding(schemaDrift, {
                    severity: 'notice',
                    message: `schema drift was not checked for ${todo.map((s) => s.service.name).join(', ')}: no shadow database`,
                    why: 'prisma migrate diff replays the migrations into an empty database to compare them with schema.prisma',
                    fix: 'set shadow-database-url (e.g. a postgres service container: postgresql://postgres@localhost:5432/postgres), or pass --shadow-database-url to the CLI',
                }),
            ],
        };
    }
    const findings = [];
    const results = [];
    for (const s of todo) {
        const r = await checkDrift({ repoRoot: opts.repoRoot, service: s.service, shadowDatabaseUrl: opts.shadowDatabaseUrl, prismaCommand: opts.prismaCommand, onProgress: opts.onProgress });
        results.push(r);
        opts.onProgress?.(`schema-drift: ${s.service.name}: ${r.outcome === 'same' ? 'no drift' : r.outcome === 'different' ? 'DRIFT' : 'prisma migrate diff failed'}`);
        const cd = `cd ${(0,shell_quote/* shellQuote */.ZL)(serviceDir(s.service.root))} && `;
        if (r.outcome === 'different') {
            findings.push(types_finding(schemaDrift, {
                file: s.service.schema,
                message: `${s.service.schema} and the migrations in ${s.service.migrations} disagree. Prisma's diff (what the migrations lack):\n${r.summary || '(no summary)'}`,
                why: 'migrate deploy builds databases from the migrations: they would not match the schema the Prisma Client is generated from',
                fix: `${cd}npx prisma migrate dev --name <describe_the_change> to add the missing migration (reproduce with: ${r.command})`,
            }));
        }
        else if (r.outcome === 'error') {
            findings.push(types_finding(schemaDrift, {
                file: s.service.migrations,
                message: `prisma migrate diff could not replay the migrations of ${s.service.name}: ${r.error}`,
                why: 'a migration that fails on an empty database fails in every new environment too',
                fix: `${cd}${r.command} and fix the migration it reports`,
            }));
        }
    }
    return { findings, results };
}

;// CONCATENATED MODULE: ./src/migrations/rules/schema-without-migration.ts


/**
 * The guide's workflow is "edit schema.prisma, then `prisma migrate dev --name ...`, then commit
 * prisma/migrations". A schema change with no new migration folder deploys nothing: the
 * database silently stays behind the code that expects the new columns.
 */
const schemaWithoutMigration = {
    id: 'schema-without-migration',
    severity: 'error',
    summary: 'schema.prisma changed but no new migration was added for the service',
    rationale: 'migrate deploy only applies migration folders; a schema change without one never reaches the database',
    check({ changes }) {
        return changes.services
            .filter((s) => s.schemaChanged && s.added.length === 0 && s.renamed.length === 0)
            .map((s) => types_finding(schemaWithoutMigration, {
            file: s.service.schema,
            message: `${s.service.schema} changed but no new migration folder was added to ${s.service.migrations} (service ${s.service.name})`,
            why: 'prisma migrate deploy applies migration folders only: the database would not get this schema change, and the code expecting it would fail at run time',
            fix: `cd ${(0,shell_quote/* shellQuote */.ZL)(serviceDir(s.service.root))} && npx prisma migrate dev --name <describe_the_change>, then commit ${(0,shell_quote/* shellQuote */.ZL)(s.service.migrations)}`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/migrations/rules/index.ts












/** The guide's migration-history rules that need only Git and the files (schema-drift runs apart). */
const HISTORY_RULES = [
    schemaWithoutMigration,
    editedMigration,
    deletedMigration,
    renamedMigration,
    outOfOrderMigration,
    duplicateMigrationTimestamp,
    invalidMigrationFolder,
    emptyMigration,
    migrationName,
    migrationLock,
    migrationOutsideService,
];
/** Every rule id with its default severity and summary (docs, `--help`). */
const HISTORY_RULE_INFO = [
    ...HISTORY_RULES.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary })),
    { id: schemaDrift.id, severity: schemaDrift.severity, summary: schemaDrift.summary },
];

;// CONCATENATED MODULE: ./src/prisma/schema-diff.ts




/**
 * Ask the project's own Prisma whether two schemas differ for the database
 * (`migrate diff ... --exit-code`). Undefined when no Prisma CLI is installed for the service.
 */
async function prismaSchemaDiff(opts) {
    let cli;
    try {
        cli = (0,prisma_cli/* locatePrisma */.J)(opts.cwd, opts.prismaCommand);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            return undefined;
        throw err;
    }
    let r;
    try {
        r = await (0,prisma_cli/* runPrisma */.G)(cli, schemaDiffArgs(cli.major, opts.from, opts.to), { cwd: opts.cwd, env: placeholders(opts.sources ?? []), timeoutMs: opts.timeoutMs ?? 60_000 });
    }
    catch (err) {
        // The command could not start (a prisma-command that does not exist): as if not installed.
        return { outcome: 'error', prismaVersion: cli.version, text: (0,redact/* redact */.E$)(err.message) };
    }
    const outcome = r.timedOut ? 'error' : diffOutcome(r.code);
    const text = (outcome === 'error' ? `${r.stderr}\n${r.stdout}` : r.stdout)
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l && !/^(Loaded Prisma config|Prisma config detected|Prisma schema loaded|Environment variables loaded)/.test(l.trim()))
        .slice(0, 20)
        .join('\n');
    return { outcome, prismaVersion: cli.version, text: (0,redact/* redact */.E$)(text) };
}
const PLACEHOLDER_URL = 'postgresql://placeholder@127.0.0.1:1/unused';
/** Unset variables the schemas (or prisma.config.ts) read with env("..."): Prisma refuses to load them otherwise. */
function placeholders(sources) {
    const env = {};
    for (const src of sources) {
        for (const m of src.matchAll(/\benv\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)/g)) {
            if (process.env[m[2]] === undefined)
                env[m[2]] = PLACEHOLDER_URL;
        }
    }
    return env;
}

// EXTERNAL MODULE: ./node_modules/@mrleebo/prisma-ast/dist/index.js
var dist = __webpack_require__(9593);
;// CONCATENATED MODULE: ./src/prisma/schema-model.ts

/**
 * The database-relevant part of a Prisma schema, as one canonical string: two schemas with the
 * same string need no migration between them. Left out, because they never reach the database:
 * comments (`//`, `///`), formatting, the generator and datasource blocks (except the
 * datasource's `extensions`, and its `relationMode` when the schema has relations), the order of blocks and fields, Prisma-side names of models and
 * fields (the table and column names come from `@@map` / `@map`), `@updatedAt`, and defaults the
 * Prisma Client computes (`uuid()`, `cuid()`, `nanoid()`, `ulid()`).
 */
function databaseModel(sources) {
    const blocks = sources.flatMap((s) => (0,dist.getSchema)(withoutComments(s)).list);
    const objects = blocks.filter((b) => b.type === 'model' || b.type === 'view');
    const enums = blocks.filter((b) => b.type === 'enum');
    const byName = new Map(objects.map((o) => [o.name, o]));
    const enumDb = new Map(enums.map((e) => [e.name, mappedName(e.enumerators.filter(isAttr), e.name)]));
    const fieldsOf = (o) => o.properties.filter((p) => p.type === 'field');
    const columnOf = (o, field) => {
        const f = o && fieldsOf(o).find((x) => x.name === field);
        return f ? mappedName(f.attributes ?? [], f.name) : field;
    };
    const tableOf = (name) => {
        const o = byName.get(name);
        return o ? mappedName(o.properties.filter(isAttr), o.name) : name;
    };
    const out = {};
    let relations = 0;
    for (const o of objects) {
        const table = `${o.type}:${tableOf(o.name)}`;
        const columns = [];
        for (const f of fieldsOf(o)) {
            const type = typeof f.fieldType === 'string' ? f.fieldType : render(f.fieldType);
            const target = byName.get(type);
            if (target) {
                const rel = relationKey(o, f, target, { columnOf, tableOf, fieldsOf });
                if (rel) {
                    columns.push(rel);
                    relations++;
                }
                continue;
            }
            const attrs = (f.attributes ?? [])
                .filter((a) => !(a.name === 'map' && !a.group) && a.name !== 'updatedAt' && !isClientDefault(a))
                .map((a) => renderAttr(a, (v) => v))
                .sort();
            const dbType = enumDb.has(type) ? `enum ${enumDb.get(type)}` : type;
            columns.push(`${columnOf(o, f.name)}: ${dbType}${f.array ? '[]' : ''}${f.optional ? '?' : ''} ${attrs.join(' ')}`.trim());
        }
        const blockAttrs = o.properties
            .filter(isAttr)
            .filter((a) => !(a.name === 'map' && !a.group))
            .map((a) => renderAttr(a, (v) => columnsIn(v, (field) => columnOf(o, field)), ['id', 'unique'].includes(a.name) ? ['name'] : []))
            .sort();
        out[table] = { columns: columns.sort(), attributes: blockAttrs };
    }
    for (const e of enums) {
        const values = e.enumerators
            .filter((x) => x.type === 'enumerator')
            .map((x) => mappedName(x.attributes ?? [], x.name))
            .sort();
        const attrs = e.enumerators.filter(isAttr).filter((a) => a.name !== 'map').map((a) => renderAttr(a, (v) => v)).sort();
        out[`enum:${enumDb.get(e.name)}`] = { values, attributes: attrs };
    }
    for (const b of blocks) {
        if (b.type !== 'datasource')
            continue;
        // postgresqlExtensions: the extensions list is created by migrations.
        const ext = b.assignments.find((a) => a.type === 'assignment' && a.key === 'extensions');
        if (ext)
            out['datasource:extensions'] = render(ext.value);
        // relationMode "prisma" (formerly referentialIntegrity) keeps foreign keys out of the database:
        // switching it adds or drops every foreign key, so it counts once the schema has relations.
        const mode = b.assignments.find((a) => a.type === 'assignment' && (a.key === 'relationMode' || a.key === 'referentialIntegrity'));
        if (relations)
            out['datasource:relationMode'] = mode ? render(mode.value).replace(/"/g, '') : 'foreignKeys';
    }
    return JSON.stringify(Object.keys(out).sort().map((k) => [k, out[k]]));
}
/**
 * Comments (line comments, doc comments and block comments) removed outside string literals, and
 * trailing blanks trimmed, before parsing: they never matter to the database, and the parser rejects some placements Prisma accepts
 * (`model A { // note`).
 */
function withoutComments(source) {
    let out = '';
    let inString = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (inString) {
            out += c;
            if (c === '\\')
                out += source[++i] ?? '';
            else if (c === '"' || c === '\n')
                inString = false;
        }
        else if (c === '"') {
            inString = true;
            out += c;
        }
        else if (c === '/' && source[i + 1] === '*') {
            // A block comment (Prisma accepts them too): its newlines are kept, so lines stay apart.
            const end = source.indexOf('*/', i + 2);
            const stop = end < 0 ? source.length : end + 2;
            out += source.slice(i, stop).replace(/[^\n]/g, '');
            i = stop - 1;
        }
        else if (c === '/' && source[i + 1] === '/') {
            while (i < source.length && source[i] !== '\n')
                i++;
            out += '\n';
        }
        else
            out += c;
    }
    return out.replace(/[ \t\r]+\n/g, '\n');
}
function isAttr(p) {
    return p.type === 'attribute';
}
/** `@map("x")` / `@@map("x")`, else the Prisma name. */
function mappedName(attrs, name) {
    const map = attrs.find((a) => a.name === 'map' && !a.group);
    const arg = map?.args?.[0]?.value;
    const v = arg && typeof arg === 'object' && !Array.isArray(arg) && arg.type === 'keyValue' ? arg.value : arg;
    return typeof v === 'string' ? unquote(v) : name;
}
function unquote(s) {
    return /^".*"$/s.test(s) ? s.slice(1, -1) : s;
}
const CLIENT_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);
function isClientDefault(a) {
    if (a.name !== 'default' || a.group)
        return false;
    const v = a.args?.[0]?.value;
    return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'function' && CLIENT_DEFAULTS.has(v.name);
}
/** Field names inside an attribute's arguments (`[a, b]`, `a(sort: Desc)`), as their column names. */
function columnsIn(v, col) {
    if (typeof v === 'string')
        return /^[A-Za-z_]\w*$/.test(v) ? col(v) : v;
    if (Array.isArray(v))
        return v.map((x) => columnsIn(x, col));
    if (v && typeof v === 'object') {
        if (v.type === 'array')
            return { ...v, args: v.args.map((x) => columnsIn(x, col)) };
        if (v.type === 'function')
            return { ...v, name: col(v.name) };
        if (v.type === 'keyValue')
            return v.key === 'fields' ? { ...v, value: columnsIn(v.value, col) } : v;
    }
    return v;
}
function renderAttr(a, mapArg, dropKeys = []) {
    const args = (a.args ?? [])
        .map((x) => x.value)
        .filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && v.type === 'keyValue' && dropKeys.includes(v.key)))
        .map((v, i) => render(i === 0 || (typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'keyValue' && v.key === 'fields') ? mapArg(v) : v));
    return `@${a.group ? `${a.group}.` : ''}${a.name}(${args.join(', ')})`;
}
function render(v) {
    if (v === undefined || v === null)
        return 'null';
    if (typeof v !== 'object')
        return String(v);
    if (Array.isArray(v))
        return `[${v.map(render).join(', ')}]`;
    switch (v.type) {
        case 'array':
            return `[${v.args.map(render).join(', ')}]`;
        case 'function':
            return `${v.name}(${(v.params ?? []).map(render).join(', ')})`;
        case 'keyValue':
            return `${v.key}: ${render(v.value)}`;
        case 'object':
            return `{${v.properties.map(render).join(', ')}}`;
    }
}
/**
 * A relation field has no column of its own. The side with `fields:` holds the foreign key
 * (its columns, the referenced table and columns, and the actions matter); a list with no
 * `fields:` is either the other side of that (nothing in the database) or an implicit
 * many-to-many, whose join table `_<relation name>` is named after the Prisma model names.
 */
function relationKey(o, f, target, l) {
    const rel = (f.attributes ?? []).find((a) => a.name === 'relation' && !a.group);
    const args = (rel?.args ?? []).map((x) => x.value);
    const kv = (key) => args.find((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'keyValue' && v.key === key);
    const positional = args.find((v) => typeof v === 'string');
    const name = kv('name')?.value ?? positional;
    const fields = kv('fields');
    if (fields) {
        const cols = (v, model) => render(columnsIn(v, (x) => l.columnOf(model, x)));
        const refs = kv('references');
        const rest = ['onDelete', 'onUpdate', 'map'].map((k) => kv(k)).filter((x) => !!x).map(render);
        return `fk ${cols(fields.value, o)} -> ${l.tableOf(target.name)}${refs ? cols(refs.value, target) : ''} ${rest.join(' ')}`.trim();
    }
    if (!f.array)
        return undefined;
    const back = l.fieldsOf(target).find((x) => x.fieldType === o.name && x.array && x !== f);
    if (!back)
        return undefined;
    const relName = name !== undefined ? unquote(String(name)) : [o.name, target.name].sort().join('To');
    return `m2m _${relName} ${[o.name, target.name].sort().join(' ')}`;
}

;// CONCATENATED MODULE: ./src/migrations/schema-change.ts






/**
 * Compare the service's schema at the merge base with the working tree's. The project's own
 * Prisma decides when it is installed and answers (`migrate diff`, no database); otherwise a
 * parsed, normalized model of the database-relevant parts is compared.
 */
async function schemaEditVerdict(opts) {
    const baseRoot = await opts.tree.root();
    const head = schemaAt(external_node_path_default().resolve(opts.repoRoot), opts.service);
    const base = schemaAt(baseRoot, opts.service);
    const headFiles = head.files;
    const baseFiles = base.files;
    if (!headFiles.length)
        return { kind: 'unknown', reason: `${opts.service.schema} is gone` };
    const serviceDir = external_node_path_default().resolve(opts.repoRoot, opts.service.root || '.');
    const configs = CONFIG_FILES.map((f) => external_node_path_default().join(serviceDir, f)).filter((f) => (0,external_node_fs_.existsSync)(f));
    const sources = [...headFiles, ...baseFiles, ...configs].map((f) => (0,external_node_fs_.readFileSync)(f, 'utf8'));
    const prisma = await prismaSchemaDiff({ cwd: serviceDir, from: baseFiles.length ? base.path : undefined, to: head.path, sources, prismaCommand: opts.prismaCommand });
    if (prisma && prisma.outcome !== 'error') {
        opts.onProgress?.(`schema-without-migration: ${opts.service.name}: prisma ${prisma.prismaVersion} migrate diff: ${prisma.outcome === 'same' ? 'no database change' : 'the database would change'}`);
        return { kind: prisma.outcome, via: `prisma ${prisma.prismaVersion} migrate diff`, detail: prisma.text };
    }
    if (prisma)
        opts.onProgress?.(`schema-without-migration: ${opts.service.name}: prisma migrate diff failed, comparing parsed schemas instead: ${prisma.text.split('\n')[0] ?? ''}`);
    let headModel;
    let baseModel;
    try {
        headModel = databaseModel(headFiles.map((f) => (0,external_node_fs_.readFileSync)(f, 'utf8')));
        baseModel = databaseModel(baseFiles.map((f) => (0,external_node_fs_.readFileSync)(f, 'utf8')));
    }
    catch (err) {
        return { kind: 'unknown', reason: `the schema could not be parsed (${firstLine(err.message)})${prisma ? ` and prisma migrate diff failed (${firstLine(prisma.text)})` : ''}` };
    }
    return { kind: headModel === baseModel ? 'same' : 'different', via: 'the parsed schemas', detail: '' };
}
function firstLine(s) {
    return (s.split('\n').find((l) => l.trim()) ?? '').slice(0, 200);
}

;// CONCATENATED MODULE: ./src/migrations/check.ts













/** Edited files are few; a per-file `git diff -U0` for them is cheap and gives annotations a line. */
const MAX_LINE_LOOKUPS = 50;
/**
 * The PR check's migration-history rules (the guide's Collaboration Guidelines, Review Checklist
 * and Migration Safety), plus schema drift when a shadow database is given. No rendering here:
 * the check-migrations action, the CLI and the root PR check each render the result.
 */
async function runHistoryCheck(opts) {
    const progress = opts.onProgress ?? (() => undefined);
    const changes = await (0,migrations_changes/* collectMigrationChanges */.Kk)(opts.repoRoot, opts.config, opts.baseRef);
    progress(`check-migrations: ${opts.baseRef} at ${changes.base.tip.slice(0, 12)}, merge base ${changes.base.mergeBase.slice(0, 12)}; ` +
        `${changes.services.length} service(s), ${changes.services.reduce((n, s) => n + s.added.length, 0)} new migration(s)`);
    const lines = new Map();
    for (const m of changes.services.flatMap((s) => s.modified).slice(0, MAX_LINE_LOOKUPS)) {
        lines.set(m.sqlPath, await (0,git_changes/* firstChangedLine */.zT)(opts.repoRoot, changes.base.mergeBase, m.sqlPath));
    }
    const tree = new base_tree/* BaseTree */.O(opts.repoRoot, changes.base.mergeBase, opts.config);
    try {
        // The merge base's files, read only when a rule compares with them (a deletion, a lock edit).
        const needsBase = changes.services.some((s) => s.lockChanged) || changes.files.some((f) => f.status === 'D' || f.status === 'R');
        let base;
        if (needsBase) {
            const root = await tree.root();
            base = { services: await tree.services(), read: (rel) => readOr(external_node_path_default().join(root, rel)) };
        }
        const ctx = {
            repoRoot: opts.repoRoot,
            config: opts.config,
            changes,
            read: (rel) => readOr(external_node_path_default().join(opts.repoRoot, rel)) ?? '',
            changedLine: (rel) => lines.get(rel),
            ...(base ? { base } : {}),
        };
        let findings = HISTORY_RULES.flatMap((r) => r.check(ctx));
        const drift = await runSchemaDrift({
            repoRoot: opts.repoRoot,
            services: changes.services,
            shadowDatabaseUrl: opts.shadowDatabaseUrl,
            prismaCommand: opts.prismaCommand,
            onProgress: progress,
        });
        // A schema edit Prisma reports as no database change (a comment, a generator block) needs no migration.
        const clean = new Set(drift.results.filter((r) => r.outcome === 'same').map((r) => r.service));
        const cleanSchemas = new Set(changes.services.filter((s) => clean.has(s.service.name)).map((s) => s.service.schema));
        findings = findings.filter((f) => !(f.rule === schemaWithoutMigration.id && f.file && cleanSchemas.has(f.file)));
        findings = await judgeSchemaEdits(findings, changes, tree, opts);
        findings = await gradeOutOfOrder(findings, { repoRoot: opts.repoRoot, changes, replay: opts.replay !== false, ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}), onProgress: progress });
        findings.push(...drift.findings);
        findings = applySeverityOverrides(findings, opts.config);
        // Only what the PR introduces fails it: what the same checks find on the merge base is a notice.
        if (hasStateFindings(findings)) {
            const before = await baseStateFindings(tree, opts.config, changes);
            findings = await (0,introduced/* markPreexisting */.W)(findings, applySeverityOverrides(before, opts.config), { baseRef: changes.base.ref, since: sinceOnBase(opts.repoRoot, changes, tree) });
        }
        const ran = new Set(['history']);
        if (drift.results.length)
            ran.add('drift');
        return { findings, changes, ran, drift: drift.results };
    }
    finally {
        tree.dispose();
    }
}
function readOr(abs) {
    try {
        return (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The short commit that brought a finding's file to the base (the merge base when git cannot tell). */
function sinceOnBase(repoRoot, changes, tree) {
    const cache = new Map();
    const fallback = changes.base.mergeBase.slice(0, 7);
    return (f) => {
        const file = f.file;
        if (!file)
            return Promise.resolve(fallback);
        let p = cache.get(file);
        if (!p) {
            p = (async () => {
                const root = await tree.root();
                if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(root, file)))
                    return fallback; // e.g. a lock file missing there
                return (await (0,git_tree/* addedIn */.G$)(repoRoot, changes.base.mergeBase, file)) ?? fallback;
            })();
            cache.set(file, p);
        }
        return p;
    };
}
/**
 * schema-without-migration only when the database would change: ask the project's Prisma (or
 * compare the parsed schemas) whether the base and head schemas differ for the database. Same:
 * no finding. Different: the error stands. Not provable: a warning that says so.
 */
async function judgeSchemaEdits(findings, changes, tree, opts) {
    const out = [];
    for (const f of findings) {
        const s = f.rule === schemaWithoutMigration.id ? changes.services.find((x) => x.service.schema === f.file) : undefined;
        if (!s) {
            out.push(f);
            continue;
        }
        const verdict = await schemaEditVerdict({ repoRoot: opts.repoRoot, service: s.service, tree, prismaCommand: opts.prismaCommand, onProgress: opts.onProgress });
        if (verdict.kind === 'same') {
            opts.onProgress?.(`schema-without-migration: ${s.service.name}: the schema edit changes nothing in the database (${verdict.via})`);
            continue;
        }
        if (verdict.kind !== 'unknown') {
            out.push(verdict.detail ? { ...f, message: `${f.message}. ${verdict.via} reports:\n${verdict.detail}` } : f);
            continue;
        }
        out.push({
            ...f,
            severity: 'warning',
            message: `${s.service.schema} changed and no migration was added; whether the database would change could not be proven: ${verdict.reason}`,
        });
    }
    return out;
}
/** `lint.rules: { migration-name: error | warning | notice | off }` re-grades history rules too. */
function applySeverityOverrides(findings, config) {
    const out = [];
    for (const f of findings) {
        const setting = config.lint.rules[f.rule];
        if (setting === 'off')
            continue;
        // The "drift not checked" notice stays a notice whatever the rule's grade.
        const keep = f.rule === schemaDrift.id && f.severity === 'notice';
        out.push(setting && !keep ? { ...f, severity: setting } : f);
    }
    return out;
}


/***/ }),

/***/ 8638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ sameDatabase),
/* harmony export */   LS: () => (/* binding */ withParams),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   mx: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7733);


/**
 * Parse a PostgreSQL URL and register its password (and the whole URL) as secrets before
 * anything can print them. Errors never echo the URL itself.
 */
function parseDatabaseUrl(raw, label = 'database-url') {
    const value = raw.trim();
    if (!value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} is empty`, {
            why: 'a PostgreSQL connection URL is required for this command',
            next: `pass ${label} (e.g. a repository secret: \${{ secrets.DATABASE_URL }})`,
        });
    }
    (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value);
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} is not a valid URL`, {
            why: 'expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE',
            next: `check the secret that feeds ${label}`,
        });
    }
    if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} uses the scheme "${u.protocol.replace(/:$/, '')}", not postgresql`, {
            why: 'migration-gates only manages PostgreSQL databases',
            next: `set ${label} to postgresql://USER:PASSWORD@HOST:PORT/DATABASE`,
        });
    }
    if (u.password)
        (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(decodeURIComponent(u.password));
    const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (!database) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} names no database`, {
            why: 'the URL path must be the database name',
            next: `append /DATABASE to ${label}`,
        });
    }
    return {
        url: value,
        host: u.hostname || 'localhost',
        port: u.port ? Number(u.port) : 5432,
        database,
        user: decodeURIComponent(u.username),
        schema: u.searchParams.get('schema') ?? 'public',
    };
}
/** A printable description: user@host:port/db, never the password. */
function describeTarget(t) {
    return `${t.user ? `${t.user}@` : ''}${t.host}:${t.port}/${t.database}`;
}
/** The same server and credentials, another database (for shadow, sync and restore targets). */
function withDatabase(t, database) {
    const u = new URL(t.url);
    u.pathname = `/${encodeURIComponent(database)}`;
    return { ...t, url: u.toString(), database };
}
/** Add or replace query parameters (e.g. `options` for lock_timeout) without touching the rest. */
function withParams(t, params) {
    const u = new URL(t.url);
    for (const [k, v] of Object.entries(params))
        u.searchParams.set(k, v);
    const url = u.toString();
    (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(url);
    return { ...t, url };
}
/** Same host, port and database: the sync guard's notion of "the same database". */
function sameDatabase(a, b) {
    const norm = (h) => (h === 'localhost' || h === '::1' || h === '[::1]' ? '127.0.0.1' : h.toLowerCase());
    return norm(a.host) === norm(b.host) && a.port === b.port && a.database === b.database;
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ markPreexisting)
/* harmony export */ });
/* unused harmony export findingKey */
/**
 * "Only what the PR introduces fails it": findings the same checks already give on the merge
 * base are shown once, as a notice, and never change the exit code. One mechanism for every
 * check: findings of base and head are matched by a stable key.
 */
/** SQL as a key: comments dropped, whitespace collapsed, case folded (formatting is no new problem). */
function normalizeSql(sql) {
    return sql
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/--[^\n]*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/**
 * rule + file + subject. The subject is the statement and table for a lint finding, else the
 * message with its numbers blanked (counts, line numbers and timestamps shift between base and
 * head; the file already names the migration). Line numbers never take part.
 */
function findingKey(f) {
    const subject = f.statement !== undefined || f.table !== undefined ? `${f.table ?? ''}|${normalizeSql(f.statement ?? '')}` : f.message.replace(/\d+/g, '#');
    return `${f.rule}\0${f.file ?? ''}\0${subject}`;
}
/**
 * Head findings whose key the base findings also have become one notice each ("already on
 * <base> since <commit>"); a key counts as many times as the base has it, so a second
 * occurrence the PR adds stays what it is. Everything else is returned unchanged.
 */
async function markPreexisting(head, base, opts) {
    const left = new Map();
    for (const f of base)
        left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
    const out = [];
    const shown = new Set();
    for (const f of head) {
        const key = findingKey(f);
        const n = left.get(key) ?? 0;
        if (n === 0) {
            out.push(f);
            continue;
        }
        left.set(key, n - 1);
        if (shown.has(key))
            continue; // once
        shown.add(key);
        const since = await opts.since(f);
        out.push({
            ...f,
            severity: 'notice',
            message: `already on ${opts.baseRef} since ${since}: ${f.message}`,
            why: `this pull request did not introduce it, so it does not fail the check${f.why ? `; the hazard: ${f.why}` : ''}`,
        });
    }
    return out;
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
