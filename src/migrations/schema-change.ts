import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ServiceConfig } from '../config/types.js';
import { prismaSchemaDiff } from '../prisma/schema-diff.js';
import { databaseModel } from '../prisma/schema-model.js';
import type { BaseTree } from './base-tree.js';

/** Would the database change between the base's schema and the PR's? And who said so. */
export type SchemaVerdict =
  | { kind: 'same' | 'different'; via: string; detail: string }
  | { kind: 'unknown'; reason: string };

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

/**
 * Compare the service's schema at the merge base with the working tree's. The project's own
 * Prisma decides when it is installed and answers (`migrate diff`, no database); otherwise a
 * parsed, normalized model of the database-relevant parts is compared.
 */
export async function schemaEditVerdict(opts: { repoRoot: string; service: ServiceConfig; tree: BaseTree; prismaCommand?: string; onProgress?: (line: string) => void }): Promise<SchemaVerdict> {
  const baseRoot = await opts.tree.root();
  const head = schemaAt(path.resolve(opts.repoRoot), opts.service);
  const base = schemaAt(baseRoot, opts.service);
  const headFiles = head.files;
  const baseFiles = base.files;
  if (!headFiles.length) return { kind: 'unknown', reason: `${opts.service.schema} is gone` };

  const serviceDir = path.resolve(opts.repoRoot, opts.service.root || '.');
  const sources = [...headFiles, ...baseFiles].map((f) => readFileSync(f, 'utf8'));
  const prisma = await prismaSchemaDiff({ cwd: serviceDir, from: baseFiles.length ? base.path : undefined, to: head.path, sources, prismaCommand: opts.prismaCommand });
  if (prisma && prisma.outcome !== 'error') {
    opts.onProgress?.(`schema-without-migration: ${opts.service.name}: prisma ${prisma.prismaVersion} migrate diff: ${prisma.outcome === 'same' ? 'no database change' : 'the database would change'}`);
    return { kind: prisma.outcome, via: `prisma ${prisma.prismaVersion} migrate diff`, detail: prisma.text };
  }
  if (prisma) opts.onProgress?.(`schema-without-migration: ${opts.service.name}: prisma migrate diff failed, comparing parsed schemas instead: ${prisma.text.split('\n')[0] ?? ''}`);

  let headModel: string;
  let baseModel: string;
  try {
    headModel = databaseModel(headFiles.map((f) => readFileSync(f, 'utf8')));
    baseModel = databaseModel(baseFiles.map((f) => readFileSync(f, 'utf8')));
  } catch (err) {
    return { kind: 'unknown', reason: `the schema could not be parsed (${firstLine((err as Error).message)})${prisma ? ` and prisma migrate diff failed (${firstLine(prisma.text)})` : ''}` };
  }
  return { kind: headModel === baseModel ? 'same' : 'different', via: 'the parsed schemas', detail: '' };
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim()) ?? '').slice(0, 200);
}
