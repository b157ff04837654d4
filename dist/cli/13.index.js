export const id = 13;
export const ids = [13];
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

/***/ 9804:
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
// EXTERNAL MODULE: ./src/migrations/changes.ts + 1 modules
var migrations_changes = __webpack_require__(2488);
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
/** A name safe to show inside a shell command we suggest: single-quoted, quotes escaped. */
function shellQuote(s) {
    return /^[A-Za-z0-9_./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/migrations/rules/deleted-migration.ts


const ANY_MIGRATION_SQL = /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/;
/**
 * "Don't delete migration files." The history in Git is the record of what every database has
 * applied; removing a folder breaks `migrate deploy` on databases that applied it and makes new
 * databases differ from old ones.
 */
const deletedMigration = {
    id: 'deleted-migration',
    severity: 'error',
    summary: 'a migration folder (or its migration.sql) was deleted',
    rationale: 'databases that applied it no longer match the history; new databases are built without it',
    check({ changes }) {
        const out = changes.services.flatMap((s) => s.deleted.map((m) => types_finding(deletedMigration, {
            file: m.sqlPath,
            message: `migration ${m.name} exists on ${changes.base.ref} and was deleted`,
            why: 'databases that already applied it keep its changes while new databases never get them; Prisma reports the applied migration as missing from the directory',
            fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(m.dir)}; to undo its effect, add a new migration that reverts it`,
        })));
        // A whole migrations directory removed: its service is no longer discovered, but the loss is real.
        const services = changes.services.map((s) => s.service);
        for (const f of changes.files) {
            const gone = f.status === 'D' ? f.path : f.status === 'R' ? f.oldPath : undefined;
            if (!gone || !ANY_MIGRATION_SQL.test(gone) || (0,migrations_changes/* serviceOfPath */.Yy)(services, gone))
                continue;
            if (f.status === 'R' && ANY_MIGRATION_SQL.test(f.path) && (0,migrations_changes/* serviceOfPath */.Yy)(services, f.path))
                continue; // moved into a service: renamed, not lost
            out.push(types_finding(deletedMigration, {
                file: gone,
                message: `migration file ${gone} exists on ${changes.base.ref} and was deleted`,
                why: 'databases that already applied it keep its changes while new databases never get them',
                fix: `restore it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(gone)}`,
            }));
        }
        return out;
    },
};

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
                    fix: `regenerate this migration so it gets a new timestamp: delete the folder, then npx prisma migrate dev --name ${shellQuote(m.label ?? 'describe_the_change')}`,
                });
            });
        });
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
            fix: `restore it (git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(m.sqlPath)}) and put the change in a new migration: npx prisma migrate dev --name <describe_the_change>`,
        })));
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



/** The provider line of migration_lock.toml, and its line number. */
function lockProvider(text) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*provider\s*=\s*"([^"]*)"/.exec(lines[i]);
        if (m)
            return { provider: m[1], line: i + 1 };
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
    summary: 'migration_lock.toml is missing, not `postgresql`, or changed in the PR',
    rationale: 'the lock file guarantees every migration in the folder was written for PostgreSQL',
    check({ changes, repoRoot, read }) {
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
                    fix: `restore it (git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(lockPath)}) or create it with the line: provider = "postgresql"`,
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
            if (s.lockChanged && change && change.status !== 'A') {
                out.push(types_finding(migrationLock, {
                    file: lockPath,
                    line: p.line,
                    message: `${lockPath} was changed in this pull request`,
                    why: 'Prisma writes the lock file once; a change means the migration history was regenerated or hand-edited',
                    fix: `revert it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(lockPath)}`,
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

// EXTERNAL MODULE: ./src/migrations/model.ts
var model = __webpack_require__(5256);
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

;// CONCATENATED MODULE: ./src/migrations/rules/out-of-order-migration.ts

/** A before b in Prisma's apply order (timestamps first when both have one). */
function atOrBefore(a, b) {
    if (a.timestamp && b.timestamp)
        return a.timestamp <= b.timestamp;
    return a.name <= b.name;
}
/**
 * "Don't change migration order." Two branches created migrations in parallel and the other one
 * merged first: this PR's migration now sorts before a migration databases may already have
 * applied. Prisma would apply it out of order (or refuse), and its SQL was generated against a
 * schema that did not include the other change.
 */
const outOfOrderMigration = {
    id: 'out-of-order-migration',
    severity: 'error',
    summary: 'a new migration sorts at or before the newest migration on the base branch',
    rationale: 'it was generated against an older schema and would be applied out of order',
    check({ changes }) {
        return changes.services.flatMap((s) => {
            const newest = s.base.filter((b) => b.timestamp).at(-1) ?? s.base.at(-1);
            if (!newest)
                return [];
            const baseNames = new Set(s.base.map((b) => b.name));
            // A renamed folder keeps its place in the order: renamed-migration reports it.
            const fresh = s.added.filter((m) => m.timestamp && !baseNames.has(m.name));
            return fresh
                .filter((m) => atOrBefore(m, newest))
                .map((m) => types_finding(outOfOrderMigration, {
                file: m.sqlPath,
                message: `new migration ${m.name} sorts at or before ${newest.name}, the newest migration on ${changes.base.ref}`,
                why: `another branch's migration merged into ${changes.base.ref} first: this one was generated against a schema without it, and Prisma would apply it out of order on databases that already ran ${newest.name}`,
                // One line: summaries and PR comments collapse newlines.
                fix: `git fetch origin && git rebase ${shellQuote(`origin/${changes.base.ref}`)} && rm -rf ${shellQuote(m.dir)} && ` +
                    `cd ${shellQuote(serviceDir(s.service.root))} && npx prisma migrate dev --name ${shellQuote(m.label ?? 'describe_the_change')}; ` +
                    'then commit the regenerated migration and push with --force-with-lease',
            }));
        });
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
            fix: `rename it back: git mv ${shellQuote(to.dir)} ${shellQuote(from.dir)}`,
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
    const schema = external_node_path_default().resolve(opts.repoRoot, opts.service.schema);
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
        const cd = `cd ${shellQuote(serviceDir(s.service.root))} && `;
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
            fix: `cd ${shellQuote(serviceDir(s.service.root))} && npx prisma migrate dev --name <describe_the_change>, then commit ${shellQuote(s.service.migrations)}`,
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
    const ctx = {
        repoRoot: opts.repoRoot,
        config: opts.config,
        changes,
        read: (rel) => {
            try {
                return (0,external_node_fs_.readFileSync)(external_node_path_default().join(opts.repoRoot, rel), 'utf8');
            }
            catch {
                return '';
            }
        },
        changedLine: (rel) => lines.get(rel),
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
    findings.push(...drift.findings);
    const ran = new Set(['history']);
    if (drift.results.length)
        ran.add('drift');
    return { findings: applySeverityOverrides(findings, opts.config), changes, ran, drift: drift.results };
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


/***/ })

};
