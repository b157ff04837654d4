import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { createBackup } from '../backup/create.js';
import { UserError } from '../errors.js';
import { findClientTools, type ClientTools } from '../postgres/client-tools.js';
import { connect, serverMajorVersion, withClient } from '../postgres/connect.js';
import { describeTarget, parseDatabaseUrl, sameDatabase, withDatabase, type DatabaseTarget } from '../postgres/url.js';
import { run } from '../process/run.js';
import type { Finding } from '../report/finding.js';
import { registerSecret } from '../security/redact.js';
import {
  copyDatabaseAcl,
  createDatabase,
  databaseExists,
  dropDatabase,
  listDatabases,
  renameDatabase,
  tryLockSync,
  unlockSync,
} from './admin.js';
import { exactCounts, leafTables, qualifiedName, readCatalog, type Catalog } from './catalog.js';
import { dumpSpec, restoreSpec, toolErrorSummary } from './commands.js';
import { checkNotProduction, checkNotProductionName, checkNotSameDatabase, readServerIdentity, sameDatabaseFinding, SYNC_RULES } from './guards.js';
import { applyMasking } from './masking/apply.js';
import { prepareMaskingSession } from './masking/session.js';
import { chooseKeyedHashMethod, type KeyedHashMethod } from './masking/keyed-hash.js';
import { checkConstants, resolveMaskingPlan, tablesToMask, type MaskingPlan } from './masking/plan.js';
import { readPrismaModels, type PrismaModel } from './masking/prisma-models.js';
import { resolveRules } from './masking/resolve-rules.js';
import { strategyText } from './masking/strategy.js';
import { resolveServices } from '../migrations/discover.js';
import type { Config } from '../config/types.js';
import { assertNameFits, copyStamp, oldCopyName, syncCopyName, timestamp, addSeconds } from './names.js';
import { findUnmaskedPii, maskingSnippet } from './pii.js';
import { pipeChildren } from './pipe.js';
import { formatBytes, Progress } from './progress.js';
import { SourceSession } from './source.js';
import { swapIntoPlace } from './swap.js';
import type { SyncOptions, SyncResult } from './types.js';
import { checkConstraints, checkMasked, compareCounts } from './verify.js';

/**
 * The guide's "Data Synchronization": production -> staging, masked and verified.
 *
 * Guards (nothing is touched until they pass): target is not the source, not production; masking
 * rules fit the source catalog; no personal-looking column without a rule (strict). Then: back up
 * staging, stream `pg_dump | pg_restore` (schema and data, no indexes yet) into
 * `<staging>_sync_<stamp>`, mask with one UPDATE per table, prove no original value remains,
 * build indexes and constraints (so unique constraints are checked on masked data), compare exact
 * row counts, swap names, drop old copies beyond keep-old. Any failure drops the copy and leaves
 * staging as it was.
 */
export async function runSync(opts: SyncOptions): Promise<SyncResult> {
  const log = opts.log ?? (() => undefined);
  const source = parseDatabaseUrl(opts.sourceUrl, 'source-database-url');
  const target = parseDatabaseUrl(opts.targetUrl, 'target-database-url');
  if (opts.maskingSalt) registerSecret(opts.maskingSalt);
  const config = opts.config;
  const keepOld = opts.keepOld ?? config.sync.keepOld;
  if (!Number.isInteger(keepOld) || keepOld < 0) {
    throw new UserError(`keep-old is ${keepOld}`, { why: 'expected a whole number of old staging copies to keep (0 or more)', next: 'set keep-old: 1' });
  }
  const strict = opts.strict ?? config.sync.strict;
  const staging = target.database;
  assertNameFits(staging);
  const stamp = timestamp((opts.now ?? (() => new Date()))());
  const result: SyncResult = {
    status: 'refused',
    findings: [],
    source: describeTarget(source),
    target: describeTarget(target),
    staging,
    copy: syncCopyName(staging, stamp),
    dropped: [],
    strays: [],
    keepOld,
    plan: [],
    tables: [],
    unmasked: [],
    unmaskedPii: [],
    timings: {},
  };
  const timed = async <T>(step: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      result.timings[step] = (Date.now() - t0) / 1000;
    }
  };

  // Config and URL guards first: a production or same-URL target is refused before any connection.
  result.findings.push(...checkNotProduction(config, target));
  if (sameDatabase(source, target)) result.findings.push(sameDatabaseFinding(source, target, 'both URLs name the same host, port and database'));
  if (hasErrors(result.findings)) return result;

  log(`sync: ${result.source} (read-only) -> ${result.target}${opts.dryRun ? ' (dry run)' : ''}`);
  const src = await SourceSession.open(source);
  let admin: pg.Client | undefined;
  let locked = false;
  try {
    admin = await connectMaintenance(target, opts.maintenanceDatabase);
    // Who the URLs really reach: a proxy, alias or port forward can make two URLs one database.
    const sourceId = await readServerIdentity(src.client);
    const adminId = await readServerIdentity(admin);
    // The target itself when it exists (a pooler alias reports its real database); else its server.
    const targetId = await withClient(target, readServerIdentity, { applicationName: 'migration-gates sync (identity)', connectTimeoutSeconds: 10 }).catch(() => ({ ...adminId, database: staging }));
    const same = checkNotSameDatabase(source, target, sourceId, targetId);
    if (same) result.findings.push(same);
    else result.findings.push(...checkNotProductionName(source, target));
    if (hasErrors(result.findings)) return result;

    const catalog = await timed('catalog', () => readCatalog(src.client));
    // The guide's defaults are fitted to this database (its table and column names, through
    // schema.prisma when the repository is here); config rules may name models and fields.
    const resolved = resolveRules(catalog, config.sync.masking, opts.repoRoot ? prismaModels(opts.repoRoot, config) : []);
    const rules = resolved.rules;
    if (resolved.defaults) log(`sync: no sync.masking in the config: the guide's defaults matched ${Object.values(rules).reduce((a, c) => a + Object.keys(c).length, 0)} column(s): ${Object.entries(rules).flatMap(([t, cols]) => Object.keys(cols).map((c) => `${t}.${c}`)).join(', ') || 'none'}`);
    const plan = resolveMaskingPlan(catalog, rules, { salt: opts.maskingSalt });
    plan.problems.push(...(await checkConstants(src.client, plan)));
    if (plan.problems.length) throw rulesError(plan.problems, config.file);
    result.plan = describePlan(catalog, plan);

    const pii = findUnmaskedPii(catalog, rules, config.sync.piiPatterns);
    result.unmaskedPii = pii.map((p) => ({ table: qualifiedName(p.table), column: p.column.name, type: p.column.type, suggestion: strategyText(p.suggestion) }));
    if (pii.length) {
      result.piiSnippet = maskingSnippet(catalog, rules, pii);
      result.findings.push(...pii.map((p): Finding => ({
        rule: SYNC_RULES.pii,
        severity: strict ? 'error' : 'warning',
        table: qualifiedName(p.table),
        message: `column ${qualifiedName(p.table)}.${p.column.name} (${p.column.type}) looks personal or secret and has no masking rule`,
        why: 'staging is read by more people and tools than production; unmasked personal data there is a leak',
        fix: `add a rule under sync.masking (suggested: ${p.table.name}.${p.column.name}: ${strategyText(p.suggestion)}), or "keep" if it is not personal; the summary has a ready-to-paste block`,
      })));
    }

    const targetMajor = await serverMajorVersion(admin);
    const tools = await findClientTools(Math.max(catalog.serverMajor, targetMajor), opts.searchPath ? { searchPath: opts.searchPath } : {});
    log(`sync: ${catalog.tables.length} table(s), ${formatBytes(sum(catalog.tables.map((t) => t.bytes)))} of table data; pg_dump/pg_restore ${tools.version}`);

    const existing = await listDatabases(admin);
    const stagingExists = existing.includes(staging);
    const olds = existing.map((d) => ({ d, s: copyStamp(staging, 'old', d) })).filter((x) => x.s).sort((a, b) => b.s!.localeCompare(a.s!)).map((x) => x.d);
    result.strays = existing.filter((d) => copyStamp(staging, 'sync', d));
    if (hasErrors(result.findings)) return result;
    if (opts.dryRun) {
      result.status = 'dry-run';
      result.oldDatabase = stagingExists ? oldCopyName(staging, stamp) : undefined;
      const after = [...(stagingExists ? [oldCopyName(staging, stamp)] : []), ...olds];
      result.dropped = after.slice(keepOld);
      log(`dry run: would copy ${result.plan.length} table(s) into ${result.copy}, mask ${sum(result.plan.map((p) => p.masked.length))} column(s), then swap it in as ${staging}`);
      return result;
    }

    if (!(await tryLockSync(admin, staging))) {
      throw new UserError(`another sync into ${staging} is running on this server`, {
        why: 'two syncs would race to rename the same database',
        next: 'wait for it to finish (see its workflow run), then run this sync again',
      });
    }
    locked = true;
    await recoverAndClean(admin, staging, stagingExists, olds, result, targetMajor, log);
    await syncInto({ src, admin, source, target, catalog, plan, tools, targetMajor, stamp, result, opts, log, timed });
    result.dropped = await dropOldCopies(admin, staging, keepOld, targetMajor, log);
    return result;
  } finally {
    if (admin && locked) await unlockSync(admin, staging).catch(() => undefined);
    await admin?.end().catch(() => undefined);
    await src.close();
  }
}

interface SyncContext {
  src: SourceSession;
  admin: pg.Client;
  source: DatabaseTarget;
  target: DatabaseTarget;
  catalog: Catalog;
  plan: MaskingPlan;
  tools: ClientTools;
  targetMajor: number;
  stamp: string;
  result: SyncResult;
  opts: SyncOptions;
  log: (l: string) => void;
  timed: <T>(step: string, fn: () => Promise<T>) => Promise<T>;
}

/** Build, mask, verify and swap in the copy; on any failure drop it and leave staging untouched. */
async function syncInto(x: SyncContext): Promise<void> {
  const { admin, target, catalog, plan, tools, result, opts, log, timed } = x;
  const staging = target.database;
  const interval = opts.progressIntervalMs ?? 5000;

  if (await databaseExists(admin, staging)) {
    if (opts.backup !== false) {
      const directory = opts.backupDirectory ?? path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'migration-gates-staging-backups');
      const environment = opts.config.environments.find((e) => e.database === staging)?.name ?? 'staging';
      const b = await timed('backup', () => createBackup({ databaseUrl: target.url, environment, directory, verify: true, onProgress: log, progressIntervalMs: interval, searchPath: opts.searchPath }));
      result.backup = { dumpPath: b.dumpPath, manifestPath: b.manifestPath, sizeBytes: b.manifest.sizeBytes, sha256: b.manifest.sha256 };
      log(`backup of ${staging}: ${b.dumpPath} (${formatBytes(b.manifest.sizeBytes)})`);
    } else log(`backup of ${staging} skipped (backup: false)`);
  }

  const copy = (result.copy = await freeName(admin, (s) => syncCopyName(staging, s), x.stamp));
  const copyTarget = withDatabase(target, copy);
  const tmp = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'mg-sync-'));
  let step = 'creating the copy';
  let created = false;
  const clients: pg.Client[] = [];
  try {
    await createDatabase(admin, copy, catalog.encoding);
    created = true;
    log(`sync: created ${copy} (closed to other roles until it is masked)`);

    // Source side, all in the one exported snapshot: counts and the post-data DDL run beside the copy.
    step = 'copying production (pg_dump | pg_restore)';
    const leaves = leafTables(catalog);
    const counting = timed('count-source', () => exactCounts(x.src.client, leaves));
    const postDataFile = path.join(tmp, 'post-data.dump');
    const postDump = dumpSpec(tools, x.source, x.src.snapshot, ['post-data'], postDataFile);
    const postDumping = run(postDump.command, postDump.args, { env: postDump.env });
    const estimate = sum(leaves.map((t) => t.bytes));
    const progress = new Progress('copy (pg_dump | pg_restore)', estimate, 'bytes', log, interval, true);
    result.transfer = await timed('copy', () =>
      pipeChildren(dumpSpec(tools, x.source, x.src.snapshot, ['pre-data', 'data']), restoreSpec(tools, copyTarget), (b) => progress.update(b)),
    );
    progress.finish(result.transfer.bytes);
    const sourceCounts = await counting;
    const pd = await postDumping;
    if (pd.code !== 0) throw new UserError(`pg_dump of the indexes and constraints failed: ${toolErrorSummary(pd.stderr)}`);
    await x.src.close(); // production is no longer needed: release its snapshot
    await opts.hooks?.afterLoad?.(copy);

    step = 'masking';
    const c = await connect(copyTarget, { applicationName: 'migration-gates sync (masking)' });
    clients.push(c);
    // The copy is thrown away on failure, so commits need not wait for the disk; JIT only costs
    // start-up time on these simple expressions.
    await c.query(`SET synchronous_commit = off${x.targetMajor >= 11 ? '; SET jit = off' : ''}`);
    const monitor = await connect(copyTarget, { applicationName: 'migration-gates sync (progress)' });
    clients.push(monitor);
    const toMask = tablesToMask(plan);
    const method: KeyedHashMethod = opts.keyedHashMethod ?? chooseKeyedHashMethod(x.targetMajor, await hasExtension(c, 'pgcrypto'));
    if (plan.tables.some((t) => t.columns.some((m) => m.strategy.kind === 'keyed-hash'))) {
      result.keyedHashMethod = method;
      log(`keyed-hash: ${method}`);
    }
    const pgcryptoSchema = method === 'pgcrypto-hmac' ? await extensionSchema(c, 'pgcrypto') : undefined;
    await prepareMaskingSession(c, opts.maskingSalt, method);
    const copyRate = result.transfer.seconds > 0 ? result.transfer.bytes / result.transfer.seconds : undefined;
    const masked = await timed('mask', () =>
      applyMasking(c, toMask, {
        keyedHash: method,
        pgcryptoSchema,
        serverMajor: x.targetMajor,
        log,
        progressIntervalMs: interval,
        rowCounts: sourceCounts,
        bytesPerSecond: copyRate,
        monitor,
      }),
    );
    step = 'verifying the masking';
    result.unmasked = await timed('verify-masking', () => checkMasked(c, toMask, masked));
    for (const u of result.unmasked.filter((v) => v.remaining > 0)) {
      result.findings.push({
        rule: SYNC_RULES.unmasked,
        severity: 'error',
        table: u.table,
        message: `${u.remaining} row(s) of ${u.table}.${u.column} still hold a production value after masking (${u.strategy})`,
        why: 'a masked column must not keep any production value',
        fix: 'choose a strategy that changes every value (email, name, prefix, random-hash, keyed-hash)',
      });
    }
    if (hasErrors(result.findings)) return await abandon('verification-failed');
    await monitor.end();
    clients.splice(clients.indexOf(monitor), 1);

    step = 'building indexes and constraints on the masked data';
    const post = restoreSpec(tools, copyTarget, { file: postDataFile, jobs: opts.restoreJobs ?? 2 });
    const pr = await timed('indexes', () => run(post.command, post.args, { env: post.env }));
    if (pr.code !== 0) {
      throw new UserError(`pg_restore of the indexes and constraints failed: ${toolErrorSummary(pr.stderr)}`, {
        why: 'a unique constraint on a masked column fails when the masking gives rows equal values (constant:, or a rule without <id>)',
        next: 'give unique columns a strategy that keeps values distinct (email, name, prefix:<p>, keyed-hash), then run the sync again',
      });
    }
    await timed('analyze', () => c.query('ANALYZE'));

    step = 'verifying the copy';
    const counts = await timed('count-copy', () => compareCounts(c, leaves, sourceCounts));
    const maskedBy = new Map(toMask.map((t) => [qualifiedName(t.table), t.columns.filter((m) => m.strategy.kind !== 'keep').map((m) => m.column.name)]));
    result.tables = counts.map((k) => ({ table: k.table, sourceRows: k.sourceRows, stagingRows: k.targetRows, maskedColumns: maskedBy.get(k.table) ?? [] }));
    for (const k of counts.filter((v) => v.sourceRows !== v.targetRows)) {
      result.findings.push({
        rule: SYNC_RULES.counts,
        severity: 'error',
        table: k.table,
        message: `${k.table}: ${k.targetRows} row(s) in the copy, ${k.sourceRows} in production (same snapshot)`,
        why: 'the copy is incomplete',
        fix: 'check the pg_restore output above, then run the sync again',
      });
    }
    const problems = checkConstraints(catalog, await readCatalog(c));
    for (const p of problems) result.findings.push({ rule: SYNC_RULES.constraints, severity: 'error', message: p, why: 'the copy must enforce what production enforces', fix: 'check the pg_restore output above, then run the sync again' });
    if (hasErrors(result.findings)) return await abandon('verification-failed');
    await closeAll();

    step = 'swapping the copy in';
    await copyDatabaseAcl(admin, (await databaseExists(admin, staging)) ? staging : undefined, copy);
    const oldName = await freeName(admin, (s) => oldCopyName(staging, s), x.stamp);
    const swap = await timed('swap', () => swapIntoPlace(admin, { staging, fresh: copy, old: oldName }, log, opts.hooks));
    created = false;
    result.oldDatabase = swap.oldDatabase;
    result.terminatedConnections = swap.terminated;
    result.status = 'synced';
  } catch (err) {
    await closeAll();
    const hadCopy = created;
    if (created) await dropCopy();
    const unchanged = `${staging} is unchanged${hadCopy ? ` and the half-made copy ${copy} was dropped` : ''}`;
    if (err instanceof UserError) {
      throw new UserError(`sync failed while ${step}: ${err.message}`, { why: `${err.why ? `${err.why}; ` : ''}${unchanged}`, next: err.next ?? rerun(), cause: err });
    }
    throw new UserError(`sync failed while ${step}: ${(err as Error).message}`, {
      why: unchanged,
      next: rerun(),
      cause: err,
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  async function closeAll(): Promise<void> {
    for (const c of clients.splice(0)) await c.end().catch(() => undefined);
  }
  async function dropCopy(): Promise<void> {
    await dropDatabase(admin, copy, x.targetMajor).catch((e: Error) => log(`could not drop ${copy}: ${e.message} (drop it by hand: DROP DATABASE "${copy}")`));
    created = false;
    log(`sync: dropped the half-made copy ${copy}; ${staging} is unchanged`);
  }
  async function abandon(status: 'verification-failed'): Promise<void> {
    result.status = status;
    await closeAll();
    await dropCopy();
  }
}

function rerun(): string {
  return 'fix the cause above, then run the sync again (npx migration-gates sync --dry-run checks the guards and rules first)';
}

/** First free `<name>` for a stamp, moving on a second at a time (two runs in one second). */
async function freeName(admin: pg.Client, make: (stamp: string) => string, stamp: string): Promise<string> {
  let s = stamp;
  while (await databaseExists(admin, make(s))) s = addSeconds(s, 1);
  return make(s);
}

/**
 * Leftovers of an interrupted run: a staging set aside but never replaced (the run died between
 * the two renames) gets its newest old copy back; half-made `_sync_` copies are dropped. Safe
 * because this run holds the sync lock.
 */
async function recoverAndClean(admin: pg.Client, staging: string, stagingExists: boolean, olds: string[], result: SyncResult, major: number, log: (l: string) => void): Promise<void> {
  if (!stagingExists && olds.length) {
    await renameDatabase(admin, olds[0]!, staging);
    result.recovered = olds[0];
    log(`sync: ${staging} was missing (an earlier sync stopped between its renames); renamed ${olds[0]} back to ${staging}`);
  }
  for (const stray of result.strays) {
    await dropDatabase(admin, stray, major);
    log(`sync: dropped ${stray}, a half-made copy left by an interrupted sync`);
  }
}

async function dropOldCopies(admin: pg.Client, staging: string, keepOld: number, major: number, log: (l: string) => void): Promise<string[]> {
  const olds = (await listDatabases(admin))
    .map((d) => ({ d, s: copyStamp(staging, 'old', d) }))
    .filter((x) => x.s)
    .sort((a, b) => b.s!.localeCompare(a.s!))
    .map((x) => x.d);
  const drop = olds.slice(keepOld);
  for (const d of drop) {
    await dropDatabase(admin, d, major);
    log(`sync: dropped ${d} (keep-old: ${keepOld})`);
  }
  return drop;
}

async function connectMaintenance(target: DatabaseTarget, name?: string): Promise<pg.Client> {
  const candidates = name ? [name] : ['postgres', 'template1'];
  let last: unknown;
  for (const db of candidates) {
    try {
      return await connect(withDatabase(target, db), { applicationName: 'migration-gates sync (admin)' });
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

async function hasExtension(c: pg.Client, name: string): Promise<boolean> {
  return (await extensionSchema(c, name)) !== undefined;
}

async function extensionSchema(c: pg.Client, name: string): Promise<string | undefined> {
  const r = await c.query<{ nspname: string }>('SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = $1', [name]);
  return r.rows[0]?.nspname;
}

function describePlan(catalog: Catalog, plan: MaskingPlan): SyncResult['plan'] {
  const byTable = new Map(plan.tables.map((t) => [t.table.oid, t]));
  return catalog.tables.map((t) => ({
    table: qualifiedName(t),
    rowEstimate: t.rowEstimate,
    bytes: t.bytes,
    masked: (byTable.get(t.oid)?.columns ?? []).map((m) => ({ column: m.column.name, strategy: strategyText(m.strategy) })),
  }));
}

function rulesError(problems: string[], file: string | undefined): UserError {
  return new UserError(`the masking rules do not fit the production database:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
    why: 'every rule is checked against the source catalog before anything is copied',
    next: `fix sync.masking in ${file ?? '.github/migration-gates.yml'}, then run: npx migration-gates sync --dry-run`,
  });
}

function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** The models of every service's schema.prisma in the checkout (none when there is no service to read). */
function prismaModels(repoRoot: string, config: Config): PrismaModel[] {
  try {
    return readPrismaModels(resolveServices(repoRoot, config).services.map((s) => path.join(repoRoot, s.schema)));
  } catch {
    return [];
  }
}
