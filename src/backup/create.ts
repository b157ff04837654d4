import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { findClientTools } from '../postgres/client-tools.js';
import { withClient } from '../postgres/connect.js';
import { dumpToFile, tocTables } from '../postgres/dump.js';
import { describeTarget, parseDatabaseUrl } from '../postgres/url.js';
import { latestAppliedMigration, listCatalogTables, readServerFacts } from './catalog.js';
import { formatBytes, formatSeconds } from './format.js';
import { DUMP_SUFFIX, MANIFEST_SUFFIX, writeManifest } from './manifest.js';
import { newBackupId } from './naming.js';
import { formatProgress } from './progress.js';
import type { BackupManifest, BackupOptions, BackupResult } from './types.js';
import { checkArchive } from './verify.js';

/**
 * The guide's "Backup production DB (REQUIRED!)", as a verified backup: pg_dump -Fc of the
 * server's major, streamed to disk with its SHA-256, checked with pg_restore --list against the
 * catalog, and described by a manifest beside it. A dump that fails any check gets no manifest,
 * so no gate can mistake it for a backup.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupResult> {
  const target = parseDatabaseUrl(opts.databaseUrl);
  const log = opts.onProgress ?? (() => undefined);
  const verify = opts.verify ?? true;

  const searchPath = opts.searchPath ? { searchPath: opts.searchPath } : {};
  // Ask the installed pg_dumps their versions while the catalog is read (answers are cached).
  const probing = findClientTools(0, searchPath).catch(() => undefined);
  const facts = await withClient(
    target,
    async (c) => ({
      ...(await readServerFacts(c)),
      tables: await listCatalogTables(c),
      latestMigration: await latestAppliedMigration(c, target.schema),
    }),
    { readOnly: true, applicationName: 'migration-gates-backup' },
  );
  await probing;
  const tools = await findClientTools(facts.serverMajor, searchPath);

  mkdirSync(opts.directory, { recursive: true });
  const createdAt = new Date();
  const backupId = newBackupId(opts.directory, opts.environment, target.database, createdAt);
  const dumpPath = path.join(opts.directory, backupId + DUMP_SUFFIX);
  const manifestPath = path.join(opts.directory, backupId + MANIFEST_SUFFIX);
  // Written under a temporary name: a crash never leaves a .dump that looks complete.
  const partial = `${dumpPath}.partial`;

  log(
    `backup: ${describeTarget(target)} (PostgreSQL ${facts.serverVersion}, ${formatBytes(facts.databaseSizeBytes)}, ${facts.tables.length} tables) ` +
      `with pg_dump ${tools.version} -> ${dumpPath}`,
  );
  const dump = await dumpToFile({
    target,
    file: partial,
    tools,
    estimateBytes: facts.databaseSizeBytes,
    onProgress: (p) => log(formatProgress(p)),
    ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
  });

  let tableCount = facts.tables.length;
  if (verify) {
    const started = Date.now();
    const { problems, toc } = await checkArchive(partial, tools, facts.tables).catch((err: unknown) => {
      rmSync(partial, { force: true });
      throw err;
    });
    if (problems.length) {
      rmSync(partial, { force: true });
      throw new UserError(`backup of ${describeTarget(target)} failed verification:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
        why: 'a backup that cannot be restored whole is no backup; the dump was removed and no manifest was written',
        next: 'run the backup again; if it fails the same way, check disk space and that the backup role can read every table',
        exitCode: 1,
      });
    }
    tableCount = tocTables(toc!).length;
    log(`verify: pg_restore --list read ${toc!.entries.length} entries; all ${facts.tables.length} catalog tables present (${formatSeconds((Date.now() - started) / 1000)})`);
  }
  renameSync(partial, dumpPath);

  const manifest: BackupManifest = {
    version: 1,
    backupId,
    environment: opts.environment,
    database: target.database,
    host: target.host,
    port: target.port,
    serverVersion: facts.serverVersion,
    serverMajor: facts.serverMajor,
    pgDumpVersion: tools.version,
    createdAt: createdAt.toISOString(),
    file: path.basename(dumpPath),
    sizeBytes: dump.sizeBytes,
    sha256: dump.sha256,
    tableCount,
    latestMigration: facts.latestMigration,
    verified: verify,
    durationSeconds: Math.round(dump.seconds * 1000) / 1000,
    databaseSizeBytes: facts.databaseSizeBytes,
  };
  writeManifest(manifestPath, manifest);
  log(
    `backup: ${backupId}: ${formatBytes(dump.sizeBytes)} dump of a ${formatBytes(facts.databaseSizeBytes)} database in ${formatSeconds(dump.seconds)}, ` +
      `${tableCount} tables, latest migration ${facts.latestMigration ?? '(none)'}, sha256 ${dump.sha256}${verify ? ', verified' : ', NOT verified'}`,
  );
  return { manifest, dumpPath, manifestPath };
}
