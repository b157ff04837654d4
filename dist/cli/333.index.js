export const id = 333;
export const ids = [333,208,827];
export const modules = {

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

/***/ 9086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runPrisma),
/* harmony export */   J: () => (/* binding */ locatePrisma)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7212);




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


/***/ })

};
