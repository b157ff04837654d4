import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A Prisma model as the database sees it: its table (`@@map`, `@@schema`) and columns (`@map`). */
export interface PrismaModel {
  name: string;
  table: string;
  /** `@@schema("...")` (multiSchema), else undefined: the datasource's schema. */
  schema: string | undefined;
  fields: { name: string; column: string }[];
}

/** Remove `//` comments, leaving string literals (which may hold `//`) intact. */
function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += ch;
  }
  return out;
}

/** The first string argument of `@attr("...")` / `@attr(name: "...")` in a line, if any. */
function attrString(line: string, attr: string): string | undefined {
  const re = new RegExp(`${attr.replace(/@/g, '@')}\\(\\s*(?:name\\s*:\\s*)?"((?:[^"\\\\]|\\\\.)*)"`);
  const m = re.exec(line);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/**
 * A small reader for what masking needs from schema.prisma: `model` blocks, their `@@map` and
 * `@@schema`, and each scalar or relation field's `@map`. Enums, views, types and the datasource
 * are skipped; anything it does not understand is ignored rather than guessed.
 */
export function parsePrismaModels(text: string): PrismaModel[] {
  const models: PrismaModel[] = [];
  const src = stripComments(text);
  const head = /(^|\n)\s*model\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/g;
  for (let m = head.exec(src); m; m = head.exec(src)) {
    // The block ends at the first `}` outside a string at depth 0 (attribute arguments hold no braces outside strings).
    let i = head.lastIndex;
    let depth = 1;
    let inString = false;
    for (; i < src.length && depth > 0; i++) {
      const ch = src[i]!;
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    const body = src.slice(head.lastIndex, i - 1);
    head.lastIndex = i;
    const model: PrismaModel = { name: m[2]!, table: m[2]!, schema: undefined, fields: [] };
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('@@')) {
        if (/^@@map\s*\(/.test(line)) model.table = attrString(line, '@@map') ?? model.table;
        else if (/^@@schema\s*\(/.test(line)) model.schema = attrString(line, '@@schema');
        continue;
      }
      const field = /^([A-Za-z_][A-Za-z0-9_]*)\s+[A-Za-z_]/.exec(line);
      if (!field) continue;
      const map = /(^|\s)@map\s*\(/.test(line) ? attrString(line.slice(line.search(/(^|\s)@map\s*\(/)), '@map') : undefined;
      model.fields.push({ name: field[1]!, column: map ?? field[1]! });
    }
    models.push(model);
  }
  return models;
}

/** Every model of the given schema files or multi-file schema folders (missing paths are skipped). */
export function readPrismaModels(paths: readonly string[]): PrismaModel[] {
  const out: PrismaModel[] = [];
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const files = statSync(p).isDirectory()
      ? readdirSync(p, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.prisma')).map((f) => path.join(p, f))
      : [p];
    for (const f of files) out.push(...parsePrismaModels(readFileSync(f, 'utf8')));
  }
  return out;
}
