export const id = 208;
export const ids = [208];
export const modules = {

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


/***/ })

};
