import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceConfig } from '../config/types.js';
import { CONFIG_FILES } from '../prisma/drift.js';
import { prismaSchemaDiff } from '../prisma/schema-diff.js';
import { schemaAt } from '../prisma/schema-files.js';
import { databaseModel } from '../prisma/schema-model.js';
import type { BaseTree } from './base-tree.js';

/** Would the database change between the base's schema and the PR's? And who said so. */
export type SchemaVerdict =
  | { kind: 'same' | 'different'; via: string; detail: string }
  | { kind: 'unknown'; reason: string };

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
  const configs = CONFIG_FILES.map((f) => path.join(serviceDir, f)).filter((f) => existsSync(f));
  const sources = [...headFiles, ...baseFiles, ...configs].map((f) => readFileSync(f, 'utf8'));
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
