export const id = 752;
export const ids = [752];
export const modules = {

/***/ 53041:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6944);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19556);
/* harmony import */ var _migrations_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43717);
/* harmony import */ var _migrations_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83183);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26146);
// check-migrations: the guide's migration-history rules on a pull request (actions/check-migrations).









await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .Cs)(async () => {
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('working-directory') ?? '.');
    const failOn = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputFailOn */ .yL)();
    const comment = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputBool */ .jo)('comment', true);
    const shadowDatabaseUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSecret */ .Pm)('shadow-database-url');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(repoRoot, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('config'));
    const baseRef = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('base-ref') ?? (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readEventContext */ .w)().pullRequest?.baseRef;
    if (!baseRef) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('no base branch to compare with', {
            why: 'this is not a pull_request event and the base-ref input is empty',
            next: 'run the action on pull_request, or set base-ref: develop',
        });
    }
    const result = await (0,_migrations_check_js__WEBPACK_IMPORTED_MODULE_6__/* .runHistoryCheck */ .c)({
        repoRoot,
        config,
        baseRef,
        shadowDatabaseUrl,
        prismaCommand: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('prisma-command'),
        onProgress: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(l),
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput('new-migrations', JSON.stringify((0,_migrations_report_js__WEBPACK_IMPORTED_MODULE_7__/* .newMigrationPaths */ .v)(result.changes)));
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_8__/* .publishReport */ .S)((0,_migrations_report_js__WEBPACK_IMPORTED_MODULE_7__/* .historyReport */ .T)(result), { failOn, comment, token: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .inputOptional */ .df)('github-token') });
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 30977:
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
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10308);

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

/***/ 10308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   DJ: () => (/* binding */ revParse),
/* harmony export */   fE: () => (/* binding */ isShallow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67212);


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

/***/ 32488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kk: () => (/* binding */ collectMigrationChanges),
  Yy: () => (/* binding */ serviceOfPath)
});

// UNUSED EXPORTS: isSchemaPath, splitMigrationPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(10308);
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
var changes = __webpack_require__(30977);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(62986);
// EXTERNAL MODULE: ./src/migrations/model.ts
var model = __webpack_require__(65256);
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


/***/ }),

/***/ 83183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ historyReport),
/* harmony export */   v: () => (/* binding */ newMigrationPaths)
/* harmony export */ });
/* harmony import */ var _report_checklist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1478);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


/** Repository-relative migration.sql paths the PR adds, in apply order per service (the `new-migrations` output). */
function newMigrationPaths(changes) {
    return changes.services.flatMap((s) => s.added.map((m) => m.sqlPath));
}
/** A code span for a PR-controlled name: no backtick, pipe or newline can break out of it. */
function codeSpan(text) {
    return `\`${text.replace(/[`\r\n]/g, "'").replace(/\|/g, '\\|')}\``;
}
function changesSection(result) {
    const rows = result.changes.services.flatMap((s) => [
        ...s.added.map((m) => [s.service.name, 'added', m.name]),
        ...s.modified.map((m) => [s.service.name, 'edited', m.name]),
        ...s.deleted.map((m) => [s.service.name, 'deleted', m.name]),
        ...s.renamed.map((r) => [s.service.name, 'renamed', `${r.from.name} → ${r.to.name}`]),
    ]);
    if (!rows.length)
        return '_No migration folder changed._';
    return ['| Service | Change | Migration |', '|---|---|---|', ...rows.map(([svc, change, name]) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdEscape */ .Li)(svc)} | ${change} | ${codeSpan(name)} |`)].join('\n');
}
/** The check-migrations report for every sink (summary, comment, JSON, terminal). */
function historyReport(result) {
    const { changes } = result;
    const sections = [
        { title: `Migration changes against ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdEscape */ .Li)(changes.base.ref)}`, markdown: changesSection(result) },
    ];
    if (result.drift.length) {
        sections.push({
            title: 'Schema drift',
            markdown: result.drift
                .map((d) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdEscape */ .Li)(d.service)}: ${d.outcome === 'same' ? 'migrations reproduce the schema' : d.outcome === 'different' ? 'drift found' : 'prisma migrate diff failed'} (prisma ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdEscape */ .Li)(d.prismaVersion)})`)
                .join('\n'),
        });
    }
    return {
        tool: 'check-migrations',
        title: 'migration-gates: migration history',
        findings: result.findings,
        checklist: (0,_report_checklist_js__WEBPACK_IMPORTED_MODULE_0__/* .buildChecklist */ .n)(result.findings, result.ran),
        sections,
        facts: {
            base: changes.base.ref,
            baseTip: changes.base.tip,
            mergeBase: changes.base.mergeBase,
            services: changes.services.map((s) => s.service.name),
            newMigrations: newMigrationPaths(changes),
            checks: [...result.ran],
        },
    };
}


/***/ })

};
