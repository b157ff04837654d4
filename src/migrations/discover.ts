import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Config, ServiceConfig } from '../config/types.js';

export interface ServiceSet {
  services: ServiceConfig[];
  /** `prisma/migrations` folders that belong to no service (rule `migration-outside-service`). */
  strays: string[];
}

const SKIP = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor']);

/** Every `.../prisma/migrations` folder in the tree (repository-relative, posix). */
export function findMigrationDirs(repoRoot: string): string[] {
  const found: string[] = [];
  const walk = (rel: string, depth: number) => {
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync(path.join(repoRoot, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || SKIP.has(e.name)) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.name === 'migrations' && path.posix.basename(rel) === 'prisma') {
        found.push(child);
        continue; // never descend into migration folders
      }
      walk(child, depth + 1);
    }
  };
  walk('', 0);
  return found.sort();
}

function schemaFor(repoRoot: string, root: string): string | undefined {
  const prismaDir = root ? `${root}/prisma` : 'prisma';
  if (existsSync(path.join(repoRoot, prismaDir, 'schema.prisma'))) return `${prismaDir}/schema.prisma`;
  if (existsSync(path.join(repoRoot, prismaDir, 'schema'))) return `${prismaDir}/schema`; // multi-file schema
  return undefined;
}

/**
 * The services to check: the configured ones, or every `prisma/migrations` folder with a schema
 * beside it. Any other `prisma/migrations` folder is a stray.
 */
export function resolveServices(repoRoot: string, config: Config): ServiceSet {
  const dirs = findMigrationDirs(repoRoot);
  if (config.services.length) {
    const owned = new Set(config.services.map((s) => s.migrations));
    return { services: config.services, strays: dirs.filter((d) => !owned.has(d)) };
  }
  const services: ServiceConfig[] = [];
  const strays: string[] = [];
  for (const migrations of dirs) {
    const root = path.posix.dirname(path.posix.dirname(migrations)).replace(/^\.$/, '');
    const schema = schemaFor(repoRoot, root);
    if (!schema) {
      strays.push(migrations);
      continue;
    }
    services.push({ name: root ? path.posix.basename(root) : 'root', root, schema, migrations });
  }
  // Two services named alike (apps/a/user, services/user): qualify with the path.
  const counts = new Map<string, number>();
  for (const s of services) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  for (const s of services) if ((counts.get(s.name) ?? 0) > 1) s.name = s.root.replace(/\//g, '-');
  return { services, strays };
}
