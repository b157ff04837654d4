export const id = 38;
export const ids = [38];
export const modules = {

/***/ 8038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openReplayer: () => (/* binding */ openReplayer)
});

// EXTERNAL MODULE: ./src/prisma/checksum.ts
var checksum = __webpack_require__(6857);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/lint/replay/snapshot-cache.ts




/**
 * Snapshots of PGlite's data directory after a history replay, so the next run restores instead
 * of replaying. A snapshot is keyed by a SHA-256 over the history's (name, checksum) pairs, the
 * extensions it creates and the PGlite version. Its metadata keeps the pairs, so a snapshot of
 * an older history (the base branch before its latest merges) is reused as a prefix: only the
 * migrations added since are replayed. Files: replay-<key>.tar (the data directory, a plain tar:
 * un-gzipping 50 MB costs a warm run more than reading it) and replay-<key>.json (written last: a
 * snapshot without it does not exist).
 */
const SNAPSHOT_FORMAT = 2;
const KEEP = 2;
function snapshotKey(pglite, extensions, migrations) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(JSON.stringify({ format: SNAPSHOT_FORMAT, pglite, extensions: [...extensions].sort() }));
    for (const [name, checksum] of migrations)
        h.update(`\n${name}\0${checksum}`);
    return h.digest('hex');
}
/**
 * The snapshot covering the longest prefix of `migrations` that this PGlite can open with the
 * extensions it loads. A snapshot that does not verify is reported, deleted and skipped.
 */
function findSnapshot(cacheDir, want, log) {
    const candidates = [];
    for (const file of listMeta(cacheDir)) {
        let meta;
        try {
            meta = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(cacheDir, file), 'utf8'));
            if (meta.format !== SNAPSHOT_FORMAT || !Array.isArray(meta.migrations) || typeof meta.sha1 !== 'string')
                throw new Error('unknown format');
        }
        catch (err) {
            log(`replay cache: ignoring ${file}: unreadable metadata (${err.message}); it is removed`);
            discard(cacheDir, file.replace(/\.json$/, ''));
            continue;
        }
        if (meta.pglite !== want.pglite || meta.migrations.length > want.migrations.length)
            continue;
        if (!meta.extensions.every((e) => want.loadable.has(e)))
            continue;
        if (!meta.migrations.every(([n, c], i) => want.migrations[i][0] === n && want.migrations[i][1] === c))
            continue;
        candidates.push(meta);
    }
    candidates.sort((a, b) => b.migrations.length - a.migrations.length);
    for (const meta of candidates) {
        const base = `replay-${meta.key}`;
        let data;
        try {
            data = (0,external_node_fs_.readFileSync)(external_node_path_default().join(cacheDir, `${base}.tar`));
        }
        catch (err) {
            log(`replay cache: snapshot ${meta.key.slice(0, 12)} has no data file (${err.message}); treated as a miss`);
            discard(cacheDir, base);
            continue;
        }
        const sha = (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex');
        if (data.length !== meta.bytes || sha !== meta.sha1) {
            log(`replay cache: snapshot ${meta.key.slice(0, 12)} is corrupt (checksum mismatch); treated as a miss and removed`);
            discard(cacheDir, base);
            continue;
        }
        let tar;
        try {
            tar = unpackSnapshot(data);
        }
        catch (err) {
            log(`replay cache: snapshot ${meta.key.slice(0, 12)} is corrupt (${err.message}); treated as a miss and removed`);
            discard(cacheDir, base);
            continue;
        }
        // Used now: the newest by mtime is what the Actions cache saves, and what pruning keeps.
        const now = new Date();
        for (const ext of ['.tar', '.json'])
            (0,external_node_fs_.utimesSync)(external_node_path_default().join(cacheDir, `${base}${ext}`), now, now);
        return { meta, tar };
    }
    return undefined;
}
/**
 * Check a data-directory archive (a tar, or a gzip of one) and return the plain tar: every
 * header's checksum, sizes within bounds, a PG_VERSION file. PGlite's own loader reports a bad
 * archive through an unhandled rejection that would end the process, so it only sees checked tars.
 */
function unpackSnapshot(data) {
    let tar = data;
    if (data[0] === 0x1f && data[1] === 0x8b) {
        try {
            tar = (0,external_node_zlib_.gunzipSync)(data);
        }
        catch (err) {
            throw new Error(`not a gzip archive: ${err.message}`);
        }
    }
    let pgVersion = false;
    let off = 0;
    let entries = 0;
    while (off + 512 <= tar.length) {
        const header = tar.subarray(off, off + 512);
        if (header.every((b) => b === 0))
            break;
        const stored = parseInt(header.subarray(148, 156).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
        let sum = 0;
        for (let i = 0; i < 512; i++)
            sum += i >= 148 && i < 156 ? 32 : header[i];
        if (stored !== sum)
            throw new Error(`tar header ${entries + 1} has a bad checksum`);
        const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
        const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0 || off + 512 + size > tar.length)
            throw new Error(`tar entry ${name} is truncated`);
        if (/(^|\/)PG_VERSION$/.test(name) && !/base\//.test(name))
            pgVersion = true;
        off += 512 + Math.ceil(size / 512) * 512;
        entries++;
    }
    if (!pgVersion)
        throw new Error('no PG_VERSION in the archive: not a PostgreSQL data directory');
    // PGlite's dump pads the archive with megabytes of zeros: keep the end-of-archive blocks only.
    return tar.subarray(0, Math.min(tar.length, off + 1024));
}
/** Write a snapshot atomically (temp files, then rename; metadata last) and keep the newest few. */
function writeSnapshot(cacheDir, meta, data) {
    (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
    const full = {
        format: SNAPSHOT_FORMAT,
        ...meta,
        sha1: (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex'),
        bytes: data.length,
        createdAt: new Date().toISOString(),
    };
    const base = external_node_path_default().join(cacheDir, `replay-${meta.key}`);
    const tmp = `.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    (0,external_node_fs_.writeFileSync)(`${base}.tar${tmp}`, data);
    (0,external_node_fs_.renameSync)(`${base}.tar${tmp}`, `${base}.tar`);
    (0,external_node_fs_.writeFileSync)(`${base}.json${tmp}`, JSON.stringify(full));
    (0,external_node_fs_.renameSync)(`${base}.json${tmp}`, `${base}.json`);
    prune(cacheDir, KEEP);
    return full;
}
/** The newest snapshot's key in a cache folder (what the Actions cache should save). */
function newestSnapshotKey(cacheDir) {
    const metas = listMeta(cacheDir)
        .map((f) => ({ f, t: mtime(path.join(cacheDir, f)) }))
        .sort((a, b) => b.t - a.t);
    return metas[0]?.f.replace(/^replay-/, '').replace(/\.json$/, '');
}
/** Keep the `keep` newest snapshots; remove the others and stale temp files. */
function prune(cacheDir, keep) {
    const metas = listMeta(cacheDir)
        .map((f) => ({ f, t: mtime(external_node_path_default().join(cacheDir, f)) }))
        .sort((a, b) => b.t - a.t);
    for (const { f } of metas.slice(keep))
        discard(cacheDir, f.replace(/\.json$/, ''));
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(cacheDir);
    }
    catch {
        return;
    }
    for (const n of names) {
        if (n.startsWith('replay-') && n.endsWith('.tmp') && Date.now() - mtime(external_node_path_default().join(cacheDir, n)) > 3600_000)
            (0,external_node_fs_.rmSync)(external_node_path_default().join(cacheDir, n), { force: true });
    }
}
function listMeta(cacheDir) {
    try {
        return (0,external_node_fs_.readdirSync)(cacheDir).filter((f) => /^replay-[0-9a-f]{64}\.json$/.test(f));
    }
    catch {
        return [];
    }
}
function mtime(file) {
    try {
        return (0,external_node_fs_.statSync)(file).mtimeMs;
    }
    catch {
        return 0;
    }
}
function discard(cacheDir, base) {
    for (const ext of ['.json', '.tar', '.tgz'])
        (0,external_node_fs_.rmSync)(external_node_path_default().join(cacheDir, `${base}${ext}`), { force: true });
}

;// CONCATENATED MODULE: ./src/lint/replay/base-datadir.ts



/**
 * A freshly initialised PGlite data directory shipped beside the vendored PGlite
 * (dist/vendor/pglite-base-<version>.tgz, made at build time). A cold start loads it instead of
 * running initdb, which is most of PGlite's start-up cost. Absent (running from source, or a build
 * without it), PGlite runs initdb as usual.
 */
function baseDataDirFile(rt) {
    return external_node_path_default().join(rt.dir, '..', '..', `pglite-base-${rt.version}.tgz`);
}
/** The checked tar of the shipped data directory, or undefined (none, or unusable: logged). */
function readBaseDataDir(rt, log) {
    if (!rt.vendored)
        return undefined;
    const file = baseDataDirFile(rt);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        return unpackSnapshot((0,external_node_fs_.readFileSync)(file));
    }
    catch (err) {
        log(`replay: ignoring ${external_node_path_default().basename(file)} (${err.message}); running initdb`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/lint/replay/extensions.ts
/**
 * PGlite loads an extension's files only when it is declared at start, so the history and the
 * new migrations are scanned for CREATE EXTENSION before the instance is created.
 */
/** Extensions that need another one's files at CREATE time (`CREATE EXTENSION ... CASCADE`). */
const REQUIRES = {
    earthdistance: ['cube'],
};
/** Built into every PostgreSQL (PGlite included): nothing to load. */
const BUILT_IN = new Set(['plpgsql']);
const CREATE_EXTENSION = /\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"((?:[^"]|"")+)"|([A-Za-z_][\w$-]*))/gi;
/** Names of the extensions a script creates, as PostgreSQL stores them (unquoted names folded to lower case). */
function scanExtensions(sql) {
    const out = new Set();
    for (const m of sql.matchAll(CREATE_EXTENSION))
        out.add(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].toLowerCase());
    return [...out];
}
/** Every extension the scripts create, with what they require, minus the built-in ones; sorted. */
function extensionsOf(scripts) {
    const out = new Set();
    const add = (name) => {
        if (BUILT_IN.has(name) || out.has(name))
            return;
        out.add(name);
        for (const dep of REQUIRES[name] ?? [])
            add(dep);
    };
    for (const sql of scripts)
        for (const name of scanExtensions(sql))
            add(name);
    return [...out].sort();
}
/** PGlite's contrib module file for an extension: `uuid-ossp` -> `uuid_ossp`. */
function contribModuleName(extension) {
    return extension.replace(/-/g, '_');
}

// EXTERNAL MODULE: ./src/lint/parser/split.ts + 1 modules
var split = __webpack_require__(3389);
// EXTERNAL MODULE: ./src/lint/replay/progress.ts
var replay_progress = __webpack_require__(982);
// EXTERNAL MODULE: ./src/postgres/quote.ts
var quote = __webpack_require__(8707);
;// CONCATENATED MODULE: ./src/lint/replay/session.ts
function toSqlError(err) {
    if (err && typeof err === 'object') {
        const e = err;
        const out = { message: typeof e.message === 'string' ? e.message : String(err) };
        if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code))
            out.code = e.code;
        if (typeof e.detail === 'string' && e.detail)
            out.detail = e.detail;
        if (typeof e.hint === 'string' && e.hint)
            out.hint = e.hint;
        return out;
    }
    return { message: String(err) };
}

;// CONCATENATED MODULE: ./src/lint/replay/roles.ts


function pgliteRoleCreator(session) {
    return async (role) => session.exec(`CREATE ROLE ${(0,quote/* quoteIdent */.v4)(role)} NOLOGIN`);
}
function missingRole(err) {
    if (err.code !== '42704')
        return undefined;
    const m = /^role "((?:[^"]|"")+)" does not exist$/.exec(err.message);
    return m ? m[1].replace(/""/g, '"') : undefined;
}
/**
 * Run `fn`; when it fails only for a missing role and roles may be created, create it and retry
 * (a statement can name several). `beforeRetry` undoes the failed attempt (ROLLBACK TO SAVEPOINT).
 * Returns the error that remains, or undefined on success.
 */
async function attemptWithRoles(fn, createRole, beforeRetry) {
    const created = new Set();
    for (;;) {
        try {
            await fn();
            return undefined;
        }
        catch (raw) {
            const err = toSqlError(raw);
            const role = missingRole(err);
            if (!createRole || role === undefined || created.has(role) || created.size >= 20)
                return err;
            if (beforeRetry)
                await beforeRetry();
            try {
                await createRole(role);
            }
            catch {
                return err;
            }
            created.add(role);
        }
    }
}

;// CONCATENATED MODULE: ./src/lint/replay/statement-kind.ts
/**
 * What a statement is, from its first keywords: enough to route it (inside or outside the
 * transaction) and to recognise statements the embedded database cannot run. Comments and
 * case are ignored; quoted text never matters here because only leading keywords are read.
 */
/** Index of the first character that is neither whitespace nor part of a comment. */
function codeStart(sql) {
    let i = 0;
    const n = sql.length;
    while (i < n) {
        if (/\s/.test(sql[i]) || sql.charCodeAt(i) === 0xfeff)
            i++;
        else if (sql.startsWith('--', i)) {
            const nl = sql.indexOf('\n', i);
            i = nl === -1 ? n : nl + 1;
        }
        else if (sql.startsWith('/*', i)) {
            let depth = 1;
            i += 2;
            while (i < n && depth) {
                if (sql.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (sql.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else
            break;
    }
    return i;
}
/** The statement's first words, upper-cased, leading comments removed, whitespace collapsed. */
function leadingWords(sql, max = 12) {
    return sql
        .slice(codeStart(sql))
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, max)
        .join(' ')
        .toUpperCase();
}
/** Statements PostgreSQL refuses inside a transaction block: the trace runs them on their own. */
function isNonTransactional(sql) {
    const w = leadingWords(sql, 64);
    return (/^CREATE (UNIQUE )?INDEX CONCURRENTLY\b/.test(w) ||
        /^DROP INDEX CONCURRENTLY\b/.test(w) ||
        /^REINDEX (\([^)]*\) )?(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM) CONCURRENTLY\b/.test(w) ||
        /^REINDEX (\([^)]*\) )?(DATABASE|SYSTEM)\b/.test(w) ||
        /^ALTER TABLE\b.*\bDETACH PARTITION\b.*\bCONCURRENTLY;?$/.test(w) ||
        /^VACUUM\b/.test(w) ||
        /^(CREATE|DROP) (DATABASE|TABLESPACE)\b/.test(w) ||
        /^ALTER SYSTEM\b/.test(w) ||
        /^(CREATE|ALTER|DROP) SUBSCRIPTION\b/.test(w));
}
/** BEGIN / COMMIT and friends inside migration.sql: the trace owns the transaction, so they are no-ops there. */
function isTransactionControl(sql) {
    return /^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|SET TRANSACTION)\b/.test(leadingWords(sql, 3));
}
/** `CREATE EXTENSION [IF NOT EXISTS] name`: the extension's name as PostgreSQL stores it. */
function createdExtension(sql) {
    const m = /^\s*CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"((?:[^"]|"")+)"|([A-Za-z_][\w$-]*))/i.exec(stripLeadingComments(sql));
    if (!m)
        return undefined;
    return m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].toLowerCase();
}
/** Statements only a real server with its files and roles can run; a failure of one is `unsupported`. */
function isEnvironmentStatement(sql) {
    const w = leadingWords(sql, 8);
    return (/^(CREATE|ALTER|DROP) (TABLESPACE|SUBSCRIPTION|DATABASE|SERVER|USER MAPPING|FOREIGN DATA WRAPPER|EVENT TRIGGER)\b/.test(w) ||
        /^(ALTER SYSTEM|LOAD|CHECKPOINT)\b/.test(w) ||
        /^CREATE (OR REPLACE )?(TRUSTED )?(PROCEDURAL )?LANGUAGE\b/.test(w) ||
        /^COPY\b.*\b(FROM|TO) (PROGRAM|')/.test(w));
}
function stripLeadingComments(sql) {
    return sql.slice(codeStart(sql));
}
/** A statement shortened for a log line or a report. */
function shorten(sql, max = 200) {
    const one = sql.replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

;// CONCATENATED MODULE: ./src/lint/replay/unsupported.ts


/** Errors that follow from an object an earlier skipped statement would have created. */
const DEPENDENT_CODES = new Set(['42704', '42883', '42P01', '42703', '3F000', '42P17']);
function classifyFailure(err, sql, limits) {
    const ext = createdExtension(sql);
    if (ext !== undefined) {
        limits.missingExtensions.add(ext);
        const remedy = limits.engine === 'pglite'
            ? 'pass shadow-database-url (a PostgreSQL server that has it) to replay it for real'
            : 'install it on the shadow server';
        return note(`${limits.engineLabel} cannot create extension "${ext}": ${err.message}; ${remedy}`);
    }
    const role = missingRole(err);
    if (role !== undefined) {
        if (limits.engine === 'pglite')
            return { kind: 'missing-role', role };
        return note(`role "${role}" does not exist on ${limits.engineLabel} (roles are per server)`);
    }
    if (isEnvironmentStatement(sql))
        return note(`${limits.engineLabel} cannot run this statement here: ${err.message}`);
    // A file PGlite was built without (a library, a dictionary): not the migration's fault.
    if (limits.engine === 'pglite' && (err.code === '58P01' || err.code === '58000')) {
        return note(`${limits.engineLabel} lacks a file this needs: ${err.message}`);
    }
    if (limits.upstream && err.code && DEPENDENT_CODES.has(err.code)) {
        return { kind: 'unsupported', reason: `${err.message}, after a statement that could not run here (${limits.upstream})` };
    }
    return { kind: 'error' };
}
function note(reason) {
    return { kind: 'unsupported', reason };
}

;// CONCATENATED MODULE: ./src/lint/replay/history.ts





/**
 * Apply the base branch's history. Each migration is one script, as Prisma applies it (one
 * simple query, one implicit transaction). When a script fails here, it is re-run statement by
 * statement so that only the statements this database cannot run are skipped (and recorded).
 */
async function replayHistory(session, history, opts) {
    const skipped = [];
    const label = opts.restored ? `replay (after ${opts.restored} restored)` : 'replay';
    const progress = new replay_progress/* Progress */.k(label, history.length, 'migrations', opts.onProgress);
    let done = 0;
    for (const m of history) {
        const failed = await attemptWithRoles(() => session.exec(m.sql), opts.createRole);
        if (failed)
            skipped.push(...(await replayByStatement(session, m, opts)));
        progress.tick(++done);
    }
    const unsupported = skipped.filter((s) => s.kind === 'unsupported').length;
    const rejected = skipped.length - unsupported;
    const extra = [unsupported ? `${unsupported} statement(s) unsupported here, skipped` : '', rejected ? `${rejected} statement(s) failed here, skipped` : '']
        .filter(Boolean)
        .join(', ');
    progress.finish(done, 'replayed', extra || undefined);
    return skipped;
}
async function replayByStatement(session, m, opts) {
    const out = [];
    const parsed = await (0,split/* parseMigrationSql */.S)(m.sql);
    for (const st of parsed.statements) {
        // Autocommit per statement: the script's own BEGIN/COMMIT would let one skip abort the rest.
        if (isTransactionControl(st.sql))
            continue;
        const err = await attemptWithRoles(() => session.exec(st.sql), opts.createRole);
        if (!err)
            continue;
        const verdict = classifyFailure(err, st.sql, opts.limits);
        const skip = {
            migration: m.name,
            statement: st.index,
            line: st.line,
            sql: shorten(st.sql),
            kind: verdict.kind === 'unsupported' ? 'unsupported' : 'error',
            reason: verdict.kind === 'unsupported' ? verdict.reason : err.message,
        };
        if (err.code)
            skip.code = err.code;
        // Whatever this statement would have created is missing now: later "does not exist" errors follow from it.
        opts.limits.upstream ??= `${m.name}: ${shorten(st.sql, 80)}`;
        opts.onProgress?.(`replay: skipped statement ${st.index + 1} (line ${st.line}) of ${m.name}: ${skip.reason}`);
        out.push(skip);
    }
    return out;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/lint/replay/pglite-loader.ts





const VENDORED_ENTRY = '../vendor/pglite/dist/index.js';
/** Where PGlite's dist folder is: the vendored copy beside the running bundle, else node_modules. */
function locatePglite(from = import.meta.url) {
    if (from.startsWith('file:')) {
        const vendored = (0,external_node_url_.fileURLToPath)(new URL(VENDORED_ENTRY, from));
        if ((0,external_node_fs_.existsSync)(vendored))
            return { dir: external_node_path_default().dirname(vendored), vendored: true };
        for (let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(from));; dir = external_node_path_default().dirname(dir)) {
            const candidate = external_node_path_default().join(dir, 'node_modules', '@electric-sql', 'pglite', 'dist');
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'index.js')))
                return { dir: candidate, vendored: false };
            if (external_node_path_default().dirname(dir) === dir)
                break;
        }
    }
    return undefined;
}
let loading;
/** The PGlite module, loaded once per process. */
function loadPglite() {
    loading ??= (async () => {
        const where = locatePglite();
        if (!where) {
            // Last resort when this file is not on disk as a file: URL: ordinary resolution.
            try {
                const mod = (await import(/* webpackIgnore: true */ '@electric-sql/pglite'));
                return { PGlite: mod.PGlite, dir: '', vendored: false, version: 'unknown' };
            }
            catch (err) {
                throw missing(err);
            }
        }
        const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(external_node_path_default().join(where.dir, 'index.js')).href));
        if (!mod.PGlite)
            throw missing(new Error(`${where.dir}/index.js exports no PGlite`));
        return { PGlite: mod.PGlite, ...where, version: readVersion(where.dir) };
    })();
    loading.catch(() => {
        loading = undefined;
    });
    return loading;
}
/** The contrib extensions this PGlite ships (SQL names, e.g. `uuid-ossp`). */
function hasContribExtension(rt, extension) {
    return !!rt.dir && (0,external_node_fs_.existsSync)(external_node_path_default().join(rt.dir, 'contrib', `${contribModuleName(extension)}.js`));
}
/** Load one contrib extension's module (`@electric-sql/pglite/contrib/<name>`), or undefined when PGlite has none. */
async function loadContribExtension(rt, extension) {
    if (!hasContribExtension(rt, extension))
        return undefined;
    const file = external_node_path_default().join(rt.dir, 'contrib', `${contribModuleName(extension)}.js`);
    const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href));
    // Each contrib module exports one `{ name, setup }` object (named after the file).
    const ext = Object.values(mod).find((v) => !!v && typeof v === 'object' && typeof v.setup === 'function');
    return ext;
}
function readVersion(dir) {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, '..', 'package.json'), 'utf8'));
        return pkg.version ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
function missing(cause) {
    return new errors/* UserError */.y('the embedded PostgreSQL (PGlite) could not be loaded', {
        why: `neither dist/vendor/pglite (beside the bundle) nor node_modules/@electric-sql/pglite was usable: ${cause instanceof Error ? cause.message : String(cause)}`,
        next: 'rebuild with `node scripts/build.mjs <bundle>` (it vendors PGlite into dist/vendor), or run `npm ci`; or pass shadow-database-url to replay in a real PostgreSQL',
        cause,
    });
}

;// CONCATENATED MODULE: ./src/lint/replay/catalog-sql.ts
/**
 * The catalog query behind SchemaFacts: every user table's columns (format_type, defaults,
 * identity, generated), indexes, constraints (pg_get_constraintdef) and the enums, as one JSON
 * value, in one round trip. User schemas only: pg_catalog, pg_toast, pg_temp_* and
 * information_schema are left out.
 */
const USER_TABLES = `c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'`;
/** Tables whose foreign keys name these tables: a rename there changes their refTable / refColumns. */
const REFERRERS_SQL = `SELECT DISTINCT conrelid::int8 AS oid FROM pg_catalog.pg_constraint WHERE confrelid = ANY($1::oid[]) AND conrelid <> 0`;
/**
 * The whole catalog query; with `only`, `$1` (an oid array) restricts it to those tables, repeated
 * in each part so that the planner reads them through the catalogs' oid indexes.
 */
function catalogSql(only) {
    const also = (column) => (only ? ` AND ${column} = ANY($1::oid[])` : '');
    return `
WITH rels AS (
  SELECT c.oid, n.nspname, c.relname, c.relfilenode, c.relkind
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE ${USER_TABLES}${also('c.oid')}
)
SELECT json_build_object(
  'tables', (SELECT coalesce(json_agg(json_build_array(r.oid::int8, r.nspname, r.relname, r.relfilenode::int8, r.relkind)), '[]') FROM rels r),
  'columns', (
    SELECT coalesce(json_agg(json_build_array(a.attrelid::int8, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
      pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated) ORDER BY a.attrelid, a.attnum), '[]')
    FROM pg_catalog.pg_attribute a JOIN rels r ON r.oid = a.attrelid
    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped${also('a.attrelid')}),
  'indexes', (
    SELECT coalesce(json_agg(json_build_array(i.indrelid::int8, ic.relname,
      (SELECT coalesce(json_agg(CASE WHEN k.attnum = 0 THEN NULL ELSE
          (SELECT ka.attname FROM pg_catalog.pg_attribute ka WHERE ka.attrelid = i.indrelid AND ka.attnum = k.attnum) END ORDER BY k.ord), '[]')
        FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) WHERE k.ord <= i.indnkeyatts),
      i.indisunique, i.indisprimary, i.indisvalid, i.indpred IS NOT NULL, am.amname,
      -- pg_get_indexdef is the costliest call here: only where the columns do not say it all.
      CASE WHEN i.indexprs IS NOT NULL OR i.indpred IS NOT NULL THEN pg_catalog.pg_get_indexdef(i.indexrelid) END)
      ORDER BY i.indrelid, ic.relname), '[]')
    FROM pg_catalog.pg_index i JOIN rels r ON r.oid = i.indrelid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_am am ON am.oid = ic.relam
    WHERE true${also('i.indrelid')}),
  'constraints', (
    SELECT coalesce(json_agg(json_build_array(co.conrelid::int8, co.conname, co.contype,
      (SELECT coalesce(json_agg(ca.attname ORDER BY k.ord), '[]') FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_catalog.pg_attribute ca ON ca.attrelid = co.conrelid AND ca.attnum = k.attnum),
      co.convalidated, pg_catalog.pg_get_constraintdef(co.oid),
      CASE WHEN co.confrelid <> 0 THEN (SELECT fn.nspname || '.' || fc.relname FROM pg_catalog.pg_class fc
        JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = co.confrelid) END,
      (SELECT json_agg(fa.attname ORDER BY k.ord) FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_catalog.pg_attribute fa ON fa.attrelid = co.confrelid AND fa.attnum = k.attnum)) ORDER BY co.conrelid, co.conname), '[]')
    FROM pg_catalog.pg_constraint co JOIN rels r ON r.oid = co.conrelid
    WHERE true${also('co.conrelid')}),
  'enums', (
    SELECT coalesce(json_agg(json_build_array(n.nspname, t.typname,
      (SELECT coalesce(json_agg(e.enumlabel ORDER BY e.enumsortorder), '[]') FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid))
      ORDER BY n.nspname, t.typname), '[]')
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_')
)::text AS facts`;
}

;// CONCATENATED MODULE: ./src/lint/replay/prepared.ts

/**
 * The replay's own catalog reads, prepared once per session with generic plans: planning them
 * costs more than running them, and a migration audit runs them after every statement. Each is
 * then an EXECUTE inside the batches the trace already sends (no extra round trip). The oid
 * arrays passed to them are the catalog's own numbers, inlined as literals.
 */
/** Relations below this oid are the system catalogs: their locks say nothing about the migration. */
const FIRST_USER_OID = 16384;
const STATEMENTS = {
    // This backend's granted relation locks (pg_locks lists each mode once per relation).
    migration_gates_locks: `SELECT relation::int8 AS oid, mode FROM pg_catalog.pg_locks WHERE locktype = 'relation' AND granted
    AND pid = pg_catalog.pg_backend_pid() AND relation >= ${FIRST_USER_OID}
    AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())`,
    migration_gates_filenodes: `SELECT oid::int8 AS oid, relfilenode::int8 AS f FROM pg_catalog.pg_class WHERE oid = ANY($1)`,
    // Every user table now.
    migration_gates_tables: `SELECT c.oid::int8 AS oid, n.nspname AS s, c.relname AS n FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_TABLES}`,
    // The tables owning some relations (an index or a TOAST table stands for its table).
    migration_gates_owners: `SELECT DISTINCT coalesce(i.indrelid, t.oid, c.oid)::int8 AS oid FROM pg_catalog.pg_class c
    LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
    LEFT JOIN pg_catalog.pg_class t ON t.reltoastrelid = c.oid AND c.relkind = 't'
    WHERE c.oid = ANY($1)`,
    // The catalog of some tables (SchemaFacts for them, and all enums).
    migration_gates_catalog: catalogSql(true),
};
const ready = new WeakSet();
/** Prepare the statements on this session (once; again after the migration's own DEALLOCATE / DISCARD). */
async function ensurePrepared(session) {
    if (ready.has(session))
        return;
    const parts = ['SET plan_cache_mode = force_generic_plan', 'DEALLOCATE ALL'];
    for (const [name, sql] of Object.entries(STATEMENTS))
        parts.push(`PREPARE ${name}${sql.includes('$1') ? '(oid[])' : ''} AS ${sql}`);
    await session.exec(parts.join(';\n'));
    ready.add(session);
}
/** After DEALLOCATE or DISCARD in a migration the statements are gone: prepare them again next time. */
function forgetPrepared(session) {
    ready.delete(session);
}
/** `EXECUTE name('{1,2,3}')` for an oid-array statement. */
function executeWithOids(name, oids) {
    return `EXECUTE ${name}('{${[...oids].join(',')}}')`;
}

;// CONCATENATED MODULE: ./src/lint/replay/facts.ts


/**
 * SchemaFacts from the catalog: the whole schema in one query (catalog-sql.ts), so 800 tables
 * cost one round trip; after a traced migration, only the tables it touched (refreshCatalog).
 */
const FULL_SQL = catalogSql(false);
/**
 * What refreshCatalog needs from the database, as statements to send in one round trip (the
 * trace sends them with its COMMIT): every user table now, and the tables owning the relations the
 * migration locked.
 */
function refreshQueries(touched) {
    return `EXECUTE migration_gates_tables;\n${executeWithOids('migration_gates_owners', touched)};`;
}
/** SchemaFacts over a map keyed `schema.table`. */
class CatalogFacts {
    tables;
    enums;
    constructor(tables, enums) {
        this.tables = tables;
        this.enums = enums;
    }
    table(name, schema = 'public') {
        return this.tables.get(`${schema}.${name}`);
    }
}
/** Read the catalog: every user table, or only the tables in `only`. Enums are always read whole. */
async function readCatalog(session, only) {
    let row;
    if (only) {
        // Prepared: a migration audit reads a table or two after every migration.
        await ensurePrepared(session);
        [row] = (await session.batch(executeWithOids('migration_gates_catalog', only)))[0];
    }
    else {
        [row] = await session.rows(FULL_SQL);
    }
    const raw = JSON.parse(row.facts);
    const byOid = new Map();
    const oids = new Map();
    for (const [oid, schema, name, relfilenode, relkind] of raw.tables) {
        const t = { schema, name, columns: [], indexes: [], constraints: [], relfilenode: Number(relfilenode) };
        if (relkind === 'p')
            t.kind = 'partitioned';
        byOid.set(Number(oid), t);
        oids.set(Number(oid), `${schema}.${name}`);
    }
    for (const [oid, name, type, notNull, def, identity, generated] of raw.columns) {
        const c = { name, type, notNull, default: def ?? undefined };
        if (identity === 'a')
            c.identity = 'always';
        else if (identity === 'd')
            c.identity = 'by default';
        if (generated === 's')
            c.generated = 'stored';
        else if (generated === 'v')
            c.generated = 'virtual';
        byOid.get(Number(oid))?.columns.push(c);
    }
    for (const [oid, name, columns, unique, primary, valid, partial, method, definition] of raw.indexes) {
        const i = { name, columns, unique, primary, valid, partial, method };
        if (definition)
            i.definition = definition;
        byOid.get(Number(oid))?.indexes.push(i);
    }
    for (const [oid, name, type, columns, validated, definition, refTable, refColumns] of raw.constraints) {
        const c = { name, type: type, columns, validated, definition };
        if (refTable)
            c.refTable = refTable;
        if (refColumns)
            c.refColumns = refColumns;
        byOid.get(Number(oid))?.constraints.push(c);
    }
    const enums = new Map();
    for (const [schema, name, labels] of raw.enums)
        enums.set(`${schema}.${name}`, labels);
    return assemble(byOid, enums);
}
/**
 * The catalog after a migration, from the one before it: tables it locked (DDL on a table always
 * locks it) and tables it created are read again, and so are the tables whose foreign keys point
 * at a table or column it renamed; the others are reused. `listing` and `owners` are the rows of refreshQueries(). The
 * caller reads the whole catalog instead when the migration did something a table lock does not
 * reveal (ALTER TYPE ... RENAME, DROP SCHEMA, a DO block...).
 */
async function refreshCatalog(session, previous, [listing = [], owners = []]) {
    const current = new Map();
    for (const r of listing)
        current.set(Number(r.oid), `${String(r.s)}.${String(r.n)}`);
    const changed = new Set();
    for (const [oid, key] of current)
        if (previous.oids.get(oid) !== key)
            changed.add(oid);
    for (const r of owners)
        if (current.has(Number(r.oid)))
            changed.add(Number(r.oid));
    const fresh = await readCatalog(session, [...changed]);
    // A renamed table or column also changes how foreign keys that name it read (refTable,
    // refColumns): only then are the referring tables read again (a popular table has many).
    const renamed = [...changed].filter((oid) => {
        const was = previous.byOid.get(oid);
        const now = fresh.byOid.get(oid);
        if (!was || !now)
            return false;
        const names = new Set(now.columns.map((c) => c.name));
        return previous.oids.get(oid) !== current.get(oid) || was.columns.some((c) => !names.has(c.name));
    });
    let referrers;
    if (renamed.length) {
        const extra = (await session.rows(REFERRERS_SQL, [oidArray(renamed)]))
            .map((r) => Number(r.oid))
            .filter((oid) => current.has(oid) && !changed.has(oid));
        if (extra.length)
            referrers = await readCatalog(session, extra);
    }
    const byOid = new Map();
    for (const oid of current.keys()) {
        const t = fresh.byOid.get(oid) ?? referrers?.byOid.get(oid) ?? (changed.has(oid) ? undefined : previous.byOid.get(oid));
        if (t)
            byOid.set(oid, t);
    }
    return assemble(byOid, fresh.facts.enums);
}
function assemble(byOid, enums) {
    const tables = new Map();
    const oids = new Map();
    for (const [oid, t] of byOid) {
        tables.set(`${t.schema}.${t.name}`, t);
        oids.set(oid, `${t.schema}.${t.name}`);
    }
    return { facts: new CatalogFacts(tables, enums), oids, byOid };
}
/** An oid[] literal for a parameter (the numbers come from the catalog itself). */
function oidArray(oids) {
    return `{${[...oids].join(',')}}`;
}

// EXTERNAL MODULE: ./src/lint/replay/locks.ts
var locks = __webpack_require__(6281);
;// CONCATENATED MODULE: ./src/lint/replay/trace.ts






const SAVEPOINT = 'migration_gates_statement';
/**
 * Apply one new migration statement by statement inside a transaction and watch what each
 * statement does to the tables that existed before it: the lock modes it newly takes (pg_locks of
 * this backend) and whether it rewrites them (relfilenode changes). A savepoint around each
 * statement lets an unsupported one be skipped without aborting the rest; a genuine error stops
 * the migration and rolls it back, as production would. CONCURRENTLY and other
 * non-transactional statements run on their own, outside the transaction, untraced. At the end
 * the migration is committed so that later migrations see its schema.
 */
async function traceMigration(session, name, statements, opts) {
    const before = opts.before ?? (await readCatalog(session));
    const preExisting = new Set(before.facts.tables.keys());
    const filenodes = new Map();
    for (const [oid, t] of before.byOid)
        filenodes.set(oid, t.relfilenode);
    // After each statement, one round trip: release its savepoint, read this backend's locks and the
    // pre-existing tables' relfilenodes (prepared statements; see prepared.ts).
    await ensurePrepared(session);
    const filenodesNow = executeWithOids('migration_gates_filenodes', before.byOid.keys());
    const observe = `RELEASE SAVEPOINT ${SAVEPOINT};\nEXECUTE migration_gates_locks;\n${filenodesNow};`;
    // Modes held per table in the open transaction: a mode seen again is not this statement's doing.
    const held = new Map();
    // Every relation the migration locked: the tables whose facts must be read again afterwards.
    const touched = new Set();
    let fullRead = false;
    let committed = false;
    const traces = [];
    let inTx = false;
    let ok = true;
    const rewrites = (rows) => {
        const out = [];
        for (const r of rows) {
            const oid = Number(r.oid);
            if (filenodes.get(oid) !== Number(r.f))
                out.push(before.oids.get(oid));
            filenodes.set(oid, Number(r.f));
        }
        return out;
    };
    for (let index = 0; index < statements.length; index++) {
        const sql = statements[index].sql;
        const t = { index, locks: [], rewritten: [], traced: true };
        traces.push(t);
        if (isTransactionControl(sql)) {
            // The trace owns the transaction; the migration's own BEGIN/COMMIT change nothing here.
            t.traced = false;
            continue;
        }
        if (isNonTransactional(sql)) {
            if (inTx) {
                await session.exec('COMMIT');
                inTx = false;
                held.clear();
            }
            t.traced = false;
            const err = await attemptWithRoles(() => session.exec(sql), opts.createRole);
            if (err && !record(t, err, sql, opts.limits)) {
                ok = false;
                opts.limits.upstream ??= `migration ${name}, which failed`;
                break;
            }
            if (!err) {
                // Its locks are gone by now: which tables it changed is not known, so read them all after.
                fullRead = true;
                committed = true;
                rewrites((await session.batch(filenodesNow))[0] ?? []);
            }
            continue;
        }
        // BEGIN and the savepoint travel with the statement (one round trip); a retry sets them again.
        const open = inTx ? '' : 'BEGIN;\n';
        inTx = true;
        const undo = () => session.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
        const err = await attemptWithRoles(() => session.exec(`${open}SAVEPOINT ${SAVEPOINT};\n${sql}`), opts.createRole, undo);
        if (err) {
            // A statement that does not parse fails before its savepoint exists: then only ROLLBACK is left.
            const undone = await undo().then(() => true, () => false);
            if (undone && record(t, err, sql, opts.limits)) {
                t.traced = false;
                await session.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
                continue;
            }
            delete t.unsupported;
            t.error = errorOf(err);
            await session.exec('ROLLBACK');
            inTx = false;
            ok = false;
            opts.limits.upstream ??= `migration ${name}, which failed`;
            break;
        }
        if (needsFullRead(sql))
            fullRead = true;
        if (/^(DEALLOCATE|DISCARD)\b/.test(leadingWords(sql, 1))) {
            // The migration dropped prepared statements, ours included.
            forgetPrepared(session);
            await session.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
            fullRead = true;
            await ensurePrepared(session);
            continue;
        }
        const [, lockRows = [], nodeRows = []] = await session.batch(observe);
        const modes = new Map();
        for (const r of lockRows) {
            const oid = Number(r.oid);
            touched.add(oid);
            if (!before.oids.has(oid))
                continue;
            if (!modes.has(oid))
                modes.set(oid, new Set());
            modes.get(oid).add(String(r.mode));
        }
        if (before.oids.size)
            t.held = [];
        for (const [oid, now] of modes) {
            const table = before.oids.get(oid);
            const seen = held.get(oid) ?? new Set();
            const fresh = (0,locks/* strongest */.yX)([...now].filter((m) => !seen.has(m)));
            if (fresh)
                t.locks.push({ table, mode: fresh });
            t.held.push({ table, mode: (0,locks/* strongest */.yX)(now) });
            held.set(oid, now);
        }
        t.rewritten = rewrites(nodeRows);
    }
    let after;
    if (inTx && !fullRead) {
        // The commit and the reads the incremental catalog needs, in one round trip.
        const [, ...rows] = await session.batch(`COMMIT;\n${refreshQueries(touched)}`);
        after = await refreshCatalog(session, before, rows);
    }
    else {
        if (inTx)
            await session.exec('COMMIT');
        if (!inTx && !committed)
            after = before; // rolled back, or nothing ran: the schema is as it was
        else
            after = await readCatalog(session);
    }
    return { trace: { name, statements: traces, preExisting, before: before.facts, after: after.facts, ok }, after };
}
/**
 * Statements whose effect on tables a table lock does not reveal: renaming or dropping a type,
 * schema, sequence or function changes how other tables' columns, defaults and keys read; code
 * (DO, SELECT, CALL) can do anything. After them the whole catalog is read again.
 */
function needsFullRead(sql) {
    const w = leadingWords(sql, 3);
    // ADD VALUE changes only the enum's labels, which are always read again.
    if (/^ALTER TYPE\b/.test(w))
        return !/\bADD\s+VALUE\b/i.test(sql) || /\bRENAME\b/i.test(sql);
    return (/^(ALTER|DROP) (TYPE|DOMAIN|SCHEMA|EXTENSION|SEQUENCE|COLLATION|FUNCTION|PROCEDURE|ROUTINE|OPERATOR|AGGREGATE|TEXT|CONVERSION|CAST)\b/.test(w) ||
        /^(DROP|REASSIGN) OWNED\b/.test(w) ||
        /^(DO|SELECT|CALL|EXECUTE|WITH|IMPORT|SECURITY)\b/.test(w));
}
function errorOf(err) {
    return err.code ? { message: err.message, code: err.code } : { message: err.message };
}
/** Record a failure on the trace; true when it is only unsupported here (the migration goes on). */
function record(t, err, sql, limits) {
    const verdict = classifyFailure(err, sql, limits);
    if (verdict.kind === 'unsupported') {
        t.unsupported = verdict.reason;
        limits.upstream ??= shorten(sql, 80);
        return true;
    }
    t.error = errorOf(err);
    return false;
}

;// CONCATENATED MODULE: ./src/lint/replay/replayer.ts


/** The Replayer over either engine: calls are serialised, the catalog is read once per change. */
class SessionReplayer {
    init;
    engine;
    cache;
    replayed;
    skipped;
    serverVersion;
    catalog;
    queue = Promise.resolve();
    closed = false;
    constructor(init) {
        this.init = init;
        this.engine = init.engine;
        this.cache = init.cache;
        this.replayed = init.replayed;
        this.skipped = init.skipped;
        this.serverVersion = init.serverVersion;
    }
    facts() {
        return this.serial(async () => (await this.currentCatalog()).facts);
    }
    trace(name, statements) {
        return this.serial(async () => {
            const before = await this.currentCatalog();
            this.catalog = undefined;
            const { trace, after } = await traceMigration(this.init.session, name, statements, {
                limits: this.init.limits,
                createRole: this.init.createRole,
                before,
            });
            this.catalog = after;
            return trace;
        });
    }
    close() {
        if (this.closed)
            return Promise.resolve();
        this.closed = true;
        const done = this.queue.catch(() => undefined).then(() => this.init.release());
        this.queue = done;
        return done;
    }
    async currentCatalog() {
        this.catalog ??= await readCatalog(this.init.session);
        return this.catalog;
    }
    serial(fn) {
        if (this.closed)
            return Promise.reject(new Error('the replayer is closed'));
        const run = this.queue.catch(() => undefined).then(fn);
        this.queue = run;
        return run;
    }
}

;// CONCATENATED MODULE: ./src/lint/replay/pglite-engine.ts










/**
 * Server settings for a throw-away replay: a small buffer pool starts faster (PostgreSQL zeroes
 * it at start) and the schema-only workload never fills it.
 */
function startParams(rt) {
    const defaults = rt.PGlite.defaultStartParams;
    return defaults ? [...defaults, '-c', 'shared_buffers=16MB'] : undefined;
}
/** Replay in PGlite (PostgreSQL in WASM, in this process): no server, no credentials. */
async function openPgliteReplayer(opts) {
    const log = opts.onProgress ?? (() => undefined);
    const started = performance.now();
    const rt = await loadPglite();
    const pairs = opts.history.map((m) => [m.name, (0,checksum/* migrationChecksum */.C)(m.sql)]);
    const historyExtensions = extensionsOf(opts.history.map((m) => m.sql));
    const wanted = extensionsOf([...opts.history, ...(opts.newMigrations ?? [])].map((m) => m.sql));
    const { declared, loadable } = await declareExtensions(rt, wanted);
    const key = snapshotKey(rt.version, historyExtensions, pairs);
    const params = startParams(rt);
    const create = (loadDataDir) => rt.PGlite.create({ extensions: declared, ...(loadDataDir ? { loadDataDir } : {}), ...(params ? { startParams: params } : {}) });
    let db;
    let cache = opts.cacheDir ? 'miss' : 'off';
    let restored = 0;
    let skipped = [];
    if (opts.cacheDir) {
        const found = findSnapshot(opts.cacheDir, { pglite: rt.version, migrations: pairs, loadable }, log);
        if (found) {
            try {
                db = await create(tarBlob(found.tar));
                await db.query('SELECT 1');
                cache = 'hit';
                restored = found.meta.migrations.length;
                skipped = found.meta.skipped;
                log(`replay cache: restored a snapshot of ${restored}/${pairs.length} migrations (${(found.tar.length / 1048576).toFixed(1)} MiB) in ${(0,replay_progress/* formatSeconds */.X)((performance.now() - started) / 1000)}`);
            }
            catch (err) {
                log(`replay cache: snapshot ${found.meta.key.slice(0, 12)} could not be opened (${err.message}); treated as a miss`);
                await db?.close().catch(() => undefined);
                db = undefined;
            }
        }
        else {
            log(`replay cache: no snapshot for this history in ${opts.cacheDir}; replaying it`);
        }
    }
    if (!db) {
        const extText = Object.keys(declared).length ? ` with ${Object.values(declared).map((e) => e.name).join(', ')}` : '';
        const base = readBaseDataDir(rt, log);
        log(`replay: starting the embedded PostgreSQL (PGlite ${rt.version}${rt.vendored ? ', vendored' : ''})${extText}${base ? ' from its prebuilt data directory' : ''}`);
        if (base) {
            db = await create(tarBlob(base)).catch((err) => {
                log(`replay: the prebuilt data directory could not be opened (${err.message}); running initdb`);
                return undefined;
            });
        }
        db ??= await create();
    }
    const session = pgliteSession(db);
    const serverVersion = (await session.rows('SHOW server_version'))[0].server_version;
    const limits = {
        engine: 'pglite',
        engineLabel: `the embedded PostgreSQL (PGlite ${rt.version}, PostgreSQL ${serverVersion})`,
        missingExtensions: new Set(wanted.filter((e) => !loadable.has(e))),
    };
    for (const s of skipped)
        limits.upstream ??= `${s.migration}: ${shorten(s.sql, 80)}`;
    const createRole = pgliteRoleCreator(session);
    try {
        const rest = opts.history.slice(restored);
        if (rest.length) {
            skipped = [...skipped, ...(await replayHistory(session, rest, { limits, createRole, onProgress: opts.onProgress, restored }))];
            if (opts.cacheDir)
                await saveSnapshot(db, opts.cacheDir, { key, pglite: rt.version, extensions: historyExtensions.filter((e) => loadable.has(e)), migrations: pairs, skipped }, log);
        }
    }
    catch (err) {
        await db.close().catch(() => undefined);
        throw err;
    }
    const instance = db;
    return new SessionReplayer({
        session,
        engine: 'pglite',
        cache,
        replayed: opts.history.length - restored,
        skipped,
        serverVersion,
        limits,
        createRole,
        release: () => instance.close(),
    });
}
/**
 * The tar as the Blob PGlite's loadDataDir asks for. PGlite only calls arrayBuffer() on it; a
 * real Blob would copy 50 MB twice over through a stream first (a third of a warm start).
 */
function tarBlob(tar) {
    const whole = tar.byteOffset === 0 && tar.byteLength === tar.buffer.byteLength;
    const ab = (whole ? tar.buffer : tar.buffer.slice(tar.byteOffset, tar.byteOffset + tar.byteLength));
    return { size: ab.byteLength, type: 'application/x-tar', arrayBuffer: async () => ab };
}
function pgliteSession(db) {
    return {
        rows: async (sql, params) => (await db.query(sql, params)).rows,
        exec: async (script) => {
            await db.exec(script);
        },
        batch: async (script) => (await db.exec(script)).map((r) => r.rows),
    };
}
/** Load the contrib modules PGlite ships for the wanted extensions; the others will be `unsupported`. */
async function declareExtensions(rt, wanted) {
    const declared = {};
    const loadable = new Set();
    for (const name of wanted) {
        if (!hasContribExtension(rt, name))
            continue;
        const ext = await loadContribExtension(rt, name);
        if (!ext)
            continue;
        declared[name.replace(/[^\w]/g, '_')] = ext;
        loadable.add(name);
    }
    return { declared, loadable };
}
async function saveSnapshot(db, cacheDir, meta, log) {
    const t = performance.now();
    try {
        // A checkpoint first: the restored server then has no WAL to redo at start.
        await db.exec('CHECKPOINT');
        const blob = await db.dumpDataDir('none');
        const data = unpackSnapshot(Buffer.from(await blob.arrayBuffer()));
        writeSnapshot(cacheDir, meta, data);
        log(`replay cache: saved snapshot ${meta.key.slice(0, 12)} (${(data.length / 1048576).toFixed(1)} MiB) in ${(0,replay_progress/* formatSeconds */.X)((performance.now() - t) / 1000)}`);
    }
    catch (err) {
        // A cache that cannot be written costs the next run time, never this run its result.
        log(`replay cache: could not save a snapshot in ${cacheDir}: ${err.message}`);
    }
}

// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(6741);
// EXTERNAL MODULE: ./src/postgres/url.ts
var url = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/security/redact.ts
var redact = __webpack_require__(7733);
;// CONCATENATED MODULE: ./src/lint/replay/shadow-engine.ts








/**
 * Replay in a real PostgreSQL (shadow-database-url): for extensions PGlite lacks (postgis...) or
 * to match production's major version. A scratch database with a unique name is created on that
 * server and dropped (WITH (FORCE)) by close(); the URL's own database is never touched.
 */
async function openShadowReplayer(opts) {
    const log = opts.onProgress ?? (() => undefined);
    const server = (0,url/* parseDatabaseUrl */.mx)(opts.shadowDatabaseUrl, 'shadow-database-url');
    const scratch = `migration_gates_replay_${Date.now().toString(36)}_${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    await adminQuery(server, `CREATE DATABASE ${(0,quote/* quoteIdent */.v4)(scratch)}`).catch((err) => {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`cannot create a scratch database on the shadow server ${(0,url/* describeTarget */.ff)(server)}: ${(0,redact/* redact */.E$)(err.message)}`, {
            why: 'the replay needs its own database there (created now, dropped at the end) and the user needs the CREATEDB privilege',
            next: `grant it (ALTER ROLE ${(0,quote/* quoteIdent */.v4)(server.user || 'postgres')} CREATEDB), or omit shadow-database-url to replay in the embedded PostgreSQL`,
            cause: err,
        });
    });
    const target = (0,url/* withDatabase */.kR)(server, scratch);
    const drop = async () => {
        await adminQuery(server, `DROP DATABASE IF EXISTS ${(0,quote/* quoteIdent */.v4)(scratch)} WITH (FORCE)`).catch(async () => 
        // PostgreSQL before 13 has no FORCE; our own session is already closed.
        adminQuery(server, `DROP DATABASE IF EXISTS ${(0,quote/* quoteIdent */.v4)(scratch)}`).catch((err) => log(`replay: could not drop the scratch database ${scratch} on ${(0,url/* describeTarget */.ff)(server)}: ${(0,redact/* redact */.E$)(err.message)}; drop it by hand`)));
    };
    let client;
    try {
        client = await (0,connect/* connect */.Ng)(target, { applicationName: 'migration-gates replay' });
        const c = client;
        const session = {
            rows: async (sql, params) => (await c.query(sql, params)).rows,
            exec: async (script) => {
                await c.query(script);
            },
            batch: async (script) => {
                // pg answers a multi-statement simple query with one result per statement (one alone is not wrapped).
                const res = (await c.query(script));
                return (Array.isArray(res) ? res : [res]).map((r) => r.rows);
            },
        };
        const serverVersion = (await session.rows('SHOW server_version'))[0].server_version;
        log(`replay: using the scratch database ${scratch} on ${(0,url/* describeTarget */.ff)(server)} (PostgreSQL ${serverVersion})`);
        const limits = { engine: 'postgres', engineLabel: `the shadow server ${(0,url/* describeTarget */.ff)(server)}`, missingExtensions: new Set() };
        const skipped = await replayHistory(session, opts.history, { limits, createRole: undefined, onProgress: opts.onProgress });
        return new SessionReplayer({
            session,
            engine: 'postgres',
            cache: 'off',
            replayed: opts.history.length,
            skipped,
            serverVersion,
            limits,
            createRole: undefined,
            release: async () => {
                await c.end().catch(() => undefined);
                await drop();
            },
        });
    }
    catch (err) {
        await client?.end().catch(() => undefined);
        await drop();
        throw err;
    }
}
async function adminQuery(server, sql) {
    const c = await (0,connect/* connect */.Ng)(server, { applicationName: 'migration-gates replay' });
    try {
        await c.query(sql);
    }
    finally {
        await c.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/lint/replay/index.ts


/**
 * Replay the base branch's migration history into a PostgreSQL (embedded PGlite by default, or a
 * scratch database on `shadowDatabaseUrl`) and return a Replayer that reads schema facts and
 * traces new migrations (locks, rewrites, errors). Always close() it.
 */
async function openReplayer(opts) {
    if (opts.shadowDatabaseUrl)
        return openShadowReplayer({ ...opts, shadowDatabaseUrl: opts.shadowDatabaseUrl });
    return openPgliteReplayer(opts);
}


/***/ }),

/***/ 6741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   SV: () => (/* binding */ withClient),
/* harmony export */   bp: () => (/* binding */ serverMajorVersion)
/* harmony export */ });
/* unused harmony export libpqCompatible */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7733);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8638);




/**
 * Connect with a clear, redacted error: which server, what went wrong, what to check next.
 * pg's own messages can carry the URL, so they pass through `redact`.
 */
async function connect(target, opts = {}) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: libpqCompatible(target.url),
        application_name: opts.applicationName ?? 'migration-gates',
        connectionTimeoutMillis: (opts.connectTimeoutSeconds ?? 15) * 1000,
        ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    });
    // pg reads the database name with decodeURI, which leaves %3B, %24, %2F... encoded; libpq and
    // psql decode them all. The name parseDatabaseUrl decoded is the one to connect to.
    client.connectionParameters.database = target.database;
    // An idle client whose server goes away emits 'error'; without a listener that kills the process.
    client.on('error', () => undefined);
    try {
        await client.connect();
        if (opts.readOnly)
            await client.query('SET default_transaction_read_only = on');
    }
    catch (err) {
        await client.end().catch(() => undefined);
        const msg = (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(err instanceof Error ? err.message : String(err));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot connect to ${(0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTarget */ .ff)(target)}: ${msg}`, {
            why: 'the database must be reachable from this runner with these credentials',
            next: `test it with: psql "<url>" -c 'SELECT 1' (check host, port, firewall, password and sslmode)`,
            cause: err,
        });
    }
    return client;
}
/**
 * node-postgres reads `sslmode=require` as verify-full, unlike libpq, psql and Prisma, where it
 * means "encrypt, do not verify". A URL that works with Prisma must work here too, so such URLs
 * get libpq's semantics (`uselibpqcompat=true`); verify-ca/verify-full still verify.
 */
function libpqCompatible(url) {
    try {
        const u = new URL(url);
        if (u.searchParams.has('sslmode') && !u.searchParams.has('uselibpqcompat'))
            u.searchParams.set('uselibpqcompat', 'true');
        return u.toString();
    }
    catch {
        return url;
    }
}
/** Run `fn` with a connected client and always close it. */
async function withClient(target, fn, opts = {}) {
    const c = await connect(target, opts);
    try {
        return await fn(c);
    }
    finally {
        await c.end().catch(() => undefined);
    }
}
/** Server major version, e.g. 15, from `server_version_num`. */
async function serverMajorVersion(c) {
    const r = await c.query(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(r.rows[0].v) / 10000);
}


/***/ }),

/***/ 8707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ quoteQualified),
/* harmony export */   ce: () => (/* binding */ quoteLiteral),
/* harmony export */   v4: () => (/* binding */ quoteIdent)
/* harmony export */ });
/** Quote an SQL identifier (table, column, database name): never interpolate one raw. */
function quoteIdent(name) {
    if (name.includes('\u0000'))
        throw new Error('identifier contains a NUL byte');
    return `"${name.replace(/"/g, '""')}"`;
}
/** Quote a possibly schema-qualified name given as separate parts. */
function quoteQualified(...parts) {
    return parts.map(quoteIdent).join('.');
}
/** Quote an SQL string literal (for the rare statement that cannot take a parameter). */
function quoteLiteral(value) {
    if (value.includes('\u0000'))
        throw new Error('literal contains a NUL byte');
    return `'${value.replace(/'/g, "''")}'`;
}


/***/ }),

/***/ 6857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ migrationChecksum),
/* harmony export */   X: () => (/* binding */ checksumMatches)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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


/***/ })

};
