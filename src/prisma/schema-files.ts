import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ServiceConfig } from '../config/types.js';

/** The .prisma files under a folder (recursively, the migrations folder left out), sorted. */
function prismaFilesUnder(dir: string, skip: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== skip && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...prismaFilesUnder(p, skip));
    } else if (e.name.endsWith('.prisma')) out.push(p);
  }
  return out.sort();
}

/**
 * The schema as Prisma reads it under `root` (the work tree or the base's copy): the files, and
 * the path to hand to `migrate diff`. A multi-file folder is read whole; a schema.prisma with
 * other `.prisma` files beside it (the `prismaSchemaFolder` layout, e.g. `prisma/models/*.prisma`)
 * is its folder.
 */
export function schemaAt(root: string, service: ServiceConfig): { files: string[]; path: string } {
  const abs = path.join(root, service.schema);
  if (!existsSync(abs)) return { files: [], path: abs };
  const migrations = path.join(root, service.migrations);
  if (statSync(abs).isDirectory()) return { files: prismaFilesUnder(abs, migrations), path: abs };
  const dir = path.dirname(abs);
  if (path.resolve(dir) === path.resolve(root)) return { files: [abs], path: abs }; // a schema at the repository root: no folder to read
  const all = prismaFilesUnder(dir, migrations);
  return all.length > 1 ? { files: all, path: dir } : { files: [abs], path: abs };
}

