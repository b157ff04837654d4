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

/** The .prisma files of a schema path (one file, or a multi-file folder read recursively), sorted. */
export function schemaFiles(abs: string): string[] {
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [abs];
  const out: string[] = [];
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    const p = path.join(abs, e.name);
    if (e.isDirectory()) out.push(...schemaFiles(p));
    else if (e.name.endsWith('.prisma')) out.push(p);
  }
  return out.sort();
}

/**
 * Compare the service's schema at the merge base with the working tree's. The project's own
 * Prisma decides when it is installed and answers (`migrate diff`, no database); otherwise a
 * parsed, normalized model of the database-relevant parts is compared.
 */
export async function schemaEditVerdict(opts: { repoRoot: string; service: ServiceConfig; tree: BaseTree; prismaCommand?: string; onProgress?: (line: string) => void }): Promise<SchemaVerdict> {
  const baseRoot = await opts.tree.root();
  const headPath = path.resolve(opts.repoRoot, opts.service.schema);
  const basePath = path.join(baseRoot, opts.service.schema);
  const headFiles = schemaFiles(headPath);
  const baseFiles = schemaFiles(basePath);
  if (!headFiles.length) return { kind: 'unknown', reason: `${opts.service.schema} is gone` };

  const serviceDir = path.resolve(opts.repoRoot, opts.service.root || '.');
  const sources = [...headFiles, ...baseFiles].map((f) => readFileSync(f, 'utf8'));
  const prisma = await prismaSchemaDiff({ cwd: serviceDir, from: baseFiles.length ? basePath : undefined, to: headPath, sources, prismaCommand: opts.prismaCommand });
  if (prisma && prisma.outcome !== 'error') {
    opts.onProgress?.(`schema-without-migration: ${opts.service.name}: prisma ${prisma.prismaVersion} migrate diff: ${prisma.outcome === 'same' ? 'no database change' : 'the database would change'}`);
    return { kind: prisma.outcome, via: `prisma ${prisma.prismaVersion} migrate diff`, detail: prisma.text };
  }
  if (prisma) opts.onProgress?.(`schema-without-migration: ${opts.service.name}: prisma migrate diff failed, comparing parsed schemas instead: ${prisma.text.split('\n')[0] ?? ''}`);

  let head: string;
  let base: string;
  try {
    head = databaseModel(headFiles.map((f) => readFileSync(f, 'utf8')));
    base = databaseModel(baseFiles.map((f) => readFileSync(f, 'utf8')));
  } catch (err) {
    return { kind: 'unknown', reason: `the schema could not be parsed (${firstLine((err as Error).message)})${prisma ? ` and prisma migrate diff failed (${firstLine(prisma.text)})` : ''}` };
  }
  return { kind: head === base ? 'same' : 'different', via: 'the parsed schemas', detail: '' };
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim()) ?? '').slice(0, 200);
}
