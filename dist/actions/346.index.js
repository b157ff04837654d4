export const id = 346;
export const ids = [346,336];
export const modules = {

/***/ 41346:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33838);
/* harmony import */ var _security_log_line_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(47851);
/* harmony import */ var _apply_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73353);
/* harmony import */ var _apply_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71400);
/* harmony import */ var _apply_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22971);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6944);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19556);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26146);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(54285);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(77733);














await (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .runAction */ .Cs)(async () => {
    try {
        await applyMigration();
    }
    catch (err) {
        // Every failure still sets `status` and writes the summary a later step (or a person) reads.
        await reportFailure(err);
    }
});
async function applyMigration() {
    // Secrets first: masked before anything can print them.
    const databaseUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputSecret */ .Pm)('database-url');
    const stagingDatabaseUrl = (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputSecret */ .Pm)('staging-database-url');
    if (!databaseUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y('input database-url is empty', {
            why: 'apply-migration needs the database to migrate',
            next: 'pass database-url: ${{ secrets.DATABASE_URL }} from the job\'s GitHub Environment',
        });
    }
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.cwd(), (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('working-directory') ?? '.');
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_6__.loadConfig)(repoRoot, (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('config'));
    const event = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_9__/* .readEventContext */ .w)();
    const result = await (0,_apply_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runApply */ .O)({
        repoRoot,
        config,
        databaseUrl,
        environment: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('environment'),
        // The ref the runner dispatched: deliberately not an input, so the branch gate cannot be talked around.
        ref: event.ref,
        confirm: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('confirm'),
        dryRun: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputBool */ .jo)('dry-run', false),
        backupManifest: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('backup-manifest'),
        backupDirectory: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('backup-directory'),
        stagingDatabaseUrl,
        lockTimeout: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('lock-timeout'),
        statementTimeout: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('statement-timeout'),
        advisoryLockTimeout: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('advisory-lock-timeout'),
        prismaCommand: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('prisma-command'),
        service: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('service'),
        overrideReason: (0,_github_action_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .inputOptional */ .df)('override-reason'),
        actor: process.env.GITHUB_ACTOR,
        onLog: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_2__.info((0,_security_log_line_js__WEBPACK_IMPORTED_MODULE_13__/* .safeLogLine */ .A)(line)),
    });
    if (result.dryRun && result.plan.pending.length) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.startGroup(`SQL of the ${result.plan.pending.length} pending migration(s)`);
        for (const m of result.plan.pending) {
            for (const line of (0,_apply_report_js__WEBPACK_IMPORTED_MODULE_4__/* .sqlLogLines */ .up)(m.name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, m.sqlPath), 'utf8')))
                _actions_core__WEBPACK_IMPORTED_MODULE_2__.info((0,_security_log_line_js__WEBPACK_IMPORTED_MODULE_13__/* .safeLogLine */ .A)((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redact */ .E$)(line)));
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.endGroup();
    }
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .publishReport */ .S)(result.report, { failOn: 'error', comment: false, token: undefined });
    const summaryPath = writeSummaryFile(result.report);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('status', result.status);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('environment', result.environment);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('applied', JSON.stringify(result.applied));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('pending-before', result.pendingBefore);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('plan', (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redact */ .E$)(JSON.stringify((0,_apply_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planSummary */ .M)(result.plan))));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('summary', summaryPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('failed-migration', result.recovery?.failedMigration ?? '');
    if (result.status === 'failed' || result.status === 'blocked')
        process.exitCode = 1;
}
function writeSummaryFile(report) {
    const dir = process.env.RUNNER_TEMP ?? process.cwd();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const summaryPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'migration-gates-apply-summary.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(summaryPath, (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redact */ .E$)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarkdown */ .Gc)(report)));
    return summaryPath;
}
/** An error before a result existed (no Prisma CLI to run, an unreachable database): status `error`, a summary naming it. */
async function reportFailure(err) {
    const text = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .describeError */ .U)(err));
    const [what, ...rest] = text.split('\n');
    const why = rest.find((l) => l.startsWith('Why: '))?.slice(5);
    const next = rest.find((l) => l.startsWith('Next: '))?.slice(6);
    const report = {
        tool: 'apply-migration',
        title: `apply: error, nothing was applied: ${what}`,
        findings: [{ rule: 'apply-error', severity: 'error', message: what ?? text, ...(why ? { why } : {}), ...(next ? { fix: next } : {}) }],
    };
    await _actions_core__WEBPACK_IMPORTED_MODULE_2__.summary.addRaw((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redact */ .E$)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarkdown */ .Gc)(report)), true).write();
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('status', 'error');
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('summary', writeSummaryFile(report));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('applied', '[]');
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setOutput('failed-migration', '');
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.setFailed(text);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 73353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   M: () => (/* binding */ planSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _migrations_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65256);
/* harmony import */ var _prisma_checksum_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16857);
/* harmony import */ var _prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6798);






async function buildPlan(client, repoRoot, service, dbSchema) {
    const folders = (0,_migrations_model_js__WEBPACK_IMPORTED_MODULE_3__/* .listMigrations */ .YJ)(repoRoot, service.migrations);
    const noSql = folders.filter((f) => !f.hasSql);
    if (noSql.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`migration folder(s) without migration.sql in ${service.migrations}: ${noSql.map((f) => f.name).join(', ')}`, {
            why: 'prisma migrate deploy fails on a migration folder that has no migration.sql',
            next: 'restore the file from git (git checkout -- <folder>/migration.sql) or delete the empty folder',
        });
    }
    const local = folders.map((f) => {
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, f.sqlPath));
        return { name: f.name, sqlPath: f.sqlPath, checksum: (0,_prisma_checksum_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationChecksum */ .C)(bytes), sizeBytes: bytes.length };
    });
    const rows = (await (0,_prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_5__/* .readAppliedMigrations */ .fk)(client, dbSchema)) ?? null;
    const all = rows ?? [];
    const appliedNames = new Set(all.filter(_prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_5__/* .isApplied */ .KN).map((r) => r.name));
    const localNames = new Set(local.map((m) => m.name));
    return {
        service: service.name,
        migrationsDir: service.migrations,
        dbSchema,
        tableExists: rows !== null,
        rows: all,
        local,
        pending: local.filter((m) => !appliedNames.has(m.name)),
        failed: all.filter(_prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_5__/* .isFailed */ .Ix),
        missingLocally: [...appliedNames].filter((n) => !localNames.has(n)),
    };
}
/** The `plan` output and the JSON report's view: small, no SQL, no row internals. */
function planSummary(plan) {
    return {
        service: plan.service,
        migrationsDir: plan.migrationsDir,
        applied: plan.rows.filter(_prisma_migrations_table_js__WEBPACK_IMPORTED_MODULE_5__/* .isApplied */ .KN).length,
        pending: plan.pending.map((m) => ({ name: m.name, checksum: m.checksum, sqlPath: m.sqlPath })),
        failed: plan.failed.map((r) => r.name),
        missingLocally: plan.missingLocally,
    };
}


/***/ }),

/***/ 71400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ buildApplyReport),
/* harmony export */   up: () => (/* binding */ sqlLogLines)
/* harmony export */ });
/* unused harmony exports inlineCode, fenced, gatesTable, planTable, printable, sqlSection, recoverySection */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _report_table_cell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57671);
/* harmony import */ var _security_log_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47851);



/** Inline code that a name with backticks cannot break out of. */
function inlineCode(text) {
    const t = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}
/** A fenced block that the content (SQL from a PR) cannot close early. */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}
const ICON = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skip', 'apply-time': '⏳ checked at apply time' };
function gatesTable(gates) {
    const rows = gates.map((g) => {
        const o = g.outcome;
        const status = o.overridden ? '⚠️ overridden' : ICON[o.status];
        const extra = [
            ...(o.details ?? []).slice(0, 20).map((d) => `<br>• ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(d)}`),
            o.status === 'fail' && o.remedy ? `<br>_Next:_ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(o.remedy)}` : '',
        ].join('');
        return `| ${(0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .G)(g.name)} | ${status} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(o.reason)}${extra} |`;
    });
    return ['| Gate | Result | Details |', '|---|---|---|', ...rows].join('\n');
}
function planTable(plan, applied, recovery) {
    if (!plan.pending.length)
        return `_Nothing pending: all ${plan.local.length} migration(s) of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(plan.migrationsDir)} are applied._`;
    const state = (name) => applied.includes(name) ? '✅ applied' : recovery?.failedMigration === name ? '❌ failed' : recovery ? '⏸️ not started' : '⏳ pending';
    const rows = plan.pending.map((m, i) => `| ${i + 1} | ${(0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .G)(m.name)} | ${(0,_report_table_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .G)(m.checksum.slice(0, 12))} | ${state(m.name)} |`);
    return [`${plan.pending.length} pending migration(s) in ${inlineCode(plan.migrationsDir)}:`, '', '| # | Migration | SHA-256 | State |', '|---|---|---|---|', ...rows].join('\n');
}
/** Control characters (terminal escapes) from a PR's SQL never reach a terminal or log raw. */
function printable(text) {
    return text.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
function sqlSection(plan, sqlOf) {
    return plan.pending.map((m) => `#### ${inlineCode(m.name)}\n\n${fenced(printable(sqlOf(m.name)), 'sql')}`).join('\n\n') || '_Nothing pending._';
}
/** The SQL for a log: every line numbered, so no line of it can start a workflow command (`::`). */
function sqlLogLines(name, sql) {
    const lines = printable(sql).replace(/\n$/, '').split('\n');
    const w = String(lines.length).length;
    return [(0,_security_log_line_js__WEBPACK_IMPORTED_MODULE_2__/* .safeLogLine */ .A)(`-- ${printable(name)} (${lines.length} line(s))`), ...lines.map((l, i) => `${String(i + 1).padStart(w)} │ ${l}`)];
}
function recoverySection(r) {
    const lines = [
        r.failedMigration ? `**Failed migration:** ${inlineCode(r.failedMigration)}` : '**No migration was started.**',
        r.error ? `**PostgreSQL error:** ${inlineCode(r.error)}` : '',
        `**Partial changes:** ${r.partialChanges === 'none' ? 'none' : r.partialChanges === 'present' ? 'yes, they remain (listed below)' : 'possible (the migration commits on its own)'}`,
        `**_prisma_migrations:** ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(r.migrationsTable)}`,
        '',
        ...r.facts.map((f) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(f)}`),
        '',
        '**Next steps:**',
        ...r.steps.map((s, i) => `${i + 1}. ${stepMarkdown(s)}`),
    ];
    return lines.filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n');
}
/** Show the command part of a step as code, so it can be copied as is. */
function stepMarkdown(step) {
    const m = /^(.*?: )((?:npx|cd) .*)$/.exec(step);
    if (!m)
        return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(step);
    return `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(m[1])}${inlineCode(m[2])}`;
}
function buildApplyReport(i) {
    const n = i.plan.pending.length;
    const title = {
        applied: `apply ${i.environment}: ${i.applied.length} migration(s) applied to ${i.database}`,
        'nothing-pending': `apply ${i.environment}: nothing pending on ${i.database}`,
        'dry-run': `apply ${i.environment} (dry run): ${n} migration(s) would be applied to ${i.database}`,
        blocked: `apply ${i.environment}: blocked by ${i.gates.filter((g) => g.outcome.status === 'fail').length} gate(s); nothing applied to ${i.database}`,
        failed: `apply ${i.environment}: FAILED${i.recovery?.failedMigration ? ` at ${i.recovery.failedMigration}` : ''} on ${i.database}`,
    }[i.status];
    const sections = [{ title: 'Gates', markdown: gatesTable(i.gates) }];
    const overridden = i.gates.filter((g) => g.outcome.overridden);
    if (overridden.length) {
        sections.push({
            title: 'Override',
            markdown: `⚠️ ${overridden.map((g) => inlineCode(g.name)).join(', ')} overridden${i.actor ? ` by ${inlineCode(i.actor)}` : ''}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(i.overrideReason ?? '')}`,
        });
    }
    sections.push({ title: i.dryRun ? 'Plan (dry run: nothing was changed)' : 'Plan', markdown: planTable(i.plan, i.applied, i.recovery) });
    if (i.dryRun && n)
        sections.push({ title: 'SQL of the pending migrations', markdown: sqlSection(i.plan, i.sqlOf) });
    if (i.recovery)
        sections.push({ title: 'Failure and recovery', markdown: recoverySection(i.recovery) });
    if (i.notes.length)
        sections.push({ title: 'Notes', markdown: i.notes.map((x) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdEscape */ .Li)(x)}`).join('\n') });
    if (i.recovery && i.prismaOutput) {
        const tail = i.prismaOutput.split('\n').filter((l) => l.trim()).slice(-40).join('\n');
        sections.push({ title: 'Prisma output (last lines)', markdown: fenced(tail) });
    }
    return { tool: 'apply-migration', title, findings: i.findings, sections, facts: i.facts };
}


/***/ }),

/***/ 22971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/environments/resolve.ts
var resolve = __webpack_require__(7974);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(77733);
// EXTERNAL MODULE: ./src/backup/manifest.ts + 1 modules
var backup_manifest = __webpack_require__(99336);
// EXTERNAL MODULE: ./src/backup/archive-check.ts
var archive_check = __webpack_require__(41333);
// EXTERNAL MODULE: ./src/postgres/client-tools.ts
var client_tools = __webpack_require__(77706);
// EXTERNAL MODULE: ./src/postgres/dump.ts
var dump = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/backup/hash.ts
var hash = __webpack_require__(73604);
;// CONCATENATED MODULE: ./src/backup/verify.ts






/**
 * Verify a stored backup against its manifest: the file exists, has the recorded size and
 * SHA-256 (streamed). `deep` also reads the archive with `pg_restore --list` and counts its tables.
 */
async function verifyBackup(manifestPath, opts = {}) {
    let manifest;
    try {
        manifest = (0,backup_manifest/* readManifest */.WI)(manifestPath);
    }
    catch (err) {
        return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
    }
    const file = (0,backup_manifest/* dumpPathOf */.$9)(manifestPath, manifest);
    const problems = [];
    if (!(0,external_node_fs_.existsSync)(file))
        return { ok: false, problems: [`dump file ${file} named by the manifest does not exist`] };
    const size = (0,external_node_fs_.statSync)(file).size;
    if (size !== manifest.sizeBytes) {
        problems.push(`dump file ${file} is ${size} bytes, the manifest says ${manifest.sizeBytes} (${size < manifest.sizeBytes ? 'truncated' : 'changed'})`);
    }
    const { sha256 } = await (0,hash/* sha256File */.Q)(file);
    if (sha256 !== manifest.sha256)
        problems.push(`dump file ${file} has SHA-256 ${sha256}, the manifest says ${manifest.sha256} (corrupt or replaced)`);
    if (opts.deep && !problems.length) {
        const major = (0,client_tools/* parseToolVersion */.mR)(`(PostgreSQL) ${manifest.pgDumpVersion}`)?.major ?? manifest.serverMajor;
        const tools = await (0,client_tools/* findClientTools */.Mt)(major, opts.searchPath ? { searchPath: opts.searchPath } : {});
        const r = await (0,archive_check/* checkArchive */.P)(file, tools);
        problems.push(...r.problems);
        if (r.toc) {
            const tables = (0,dump/* tocTables */.CW)(r.toc).length;
            if (tables !== manifest.tableCount)
                problems.push(`the archive lists ${tables} tables, the manifest says ${manifest.tableCount}`);
        }
    }
    return { ok: problems.length === 0, problems };
}

// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(76221);
;// CONCATENATED MODULE: ./src/apply/commands.ts

/**
 * The exact commands remedies print, each runnable as printed. Migration names and paths come
 * from PRs, so every value goes through the one shell quoting (src/security/shell-quote.ts): a
 * pasted command can never run something a name smuggled in. URLs stay in variables.
 */
/**
 * In the service folder when it is not the repository root: a subshell, so the next printed
 * command (which expects the repository root) still runs where it should.
 */
function inService(service, command) {
    return service.root ? `(cd ${(0,shell_quote/* shellQuote */.ZL)(service.root)} && ${command})` : command;
}
/** The guide's "Mark migration as rolled back / applied" command, run in the service folder. */
function prismaResolveCommand(service, mode, name) {
    return inService(service, (0,shell_quote/* shellCommand */.q$)(['npx', 'prisma', 'migrate', 'resolve', `--${mode}`, name]));
}
function prismaStatusCommand(service) {
    return inService(service, 'npx prisma migrate status');
}
/**
 * Restore a backup into the database in $DATABASE_URL. `--confirm <database>` is always there:
 * restore requires it for a production target and ignores it otherwise, so the command works as
 * printed either way; `--config` when the apply read a config file other than the default.
 */
function restoreCommand(manifest, database, configFile) {
    return (0,shell_quote/* shellCommand */.q$)([
        'npx', 'migration-gates', 'restore', '--backup', manifest, '--target-database-url', (0,shell_quote/* envRef */.rV)('DATABASE_URL'), '--confirm', database,
        ...(configFile ? ['--config', configFile] : []),
    ]);
}
function backupCommand(environment, directory) {
    return (0,shell_quote/* shellCommand */.q$)(['npx', 'migration-gates', 'backup', '--environment', environment, '--database-url', (0,shell_quote/* envRef */.rV)('DATABASE_URL'), '--directory', directory ?? 'backups']);
}
/** Re-run this apply (the CLI), with every input the gates read. */
function applyCommand(r) {
    return (0,shell_quote/* shellCommand */.q$)([
        'npx', 'migration-gates', 'apply', '--environment', r.environment, '--database-url', (0,shell_quote/* envRef */.rV)('DATABASE_URL'),
        ...(r.configFile ? ['--config', r.configFile] : []),
        ...(r.service ? ['--service', r.service] : []),
        ...(r.stagingUrl ? ['--staging-database-url', (0,shell_quote/* envRef */.rV)('STAGING_DATABASE_URL')] : []),
        ...(r.confirm ? ['--confirm', r.confirm] : []),
        ...(r.backupManifest ? ['--backup-manifest', r.backupManifest] : r.backupDirectory ? ['--backup-directory', r.backupDirectory] : []),
        ...(r.overrideReason ? ['--override-reason', r.overrideReason] : []),
    ]);
}

// EXTERNAL MODULE: ./src/prisma/migrations-table.ts
var migrations_table = __webpack_require__(6798);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(88638);
;// CONCATENATED MODULE: ./src/gates/backup.ts





/** The newest applied migration, ordered as the backup module records `latestMigration`. */
function latestApplied(rows) {
    const applied = rows.filter((r) => (0,migrations_table/* isApplied */.KN)(r));
    applied.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || a.name.localeCompare(b.name));
    return applied.at(-1)?.name ?? null;
}
/**
 * The guide's "Backup production DB (REQUIRED!)": a backup of this very database, whose dump
 * still has the recorded size and SHA-256, taken recently, of the schema as it is now.
 */
const backupGate = {
    name: 'backup',
    description: 'a verified backup (file and SHA-256) of this database, younger than backup-max-age-minutes, taken at the current migration',
    async evaluate(ctx) {
        const env = ctx.environment;
        const take = `run the backup-before-deploy action (or: ${backupCommand(env.name, ctx.backupDirectory)}) before this step and pass its manifest output as backup-manifest`;
        const path = ctx.backupManifest;
        if (!path && ctx.dryRun) {
            // The backup is taken right before the real apply (one older than backup-max-age-minutes
            // would not count), so a dry run, reviewed in advance, has none to check yet.
            return {
                status: 'apply-time',
                reason: `checked at apply time: the real apply requires a verified backup of ${ctx.target.database}, taken by backup-before-deploy right before it (at most ${env.backupMaxAgeMinutes} min old); a dry run has none to check yet`,
            };
        }
        if (!path) {
            return {
                status: 'fail',
                reason: ctx.backupDirectory
                    ? `no backup of database ${ctx.target.database} in ${ctx.backupDirectory}`
                    : `no backup given (backup-manifest and backup-directory are empty); ${env.name} requires one`,
                remedy: take,
            };
        }
        let manifest;
        try {
            manifest = (0,backup_manifest/* readManifest */.WI)(path);
        }
        catch (err) {
            return { status: 'fail', reason: err instanceof Error ? err.message.split('\n')[0] : String(err), remedy: take, details: err instanceof Error ? err.message.split('\n').slice(1) : [] };
        }
        const problems = [];
        const sameTarget = (0,url/* sameDatabase */.KX)({ ...ctx.target, host: manifest.host, port: manifest.port, database: manifest.database }, ctx.target);
        if (!sameTarget) {
            problems.push(`the backup is of ${manifest.host}:${manifest.port}/${manifest.database}, not of ${ctx.target.host}:${ctx.target.port}/${ctx.target.database}`);
        }
        if (manifest.environment !== env.name) {
            problems.push(`the backup is recorded for environment ${manifest.environment}, not ${env.name}`);
        }
        const ageMinutes = (ctx.now.getTime() - Date.parse(manifest.createdAt)) / 60_000;
        if (ageMinutes > env.backupMaxAgeMinutes) {
            problems.push(`the backup was taken ${Math.round(ageMinutes)} min ago (${manifest.createdAt}); ${env.name} accepts at most ${env.backupMaxAgeMinutes} min`);
        }
        if (ageMinutes < -5)
            problems.push(`the backup claims a time in the future (${manifest.createdAt})`);
        const current = latestApplied(ctx.plan.rows);
        if (sameTarget && manifest.latestMigration !== current) {
            problems.push(`the backup was taken at migration ${manifest.latestMigration ?? '(none)'}, the database is now at ${current ?? '(none)'}`);
        }
        const verified = await verifyBackup(path);
        problems.push(...verified.problems);
        if (!problems.length) {
            return {
                status: 'pass',
                reason: `backup ${manifest.backupId} verified (SHA-256 ${manifest.sha256.slice(0, 12)}…), ${Math.max(0, Math.round(ageMinutes))} min old`,
                details: [`manifest: ${path}`],
            };
        }
        return { status: 'fail', reason: `backup ${manifest.backupId} cannot be relied on: ${problems[0]}`, remedy: take, details: problems };
    },
};

;// CONCATENATED MODULE: ./src/gates/branch-environment.ts

/** The guide's "Git Branch -> Database Mapping": no production migration from a feature branch. */
const branchEnvironmentGate = {
    name: 'branch-environment',
    description: 'the dispatched branch maps to the chosen environment (develop -> dev, release/* -> staging, main -> prod)',
    async evaluate(ctx) {
        const env = ctx.environment;
        const allowed = env.branches.join(', ');
        if (!ctx.ref) {
            return {
                status: 'fail',
                reason: `no git ref is known, so the branch cannot be checked against environment "${env.name}"`,
                remedy: `run from a workflow (GITHUB_REF is set) or pass --ref <branch>; ${env.name} deploys from: ${allowed}`,
            };
        }
        const branch = (0,resolve/* branchOf */.W0)(ctx.ref);
        const mapped = (0,resolve/* environmentForRef */.Od)(ctx.config, ctx.ref);
        if (mapped?.name === env.name) {
            return { status: 'pass', reason: `branch ${branch} deploys to ${env.name}` };
        }
        const first = env.branches.find((b) => !/[*?[\]{}]/.test(b)) ?? env.branches[0] ?? '<branch>';
        return {
            status: 'fail',
            reason: mapped
                ? `branch ${branch} deploys to "${mapped.name}", not "${env.name}"`
                : `branch ${branch} maps to no environment; "${env.name}" only deploys from ${allowed}`,
            remedy: `merge the change into ${allowed} and dispatch from there, e.g. gh workflow run migrate.yml --ref ${first} -f environment=${env.name}`,
            details: [`ref: ${ctx.ref}`, `${env.name} branches: ${allowed}`],
        };
    },
};

;// CONCATENATED MODULE: ./src/gates/confirmation.ts
/** A typed confirmation: the person dispatching names the database they are about to change. */
const confirmationGate = {
    name: 'confirmation',
    description: 'the confirm input equals the name of the database being migrated',
    async evaluate(ctx) {
        const expected = ctx.target.database;
        const given = (ctx.confirm ?? '').trim();
        if (given === expected)
            return { status: 'pass', reason: `confirmed database ${expected}` };
        return {
            status: 'fail',
            reason: given ? `confirm is "${given}", which is not the database name ${expected}` : `confirm is empty; ${ctx.environment.name} requires the database name`,
            remedy: `dispatch again with confirm set to ${expected} (gh workflow run migrate.yml -f environment=${ctx.environment.name} -f confirm=${expected})`,
        };
    },
};

// EXTERNAL MODULE: ./src/health/collect.ts + 3 modules
var collect = __webpack_require__(4051);
;// CONCATENATED MODULE: ./src/gates/health.ts

/**
 * A pre-flight from the guide's "Monitoring" and "Performance Issues": a migration waits behind
 * old transactions and queued locks (and everything queues behind it), and needs a free
 * connection slot.
 */
const healthGate = {
    name: 'health',
    description: 'no transaction older than health.max-transaction-age-seconds, no ungranted lock, connections under health.max-connections-ratio of max_connections',
    async evaluate(ctx) {
        const t = ctx.config.health;
        const { report } = await (0,collect/* collectHealth */.p3)(ctx.client, t, { topTables: 0 });
        const problems = [];
        const details = [];
        if (report.oldTransactions.length) {
            problems.push(`${report.oldTransactions.length} transaction(s) older than ${t.maxTransactionAgeSeconds}s`);
            for (const x of report.oldTransactions.slice(0, 10))
                details.push(`pid ${x.pid}: transaction open ${x.ageSeconds}s (${x.state}) ${x.query}`);
        }
        if (report.ungrantedLocks > 0) {
            problems.push(`${report.ungrantedLocks} lock request(s) waiting (pg_locks WHERE NOT granted)`);
            for (const b of report.blocked.slice(0, 10))
                details.push(`pid ${b.blockedPid} waits ${b.waitSeconds}s for pid ${b.blockingPid}: ${b.blockingQuery}`);
        }
        const ratio = report.maxConnections ? report.connections / report.maxConnections : 0;
        if (ratio >= t.maxConnectionsRatio) {
            problems.push(`${report.connections} of ${report.maxConnections} connections in use (${Math.round(ratio * 100)}%, limit ${Math.round(t.maxConnectionsRatio * 100)}%)`);
        }
        const facts = `${report.connections}/${report.maxConnections} connections, ${report.oldTransactions.length} old transaction(s), ${report.ungrantedLocks} waiting lock(s)`;
        if (!problems.length)
            return { status: 'pass', reason: facts };
        const pids = [...new Set([...report.oldTransactions.map((x) => x.pid), ...report.blocked.map((b) => b.blockingPid)])];
        return {
            status: 'fail',
            reason: `the database is not ready for a migration: ${problems.join('; ')}`,
            remedy: `wait for the sessions to finish and dispatch again; see them with: npx migration-gates health --database-url "$DATABASE_URL"` +
                (pids.length ? `; to end one: SELECT pg_terminate_backend(pid) for pid in (${pids.slice(0, 10).join(', ')})` : ''),
            details,
        };
    },
};

;// CONCATENATED MODULE: ./src/apply/pg-error.ts
/**
 * The PostgreSQL error inside Prisma's text (its output, or `_prisma_migrations.logs`), e.g.
 * `ERROR: division by zero` or the native engine's `Database error code: 42P01` block.
 */
function extractDatabaseError(text) {
    if (!text)
        return undefined;
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const code = lines.find((l) => /^Database error code:/i.test(l))?.replace(/^Database error code:\s*/i, '');
    const pgLine = lines.find((l) => /\bERROR:\s/.test(l));
    if (pgLine) {
        const msg = pgLine.slice(pgLine.indexOf('ERROR:')).trim();
        return code && !msg.includes(code) ? `${msg} (SQLSTATE ${code})` : msg;
    }
    const dbError = lines.find((l) => /^Database error:/i.test(l));
    if (dbError)
        return dbError.replace(/^Database error:\s*/i, '');
    const prismaError = lines.find((l) => /^Error:\s*\S/.test(l) && !/^Error:\s*P\d{4}$/.test(l));
    if (prismaError)
        return prismaError.replace(/^Error:\s*/, '');
    const code2 = lines.find((l) => /^Error:\s*P\d{4}$/.test(l));
    if (code2)
        return [code2.replace(/^Error:\s*/, ''), ...lines.slice(lines.indexOf(code2) + 1, lines.indexOf(code2) + 4)].join(' ');
    return lines[0];
}

// EXTERNAL MODULE: ./src/prisma/checksum.ts
var checksum = __webpack_require__(16857);
;// CONCATENATED MODULE: ./src/gates/history-integrity.ts







/**
 * The guide's "DON'T modify existing migrations": every applied migration still has the bytes it
 * was applied with (Prisma stopped warning about edited applied migrations in 3.12), and no row
 * is in the failed state (P3009), which blocks every later deploy.
 */
const historyIntegrityGate = {
    name: 'history-integrity',
    description: 'every applied migration matches its file (CRLF/LF twins accepted) and none is in the failed state (P3009)',
    async evaluate(ctx) {
        const { plan, service } = ctx;
        const local = new Map(plan.local.map((m) => [m.name, m]));
        const edited = [];
        const details = [];
        for (const row of plan.rows.filter(migrations_table/* isApplied */.KN)) {
            const file = local.get(row.name);
            if (!file)
                continue; // missing folders are reported below
            if (file.checksum === row.checksum)
                continue;
            const bytes = (0,external_node_fs_.readFileSync)(external_node_path_default().join(ctx.repoRoot, file.sqlPath));
            if ((0,checksum/* checksumMatches */.X)(row.checksum, bytes))
                continue;
            edited.push(row.name);
            details.push(`${file.sqlPath}: applied with sha256 ${row.checksum.slice(0, 12)}…, file now ${(0,checksum/* migrationChecksum */.C)(bytes).slice(0, 12)}…`);
        }
        for (const name of plan.missingLocally)
            details.push(`${service.migrations}/${name}: applied to the database, missing from the checkout`);
        const failed = plan.failed;
        if (!edited.length && !plan.missingLocally.length && !failed.length) {
            const n = plan.rows.filter(migrations_table/* isApplied */.KN).length;
            return { status: 'pass', reason: `${n} applied migration(s) match their files; no failed migration` };
        }
        const reasons = [];
        const remedies = [];
        if (failed.length) {
            for (const f of failed) {
                const err = extractDatabaseError(f.logs);
                reasons.push(`migration ${f.name} failed at ${f.startedAt.toISOString()}${err ? ` (${err})` : ''} and blocks every deploy (Prisma P3009)`);
                details.push(`${f.name}: started ${f.startedAt.toISOString()}, finished_at NULL, rolled_back_at NULL, applied_steps_count ${f.appliedStepsCount}`);
            }
            const name = failed[0].name;
            remedies.push(`check what it left: ${prismaStatusCommand(service)}`, ctx.environment.gates['staging-first']
                ? `if its changes were rolled back (a migration runs as one transaction unless it has its own COMMIT), fix the cause in this database (staging already ran the file as it is: do not edit it) and run: ${prismaResolveCommand(service, 'rolled-back', name)}`
                : `if its changes were rolled back (a migration runs as one transaction unless it has its own COMMIT), fix migration.sql and run: ${prismaResolveCommand(service, 'rolled-back', name)}`, `if you completed it by hand instead: ${prismaResolveCommand(service, 'applied', name)}`, ctx.backupManifest
                ? `or restore the verified backup: ${restoreCommand(ctx.backupManifest, ctx.target.database)}`
                : `or restore the last backup: npx migration-gates restore --backup <manifest.json> --target-database-url "$DATABASE_URL" --confirm ${(0,shell_quote/* shellQuote */.ZL)(ctx.target.database)}`, 'then dispatch the apply again');
        }
        if (edited.length) {
            reasons.push(`${edited.length} applied migration(s) were edited after they ran: ${edited.join(', ')}`);
            remedies.push(`restore the applied content (git log -p -- <migration.sql>; git checkout <commit> -- <migration.sql>) and put the change in a new migration: npx prisma migrate dev --name <change>`);
        }
        if (plan.missingLocally.length) {
            reasons.push(`${plan.missingLocally.length} applied migration(s) are missing from ${service.migrations}: ${plan.missingLocally.join(', ')}`);
            remedies.push('restore the deleted migration folders from git (never delete applied migrations)');
        }
        return { status: 'fail', reason: reasons.join('; '), remedy: remedies.map((r, i) => `${i + 1}. ${r}`).join('\n'), details };
    },
};

;// CONCATENATED MODULE: ./src/gates/lint.ts
function describe(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''} ` : '';
    return `${where}[${f.rule}] ${f.message}`;
}
/**
 * The SQL hazards of the pending migrations (the same engine as the PR check). An error blocks
 * the deploy unless a person records why it is acceptable (override-reason), which the summary shows.
 */
const lintGate = {
    name: 'lint',
    description: 'no error-level lint finding in the pending migrations, unless override-reason is given',
    async evaluate(ctx) {
        const names = ctx.plan.pending.map((m) => m.name);
        if (!names.length)
            return { status: 'pass', reason: 'nothing pending to lint' };
        // Loaded on demand: the parser and the replay engine (WASM) cost nothing when the gate is off.
        const { runLint } = await __webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 56500));
        // The target itself gives the row estimates: a lock on a big table escalates to an error.
        const result = await runLint({ repoRoot: ctx.repoRoot, config: ctx.config, only: { service: ctx.service.name, names }, statsDatabaseUrl: ctx.target.url });
        const errors = result.findings.filter((f) => f.severity === 'error');
        const warnings = result.findings.filter((f) => f.severity === 'warning');
        const details = [...errors, ...warnings].map((f) => `${f.severity}: ${describe(f)}`);
        if (!errors.length) {
            return { status: 'pass', reason: `${names.length} pending migration(s) linted: no error${warnings.length ? `, ${warnings.length} warning(s)` : ''}`, details };
        }
        if (ctx.overrideReason) {
            return {
                status: 'pass',
                overridden: true,
                reason: `${errors.length} lint error(s) overridden: "${ctx.overrideReason}"`,
                details,
            };
        }
        return {
            status: 'fail',
            reason: `${errors.length} lint error(s) in the pending migrations: ${errors.slice(0, 3).map((f) => `[${f.rule}]${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}`).join(', ')}${errors.length > 3 ? ', ...' : ''}`,
            remedy: 'fix them in a new migration (each finding names the safe alternative: npx migration-gates lint ' +
                `${ctx.service.migrations}), or, if the risk is accepted, dispatch again with override-reason: "<why this is safe>"`,
            details,
        };
    },
};

// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
;// CONCATENATED MODULE: ./src/gates/staging-first.ts






/**
 * The guide's "Test in staging first": every migration pending here ran on staging, finished,
 * with the same bytes. Staging is read through its own URL, in a read-only session.
 */
const stagingFirstGate = {
    name: 'staging-first',
    description: 'every pending migration is applied and finished on staging with the same checksum',
    async evaluate(ctx) {
        const staging = ctx.stagingTarget;
        if (!staging) {
            return {
                status: 'fail',
                reason: 'staging-database-url is not set, so the pending migrations cannot be checked against staging',
                remedy: 'pass staging-database-url: ${{ secrets.STAGING_DATABASE_URL }} (a read-only role is enough)',
            };
        }
        if ((0,url/* sameDatabase */.KX)(staging, ctx.target)) {
            return {
                status: 'fail',
                reason: `staging-database-url points at the database being migrated (${(0,url/* describeTarget */.ff)(ctx.target)})`,
                remedy: 'set staging-database-url to the staging database, not the target',
            };
        }
        if (!ctx.plan.pending.length)
            return { status: 'pass', reason: 'nothing pending' };
        const rows = await (0,connect/* withClient */.SV)(staging, (c) => (0,migrations_table/* readAppliedMigrations */.fk)(c, staging.schema), {
            readOnly: true,
            applicationName: 'migration-gates staging-first',
        });
        const missing = [];
        const details = [];
        for (const m of ctx.plan.pending) {
            const mine = (rows ?? []).filter((r) => r.name === m.name);
            const done = mine.find(migrations_table/* isApplied */.KN);
            if (!done) {
                missing.push(m.name);
                details.push(`${m.name}: ${mine.some(migrations_table/* isFailed */.Ix) ? 'failed on staging (not finished)' : mine.length ? 'rolled back on staging' : 'never applied to staging'}`);
                continue;
            }
            if (done.checksum !== m.checksum && !(0,checksum/* checksumMatches */.X)(done.checksum, (0,external_node_fs_.readFileSync)(external_node_path_default().join(ctx.repoRoot, m.sqlPath)))) {
                missing.push(m.name);
                details.push(`${m.name}: staging ran different SQL (staging sha256 ${done.checksum.slice(0, 12)}…, file ${m.checksum.slice(0, 12)}…)`);
            }
        }
        if (!missing.length) {
            return { status: 'pass', reason: `all ${ctx.plan.pending.length} pending migration(s) finished on staging (${(0,url/* describeTarget */.ff)(staging)}) with the same checksum` };
        }
        return {
            status: 'fail',
            reason: `${missing.length} of ${ctx.plan.pending.length} pending migration(s) have not run on staging as they are: ${missing.join(', ')}`,
            remedy: 'apply them to staging first from a release/* branch (gh workflow run migrate.yml --ref release/<version> -f environment=staging), test, then dispatch production again',
            details,
        };
    },
};

;// CONCATENATED MODULE: ./src/gates/tls.ts
/**
 * The guide's "Use SSL/TLS connections", read from the server (pg_stat_ssl for this session),
 * never guessed from `sslmode` in the URL: `prefer` can silently fall back to plain text.
 */
const tlsGate = {
    name: 'tls',
    description: 'the session to the database is encrypted (pg_stat_ssl, read from the server)',
    async evaluate(ctx) {
        const r = await ctx.client.query('SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
        const row = r.rows[0];
        if (row?.ssl)
            return { status: 'pass', reason: `session encrypted (${row.version ?? 'TLS'}${row.cipher ? `, ${row.cipher}` : ''})` };
        return {
            status: 'fail',
            reason: `the session to ${ctx.target.host}:${ctx.target.port} is not encrypted (pg_stat_ssl.ssl = false)`,
            remedy: `enable ssl on the server and add sslmode=verify-full (or sslmode=require) to the database URL secret; ` +
                `to accept plain text for this environment, set environments.${ctx.environment.name}.gates.tls: false in .github/migration-gates.yml`,
        };
    },
};

;// CONCATENATED MODULE: ./src/gates/registry.ts








/** Every gate, keyed by the name config uses (`environments.<env>.gates.<name>`). */
const GATES = {
    'branch-environment': branchEnvironmentGate,
    confirmation: confirmationGate,
    backup: backupGate,
    'staging-first': stagingFirstGate,
    lint: lintGate,
    'history-integrity': historyIntegrityGate,
    health: healthGate,
    tls: tlsGate,
};

;// CONCATENATED MODULE: ./src/gates/evaluate.ts




/**
 * Run the environment's gates in the documented order. Every enabled gate runs even after one
 * fails, so one dispatch shows everything to fix; a gate that throws (staging unreachable, say)
 * fails with the error rather than aborting the others.
 */
async function evaluateGates(ctx, gates = GATES, onLog) {
    const results = [];
    for (const name of types/* GATE_NAMES */.r) {
        const gate = gates[name];
        if (!gate)
            continue;
        const started = Date.now();
        if (!ctx.environment.gates[name]) {
            results.push({ name, outcome: { status: 'skip', reason: `off for environment ${ctx.environment.name}` }, durationMs: 0 });
            continue;
        }
        let outcome;
        try {
            outcome = await gate.evaluate(ctx);
        }
        catch (err) {
            const text = (0,redact/* redact */.E$)((0,errors/* describeError */.U)(err));
            const [what, ...rest] = text.split('\n');
            const next = rest.find((l) => l.startsWith('Next: '))?.slice(6);
            outcome = {
                status: 'fail',
                reason: `${name} could not be checked: ${what}`,
                remedy: next ?? 'fix the error above and dispatch again',
                details: rest.filter((l) => !l.startsWith('Next: ')),
            };
        }
        const r = { name, outcome, durationMs: Date.now() - started };
        results.push(r);
        onLog?.(`gate ${name}: ${outcome.status}${outcome.overridden ? ' (overridden)' : ''} - ${(0,redact/* redact */.E$)(outcome.reason)}`);
    }
    return results;
}
function failedGates(results) {
    return results.filter((r) => r.outcome.status === 'fail');
}

;// CONCATENATED MODULE: ./src/gates/findings.ts

const DOCS = 'https://github.com/migration-gates/migration-gates/blob/main/docs/actions/apply-migration.md';
/**
 * Gates speak the one Finding model: a failed gate is an error whose rule is the gate's name
 * (message = reason, fix = remedy); an overridden gate is a warning, so the override is visible in
 * every sink.
 */
function gateFindings(results) {
    const out = [];
    for (const r of results) {
        const o = r.outcome;
        if (o.status === 'fail') {
            out.push({ rule: r.name, severity: 'error', message: o.reason, why: GATES[r.name].description, ...(o.remedy ? { fix: o.remedy } : {}), docsUrl: `${DOCS}#${r.name}` });
        }
        else if (o.overridden) {
            out.push({ rule: r.name, severity: 'warning', message: o.reason, why: `${GATES[r.name].description}; overridden for this run`, docsUrl: `${DOCS}#${r.name}` });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(62986);
// EXTERNAL MODULE: ./src/prisma/cli.ts
var prisma_cli = __webpack_require__(19086);
;// CONCATENATED MODULE: ./src/prisma/deploy.ts




const CONFIG_FILES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs'];
/** `env("NAME")` / `env('NAME')` references, in order, deduplicated. */
function envRefs(text, keys) {
    const out = [];
    for (const key of keys) {
        const re = new RegExp(`\\b${key}\\s*[=:]\\s*env\\(\\s*["'\`]([A-Za-z_][A-Za-z0-9_]*)["'\`]\\s*\\)`, 'g');
        for (const m of text.matchAll(re))
            if (!out.includes(m[1]))
                out.push(m[1]);
    }
    return out;
}
function readSchemaText(schemaPath) {
    if (!(0,external_node_fs_.existsSync)(schemaPath))
        return '';
    if ((0,external_node_fs_.statSync)(schemaPath).isDirectory()) {
        return (0,external_node_fs_.readdirSync)(schemaPath, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.prisma'))
            .map((f) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(schemaPath, f), 'utf8'))
            .join('\n');
    }
    return (0,external_node_fs_.readFileSync)(schemaPath, 'utf8');
}
/** The datasource block(s) of a schema, comments stripped. */
function datasourceBlocks(schema) {
    const noComments = schema.replace(/\/\/[^\n]*/g, '');
    return [...noComments.matchAll(/datasource\s+\w+\s*\{([^}]*)\}/g)].map((m) => m[1]).join('\n');
}
function findPrismaConfig(serviceRoot) {
    return CONFIG_FILES.map((f) => external_node_path_default().join(serviceRoot, f)).find((f) => (0,external_node_fs_.existsSync)(f));
}
function deployInvocation(cli, serviceRoot, schemaPath) {
    const config = findPrismaConfig(serviceRoot);
    if (cli.major >= 7) {
        const vars = config ? envRefs((0,external_node_fs_.readFileSync)(config, 'utf8'), ['url', 'directUrl', 'shadowDatabaseUrl']).filter((v) => v !== 'SHADOW_DATABASE_URL') : [];
        return { args: ['migrate', 'deploy'], urlEnvVars: vars.length ? vars : ['DATABASE_URL'], cwd: serviceRoot };
    }
    const block = datasourceBlocks(readSchemaText(schemaPath));
    if (/\burl\s*=\s*"/.test(block)) {
        throw new errors/* UserError */.y(`${external_node_path_default().basename(schemaPath)} hard-codes the datasource url`, {
            why: 'migration-gates passes the database URL through the environment; a literal url would send the deploy elsewhere (and leaks a password into git)',
            next: 'change the datasource to url = env("DATABASE_URL") and keep the URL in a secret',
        });
    }
    const vars = envRefs(block, ['url', 'directUrl']);
    const rel = external_node_path_default().relative(serviceRoot, schemaPath) || schemaPath;
    return { args: ['migrate', 'deploy', '--schema', rel], urlEnvVars: vars.length ? vars : ['DATABASE_URL'], cwd: serviceRoot };
}
/** Run the deploy: the URL reaches Prisma only through the child's environment. */
function runMigrateDeploy(cli, inv, url, opts = {}) {
    const env = {};
    for (const v of inv.urlEnvVars)
        env[v] = url;
    return (0,prisma_cli/* runPrisma */.G)(cli, inv.args, { cwd: inv.cwd, env, databaseUrl: url, ...opts });
}

// EXTERNAL MODULE: ./src/security/log-line.ts
var log_line = __webpack_require__(47851);
;// CONCATENATED MODULE: ./src/apply/backup-ref.ts


/**
 * The backup this run relies on: the `backup-manifest` input, else the newest manifest of this
 * database in `backup-directory`. Relative paths are taken from the current directory (the
 * workspace, in an action). The backup gate then verifies it; recovery prints its restore command.
 */
function resolveBackupManifest(explicit, directory, database) {
    if (explicit)
        return external_node_path_default().resolve(explicit);
    if (directory)
        return (0,backup_manifest/* findLatestManifest */.g7)(external_node_path_default().resolve(directory), database)?.manifestPath;
    return undefined;
}

;// CONCATENATED MODULE: ./src/apply/advisory-lock.ts

/** The key Prisma Migrate holds with pg_advisory_lock while it applies (one deploy per database). */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;
/**
 * Our own key (two-int form, so it can never equal Prisma's bigint key): held by the apply's
 * monitor session from re-plan to verification, so two migration-gates applies on one database
 * run one after the other and the second re-plans after the first finished.
 */
const APPLY_LOCK_KEYS = [PRISMA_ADVISORY_LOCK_KEY, 1];
async function holderOf(client, classid, objid, objsubid) {
    const r = await client.query(`SELECT l.pid, a.application_name AS application,
            extract(epoch FROM clock_timestamp() - coalesce(a.query_start, a.backend_start))::float8 AS seconds
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 AND l.objsubid = $3
        AND l.pid <> pg_backend_pid()
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      LIMIT 1`, [classid, objid, objsubid]);
    const row = r.rows[0];
    return row ? { pid: row.pid, application: row.application ?? '', seconds: Math.round(row.seconds ?? 0) } : undefined;
}
/** Who holds Prisma's migrate lock on this database, if anyone (a bigint key: classid 0, objid key, objsubid 1). */
function migrateLockHolder(client) {
    return holderOf(client, 0, PRISMA_ADVISORY_LOCK_KEY, 1);
}
async function waitUntil(attempt, timeoutMs, what, onLog, pollMs) {
    const started = Date.now();
    let first;
    let lastLog = -Infinity;
    for (;;) {
        const holder = await attempt();
        if (!holder)
            return { waitedMs: Date.now() - started, ...(first ? { holder: first } : {}) };
        first ??= holder;
        const waited = Date.now() - started;
        if (waited >= timeoutMs) {
            throw new errors/* UserError */.y(`${what} (pid ${holder.pid}${holder.application ? `, ${holder.application}` : ''}) is still running after ${Math.round(waited / 1000)}s`, {
                why: `Prisma applies migrations under pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY}): two deploys on one database never run at once, and this one stopped waiting`,
                next: 'let the other deploy finish and dispatch again (a concurrency: group per environment in the workflow queues dispatches instead), or raise advisory-lock-timeout',
            });
        }
        if (waited - lastLog >= 5000) {
            onLog(`waiting for ${what} to finish (pid ${holder.pid}, ${Math.round(waited / 1000)}s of at most ${Math.round(timeoutMs / 1000)}s)`);
            lastLog = waited;
        }
        await new Promise((r) => setTimeout(r, pollMs));
    }
}
/** Take our apply lock on the monitor session, waiting (polling, logged) for another apply. */
function acquireApplyLock(client, timeoutMs, onLog = () => undefined, pollMs = 200) {
    return waitUntil(async () => {
        const r = await client.query('SELECT pg_try_advisory_lock($1, $2) AS ok', [...APPLY_LOCK_KEYS]);
        return r.rows[0]?.ok ? undefined : ((await holderOf(client, APPLY_LOCK_KEYS[0], APPLY_LOCK_KEYS[1], 2)) ?? { pid: 0, application: '', seconds: 0 });
    }, timeoutMs, 'another migration-gates apply on this database', onLog, pollMs);
}
async function releaseApplyLock(client) {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [...APPLY_LOCK_KEYS]);
}
/** Wait until no other deploy (any tool) holds Prisma's lock. Never takes it: Prisma does. */
function waitForMigrateLock(client, timeoutMs, onLog = () => undefined, pollMs = 200) {
    return waitUntil(() => migrateLockHolder(client), timeoutMs, 'another prisma migrate deploy on this database', onLog, pollMs);
}

;// CONCATENATED MODULE: ./src/apply/catalog.ts
/**
 * A fingerprint of the user schemas (relations, columns, constraints, types, functions), one
 * string per object. Diffing two tells exactly which objects a failed run left behind.
 * `_prisma_migrations` is Prisma's bookkeeping and excluded.
 */
const SNAPSHOT_SQL = `
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
   WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp\\_%'
), rel AS (
  SELECT c.oid, ns.nspname, c.relname, c.relkind FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
   WHERE c.relname NOT IN ('_prisma_migrations', '_prisma_migrations_pkey')
)
SELECT 'schema ' || nspname AS o FROM ns
UNION ALL SELECT 'relation ' || quote_ident(nspname) || '.' || quote_ident(relname) || ' (' || relkind::text || ')' FROM rel
UNION ALL SELECT 'column ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname) || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
  FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid WHERE a.attnum > 0 AND NOT a.attisdropped AND rel.relkind IN ('r', 'p', 'v', 'm', 'f')
UNION ALL SELECT 'constraint ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname) || '.' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)
  FROM rel JOIN pg_constraint k ON k.conrelid = rel.oid
UNION ALL SELECT 'type ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname) || coalesce(' (' || (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')', '')
  FROM pg_type t JOIN ns ON ns.oid = t.typnamespace WHERE t.typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
UNION ALL SELECT 'function ' || quote_ident(ns.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
UNION ALL SELECT 'trigger ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname) || '.' || quote_ident(tg.tgname)
  FROM rel JOIN pg_trigger tg ON tg.tgrelid = rel.oid WHERE NOT tg.tgisinternal
UNION ALL SELECT 'extension ' || extname FROM pg_extension`;
async function catalogSnapshot(client) {
    const r = await client.query(SNAPSHOT_SQL);
    return new Set(r.rows.map((x) => x.o));
}
function diffCatalog(before, after) {
    return {
        added: [...after].filter((o) => !before.has(o)).sort(),
        removed: [...before].filter((o) => !after.has(o)).sort(),
    };
}
function isEmptyDiff(d) {
    return !d.added.length && !d.removed.length;
}

// EXTERNAL MODULE: ./src/apply/plan.ts
var apply_plan = __webpack_require__(73353);
// EXTERNAL MODULE: ./src/lint/parser/text.ts
var parser_text = __webpack_require__(28906);
;// CONCATENATED MODULE: ./src/apply/transaction-scan.ts

const CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT)\b/i;
const NON_TX = /^(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[^;]*\bCONCURRENTLY|VACUUM|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|CREATE\s+TABLESPACE|DROP\s+TABLESPACE)/i;
function scanTransactions(sql) {
    const out = { transactionControl: [], nonTransactional: [], statements: 0 };
    for (const s of (0,parser_text/* splitStatements */.Xd)(sql)) {
        const start = (0,parser_text/* skipTrivia */.pU)(sql, s.start, s.end);
        const text = sql.slice(start, s.end).trim();
        if (!text)
            continue;
        out.statements++;
        const line = sql.slice(0, start).split('\n').length;
        const head = text.split(/\s+/).slice(0, 6).join(' ');
        if (CONTROL.test(text))
            out.transactionControl.push(`line ${line}: ${head}`);
        else if (NON_TX.test(text))
            out.nonTransactional.push(`line ${line}: ${head}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/apply/recovery.ts






function listChanges(d, max = 12) {
    const all = [...d.added.map((o) => `+ ${o}`), ...d.removed.map((o) => `- ${o}`)];
    return all.slice(0, max).join('; ') + (all.length > max ? `; ... (${all.length - max} more)` : '');
}
function buildRecovery(input) {
    const { plan, service } = input;
    const planned = plan.pending.map((m) => m.name);
    const before = new Set(plan.rows.map((r) => r.id));
    const newRows = input.rowsAfter.filter((r) => !before.has(r.id));
    const finishedThisRun = planned.filter((n) => newRows.some((r) => r.name === n && (0,migrations_table/* isApplied */.KN)(r)));
    const failedRow = newRows.find((r) => (0,migrations_table/* isFailed */.Ix)(r) && planned.includes(r.name)) ?? input.rowsAfter.find((r) => (0,migrations_table/* isFailed */.Ix)(r));
    const failedIsNew = failedRow ? newRows.includes(failedRow) : false;
    const failed = failedRow?.name;
    const error = extractDatabaseError(failedIsNew ? failedRow.logs : undefined) ?? extractDatabaseError(input.output);
    const notStarted = planned.filter((n) => !finishedThisRun.includes(n) && n !== failed);
    const diff = diffCatalog(input.catalogBefore, input.catalogAfter);
    const facts = [];
    const steps = [];
    let partialChanges = 'none';
    let migrationsTable;
    if (finishedThisRun.length)
        facts.push(`${finishedThisRun.length} migration(s) finished and stay applied (each committed on its own): ${finishedThisRun.join(', ')}`);
    if (failed && failedIsNew) {
        migrationsTable =
            `_prisma_migrations has a row for ${failed} with finished_at NULL, rolled_back_at NULL and applied_steps_count ${failedRow.appliedStepsCount}, ` +
                `its logs holding the error: Prisma's failed state (P3009), which blocks every later deploy until it is resolved`;
        const scan = scanTransactions(input.sqlOf(failed));
        if (!finishedThisRun.length) {
            // Nothing else ran in this deploy: every catalog difference is the failed migration's.
            if (isEmptyDiff(diff)) {
                facts.push(`verified: the schema catalog is exactly as it was before the deploy, so ${failed} left no partial changes (PostgreSQL rolled back the whole script)`);
            }
            else {
                partialChanges = 'present';
                facts.push(`partial changes of ${failed} remain in the database: ${listChanges(diff)}`);
            }
        }
        else if (scan.transactionControl.length) {
            partialChanges = 'possible';
            facts.push(`catalog changes in this deploy (the finished migrations' and any left by ${failed}): ${listChanges(diff) || 'none'}`);
        }
        else {
            facts.push(`${failed} has no BEGIN/COMMIT of its own, so PostgreSQL ran it as one implicit transaction and rolled all of it back`);
        }
        if (scan.transactionControl.length) {
            if (partialChanges === 'none' && !isEmptyDiff(diff) && !finishedThisRun.length)
                partialChanges = 'present';
            if (partialChanges === 'none' && finishedThisRun.length)
                partialChanges = 'possible';
            facts.push(`${failed} controls transactions itself (${scan.transactionControl.join(', ')}): what ran before its COMMIT was committed and stays`);
        }
        if (scan.nonTransactional.length) {
            facts.push(`${failed} has statements that cannot run inside a transaction block (${scan.nonTransactional.join(', ')}): in a multi-statement migration they fail; put each in a migration of its own`);
        }
        if (notStarted.length)
            facts.push(`not started: ${notStarted.join(', ')}`);
        const restore = input.backupManifest ? restoreCommand(input.backupManifest, input.database, input.rerun.configFile) : undefined;
        if (partialChanges === 'none' && input.appliedElsewhere) {
            // Staging ran this very file: an edited copy would fail staging's history-integrity gate and
            // this environment's staging-first gate. The file stays; the database or a new migration changes.
            facts.push(`${failed} already ran on staging exactly as it is (the staging-first gate checked its checksum): do not edit its migration.sql; staging's history-integrity gate and this environment's staging-first gate would both refuse the edited file`);
            steps.push(`mark the failed attempt rolled back: ${prismaResolveCommand(service, 'rolled-back', failed)}`, `if the cause is in this database (data or state the error above names), fix it here, then dispatch the apply again, or run: ${applyCommand(input.rerun)}`, `if ${failed} cannot run here as written: make its change here by hand and mark it applied (${prismaResolveCommand(service, 'applied', failed)}), then fix forward: put any correction in a new migration (npx prisma migrate dev --name <fix>) and take it through staging first`);
            if (restore)
                steps.push(`or restore the backup taken before this deploy (then mark the migration rolled back as above): ${restore}`);
        }
        else if (partialChanges === 'none') {
            steps.push(`fix ${service.migrations}/${failed}/migration.sql (it never applied, so editing it is safe)`, `mark the failed attempt rolled back: ${prismaResolveCommand(service, 'rolled-back', failed)}`, `dispatch the apply again, or run: ${applyCommand(input.rerun)}`);
        }
        else {
            steps.push(`inspect what ${failed} left (the changes listed above), e.g.: ${prismaStatusCommand(service)}`, `either undo the leftovers by hand and run: ${prismaResolveCommand(service, 'rolled-back', failed)}`, `or finish the migration by hand and run: ${prismaResolveCommand(service, 'applied', failed)}`);
            if (restore)
                steps.push(`or restore the backup taken before this deploy (then mark the migration rolled back as above): ${restore}`);
        }
    }
    else if (failed) {
        migrationsTable = `_prisma_migrations already had a failed row for ${failed} before this deploy (P3009); Prisma applied nothing`;
        facts.push('no migration was started by this deploy');
        steps.push(`resolve ${failed} first (--applied instead if it was completed by hand): ${prismaResolveCommand(service, 'rolled-back', failed)}`, 'then dispatch the apply again');
    }
    else {
        migrationsTable = finishedThisRun.length
            ? `_prisma_migrations records the ${finishedThisRun.length} finished migration(s); no row is in the failed state`
            : '_prisma_migrations is unchanged: no migration was started';
        if (!finishedThisRun.length) {
            if (isEmptyDiff(diff))
                facts.push('verified: the schema catalog is exactly as it was before the deploy');
            else {
                partialChanges = 'present';
                facts.push(`the schema catalog changed although no migration was recorded: ${listChanges(diff)}`);
            }
        }
        steps.push('fix the cause in the error above, then dispatch the apply again');
    }
    if (error && /lock timeout/i.test(error)) {
        facts.push(`the migration waited longer than lock-timeout (${input.lockTimeout}) for a lock another session holds, and was cancelled instead of queueing every query behind it`);
        steps.unshift('find the blocking session (the guide\'s "Check blocking queries"), wait for it or end it, or run at a quieter time: npx migration-gates health --database-url "$DATABASE_URL"');
    }
    else if (error && /statement timeout/i.test(error)) {
        facts.push('a statement ran longer than statement-timeout and was cancelled');
        steps.unshift('raise statement-timeout for this dispatch if the migration is expected to take that long');
    }
    else if (error && /advisory lock/i.test(error)) {
        facts.push('another migrate deploy held Prisma\'s migration lock');
    }
    if (input.backupManifest && partialChanges === 'none' && failed && !input.appliedElsewhere) {
        steps.push(`if anything looks wrong, the verified backup restores with: ${restoreCommand(input.backupManifest, input.database, input.rerun.configFile)}`);
    }
    if (!input.backupManifest) {
        steps.push(`no backup was verified for this run; to go back to your last one: npx migration-gates restore --backup <manifest.json> --target-database-url "$DATABASE_URL" --confirm ${(0,shell_quote/* shellQuote */.ZL)(input.database)}`);
    }
    return { failedMigration: failed, error, finishedThisRun, notStarted, partialChanges, migrationsTable, facts, steps, catalogChanges: diff };
}

// EXTERNAL MODULE: ./src/postgres/quote.ts
var quote = __webpack_require__(78707);
;// CONCATENATED MODULE: ./src/apply/replay-error.ts


/** `ERROR 42601: syntax error at or near "SELEC" (migration.sql line 3, column 1)`, then detail and hint. */
function formatPgError(e) {
    const where = e.line ? ` (migration.sql line ${e.line}, column ${e.column})` : '';
    return [`ERROR ${e.code}: ${e.message}${where}`, e.detail ? `DETAIL: ${e.detail}` : '', e.hint ? `HINT: ${e.hint}` : ''].filter(Boolean).join('; ');
}
/**
 * Prisma's schema engine reports a failed script as "external connector error" with at most the
 * message; the SQLSTATE, detail, hint and position are lost. They are read back by running the
 * same script once more in a transaction that is always rolled back, with a 1 s lock_timeout and a
 * 10 s statement_timeout, in the migration's schema. The caller only does this for a migration
 * verified to have left nothing behind and that neither controls transactions nor holds
 * statements that refuse a transaction block, so the replay changes nothing.
 */
async function replayForError(target, sql) {
    const c = await (0,connect/* connect */.Ng)(target, { applicationName: 'migration-gates apply (error details)', connectTimeoutSeconds: 10 });
    try {
        await c.query('BEGIN');
        await c.query(`SET LOCAL lock_timeout = '1s'; SET LOCAL statement_timeout = '10s'; SET LOCAL search_path TO ${(0,quote/* quoteIdent */.v4)(target.schema)}`);
        try {
            await c.query(sql); // simple protocol: the whole script, positions relative to it
            return undefined;
        }
        catch (err) {
            const e = err;
            if (!e.code)
                return undefined;
            const facts = { code: e.code, message: e.message ?? '', ...(e.detail ? { detail: e.detail } : {}), ...(e.hint ? { hint: e.hint } : {}) };
            const pos = Number(e.position);
            if (pos > 0) {
                // PostgreSQL counts characters from 1 over the whole query string.
                const before = [...sql].slice(0, pos - 1).join('');
                const lines = before.split('\n');
                facts.line = lines.length;
                facts.column = [...lines.at(-1)].length + 1;
            }
            return facts;
        }
    }
    finally {
        await c.query('ROLLBACK').catch(() => undefined);
        await c.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/apply/deploy.ts











/** A failure before any migration started, caused by another deploy's migration lock: worth waiting and re-planning. */
function lockedOut(output, newRows) {
    return newRows === 0 && /advisory lock|canceling statement due to lock timeout|P1002/i.test(output);
}
/**
 * Wait for any other deploy, re-plan, run `prisma migrate deploy` with the session timeouts,
 * then re-read `_prisma_migrations` to verify every planned migration finished. On failure, the
 * recovery facts come from the database itself (rows and catalog before/after), not from Prisma's
 * exit code.
 */
async function deployPlan(opts) {
    const client = await (0,connect/* connect */.Ng)(opts.target, { readOnly: true, applicationName: 'migration-gates apply (monitor)' });
    const deadline = Date.now() + opts.advisoryLockTimeoutMs;
    const left = () => Math.max(0, deadline - Date.now());
    const notes = [];
    let waitedForLockMs = 0;
    let plan = opts.plan;
    try {
        try {
            waitedForLockMs += (await acquireApplyLock(client, left(), opts.onLog)).waitedMs;
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                return lockWaitFailure(err, plan, waitedForLockMs + opts.advisoryLockTimeoutMs, notes);
            throw err;
        }
        for (;;) {
            try {
                waitedForLockMs += (await waitForMigrateLock(client, left(), opts.onLog)).waitedMs;
            }
            catch (err) {
                if (err instanceof errors/* UserError */.y)
                    return lockWaitFailure(err, plan, waitedForLockMs, notes);
                throw err;
            }
            // Another deploy may have run while we waited, or since the gates read the plan: re-read it.
            plan = await (0,apply_plan/* buildPlan */.G)(client, opts.repoRoot, opts.service, opts.target.schema);
            const gated = new Set(opts.plan.pending.map((m) => m.name));
            const extra = plan.pending.filter((m) => !gated.has(m.name));
            if (extra.length) {
                throw new errors/* UserError */.y(`the pending migrations changed after the gates ran: ${extra.map((m) => m.name).join(', ')} became pending`, {
                    why: 'the gates checked a different set of migrations than would now be applied',
                    next: 'dispatch the apply again so the gates see the current state',
                });
            }
            const done = opts.plan.pending.length - plan.pending.length;
            if (done)
                notes.push(`another deploy applied ${done} of the ${opts.plan.pending.length} planned migration(s) while this one waited`);
            if (!plan.pending.length && !plan.failed.length) {
                opts.onLog('nothing pending any more: another deploy applied the planned migrations');
                return { status: 'nothing-pending', applied: [], plan, waitedForLockMs, notes };
            }
            const catalogBefore = await catalogSnapshot(client);
            opts.onLog(`prisma migrate deploy (Prisma ${opts.cli.version}, ${plan.pending.length} pending, lock_timeout ${opts.lockTimeout.pg}) in ${opts.invocation.cwd}`);
            const started = Date.now();
            const r = await runMigrateDeploy(opts.cli, opts.invocation, opts.deployTarget.url, {
                // Prefixed: no line of Prisma's output (which quotes migration names) can start a workflow command.
                onLine: (line) => opts.onLog(`│ ${line}`),
            });
            const durationMs = Date.now() - started;
            const output = (0,redact/* redact */.E$)(`${r.stdout}\n${r.stderr}`);
            const rowsAfter = (await (0,migrations_table/* readAppliedMigrations */.fk)(client, opts.target.schema)) ?? [];
            const knownIds = new Set(plan.rows.map((x) => x.id));
            const newRows = rowsAfter.filter((x) => !knownIds.has(x.id));
            const finished = plan.pending.map((m) => m.name).filter((n) => newRows.some((x) => x.name === n && (0,migrations_table/* isApplied */.KN)(x)));
            const prisma = { code: r.code, durationMs, output };
            if (finished.length === plan.pending.length && !rowsAfter.some((x) => (0,migrations_table/* isFailed */.Ix)(x))) {
                if (r.code !== 0)
                    notes.push(`prisma exited ${r.code}, but every planned migration is recorded as finished`);
                opts.onLog(`verified: ${finished.length} migration(s) finished in _prisma_migrations`);
                return { status: 'applied', applied: finished, plan, waitedForLockMs, prisma, notes };
            }
            if (r.code !== 0 && lockedOut(output, newRows.length) && left() > 0) {
                opts.onLog('prisma could not take its migration lock (another deploy started first): waiting and re-planning');
                continue;
            }
            const catalogAfter = await catalogSnapshot(client);
            const recovery = buildRecovery({
                plan,
                rowsAfter,
                output,
                catalogBefore,
                catalogAfter,
                sqlOf: opts.sqlOf,
                service: opts.service,
                environment: opts.environment,
                database: opts.target.database,
                rerun: opts.rerun,
                appliedElsewhere: opts.appliedElsewhere,
                backupManifest: opts.backupManifest,
                lockTimeout: opts.lockTimeout.pg,
            });
            await addDatabaseError(recovery, opts, plan);
            if (r.code === 0)
                notes.push(`prisma exited 0, but ${plan.pending.length - finished.length} planned migration(s) are not finished in _prisma_migrations`);
            return { status: 'failed', applied: finished, plan, waitedForLockMs, prisma, recovery, notes };
        }
    }
    finally {
        await releaseApplyLock(client).catch(() => undefined);
        await client.end().catch(() => undefined);
    }
}
/** Gave up waiting for another deploy: nothing was started, and the summary says so. */
function lockWaitFailure(err, plan, waitedForLockMs, notes) {
    return {
        status: 'failed',
        applied: [],
        plan,
        waitedForLockMs,
        notes,
        recovery: {
            failedMigration: undefined,
            error: err.message,
            finishedThisRun: [],
            notStarted: plan.pending.map((m) => m.name),
            partialChanges: 'none',
            migrationsTable: '_prisma_migrations is unchanged: this run started no migration',
            facts: [err.why ?? 'another deploy was running'],
            steps: [err.next ?? 'dispatch the apply again'],
            catalogChanges: { added: [], removed: [] },
        },
    };
}
/**
 * PostgreSQL's own code, message, detail and position for the failed migration (Prisma passes on
 * at most the message), read by a rolled-back replay where that is provably harmless.
 */
async function addDatabaseError(recovery, opts, plan) {
    const name = recovery.failedMigration;
    if (!name || recovery.partialChanges !== 'none' || !plan.pending.some((m) => m.name === name))
        return;
    const sql = opts.sqlOf(name);
    const scan = scanTransactions(sql);
    if (scan.transactionControl.length || scan.nonTransactional.length)
        return;
    const facts = await replayForError(opts.deployTarget, sql).catch(() => undefined);
    if (!facts)
        return;
    // A timeout of the replay's own (1 s lock_timeout, 10 s statement_timeout) says nothing about the deploy's error.
    if ((facts.code === '55P03' || facts.code === '57014') && !/timeout/i.test(recovery.error ?? ''))
        return;
    recovery.error = formatPgError(facts);
    recovery.facts.unshift(`PostgreSQL's error, read by running ${name} once more in a transaction that was rolled back: SQLSTATE ${facts.code}${facts.line ? `, at line ${facts.line}, column ${facts.column} of migration.sql` : ''}`);
}

// EXTERNAL MODULE: ./src/apply/report.ts
var apply_report = __webpack_require__(71400);
;// CONCATENATED MODULE: ./src/apply/timeouts.ts


/** A PostgreSQL duration as written for a GUC: digits and an optional unit (bare = ms). */
const DURATION = /^(\d+)\s*(ms|s|min|h|d)?$/;
const UNIT_MS = { ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Parse `5s`, `500ms`, `2min`, `0`. Strict on purpose: the value goes into the `options`
 * connection parameter, where a space would start another `-c` setting.
 */
function parseDuration(value, input) {
    const m = DURATION.exec(value.trim());
    if (!m) {
        throw new errors/* UserError */.y(`${input} is "${value}", not a duration`, {
            why: 'expected a whole number with an optional unit: ms, s, min, h or d (e.g. 5s, 500ms, 10min; 0 turns it off)',
            next: `set ${input}: 5s`,
        });
    }
    const unit = m[2] ?? 'ms';
    return { pg: m[1] === '0' ? '0' : `${m[1]}${unit}`, ms: Number(m[1]) * UNIT_MS[unit] };
}
/**
 * The deploy's URL: lock_timeout and statement_timeout as `-c` settings in the `options`
 * parameter (libpq's, honoured by node-postgres and Prisma's engines), after any options the
 * URL already carries.
 */
function withSessionTimeouts(target, lock, statement) {
    const existing = new URL(target.url).searchParams.get('options');
    const ours = [`-c lock_timeout=${lock.pg}`, ...(statement ? [`-c statement_timeout=${statement.pg}`] : [])].join(' ');
    return (0,url/* withParams */.LS)(target, { options: existing ? `${existing} ${ours}` : ours });
}

;// CONCATENATED MODULE: ./src/apply/run.ts













/** Where loadConfig looks when no --config is given (a re-run command needs no --config then). */
const DEFAULT_CONFIG_PATH = external_node_path_default().join('.github', 'migration-gates.yml');





function chooseEnvironment(config, name, ref) {
    if (name)
        return (0,resolve/* environmentByName */.Av)(config, name);
    const env = ref ? (0,resolve/* environmentForRef */.Od)(config, ref) : undefined;
    if (env)
        return env;
    throw new errors/* UserError */.y(ref ? `environment not given, and branch ${(0,resolve/* branchOf */.W0)(ref)} maps to no environment` : 'environment not given, and no git ref to derive it from', {
        why: `the config maps branches to environments: ${config.environments.map((e) => `${e.name} <- ${e.branches.join(', ')}`).join('; ')}`,
        next: 'pass environment (dev, staging or prod as configured), or dispatch from a mapped branch',
    });
}
function chooseService(repoRoot, config, name) {
    const { services } = (0,discover/* resolveServices */.b)(repoRoot, config);
    if (name) {
        const s = services.find((x) => x.name === name || x.root === name);
        if (s)
            return s;
        throw new errors/* UserError */.y(`service "${name}" not found`, {
            why: services.length ? `the services are: ${services.map((x) => x.name).join(', ')}` : `no prisma/migrations folder with a schema beside it under ${repoRoot}`,
            next: 'pass one of those as service (npx migration-gates services lists them)',
        });
    }
    if (services.length === 1)
        return services[0];
    if (!services.length) {
        throw new errors/* UserError */.y(`no Prisma migrations found under ${repoRoot}`, {
            why: 'apply looks for prisma/migrations beside a schema.prisma (or services: in .github/migration-gates.yml)',
            next: 'set working-directory to the repository root, or declare the service under services: in the config',
        });
    }
    throw new errors/* UserError */.y(`${services.length} services found; which one to apply is not given`, {
        why: `the services are: ${services.map((x) => x.name).join(', ')}`,
        next: 'pass service: <name> (a matrix over `npx migration-gates services --format json` runs each)',
    });
}
/**
 * The manual deployment gate: environment and service from the dispatch, the plan from
 * `_prisma_migrations` and the folder, every configured gate, then (unless a gate failed or this
 * is a dry run) `prisma migrate deploy` under lock_timeout/statement_timeout, verified afterwards.
 */
async function runApply(opts) {
    const started = Date.now();
    // Log lines carry PR text (migration names in gate reasons): none may start a workflow command.
    const log = (line) => opts.onLog?.((0,log_line/* safeLogLine */.A)((0,redact/* redact */.E$)(line)));
    const target = (0,url/* parseDatabaseUrl */.mx)(opts.databaseUrl, 'database-url');
    const staging = opts.stagingDatabaseUrl ? (0,url/* parseDatabaseUrl */.mx)(opts.stagingDatabaseUrl, 'staging-database-url') : undefined;
    // The input wins; else the config's deploy.lock-timeout, which lint reads too (lock-timeout-missing).
    const lockTimeout = parseDuration(opts.lockTimeout ?? opts.config.deploy.lockTimeout, opts.lockTimeout ? 'lock-timeout' : 'deploy.lock-timeout');
    const statementTimeout = opts.statementTimeout ? parseDuration(opts.statementTimeout, 'statement-timeout') : undefined;
    const advisory = parseDuration(opts.advisoryLockTimeout ?? '5min', 'advisory-lock-timeout');
    const dryRun = opts.dryRun ?? false;
    const env = chooseEnvironment(opts.config, opts.environment, opts.ref);
    const service = chooseService(opts.repoRoot, opts.config, opts.service);
    const serviceRoot = external_node_path_default().join(opts.repoRoot, service.root);
    // A dry run reports every gate even without a Prisma CLI (a feature-branch user learns what
    // would block them); only the real deploy needs it, and it stops here without one.
    let cli;
    let noCli;
    try {
        cli = (0,prisma_cli/* locatePrisma */.J)(serviceRoot, opts.prismaCommand);
    }
    catch (err) {
        if (!dryRun || !(err instanceof errors/* UserError */.y))
            throw err;
        noCli = err;
    }
    const invocation = cli ? deployInvocation(cli, serviceRoot, external_node_path_default().join(opts.repoRoot, service.schema)) : undefined;
    const backupManifest = resolveBackupManifest(opts.backupManifest, opts.backupDirectory, target.database);
    log(`apply: environment ${env.name}, service ${service.name}, database ${(0,url/* describeTarget */.ff)(target)}${dryRun ? ' (dry run)' : ''}`);
    const sqlCache = new Map();
    const sqlOf = (name) => {
        let s = sqlCache.get(name);
        if (s === undefined) {
            s = (0,external_node_fs_.readFileSync)(external_node_path_default().join(opts.repoRoot, service.migrations, name, 'migration.sql'), 'utf8');
            sqlCache.set(name, s);
        }
        return s;
    };
    const client = await (0,connect/* connect */.Ng)(target, { readOnly: true, applicationName: 'migration-gates apply (gates)' });
    let plan;
    let gates;
    try {
        plan = await (0,apply_plan/* buildPlan */.G)(client, opts.repoRoot, service, target.schema);
        log(`plan: ${plan.pending.length} pending of ${plan.local.length} migration(s)${plan.failed.length ? `, ${plan.failed.length} failed row(s)` : ''}`);
        const ctx = {
            config: opts.config,
            environment: env,
            repoRoot: opts.repoRoot,
            service,
            target,
            client,
            plan,
            ref: opts.ref,
            confirm: opts.confirm,
            backupManifest,
            backupDirectory: opts.backupDirectory,
            stagingTarget: staging,
            overrideReason: opts.overrideReason?.trim() || undefined,
            now: opts.now ?? new Date(),
            dryRun,
        };
        gates = await evaluateGates(ctx, undefined, log);
    }
    finally {
        await client.end().catch(() => undefined);
    }
    const pendingBefore = plan.pending.length;
    const findings = gateFindings(gates);
    if (noCli) {
        findings.push({
            rule: 'prisma-cli',
            severity: 'error',
            message: `dry run: ${noCli.message}; the real apply would stop here`,
            why: noCli.why ?? 'the deploy runs your project\'s own Prisma CLI',
            fix: noCli.next ?? 'install the project\'s dependencies (npm ci) before this step',
        });
    }
    if (env.database && env.database !== target.database) {
        findings.push({
            rule: 'environment-database',
            severity: 'warning',
            message: `database-url names database ${target.database}, but environment ${env.name} is configured for ${env.database}`,
            why: 'a secret pointing at the wrong database is how migrations reach the wrong environment',
            fix: `check the ${env.githubEnvironment} environment's DATABASE_URL secret, or set environments.${env.name}.database in .github/migration-gates.yml`,
        });
    }
    let status;
    let applied = [];
    let recovery;
    let prismaOutput;
    let waitedForLockMs = 0;
    let prismaMs;
    const notes = [];
    if (failedGates(gates).length) {
        status = 'blocked';
        log(`blocked: ${failedGates(gates).map((g) => g.name).join(', ')} failed; nothing was applied`);
    }
    else if (dryRun) {
        status = 'dry-run';
        log('dry run: nothing was changed');
    }
    else if (!plan.pending.length && !plan.failed.length) {
        status = 'nothing-pending';
        log('nothing pending');
    }
    else {
        const deployCli = cli; // only a dry run goes on without one
        const outcome = await deployPlan({
            repoRoot: opts.repoRoot,
            service,
            environment: env.name,
            target,
            deployTarget: withSessionTimeouts(target, lockTimeout, statementTimeout),
            cli: deployCli,
            invocation: invocation,
            plan,
            lockTimeout,
            advisoryLockTimeoutMs: advisory.ms,
            backupManifest,
            rerun: {
                environment: env.name,
                ...(opts.config.file && external_node_path_default().relative(opts.repoRoot, opts.config.file) !== DEFAULT_CONFIG_PATH ? { configFile: external_node_path_default().relative(opts.repoRoot, opts.config.file) } : {}),
                ...(opts.service ? { service: service.name } : {}),
                ...(env.gates.confirmation ? { confirm: target.database } : {}),
                ...(backupManifest ? { backupManifest } : opts.backupDirectory ? { backupDirectory: opts.backupDirectory } : {}),
                ...(opts.overrideReason?.trim() ? { overrideReason: opts.overrideReason.trim() } : {}),
                stagingUrl: env.gates['staging-first'],
            },
            appliedElsewhere: env.gates['staging-first'],
            sqlOf,
            onLog: log,
        });
        status = outcome.status;
        applied = outcome.applied;
        recovery = outcome.recovery;
        prismaOutput = outcome.prisma?.output;
        waitedForLockMs = outcome.waitedForLockMs;
        prismaMs = outcome.prisma?.durationMs;
        notes.push(...outcome.notes);
        if (outcome.status === 'failed') {
            const r = outcome.recovery;
            findings.push({
                rule: 'migrate-deploy',
                severity: 'error',
                message: r.failedMigration
                    ? `migration ${r.failedMigration} failed on ${target.database}${r.error ? `: ${r.error}` : ''}`
                    : `prisma migrate deploy failed before applying anything${r.error ? `: ${r.error}` : ''}`,
                why: `${r.migrationsTable}. ${r.facts.join('. ')}`,
                fix: r.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'),
                ...(r.failedMigration ? { file: `${service.migrations}/${r.failedMigration}/migration.sql` } : {}),
            });
        }
    }
    const durationMs = Date.now() - started;
    const database = (0,url/* describeTarget */.ff)(target);
    const facts = {
        status,
        environment: env.name,
        service: service.name,
        database,
        dryRun,
        pendingBefore,
        applied,
        plan: (0,apply_plan/* planSummary */.M)(plan),
        gates: gates.map((g) => ({ name: g.name, ...g.outcome })),
        ...(recovery ? { recovery } : {}),
        ...(backupManifest ? { backupManifest } : {}),
        ...(opts.overrideReason ? { overrideReason: opts.overrideReason } : {}),
        prismaVersion: cli?.version ?? 'none found',
        lockTimeout: lockTimeout.pg,
        ...(statementTimeout ? { statementTimeout: statementTimeout.pg } : {}),
        waitedForLockMs,
        ...(prismaMs !== undefined ? { prismaMs } : {}),
        durationMs,
    };
    const report = (0,apply_report/* buildApplyReport */.J1)({
        status,
        environment: env.name,
        database,
        dryRun,
        gates,
        findings,
        plan,
        applied,
        recovery,
        prismaOutput,
        sqlOf,
        overrideReason: opts.overrideReason,
        actor: opts.actor,
        notes,
        facts,
    });
    return {
        status,
        environment: env.name,
        service: service.name,
        database,
        dryRun,
        gates,
        plan,
        pendingBefore,
        applied,
        ...(recovery ? { recovery } : {}),
        ...(backupManifest ? { backupManifest } : {}),
        prismaVersion: cli?.version ?? 'none found',
        durationMs,
        report,
    };
}


/***/ }),

/***/ 99336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $9: () => (/* binding */ dumpPathOf),
  g7: () => (/* binding */ findLatestManifest),
  po: () => (/* binding */ listManifests),
  WI: () => (/* binding */ readManifest),
  writeManifest: () => (/* binding */ writeManifest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/backup/naming.ts
var naming = __webpack_require__(94388);
;// CONCATENATED MODULE: ./src/backup/manifest.ts





const manifestSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    backupId: schemas/* string */.YjP().min(1),
    environment: schemas/* string */.YjP(),
    database: schemas/* string */.YjP().min(1),
    host: schemas/* string */.YjP(),
    port: schemas/* number */.aig().int().positive(),
    serverVersion: schemas/* string */.YjP(),
    serverMajor: schemas/* number */.aig().int().positive(),
    pgDumpVersion: schemas/* string */.YjP(),
    createdAt: datetime({ offset: true }),
    // A bare file name: a manifest must never point outside its own folder.
    file: schemas/* string */.YjP()
        .min(1)
        .refine((f) => !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..', 'must be a file name in the manifest\'s folder'),
    sizeBytes: schemas/* number */.aig().int().nonnegative(),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
    tableCount: schemas/* number */.aig().int().nonnegative(),
    latestMigration: schemas/* string */.YjP().nullable(),
    verified: schemas/* boolean */.zMY(),
    durationSeconds: schemas/* number */.aig().nonnegative().optional(),
    databaseSizeBytes: schemas/* number */.aig().int().nonnegative().optional(),
});
/** Read and validate a manifest; every problem names the field. */
function readManifest(manifestPath) {
    if (!(0,external_node_fs_.existsSync)(manifestPath)) {
        throw new errors/* UserError */.y(`backup manifest ${manifestPath} does not exist`, {
            why: 'a backup is identified by its manifest (<backup-id>.manifest.json beside the .dump)',
            next: `list the backups with: ls ${external_node_path_default().dirname(manifestPath)}/*${naming/* MANIFEST_SUFFIX */.OK}`,
        });
    }
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
    }
    catch (err) {
        throw new errors/* UserError */.y(`backup manifest ${manifestPath} is not valid JSON: ${err.message}`, {
            why: 'the file was truncated or edited by hand',
            next: 'take a new backup with: npx migration-gates backup --database-url ... --environment ... --directory ...',
        });
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
        throw new errors/* UserError */.y(`backup manifest ${manifestPath} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
            why: 'the manifest does not match the format migration-gates writes (version 1)',
            next: 'take a new backup with: npx migration-gates backup --database-url ... --environment ... --directory ...',
        });
    }
    return parsed.data;
}
/** Write atomically (temp file, then rename): a reader never sees half a manifest. */
function writeManifest(manifestPath, manifest) {
    manifestSchema.parse(manifest);
    const tmp = `${manifestPath}.tmp-${process.pid}`;
    // 0600: a manifest names production's host and database; only the runner's user reads it.
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
    (0,external_node_fs_.renameSync)(tmp, manifestPath);
}
/** The dump a manifest describes, resolved against the manifest's folder. */
function dumpPathOf(manifestPath, manifest) {
    return external_node_path_default().join(external_node_path_default().dirname(manifestPath), manifest.file);
}
/** Every valid manifest in a folder (unreadable ones are skipped: they prove no backup). */
function listManifests(directory) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        return [];
    }
    const out = [];
    for (const n of names) {
        if (!n.endsWith(naming/* MANIFEST_SUFFIX */.OK))
            continue;
        const manifestPath = external_node_path_default().join(directory, n);
        try {
            if (!(0,external_node_fs_.lstatSync)(manifestPath).isFile())
                continue; // a folder or link named like a manifest
            out.push({ ...readManifest(manifestPath), manifestPath });
        }
        catch {
            /* not a backup we can vouch for */
        }
    }
    return out.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.backupId.localeCompare(a.backupId));
}
/** The newest backup of `database` in a folder, or undefined. */
function findLatestManifest(directory, database) {
    return listManifests(directory).find((m) => m.database === database);
}


/***/ }),

/***/ 7974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ environmentByName),
/* harmony export */   Od: () => (/* binding */ environmentForRef),
/* harmony export */   W0: () => (/* binding */ branchOf)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);


/** `refs/heads/release/v1` -> `release/v1`; tags and PR refs are kept whole so they match nothing. */
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}
/** The environment a ref deploys to, or undefined: a branch that maps to none is never guessed. */
function environmentForRef(config, ref) {
    const branch = branchOf(ref);
    return config.environments.find((e) => e.branches.some((g) => picomatch__WEBPACK_IMPORTED_MODULE_1___default().isMatch(branch, g, { dot: true })));
}
function environmentByName(config, name) {
    const env = config.environments.find((e) => e.name === name || e.githubEnvironment === name);
    if (!env) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown environment "${name}"`, {
            why: `the config defines: ${config.environments.map((e) => e.name).join(', ')}`,
            next: 'pass one of those as environment, or add it under environments: in .github/migration-gates.yml',
        });
    }
    return env;
}


/***/ }),

/***/ 28906:
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

/***/ 16857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ migrationChecksum),
/* harmony export */   X: () => (/* binding */ checksumMatches)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** `_prisma_migrations.checksum`: SHA-256 hex of migration.sql's bytes. */
function migrationChecksum(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex');
}
/**
 * Prisma also accepts the file with its line endings swapped (a CRLF checkout of an LF file and
 * vice versa): so do we, or a Windows clone would look edited.
 */
function checksumMatches(applied, content) {
    const text = typeof content === 'string' ? content : content.toString('utf8');
    if (migrationChecksum(content) === applied)
        return true;
    const lf = text.replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    return migrationChecksum(lf) === applied || migrationChecksum(crlf) === applied;
}


/***/ }),

/***/ 19086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runPrisma),
/* harmony export */   J: () => (/* binding */ locatePrisma)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67212);




/**
 * Find the project's Prisma: an explicit `prisma-command` (split on whitespace, no shell), else
 * `node_modules/prisma` found walking up from the service directory.
 */
function locatePrisma(cwd, explicit) {
    if (explicit && explicit.trim()) {
        const [command, ...prefix] = explicit.trim().split(/\s+/);
        const version = findPrismaPackage(cwd)?.version ?? '0.0.0';
        return { command: command, prefix, version, major: majorOf(version) };
    }
    const pkg = findPrismaPackage(cwd);
    if (!pkg) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`no Prisma CLI found from ${cwd}`, {
            why: 'migration-gates runs your project\'s own Prisma so its version matches your migrations',
            next: 'run `npm ci` (or pnpm/yarn install) in the service before this step, or set prisma-command',
        });
    }
    return { command: process.execPath, prefix: [pkg.entry], version: pkg.version, major: majorOf(pkg.version) };
}
function findPrismaPackage(from) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from);
    for (;;) {
        const pj = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'node_modules', 'prisma', 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pj)) {
            const version = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pj, 'utf8')).version;
            return { entry: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'node_modules', 'prisma', 'build', 'index.js'), version };
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function majorOf(version) {
    return Number(version.split('.')[0]) || 0;
}
/** Run `prisma <args>` with DATABASE_URL set for the child only; no update checks. */
function runPrisma(cli, args, opts = {}) {
    const env = {
        ...process.env,
        ...opts.env,
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
    };
    if (opts.databaseUrl)
        env.DATABASE_URL = opts.databaseUrl;
    return (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(cli.command, [...cli.prefix, ...args], { ...opts, env });
}


/***/ }),

/***/ 57671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ cellCode)
/* harmony export */ });
/**
 * Inline code that is safe inside a markdown table cell. A code span cannot be broken by the
 * backticks it holds (the fence is longer than any run of them), but GitHub splits table cells on
 * every `|`, even inside code: each is written `\|`, which GitHub renders as `|` in the cell. Line
 * breaks would end the row, so they become spaces. Names from PRs (migration folders) go through
 * this wherever a table shows them as code.
 */
function cellCode(text) {
    const t = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest || t.startsWith(' ') || t.endsWith(' ') ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}


/***/ })

};
