import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { shellQuote } from '../security/shell-quote.js';
import { findClientTools, parseToolVersion } from '../postgres/client-tools.js';
import { withClient } from '../postgres/connect.js';
import { readArchiveToc, restoreFromFile, tocTableData, tocTables } from '../postgres/dump.js';
import { describeTarget, parseDatabaseUrl, type DatabaseTarget } from '../postgres/url.js';
import { latestAppliedMigration, listCatalogTables, readServerFacts } from './catalog.js';
import { formatBytes, printable } from './format.js';
import { sha256File } from './hash.js';
import { dumpPathOf, readManifest } from './manifest.js';
import { DUMP_SUFFIX, MANIFEST_SUFFIX } from './naming.js';
import { formatProgress } from './progress.js';
import type { BackupManifest } from './types.js';
import { verifyBackup } from './verify.js';

export interface RestoreOptions {
  /** A manifest (`<id>.manifest.json`) or a dump (`<id>.dump`, whose manifest sits beside it). */
  backup: string;
  targetDatabaseUrl: string;
  /** The target's database name, typed back: required for a production target. */
  confirm?: string;
  /** Treat the target as production even if the config does not say so. */
  production?: boolean;
  /** Production databases come from its environments (`production: true`). */
  config?: Config;
  /** SHA-256 of a dump that has no manifest (e.g. one made by hand with pg_dump -Fc). */
  sha256?: string;
  onProgress?: (line: string) => void;
  progressIntervalMs?: number;
  searchPath?: string[];
}

export interface RestoreResult {
  tables: number;
  seconds: number;
}

interface ResolvedBackup {
  dumpPath: string;
  manifest: BackupManifest | undefined;
  manifestPath: string | undefined;
}

/** Accept a manifest or a dump path; find the manifest beside a dump. */
function resolveBackup(backup: string): ResolvedBackup {
  const file = path.resolve(backup);
  if (!existsSync(file)) {
    throw new UserError(`backup ${backup} does not exist`, {
      why: 'restore needs a backup file written by migration-gates backup',
      next: `list the backups with: ls ${path.dirname(file)}`,
    });
  }
  if (file.endsWith(MANIFEST_SUFFIX)) {
    const manifest = readManifest(file);
    return { dumpPath: dumpPathOf(file, manifest), manifest, manifestPath: file };
  }
  const sibling = file.endsWith(DUMP_SUFFIX) ? file.slice(0, -DUMP_SUFFIX.length) + MANIFEST_SUFFIX : undefined;
  if (sibling && existsSync(sibling)) {
    const manifest = readManifest(sibling);
    if (path.resolve(dumpPathOf(sibling, manifest)) === file) return { dumpPath: file, manifest, manifestPath: sibling };
  }
  return { dumpPath: file, manifest: undefined, manifestPath: undefined };
}

/** Production if forced, or if a production environment of the config names this database. */
export function isProductionTarget(target: DatabaseTarget, config: Config | undefined, forced: boolean | undefined): string | undefined {
  if (forced) return '--production was given';
  const env = config?.environments.find((e) => e.production && e.database === target.database);
  return env ? `the config's production environment "${env.name}" uses database ${env.database}` : undefined;
}

/**
 * Restore a backup into an existing database, the safest way we know:
 * 1. the dump's size and SHA-256 are checked against its manifest before anything is touched;
 * 2. a production target needs its database name typed back;
 * 3. what will be replaced is printed first (target, its tables and latest migration, the backup);
 * 4. pg_restore runs `--clean --if-exists --no-owner --single-transaction --exit-on-error`: every
 *    object in the backup is dropped and recreated in ONE transaction, so any error rolls the
 *    whole restore back and the target is left exactly as it was. Objects the backup does not
 *    contain (a table created by a later migration) are not dropped: they are listed instead.
 */
export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const log = opts.onProgress ?? (() => undefined);
  const target = parseDatabaseUrl(opts.targetDatabaseUrl, 'target-database-url');
  const src = resolveBackup(opts.backup);

  // 1. Production needs the database name typed back.
  const production = isProductionTarget(target, opts.config, opts.production);
  if (production && opts.confirm !== target.database) {
    throw new UserError(
      opts.confirm === undefined || opts.confirm === ''
        ? `refusing to restore into production database ${target.database} without confirmation`
        : `confirmation "${opts.confirm}" does not match the production database name ${target.database}`,
      {
        why: `${production}; a restore replaces its tables with the backup's`,
        next: `type the database name back: --confirm ${shellQuote(target.database)}`,
      },
    );
  }

  // 2. Integrity first: a corrupt or truncated file stops here, before any connection to the target.
  if (src.manifestPath) {
    const v = await verifyBackup(src.manifestPath);
    if (!v.ok) {
      throw new UserError(`backup ${src.manifest!.backupId} failed its integrity check:\n${v.problems.map((p) => `  - ${p}`).join('\n')}`, {
        why: 'restoring a corrupt or truncated dump could leave the target half-restored; the target was not touched',
        next: `pick another backup (ls ${path.dirname(src.manifestPath)}/*${MANIFEST_SUFFIX}) and run the restore with it`,
        exitCode: 1,
      });
    }
  } else {
    const expected = opts.sha256?.trim().toLowerCase();
    if (!expected) {
      throw new UserError(`backup ${opts.backup} has no manifest beside it, so its integrity cannot be checked`, {
        why: 'restore checks the SHA-256 recorded at backup time before it touches the target',
        next: `pass the manifest (<backup-id>${MANIFEST_SUFFIX}) as --backup, or the file's known checksum with --sha256 <hex> (sha256sum ${opts.backup})`,
      });
    }
    const { sha256 } = await sha256File(src.dumpPath);
    if (sha256 !== expected) {
      throw new UserError(`backup ${opts.backup} has SHA-256 ${sha256}, not the expected ${expected}`, {
        why: 'the file is corrupt, truncated or not the one you meant; the target was not touched',
        next: 'pick the right file, or take a new backup',
        exitCode: 1,
      });
    }
  }

  // 3. Say what will be replaced.
  const current = await withClient(
    target,
    async (c) => ({ ...(await readServerFacts(c)), tables: await listCatalogTables(c), latestMigration: await latestAppliedMigration(c, target.schema) }),
    { applicationName: 'migration-gates-restore' },
  );
  const dumpMajor = src.manifest ? parseToolVersion(`(PostgreSQL) ${src.manifest.pgDumpVersion}`)?.major ?? 0 : 0;
  const tools = await findClientTools(Math.max(current.serverMajor, dumpMajor), opts.searchPath ? { searchPath: opts.searchPath } : {});
  const toc = await readArchiveToc(src.dumpPath, tools);
  const backupTables = new Set(tocTables(toc).map((e) => tableKey(e.text)));
  const kept = current.tables.filter((t) => !backupTables.has(`${t.schema} ${t.name}`));
  const m = src.manifest;
  log(`restore: target ${describeTarget(target)} (PostgreSQL ${current.serverVersion}): ${current.tables.length} existing tables, latest migration ${current.latestMigration ?? '(none)'}`);
  log(
    m
      ? `restore: backup ${m.backupId} of ${m.environment}/${m.database}, taken ${m.createdAt}: ${m.tableCount} tables, latest migration ${m.latestMigration ?? '(none)'}, ${formatBytes(m.sizeBytes)}`
      : `restore: backup ${src.dumpPath} (no manifest; SHA-256 checked): ${tocTables(toc).length} tables, ${formatBytes(statSync(src.dumpPath).size)}`,
  );
  log(`restore: every object in the backup will be dropped and recreated in ${target.database}, in one transaction${production ? ` (production, confirmed)` : ''}`);
  if (kept.length) {
    const names = kept.slice(0, 20).map((t) => `${printable(t.schema)}.${printable(t.name)}`).join(', ');
    log(`restore: ${kept.length} table(s) in the target are not in the backup and will be left as they are: ${names}${kept.length > 20 ? ', ...' : ''}`);
  }

  // 4. Restore, all or nothing.
  const r = await restoreFromFile({
    target,
    file: src.dumpPath,
    tools,
    tablesTotal: tocTableData(toc).length,
    onProgress: (p) => log(formatProgress(p)),
    ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
  });
  const tables = await withClient(target, async (c) => (await listCatalogTables(c)).length, { applicationName: 'migration-gates-restore' });
  log(`restore: done: ${target.database} now has ${tables} tables (${r.seconds.toFixed(1)} s)`);
  return { tables, seconds: r.seconds };
}

/** `TABLE public my table postgres` -> `public my table` (schema and name, owner dropped). */
function tableKey(text: string): string {
  return text.replace(/^TABLE /, '').replace(/ [^ ]+$/, '');
}
