import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { collectMigrationChanges } from '../migrations/changes.js';
import { resolveServices } from '../migrations/discover.js';
import { listMigrations, type MigrationFolder } from '../migrations/model.js';
import type { LintOptions } from './types.js';

/** One migration the run reads: replayed, and linted when `lint` is set. */
export interface PlannedMigration {
  name: string;
  /** Repository-relative path of its migration.sql (posix). */
  sqlPath: string;
  abs: string;
  lint: boolean;
}

/** One migrations directory: the history replayed as the base, then the migrations traced in order. */
export interface ServicePlan {
  service: string;
  history: PlannedMigration[];
  sequence: PlannedMigration[];
}

export interface LintPlan {
  services: ServicePlan[];
  baselined: string[];
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function planned(repoRoot: string, f: MigrationFolder, lint: boolean): PlannedMigration {
  return { name: f.name, sqlPath: f.sqlPath, abs: path.join(repoRoot, f.sqlPath), lint };
}

/**
 * Split a directory's migrations at the first one to lint: those before are the history, the rest
 * are traced in Prisma's order (linted or not, so later ones see their schema).
 */
function splitAt(repoRoot: string, service: string, folders: MigrationFolder[], selected: (f: MigrationFolder) => boolean, isBaselined: (f: MigrationFolder) => boolean, baselined: string[]): ServicePlan | undefined {
  const withSql = folders.filter((f) => f.hasSql);
  const wanted = (f: MigrationFolder) => {
    if (!selected(f)) return false;
    if (isBaselined(f)) {
      baselined.push(f.sqlPath);
      return false;
    }
    return true;
  };
  const flags = withSql.map(wanted);
  const first = flags.indexOf(true);
  if (first === -1) return undefined;
  return {
    service,
    history: withSql.slice(0, first).map((f) => planned(repoRoot, f, false)),
    sequence: withSql.slice(first).map((f, i) => planned(repoRoot, f, flags[first + i]!)),
  };
}

/** What to lint: the PR's new or changed migrations, the whole history, explicit paths, or apply's pending ones. */
export async function planLint(opts: LintOptions): Promise<LintPlan> {
  const { repoRoot, config } = opts;
  const baselined: string[] = [];
  const baseline = new Set(config.lint.baseline);
  const isBaselined = (f: MigrationFolder) => baseline.has(f.name) || baseline.has(f.dir);
  const services: ServicePlan[] = [];

  if (opts.only) {
    const { services: all } = resolveServices(repoRoot, config);
    const svc = all.find((s) => s.name === opts.only!.service);
    if (!svc) {
      throw new UserError(`no service named "${opts.only.service}"`, {
        why: `the services are: ${all.map((s) => s.name).join(', ') || '(none found)'}`,
        next: 'run `npx migration-gates services` to list them, and check the services of the config',
      });
    }
    const folders = listMigrations(repoRoot, svc.migrations);
    const missing = opts.only.names.filter((n) => !folders.some((f) => f.name === n));
    if (missing.length) {
      throw new UserError(`migration${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in ${svc.migrations}`, {
        why: 'the lint gate lints the pending migrations from the checked-out migrations directory',
        next: 'check out the commit being deployed before this step',
      });
    }
    const names = new Set(opts.only.names);
    const plan = splitAt(repoRoot, svc.name, folders, (f) => names.has(f.name), isBaselined, baselined);
    return { services: plan ? [plan] : [], baselined };
  }

  if (opts.paths?.length) return planPaths(opts, isBaselined, baselined);

  if (opts.all) {
    // Every migrations directory: the services', and those outside any service (an audit lints all SQL).
    const { services: svcs, strays } = resolveServices(repoRoot, config);
    for (const [name, dir] of [...svcs.map((s) => [s.name, s.migrations] as const), ...strays.map((d) => [d, d] as const)]) {
      const plan = splitAt(repoRoot, name, listMigrations(repoRoot, dir), () => true, isBaselined, baselined);
      if (plan) services.push(plan);
    }
    return { services, baselined };
  }

  if (opts.baseRef) {
    const changes = await collectMigrationChanges(repoRoot, config, opts.baseRef);
    for (const s of changes.services) {
      const touched = new Set([...s.added, ...s.modified].map((f) => f.name));
      const plan = splitAt(repoRoot, s.service.name, s.head, (f) => touched.has(f.name), isBaselined, baselined);
      if (plan) services.push(plan);
    }
    return { services, baselined };
  }

  throw new UserError('nothing to lint', {
    why: 'no base branch, no paths and no audit of the whole history was asked for',
    next: 'pass --base-ref develop (the PR\'s new migrations), PATH... (folders or migration.sql files), or --all',
  });
}

function planPaths(opts: LintOptions, isBaselined: (f: MigrationFolder) => boolean, baselined: string[]): LintPlan {
  const { repoRoot } = opts;
  /** migrations directory (repository-relative) -> folder names to lint ('*' for all). */
  const dirs = new Map<string, Set<string>>();
  const loose: PlannedMigration[] = [];
  const listing = new Map<string, MigrationFolder[]>();
  const listed = (dir: string) => {
    let l = listing.get(dir);
    if (!l) listing.set(dir, (l = listMigrations(repoRoot, dir === '.' ? '' : dir)));
    return l;
  };
  const want = (dir: string, name: string) => {
    if (!dirs.has(dir)) dirs.set(dir, new Set());
    dirs.get(dir)!.add(name);
  };
  for (const p of opts.paths!) {
    const abs = path.resolve(repoRoot, p);
    if (!existsSync(abs)) {
      throw new UserError(`${p} does not exist`, {
        why: 'lint takes migration folders, migration.sql files or a migrations directory',
        next: 'check the path (relative to the working directory), e.g. prisma/migrations/20240101000000_add_user',
      });
    }
    const rel = toPosix(path.relative(repoRoot, abs)) || '.';
    if (statSync(abs).isFile()) {
      if (path.basename(abs) === 'migration.sql') want(toPosix(path.dirname(path.dirname(rel))), path.basename(path.dirname(abs)));
      else loose.push({ name: path.basename(abs), sqlPath: rel, abs, lint: true });
    } else if (existsSync(path.join(abs, 'migration.sql'))) {
      want(toPosix(path.dirname(rel)), path.basename(abs));
    } else if (listed(rel).some((f) => f.hasSql)) {
      want(rel, '*');
    } else {
      throw new UserError(`${p} holds no migration.sql`, {
        why: 'expected a migration folder (with migration.sql), a migrations directory, or a .sql file',
        next: `list it: ls ${p}`,
      });
    }
  }
  const { services: known } = resolveServices(repoRoot, opts.config);
  const services: ServicePlan[] = [];
  for (const [dir, names] of dirs) {
    const name = known.find((s) => s.migrations === dir)?.name ?? dir;
    const plan = splitAt(repoRoot, name, listed(dir), (f) => names.has('*') || names.has(f.name), isBaselined, baselined);
    if (plan) services.push(plan);
  }
  for (const f of loose) {
    const asFolder = { name: f.name, dir: path.posix.dirname(f.sqlPath) } as MigrationFolder;
    if (isBaselined(asFolder)) baselined.push(f.sqlPath);
    else services.push({ service: f.sqlPath, history: [], sequence: [f] });
  }
  return { services, baselined };
}
