import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type pg from 'pg';
import { findClientTools, type ClientTools } from '../postgres/client-tools.js';
import { connect } from '../postgres/connect.js';
import { runPgDump, tocTables, type PgDumpResult } from '../postgres/dump.js';
import { describeTarget, parseDatabaseUrl, type DatabaseTarget } from '../postgres/url.js';
import { latestAppliedMigration, listCatalogTables, readServerFacts, type ServerFacts } from './catalog.js';
import { formatBytes, formatSeconds } from './format.js';
import { sha256File } from './hash.js';
import { DUMP_SUFFIX, MANIFEST_SUFFIX, newBackupId, partialDumpName } from './naming.js';
import { formatProgress } from './progress.js';
import type { BackupManifest, BackupOptions, BackupResult } from './types.js';
import { checkArchive, type CatalogTable } from './archive-check.js';

/**
 * The guide's "Backup production DB (REQUIRED!)", as a verified backup: pg_dump -Fc (of the
 * server's major or newer) writing the file itself, its SHA-256, a pg_restore --list check against
 * the catalog read in pg_dump's own snapshot, and a manifest beside it. A dump that fails any check gets no manifest,
 * so no gate can mistake it for a backup.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupResult> {
  return completeBackup(await startBackup(opts), opts);
}

/** A dump under way: pg_dump is running, the catalog check is being read in its snapshot. */
export interface StartedBackup {
  readonly target: DatabaseTarget;
  readonly directory: string;
  readonly createdAt: Date;
  /** Stop pg_dump and remove its partial file (the backup cannot go on). */
  abort(): Promise<void>;
  /** Internal: what completeBackup needs. */
  readonly state: StartState;
}

interface StartState {
  session: pg.Client;
  server: ServerFacts;
  tools: ClientTools;
  partial: string;
  dump: Promise<PgDumpResult>;
  catalog: Promise<{ tables: CatalogTable[]; latestMigration: string | null }>;
  stop: AbortController;
  log: (line: string) => void;
}

/**
 * Start pg_dump as early as possible: connect, read the server's version, export a snapshot,
 * pick pg_dump, start it, and read the catalog check in that same snapshot while it works. What
 * only naming needs (the environment, the config) can be decided while the dump runs.
 */
export async function startBackup(opts: Omit<BackupOptions, 'environment'>): Promise<StartedBackup> {
  const target = parseDatabaseUrl(opts.databaseUrl);
  const log = opts.onProgress ?? (() => undefined);
  const searchPath = opts.searchPath ? { searchPath: opts.searchPath } : {};
  // Ask the installed pg_dumps their versions while we connect (answers are cached).
  const probing = findClientTools(0, searchPath).catch(() => undefined);
  // One session, in the snapshot pg_dump will dump: the catalog check reads exactly what the
  // archive must hold.
  const session = await connect(target, { readOnly: true, applicationName: 'migration-gates-backup' });
  try {
    const server = await readServerFacts(session);
    // The session idles in its transaction while pg_dump works: no server timeout may end it.
    await session.query(`SET idle_in_transaction_session_timeout = 0${server.serverMajor >= 17 ? '; SET transaction_timeout = 0' : ''}`);
    await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const snapshot = await exportSnapshot(session);
    await probing;
    const tools = await findClientTools(server.serverMajor, searchPath);

    // A folder we create is ours alone (0700); an existing one keeps the mode its owner chose.
    mkdirSync(opts.directory, { recursive: true, mode: 0o700 });
    const createdAt = new Date();
    // A hidden temporary name until verified: a crash never leaves a .dump that looks complete.
    const partial = path.join(opts.directory, partialDumpName(randomBytes(6).toString('hex')));
    log(`backup: ${describeTarget(target)} (PostgreSQL ${server.serverVersion}, ${formatBytes(server.databaseSizeBytes)}) with pg_dump ${tools.version} -> ${opts.directory}`);
    const stop = new AbortController();
    const dump = runPgDump({
      target,
      file: partial,
      tools,
      ...(snapshot ? { snapshot } : {}),
      signal: stop.signal,
      estimateBytes: server.databaseSizeBytes,
      onProgress: (p) => log(formatProgress(p)),
      ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
    });
    dump.catch(() => undefined); // awaited in completeBackup or abort
    const catalog = (async () => ({ tables: await listCatalogTables(session), latestMigration: await latestAppliedMigration(session, target.schema) }))();
    catalog.catch(() => undefined);
    const state: StartState = { session, server, tools, partial, dump, catalog, stop, log };
    return {
      target,
      directory: opts.directory,
      createdAt,
      state,
      abort: async () => {
        stop.abort();
        await dump.catch(() => undefined);
        rmSync(partial, { force: true }); // pg_dump may have finished first
        await catalog.catch(() => undefined);
        await session.end().catch(() => undefined);
      },
    };
  } catch (err) {
    await session.end().catch(() => undefined);
    throw err;
  }
}

/**
 * Wait for the dump, then hash and verify it (at once: one reads the file, the other is
 * pg_restore), name it and write its manifest. Any failure removes the partial dump (abort).
 */
export async function completeBackup(started: StartedBackup, opts: { environment: string; verify?: boolean }): Promise<BackupResult> {
  const { session, server, tools, partial, dump: dumping, catalog, log } = started.state;
  const { target, directory, createdAt } = started;
  const verify = opts.verify ?? true;
  try {
    const { tables, latestMigration } = await catalog;
    // pg_dump imported the snapshot when it started; ours ends with the dump (it holds no more than pg_dump's own).
    const dump = await dumping;
    // Read-only: nothing to commit. A proxy that dropped the idle session by now does no harm.
    await session.query('COMMIT').catch(() => undefined);

    const checking = Date.now();
    const [{ sha256 }, checked] = await Promise.all([sha256File(partial), verify ? checkArchive(partial, tools, tables) : undefined]);
    let tableCount = tables.length;
    if (checked) {
      const { problems, toc } = checked;
      if (problems.length) {
        throw new UserError(`backup of ${describeTarget(target)} failed verification:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
          why: 'a backup that cannot be restored whole is no backup; the dump was removed and no manifest was written',
          next: 'run the backup again; if it fails the same way, check disk space and that the backup role can read every table',
          exitCode: 1,
        });
      }
      tableCount = tocTables(toc!).length;
      log(`verify: pg_restore --list read ${toc!.entries.length} entries; all ${tables.length} catalog tables present (${formatSeconds((Date.now() - checking) / 1000)})`);
    }
    const backupId = newBackupId(directory, opts.environment, target.database, createdAt);
    const dumpPath = path.join(directory, backupId + DUMP_SUFFIX);
    const manifestPath = path.join(directory, backupId + MANIFEST_SUFFIX);
    renameSync(partial, dumpPath);

    const manifest: BackupManifest = {
      version: 1,
      backupId,
      environment: opts.environment,
      database: target.database,
      host: target.host,
      port: target.port,
      serverVersion: server.serverVersion,
      serverMajor: server.serverMajor,
      pgDumpVersion: tools.version,
      createdAt: createdAt.toISOString(),
      file: path.basename(dumpPath),
      sizeBytes: dump.sizeBytes,
      sha256,
      tableCount,
      latestMigration,
      verified: verify,
      durationSeconds: Math.round(dump.seconds * 1000) / 1000,
      databaseSizeBytes: server.databaseSizeBytes,
    };
    // The manifest's schema check loads zod: only now, not before pg_dump starts.
    const { writeManifest } = await import('./manifest.js');
    writeManifest(manifestPath, manifest);
    log(
      `backup: ${backupId}: ${formatBytes(dump.sizeBytes)} dump of a ${formatBytes(server.databaseSizeBytes)} database in ${formatSeconds(dump.seconds)}, ` +
        `${tableCount} tables, latest migration ${latestMigration ?? '(none)'}, sha256 ${sha256}${verify ? ', verified' : ', NOT verified'}`,
    );
    return { manifest, dumpPath, manifestPath };
  } catch (err) {
    await started.abort();
    throw err;
  } finally {
    await session.end().catch(() => undefined);
  }
}

/**
 * In a fresh REPEATABLE READ transaction, the exported snapshot's id; undefined (and a new
 * transaction) where the server cannot export one. It must be the transaction's first query.
 */
async function exportSnapshot(c: pg.Client): Promise<string | undefined> {
  try {
    return (await c.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id;
  } catch {
    await c.query('ROLLBACK');
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    return undefined;
  }
}
