export const id = 336;
export const ids = [336];
export const modules = {

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


/***/ })

};
