export const id = 927;
export const ids = [927,208,827];
export const modules = {

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCommand: () => (/* binding */ configCommand),
/* harmony export */   effectiveConfig: () => (/* binding */ effectiveConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9827);
/* harmony import */ var _migrations_discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2986);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7733);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5577);






/** The effective config in the file's own kebab-case shape, services resolved (discovered when not listed). */
function effectiveConfig(config, repoRoot) {
    const { services, strays } = (0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveServices */ .b)(repoRoot, config);
    return {
        source: config.file ?? `(defaults: no ${_config_load_js__WEBPACK_IMPORTED_MODULE_1__.DEFAULT_CONFIG_PATH})`,
        environments: Object.fromEntries(config.environments.map((e) => [
            e.name,
            {
                branches: e.branches,
                database: e.database,
                'github-environment': e.githubEnvironment,
                production: e.production,
                gates: e.gates,
                'backup-max-age-minutes': e.backupMaxAgeMinutes,
            },
        ])),
        services: services.map((s) => ({ name: s.name, path: s.root || '.', schema: s.schema, migrations: s.migrations, discovered: !config.services.length })),
        ...(strays.length ? { 'stray-migration-folders': strays } : {}),
        migrations: { 'forbidden-names': config.migrations.forbiddenNames, 'min-name-length': config.migrations.minNameLength, 'name-pattern': config.migrations.namePattern ?? null },
        lint: { rules: config.lint.rules, baseline: config.lint.baseline, 'large-table-rows': config.lint.largeTableRows },
        backup: { 'retention-days': config.backup.retentionDays },
        sync: { 'keep-old': config.sync.keepOld, strict: config.sync.strict, masking: config.sync.masking, 'pii-patterns': config.sync.piiPatterns },
        health: {
            'long-running-seconds': config.health.longRunningSeconds,
            'max-connections-ratio': config.health.maxConnectionsRatio,
            'max-transaction-age-seconds': config.health.maxTransactionAgeSeconds,
        },
    };
}
/** `migration-gates config`: validate the config (exit 2 with key path and line on errors) and print the effective one. */
const configCommand = {
    name: 'config',
    summary: 'validate .github/migration-gates.yml and print the effective config (exit 2 when invalid)',
    options: {},
    async run({ values, cwd }) {
        const format = (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFormat */ .X)(values.format);
        const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values.config));
        const eff = effectiveConfig(config, cwd);
        process.stdout.write((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(format === 'json' ? `${JSON.stringify(eff, null, 2)}\n` : `# effective migration-gates config (valid)\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(eff)}`));
        return 0;
    },
};


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

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigError: () => (/* binding */ ConfigError),
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(6221);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/schema.ts


/** The YAML shape of `.github/migration-gates.yml` (kebab-case keys; unknown keys are errors). */
const severity = schemas/* enum */.k5n(['off', 'notice', 'warning', 'error']);
const branchList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]);
const maskStrategy = schemas/* string */.YjP()
    .regex(/^(email|name|random-hash|keyed-hash|null|keep|prefix:.*|constant:.*)$/, {
    message: 'expected one of email, name, prefix:<p>, random-hash, keyed-hash, constant:<v>, null, keep',
});
const gatesShape = Object.fromEntries(types/* GATE_NAMES */.r.map((g) => [g, schemas/* boolean */.zMY().optional()]));
const environmentSchema = schemas/* strictObject */.rej({
    branch: branchList.optional(),
    branches: branchList.optional(),
    database: schemas/* string */.YjP().min(1).max(63),
    'github-environment': schemas/* string */.YjP().min(1).optional(),
    production: schemas/* boolean */.zMY().optional(),
    gates: schemas/* strictObject */.rej(gatesShape).optional(),
    'backup-max-age-minutes': schemas/* number */.aig().int().positive().optional(),
});
const serviceSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]+$/, { message: 'letters, digits, dot, dash and underscore only' }),
    path: schemas/* string */.YjP(),
    schema: schemas/* string */.YjP().optional(),
    migrations: schemas/* string */.YjP().optional(),
});
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).optional(),
    environments: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9_-]+$/), environmentSchema).optional(),
    services: schemas/* array */.YOg(serviceSchema).optional(),
    migrations: schemas/* strictObject */.rej({
        'forbidden-names': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        'min-name-length': schemas/* number */.aig().int().min(1).optional(),
        'name-pattern': schemas/* string */.YjP().optional(),
    })
        .optional(),
    lint: schemas/* strictObject */.rej({
        rules: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z0-9-]+$/), severity).optional(),
        baseline: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        'large-table-rows': schemas/* number */.aig().int().positive().optional(),
    })
        .optional(),
    deploy: schemas/* strictObject */.rej({
        // A duration as PostgreSQL writes it (bare = ms); 0 or off turns it off. No spaces: it goes into a -c option.
        'lock-timeout': schemas/* union */.KCZ([schemas/* string */.YjP().regex(/^(\d+(ms|s|min|h|d)?|off)$/, { message: 'expected a duration such as 5s, 500ms, 2min, or 0/off' }), schemas/* literal */.euz(0), schemas/* literal */.euz(false)]).optional(),
    })
        .optional(),
    backup: schemas/* strictObject */.rej({ 'retention-days': schemas/* number */.aig().int().min(1).max(90).optional() }).optional(),
    sync: schemas/* strictObject */.rej({
        'keep-old': schemas/* number */.aig().int().min(0).optional(),
        strict: schemas/* boolean */.zMY().optional(),
        masking: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* record */.g1P(schemas/* string */.YjP().min(1), maskStrategy)).optional(),
        'pii-patterns': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    })
        .optional(),
    health: schemas/* strictObject */.rej({
        'long-running-seconds': schemas/* number */.aig().positive().optional(),
        'max-connections-ratio': schemas/* number */.aig().gt(0).max(1).optional(),
        'max-transaction-age-seconds': schemas/* number */.aig().positive().optional(),
    })
        .optional(),
});

;// CONCATENATED MODULE: ./src/config/load.ts








const DEFAULT_CONFIG_PATH = '.github/migration-gates.yml';
class ConfigError extends errors/* UserError */.y {
    constructor(file, problems) {
        super(`invalid config ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
            why: 'the config decides which branch deploys where and which gates run; a guess would be unsafe',
            next: `fix ${file} (reference: README "Configuration"), then run: npx migration-gates config --config ${(0,shell_quote/* shellQuote */.ZL)(file)}`,
        });
        this.name = 'ConfigError';
    }
}
/**
 * Load and validate the config. A missing file at the default path means the guide's defaults;
 * a missing file named explicitly is an error.
 */
function loadConfig(repoRoot, configPath) {
    const rel = configPath && configPath.trim() ? configPath.trim() : DEFAULT_CONFIG_PATH;
    const abs = external_node_path_default().resolve(repoRoot, rel);
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (configPath && configPath.trim() && rel !== DEFAULT_CONFIG_PATH) {
            throw new errors/* UserError */.y(`config file ${rel} does not exist`, {
                why: 'the config input names a file that is not in the checkout',
                next: `create ${rel}, or omit the config input to use the defaults`,
            });
        }
        return (0,defaults/* defaultConfig */.sb)();
    }
    return parseConfig((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel, repoRoot, abs);
}
function parseConfig(text, displayName, repoRoot, abs) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        throw new ConfigError(displayName, doc.errors.map((e) => `line ${lineCounter.linePos(e.pos[0]).line}: YAML: ${e.message.split('\n')[0]}`));
    }
    const raw = doc.toJS() ?? {};
    const parsed = configSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            if (keys.length) {
                return keys
                    .map((k) => {
                    const p = [...issue.path, k];
                    return `${locate(doc, lineCounter, p, true)}${keyPath(p)}: unknown key (expected one of: ${knownKeys(issue.path)})`;
                })
                    .join('\n  - ');
            }
            return `${locate(doc, lineCounter, issue.path, false)}${keyPath(issue.path) || '(top level)'}: ${issue.message}`;
        });
        throw new ConfigError(displayName, problems);
    }
    const cfg = normalize(parsed.data, repoRoot, abs);
    const semantic = validateSemantics(cfg, repoRoot, parsed.data);
    if (semantic.length) {
        throw new ConfigError(displayName, semantic.map((s) => `${locate(doc, lineCounter, s.path, false)}${keyPath(s.path)}: ${s.message}`));
    }
    return cfg;
}
function keyPath(p) {
    return p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}
function knownKeys(parent) {
    let s = configSchema;
    for (const k of parent) {
        const def = s.def;
        let cur = s;
        while (cur.def?.type === 'optional')
            cur = cur.def.innerType;
        const d = cur.def;
        if (d?.type === 'object')
            s = d.shape?.[String(k)];
        else if (d?.type === 'record')
            s = d.valueType;
        else if (d?.type === 'array')
            s = d.element;
        else
            return '?';
    }
    let cur = s;
    while (cur?.def?.type === 'optional')
        cur = cur.def.innerType;
    const shape = cur?.def?.shape;
    return shape ? Object.keys(shape).join(', ') : '?';
}
/** "line N: " for a key path, from the YAML node (the key itself for unknown keys). */
function locate(doc, lc, p, keyNode) {
    const parentPath = keyNode ? p.slice(0, -1) : p;
    let node = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (keyNode && (0,dist/* isMap */.jh)(node)) {
        const last = p[p.length - 1];
        const pair = node.items.find((it) => (0,dist/* isScalar */.jn)(it.key) && it.key.value === last);
        node = pair?.key;
    }
    // A missing key: point at its parent.
    for (let i = parentPath.length - 1; !node && i >= 0; i--)
        node = doc.getIn(parentPath.slice(0, i), true);
    const range = node?.range;
    return range ? `line ${lc.linePos(range[0]).line}: ` : '';
}
function toList(v) {
    return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}
function parseMask(s) {
    if (s.startsWith('prefix:'))
        return { kind: 'prefix', value: s.slice(7) };
    if (s.startsWith('constant:'))
        return { kind: 'constant', value: s.slice(9) };
    return { kind: s };
}
function normalize(f, repoRoot, abs) {
    const cfg = (0,defaults/* defaultConfig */.sb)();
    cfg.file = abs;
    if (f.environments) {
        cfg.environments = Object.entries(f.environments).map(([name, e]) => {
            const production = e.production ?? (name === 'prod' || name === 'production');
            const base = production ? defaults/* DEFAULT_GATES */.dA.prod : name === 'staging' ? defaults/* DEFAULT_GATES */.dA.staging : defaults/* DEFAULT_GATES */.dA.dev;
            return {
                name,
                branches: toList(e.branches) ?? toList(e.branch) ?? [],
                database: e.database,
                githubEnvironment: e['github-environment'] ?? name,
                production,
                gates: { ...base, ...Object.fromEntries(Object.entries(e.gates ?? {}).filter(([, v]) => v !== undefined)) },
                backupMaxAgeMinutes: e['backup-max-age-minutes'] ?? 60,
            };
        });
    }
    if (f.services) {
        cfg.services = f.services.map((s) => {
            const root = posix(s.path);
            return {
                name: s.name,
                root,
                schema: posix(external_node_path_default().posix.join(root, s.schema ?? 'prisma/schema.prisma')),
                migrations: posix(external_node_path_default().posix.join(root, s.migrations ?? 'prisma/migrations')),
            };
        });
    }
    const m = f.migrations;
    if (m?.['forbidden-names'])
        cfg.migrations.forbiddenNames = m['forbidden-names'].map((n) => n.toLowerCase());
    if (m?.['min-name-length'])
        cfg.migrations.minNameLength = m['min-name-length'];
    if (m?.['name-pattern'])
        cfg.migrations.namePattern = m['name-pattern'];
    if (f.lint?.rules)
        cfg.lint.rules = { ...f.lint.rules };
    if (f.lint?.baseline)
        cfg.lint.baseline = f.lint.baseline;
    if (f.lint?.['large-table-rows'])
        cfg.lint.largeTableRows = f.lint['large-table-rows'];
    const lt = f.deploy?.['lock-timeout'];
    if (lt !== undefined)
        cfg.deploy.lockTimeout = lt === false || lt === 0 || lt === 'off' ? '0' : lt;
    if (f.backup?.['retention-days'])
        cfg.backup.retentionDays = f.backup['retention-days'];
    const s = f.sync;
    if (s?.['keep-old'] !== undefined)
        cfg.sync.keepOld = s['keep-old'];
    if (s?.strict !== undefined)
        cfg.sync.strict = s.strict;
    if (s?.masking) {
        cfg.sync.masking = Object.fromEntries(Object.entries(s.masking).map(([t, cols]) => [t, Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, parseMask(v)]))]));
    }
    if (s?.['pii-patterns'])
        cfg.sync.piiPatterns = s['pii-patterns'];
    const h = f.health;
    if (h?.['long-running-seconds'])
        cfg.health.longRunningSeconds = h['long-running-seconds'];
    if (h?.['max-connections-ratio'])
        cfg.health.maxConnectionsRatio = h['max-connections-ratio'];
    if (h?.['max-transaction-age-seconds'])
        cfg.health.maxTransactionAgeSeconds = h['max-transaction-age-seconds'];
    void repoRoot;
    return cfg;
}
function posix(p) {
    return external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\/?$/, '').replace(/^\.\//, '').replace(/\/$/, '');
}
function validateSemantics(cfg, repoRoot, file) {
    const problems = [];
    for (const env of cfg.environments) {
        if (!env.branches.length)
            problems.push({ path: ['environments', env.name], message: 'needs branch: or branches: (e.g. branch: main)' });
        // Point at the key the file uses (branch or branches, scalar or list item).
        const raw = file?.environments?.[env.name];
        const key = raw?.branches !== undefined ? 'branches' : 'branch';
        const isList = Array.isArray(raw?.[key]);
        env.branches.forEach((b, i) => {
            try {
                picomatch_default().makeRe(b, { strictBrackets: true });
                if (/\s/.test(b) || b.startsWith('refs/'))
                    throw new Error('x');
            }
            catch {
                problems.push({
                    path: isList ? ['environments', env.name, key, i] : ['environments', env.name, key],
                    message: `branch pattern "${b}" is not a valid glob${i ? ` (entry ${i})` : ''} (expected a branch name like main or a glob like release/*, without refs/heads/)`,
                });
            }
        });
    }
    // Two environments must never claim one branch: a deploy target would be a guess.
    for (let i = 0; i < cfg.environments.length; i++) {
        for (let j = i + 1; j < cfg.environments.length; j++) {
            const a = cfg.environments[i];
            const b = cfg.environments[j];
            const clash = a.branches.find((pa) => b.branches.some((pb) => pa === pb || safeMatch(pa, pb) || safeMatch(pb, pa)));
            if (clash) {
                problems.push({
                    path: ['environments', b.name],
                    message: `environments "${a.name}" and "${b.name}" both match branch "${clash}"; each branch must map to one environment`,
                });
            }
        }
    }
    const seen = new Set();
    cfg.services.forEach((s, i) => {
        if (seen.has(s.name))
            problems.push({ path: ['services', i, 'name'], message: `duplicate service name "${s.name}"` });
        seen.add(s.name);
        if (s.root.startsWith('..') || external_node_path_default().isAbsolute(s.root)) {
            problems.push({ path: ['services', i, 'path'], message: `"${s.root}" must be a folder inside the repository` });
            return;
        }
        const dir = external_node_path_default().join(repoRoot, s.migrations);
        if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
            problems.push({
                path: ['services', i, 'migrations'],
                message: `migrations directory ${s.migrations} does not exist (create it with: npx prisma migrate dev --name init)`,
            });
        }
    });
    for (const p of cfg.sync.piiPatterns) {
        try {
            new RegExp(p, 'i');
        }
        catch {
            problems.push({ path: ['sync', 'pii-patterns'], message: `"${p}" is not a valid regular expression` });
        }
    }
    if (cfg.migrations.namePattern) {
        try {
            new RegExp(cfg.migrations.namePattern);
        }
        catch {
            problems.push({ path: ['migrations', 'name-pattern'], message: `"${cfg.migrations.namePattern}" is not a valid regular expression` });
        }
    }
    return problems;
}
function safeMatch(glob, branch) {
    try {
        return picomatch_default().isMatch(branch, glob);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ GATE_NAMES)
/* harmony export */ });
/** Gate names, in the order apply-migration evaluates them. */
const GATE_NAMES = [
    'branch-environment',
    'confirmation',
    'backup',
    'staging-first',
    'lint',
    'history-integrity',
    'health',
    'tls',
];


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
