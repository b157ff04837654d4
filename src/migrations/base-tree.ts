import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { materializeAt } from '../git/tree.js';
import { resolveServices, type ServiceSet } from './discover.js';

/** Paths the history checks read: anything under a `prisma/` folder, and the configured services' own paths. */
function wanted(config: Config): (p: string) => boolean {
  const roots = config.services.flatMap((s) => [s.schema, s.migrations]).filter(Boolean);
  const schemaDirs = config.services.map((s) => path.posix.dirname(s.schema)).filter((d) => d !== '.');
  return (p) =>
    /(^|\/)prisma\//.test(p) || roots.some((r) => p === r || p.startsWith(`${r}/`)) || (p.endsWith('.prisma') && schemaDirs.some((d) => p.startsWith(`${d}/`)));
}

/**
 * The merge base's Prisma files, written once into a temporary folder (never a checkout of the
 * user's work tree), so the same checks can run on the base and "what the PR changed" can be told
 * from "what was already there". Loaded on first use; always dispose().
 */
export class BaseTree {
  private dir: string | undefined;
  private loading: Promise<string> | undefined;
  private serviceSet: ServiceSet | undefined;

  constructor(
    readonly repoRoot: string,
    readonly rev: string,
    private readonly config: Config,
  ) {}

  /** The folder holding the base's Prisma files (repository-relative layout). */
  root(): Promise<string> {
    this.loading ??= (async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'migration-gates-base-'));
      this.dir = dir;
      await materializeAt(this.repoRoot, this.rev, dir, wanted(this.config));
      return dir;
    })();
    return this.loading;
  }

  /** A repository-relative file of the base, or undefined when it did not exist there. */
  async read(rel: string): Promise<string | undefined> {
    const root = await this.root();
    try {
      return readFileSync(path.join(root, rel), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The services and stray migration folders as the base had them. */
  async services(): Promise<ServiceSet> {
    const root = await this.root();
    this.serviceSet ??= resolveServices(root, this.config);
    return this.serviceSet;
  }

  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
