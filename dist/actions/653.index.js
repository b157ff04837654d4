export const id = 653;
export const ids = [653];
export const modules = {

/***/ 31954:
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

/***/ 19827:
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
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/security/shell-quote.ts
var shell_quote = __webpack_require__(76221);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
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

/***/ 22143:
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

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can act on: what failed, why, and the next command to run.
 * Exit code 2 (usage, config or environment), distinct from 1 (findings).
 */
class UserError extends Error {
    why;
    next;
    exitCode;
    constructor(what, opts = {}) {
        super(what, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.name = 'UserError';
        this.why = opts.why;
        this.next = opts.next;
        this.exitCode = opts.exitCode ?? 2;
    }
    /** Multi-line text for logs and terminals. */
    describe() {
        const lines = [this.message];
        if (this.why)
            lines.push(`Why: ${this.why}`);
        if (this.next)
            lines.push(`Next: ${this.next}`);
        return lines.join('\n');
    }
}
function describeError(err) {
    if (err instanceof UserError)
        return err.describe();
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 6944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   Pm: () => (/* binding */ inputSecret),
/* harmony export */   df: () => (/* binding */ inputOptional),
/* harmony export */   jo: () => (/* binding */ inputBool),
/* harmony export */   yL: () => (/* binding */ inputFailOn)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77733);




/**
 * The one wrapper every action entry uses: secrets reach the runner's mask before any log line,
 * and any error ends as a failed step with what, why and next, redacted.
 */
async function runAction(main) {
    (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecretSink */ .Wg)((s) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(s));
    try {
        await main();
    }
    catch (err) {
        const text = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(err));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(text);
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y) && err instanceof Error && err.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(err.stack));
    }
}
function inputFailOn(name = 'fail-on') {
    const v = (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name) || 'error').trim();
    if (v !== 'error' && v !== 'warning' && v !== 'never') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`input ${name} is "${v}"`, { why: 'expected error, warning or never', next: `set ${name}: error` });
    }
    return v;
}
function inputBool(name, fallback) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name).trim().toLowerCase();
    if (!v)
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`input ${name} is "${v}"`, { why: 'expected true or false', next: `set ${name}: true or ${name}: false` });
}
function inputOptional(name) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name).trim();
    return v === '' ? undefined : v;
}
/** A secret input (database URL): registered with the mask before anything else can print it. */
function inputSecret(name) {
    const v = inputOptional(name);
    if (v)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(v);
    return v;
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readEventContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


function readEventContext(env = process.env) {
    let payload = {};
    const p = env.GITHUB_EVENT_PATH;
    if (p) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read the event payload at GITHUB_EVENT_PATH`, {
                why: err instanceof Error ? err.message : String(err),
                next: 'run this action inside a GitHub workflow, or use the CLI locally',
            });
        }
    }
    const pr = payload.pull_request;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repository: env.GITHUB_REPOSITORY,
        pullRequest: pr && typeof pr.number === 'number'
            ? { number: pr.number, baseRef: pr.base?.ref ?? '', baseSha: pr.base?.sha, headRef: pr.head?.ref ?? '', headSha: pr.head?.sha }
            : undefined,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    };
}


/***/ }),

/***/ 59023:
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

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59023);

/** `{ findings, summary }`: the CLI's --format json and the action's `report` file. */
function renderJson(report) {
    const summary = { tool: report.tool, ...(0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(report.findings), ...(report.facts ?? {}) };
    const out = { findings: (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(report.findings), summary };
    if (report.checklist)
        out.checklist = report.checklist;
    return JSON.stringify(out, null, 2) + '\n';
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Li: () => (/* binding */ mdEscape)
/* harmony export */ });
/* unused harmony exports renderFindingsTable, renderChecklist */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59023);

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
    const rows = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings).map((f) => {
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
    const s = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(report.findings);
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

/***/ 26146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

/** The hidden marker that finds our comment again; one per check key, so re-runs update in place. */
function commentMarker(key) {
    return `<!-- migration-gates:${key} -->`;
}
/**
 * Create or update the single PR comment carrying `marker`. Pages through all comments, so a
 * long PR thread never gets a second copy.
 */
async function upsertStickyComment(opts) {
    const [owner, repo] = opts.repository.split('/');
    // baseUrl read now, not at module load: GHES and tests set GITHUB_API_URL.
    const octokit = (0,github/* getOctokit */.Q)(opts.token, { baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' });
    const marker = commentMarker(opts.key);
    const body = `${marker}\n${opts.body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: opts.issueNumber,
        per_page: 100,
    });
    const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    if (existing) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return { action: 'updated', id: existing.id };
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: opts.issueNumber, body });
    return { action: 'created', id: created.data.id };
}

// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(77733);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows at most 10 annotations per level per step; the summary lists them all. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Emit file annotations (workflow commands on stdout), capped per level like the runner does. */
function emitAnnotations(findings) {
    const used = { error: 0, warning: 0, notice: 0 };
    let omitted = 0;
    for (const f of (0,finding/* sortFindings */.Tc)(findings)) {
        if (used[f.severity] >= ANNOTATIONS_PER_LEVEL) {
            omitted++;
            continue;
        }
        used[f.severity]++;
        const props = { title: `${f.rule}${f.docsUrl ? ` (${f.docsUrl})` : ''}` };
        if (f.file)
            props.file = f.file;
        if (f.line)
            props.startLine = f.line;
        if (f.column)
            props.startColumn = f.column;
        const text = [f.message, f.why ? `Why: ${f.why}` : '', f.fix ? `Fix: ${f.fix}` : '', f.docsUrl ? `Docs: ${f.docsUrl}` : '']
            .filter(Boolean)
            .join('\n');
        core[f.severity](text, props);
    }
    return { emitted: used.error + used.warning + used.notice, omitted };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/publish.ts










/**
 * Render one report to every action sink: annotations, job summary, outputs (errors, warnings,
 * notices, report), the sticky PR comment, and the failing status.
 */
async function publishReport(report, opts) {
    const s = (0,finding/* summarize */.eh)(report.findings);
    const { omitted } = emitAnnotations(report.findings);
    if (omitted)
        core.info(`${omitted} more finding(s) than GitHub shows as annotations: all are in the job summary.`);
    const markdown = (0,redact/* redact */.E$)((0,report_markdown/* renderMarkdown */.Gc)(report));
    await core.summary.addRaw(markdown, true).write();
    const dir = opts.reportDir ?? process.env.RUNNER_TEMP ?? process.cwd();
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const reportPath = external_node_path_default().join(dir, `migration-gates-${report.tool}.json`);
    (0,external_node_fs_.writeFileSync)(reportPath, (0,redact/* redact */.E$)((0,json/* renderJson */.h)(report)));
    core.setOutput('errors', s.errors);
    core.setOutput('warnings', s.warnings);
    core.setOutput('notices', s.notices);
    core.setOutput('report', reportPath);
    let comment = 'skipped';
    const ctx = (0,context/* readEventContext */.w)();
    if (opts.comment && ctx.pullRequest && ctx.repository) {
        if (!opts.token) {
            core.warning('comment is true but github-token is empty: no PR comment posted (pass github-token: ${{ github.token }} and permissions: pull-requests: write)');
        }
        else {
            try {
                const r = await upsertStickyComment({ token: opts.token, repository: ctx.repository, issueNumber: ctx.pullRequest.number, key: report.tool, body: markdown });
                comment = r.action;
                core.info(`PR comment ${r.action} (id ${r.id}).`);
            }
            catch (err) {
                // A missing permission must not hide the findings: they are already in the summary.
                core.warning(`could not post the PR comment: ${(0,redact/* redact */.E$)(err instanceof Error ? err.message : String(err))}. Grant "permissions: pull-requests: write" to the job.`);
            }
        }
    }
    const failed = (0,finding/* shouldFail */.W9)(s, opts.failOn);
    if (failed)
        core.setFailed(`${report.title}: ${s.errors} error(s), ${s.warnings} warning(s) (fail-on: ${opts.failOn})`);
    return { failed, reportPath, comment };
}


/***/ }),

/***/ 77733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Wg: () => (/* binding */ setSecretSink),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/**
 * Process-wide registry of secret strings (passwords, full URLs). Everything we print passes
 * through `redact`, so a secret that reaches an error message from pg or Prisma is still hidden.
 * In an action, `setSecretSink(core.setSecret)` also tells the runner to mask it in its own log.
 */
const secrets = new Set();
let sink;
function setSecretSink(fn) {
    sink = fn;
    for (const s of secrets)
        fn(s);
}
function registerSecret(value) {
    if (!value || value.length < 3 || secrets.has(value))
        return;
    secrets.add(value);
    // URL-encoded form too: a password with '@' or '/' appears encoded inside URLs.
    const enc = encodeURIComponent(value);
    if (enc !== value)
        secrets.add(enc);
    sink?.(value);
    if (enc !== value)
        sink?.(enc);
}
const URL_CREDENTIALS = /\b(postgres(?:ql)?:\/\/)([^:@/\s]+)(?::([^@\s]*))?@/gi;
/** Hide registered secrets and any credentials embedded in a postgres URL. */
function redact(text) {
    let out = text.replace(URL_CREDENTIALS, (_m, scheme, user, pass) => pass === undefined ? `${scheme}${user}@` : `${scheme}${user}:***@`);
    // Longest first, so a secret containing another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 76221:
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
