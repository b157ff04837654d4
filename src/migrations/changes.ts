import path from 'node:path';
import type { Config, ServiceConfig } from '../config/types.js';
import { mergeBaseWith, resolveBaseTip, type BaseRevision } from '../git/base.js';
import { childrenAt, diffFiles, diffFilesFromMergeBase, untrackedFiles, type FileChange } from '../git/changes.js';
import { resolveServices } from './discover.js';
import { compareMigrations, listMigrations, toMigrationFolder, type MigrationFolder } from './model.js';

export interface ServiceChanges {
  service: ServiceConfig;
  /** All migration folders now (working tree), in Prisma's apply order. */
  head: MigrationFolder[];
  /** Migration folders at the base branch tip, in apply order (hasSql is not read there: always true). */
  base: MigrationFolder[];
  /** Folders the PR adds (relative to the merge base), in apply order. */
  added: MigrationFolder[];
  /** Folders whose migration.sql the PR edits. */
  modified: MigrationFolder[];
  /** Folders whose migration.sql the PR deletes (as they were at the merge base). */
  deleted: MigrationFolder[];
  renamed: { from: MigrationFolder; to: MigrationFolder }[];
  schemaChanged: boolean;
  lockChanged: boolean;
}

export interface MigrationChanges {
  base: BaseRevision;
  services: ServiceChanges[];
  /** `prisma/migrations` folders that belong to no service. */
  strays: string[];
  /** Every file the PR changes (repository-relative, posix), renames detected. */
  files: FileChange[];
}

/** `<migrations>/<folder>/<rest>` -> { folder, rest } when `p` lies inside `migrationsDir`. */
export function splitMigrationPath(migrationsDir: string, p: string): { folder: string; rest: string } | undefined {
  const prefix = migrationsDir ? `${migrationsDir}/` : '';
  if (!p.startsWith(prefix)) return undefined;
  const tail = p.slice(prefix.length);
  const slash = tail.indexOf('/');
  if (slash <= 0) return undefined; // a file directly in the migrations dir (migration_lock.toml)
  return { folder: tail.slice(0, slash), rest: tail.slice(slash + 1) };
}

function isUnder(p: string, dirOrFile: string): boolean {
  return p === dirOrFile || p.startsWith(`${dirOrFile}/`);
}

/**
 * What a PR changes in each service's migration history, measured from merge-base(base, HEAD),
 * plus the base tip's folders (what "ordered after" means). Costs one `git diff` (+ `ls-files` for
 * untracked files) and one `git ls-tree`, whatever the number of migrations.
 */
export async function collectMigrationChanges(repoRoot: string, config: Config, baseRef: string): Promise<MigrationChanges> {
  // Independent git calls overlap: untracked files at once; once the tip is known, the merge base,
  // the diff from it (`diff --merge-base`) and the tip's folders together.
  const untracked = untrackedFiles(repoRoot);
  untracked.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const { ref, tip } = await resolveBaseTip(repoRoot, baseRef);
  const { services, strays } = resolveServices(repoRoot, config);
  const baseEntries = childrenAt(repoRoot, tip, services.map((s) => s.migrations));
  const earlyDiff = diffFilesFromMergeBase(repoRoot, tip);
  baseEntries.catch(() => undefined);
  earlyDiff.catch(() => undefined);
  const mergeBase = await mergeBaseWith(repoRoot, ref, tip);
  const [diff, added, entries] = await Promise.all([earlyDiff.then((d) => d ?? diffFiles(repoRoot, mergeBase)), untracked, baseEntries]);
  const files = [...diff, ...added];
  const base: BaseRevision = { ref, tip, mergeBase };
  return { base, services: services.map((s) => serviceChanges(repoRoot, s, files, entries)), strays, files };
}

/** Expand renames into delete + add, except a migration folder renamed within one service. */
interface Touch {
  folder: string;
  rest: string;
  status: 'A' | 'M' | 'D';
}

function serviceChanges(repoRoot: string, service: ServiceConfig, files: FileChange[], baseEntries: { dir: string; name: string; type: string }[]): ServiceChanges {
  const mdir = service.migrations;
  const head = listMigrations(repoRoot, mdir);
  const headByName = new Map(head.map((f) => [f.name, f]));

  // The base tip is read one level deep (reading 1,000 folder trees costs ~10x more): its folders'
  // hasSql is taken as true; the rules use base folders for names and order only.
  const base = baseEntries
    .filter((e) => e.dir === mdir && e.type === 'tree')
    .map((e) => toMigrationFolder(mdir, e.name, true))
    .sort(compareMigrations);

  const touches: Touch[] = [];
  const renamed: ServiceChanges['renamed'] = [];
  let schemaChanged = false;
  let lockChanged = false;
  const lockPath = mdir ? `${mdir}/migration_lock.toml` : 'migration_lock.toml';
  const schemaHit = (p: string | undefined) => p !== undefined && isSchemaPath(service, p);

  for (const f of files) {
    if (schemaHit(f.path) || schemaHit(f.oldPath)) schemaChanged = true;
    if (f.path === lockPath || f.oldPath === lockPath) lockChanged = true;
    const to = splitMigrationPath(mdir, f.path);
    if (f.status === 'R') {
      const from = f.oldPath ? splitMigrationPath(mdir, f.oldPath) : undefined;
      if (from && to && from.rest === 'migration.sql' && to.rest === 'migration.sql' && from.folder !== to.folder) {
        renamed.push({ from: toMigrationFolder(mdir, from.folder, true), to: headByName.get(to.folder) ?? toMigrationFolder(mdir, to.folder, true) });
        continue;
      }
      if (from) touches.push({ ...from, status: 'D' });
      if (to) touches.push({ ...to, status: 'A' });
      continue;
    }
    if (to) touches.push({ ...to, status: f.status });
  }

  const renamedFrom = new Set(renamed.map((r) => r.from.name));
  const renamedTo = new Set(renamed.map((r) => r.to.name));
  const byFolder = new Map<string, Touch[]>();
  for (const t of touches) {
    const list = byFolder.get(t.folder);
    if (list) list.push(t);
    else byFolder.set(t.folder, [t]);
  }

  const added: MigrationFolder[] = [];
  const modified: MigrationFolder[] = [];
  const deleted: MigrationFolder[] = [];
  for (const [folder, ts] of byFolder) {
    const sql = ts.find((t) => t.rest === 'migration.sql');
    const now = headByName.get(folder);
    if (sql?.status === 'D') {
      // The folder existed at the merge base with its SQL; it is gone now (or left without SQL).
      if (!renamedFrom.has(folder)) deleted.push(toMigrationFolder(mdir, folder, true));
      continue;
    }
    if (!now || renamedTo.has(folder)) continue;
    if (sql?.status === 'M') modified.push(now);
    else if (sql?.status === 'A' || ts.every((t) => t.status === 'A')) added.push(now);
  }
  added.sort(compareMigrations);
  modified.sort(compareMigrations);
  deleted.sort(compareMigrations);
  renamed.sort((a, b) => compareMigrations(a.to, b.to));
  return { service, head, base, added, modified, deleted, renamed, schemaChanged, lockChanged };
}

/**
 * Whether a path is part of the service's Prisma schema: the schema file or folder, and, beside a
 * schema.prisma, the other `.prisma` files of its folder (Prisma's `prismaSchemaFolder` layout:
 * `prisma/schema.prisma` plus `prisma/models/*.prisma`), never the migrations.
 */
export function isSchemaPath(service: ServiceConfig, p: string): boolean {
  if (isUnder(p, service.schema)) return true;
  if (!service.schema.endsWith('.prisma') || !p.endsWith('.prisma') || isUnder(p, service.migrations)) return false;
  const dir = path.posix.dirname(service.schema);
  return dir !== '.' && isUnder(p, dir); // a schema at the repository root has no folder of its own
}

/** The service a repository-relative path belongs to (its root is the longest prefix), if any. */
export function serviceOfPath(services: readonly ServiceConfig[], p: string): ServiceConfig | undefined {
  let best: ServiceConfig | undefined;
  for (const s of services) {
    const dirs = [s.migrations, s.schema, path.posix.dirname(s.schema)];
    if (dirs.some((d) => isUnder(p, d)) && (!best || s.migrations.length > best.migrations.length)) best = s;
  }
  return best;
}
