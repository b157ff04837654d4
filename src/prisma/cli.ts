import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { run, type RunOptions, type RunResult } from '../process/run.js';

/** How to invoke the user's own Prisma CLI, and which major it is (flags differ by major). */
export interface PrismaCli {
  command: string;
  /** Arguments placed before Prisma's own (e.g. the path to build/index.js). */
  prefix: string[];
  version: string;
  major: number;
}

/**
 * Find the project's Prisma: an explicit `prisma-command` (split on whitespace, no shell), else
 * `node_modules/prisma` found walking up from the service directory.
 */
export function locatePrisma(cwd: string, explicit?: string): PrismaCli {
  if (explicit && explicit.trim()) {
    const [command, ...prefix] = explicit.trim().split(/\s+/);
    const version = findPrismaPackage(cwd)?.version ?? '0.0.0';
    return { command: command!, prefix, version, major: majorOf(version) };
  }
  const pkg = findPrismaPackage(cwd);
  if (!pkg) {
    throw new UserError(`no Prisma CLI found from ${cwd}`, {
      why: 'migration-gates runs your project\'s own Prisma so its version matches your migrations',
      next: 'run `npm ci` (or pnpm/yarn install) in the service before this step, or set prisma-command',
    });
  }
  return { command: process.execPath, prefix: [pkg.entry], version: pkg.version, major: majorOf(pkg.version) };
}

function findPrismaPackage(from: string): { entry: string; version: string } | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const pj = path.join(dir, 'node_modules', 'prisma', 'package.json');
    if (existsSync(pj)) {
      const version = (JSON.parse(readFileSync(pj, 'utf8')) as { version: string }).version;
      return { entry: path.join(dir, 'node_modules', 'prisma', 'build', 'index.js'), version };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function majorOf(version: string): number {
  return Number(version.split('.')[0]) || 0;
}

/** Run `prisma <args>` with DATABASE_URL set for the child only; no update checks. */
export function runPrisma(cli: PrismaCli, args: readonly string[], opts: RunOptions & { databaseUrl?: string } = {}): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...opts.env,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  };
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  return run(cli.command, [...cli.prefix, ...args], { ...opts, env });
}
