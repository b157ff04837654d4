export const id = 156;
export const ids = [156];
export const modules = {

/***/ 70156:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6944);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19556);
/* harmony import */ var _lint_replay_actions_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4789);
/* harmony import */ var _pr_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36487);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26146);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83916);
// Root action (action.yml): the full PR check, history rules and SQL lint, with one sticky comment.









await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .Cs)(async () => {
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve((0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputOptional */ .df)('working-directory') ?? '.');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(repoRoot, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputOptional */ .df)('config'));
    const ctx = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventContext */ .w)();
    const baseRef = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputOptional */ .df)('base-ref') ?? ctx.pullRequest?.baseRef;
    if (!baseRef) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('no base branch to compare with', {
            why: 'this is not a pull_request event and base-ref is empty',
            next: 'run on pull_request, or set base-ref: develop',
        });
    }
    const useCache = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputBool */ .jo)('cache', true);
    const cacheDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? repoRoot, 'migration-gates-replay');
    if (useCache)
        await (0,_lint_replay_actions_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .restoreReplayCache */ .eG)({ cacheDir, log: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(l) });
    const report = await (0,_pr_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runPrCheck */ .g)({
        repoRoot,
        config,
        baseRef,
        shadowDatabaseUrl: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputSecret */ .Pm)('shadow-database-url'),
        statsDatabaseUrl: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputSecret */ .Pm)('stats-database-url'),
        prismaCommand: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputOptional */ .df)('prisma-command'),
        cacheDir: useCache ? cacheDir : undefined,
        lint: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputBool */ .jo)('lint', true),
        onProgress: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(l),
    });
    if (useCache)
        await (0,_lint_replay_actions_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .saveReplayCache */ .nM)({ cacheDir, log: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(l) });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('new-migrations', JSON.stringify(report.newMigrations));
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .publishReport */ .S)(report, { failOn: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputFailOn */ .yL)(), comment: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputBool */ .jo)('comment', true), token: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .inputOptional */ .df)('github-token') });
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 36487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ runPrCheck)
});

// EXTERNAL MODULE: ./src/migrations/check.ts + 23 modules
var check = __webpack_require__(43717);
// EXTERNAL MODULE: ./src/lint/run.ts + 4 modules
var run = __webpack_require__(56500);
// EXTERNAL MODULE: ./src/lint/sections.ts
var lint_sections = __webpack_require__(78561);
// EXTERNAL MODULE: ./src/report/checklist.ts
var checklist = __webpack_require__(1478);
// EXTERNAL MODULE: ./src/migrations/base-tree.ts
var base_tree = __webpack_require__(7541);
// EXTERNAL MODULE: ./src/git/tree.ts
var git_tree = __webpack_require__(95090);
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


/***/ })

};
