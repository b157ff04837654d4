import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { ClientTools } from '../postgres/client-tools.js';
import { readArchiveToc, tocTables, type ArchiveToc } from '../postgres/dump.js';
import { printable } from './format.js';

/** A table the catalog holds and the archive must contain. */
export interface CatalogTable {
  oid: number;
  schema: string;
  name: string;
}

/** Custom-format archives start with these bytes. */
const MAGIC = Buffer.from('PGDMP');

function startsWithMagic(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(MAGIC.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n === MAGIC.length && buf.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

/**
 * The archive checks of a fresh dump: non-empty, a custom-format header, a readable
 * `pg_restore --list`, and every catalog table present in its table of contents (matched by OID,
 * so no table name, however odd, can confuse the match).
 */
export async function checkArchive(file: string, tools: ClientTools, expected?: CatalogTable[]): Promise<{ problems: string[]; toc?: ArchiveToc }> {
  const problems: string[] = [];
  const size = statSync(file).size;
  if (size === 0) return { problems: [`${file} is empty`] };
  if (!startsWithMagic(file)) return { problems: [`${file} is not a pg_dump custom-format archive (no PGDMP header)`] };
  let toc: ArchiveToc;
  try {
    toc = await readArchiveToc(file, tools);
  } catch (err) {
    return { problems: [err instanceof UserError ? err.message : String(err)] };
  }
  if (expected) {
    const inToc = new Set(tocTables(toc).map((e) => e.oid));
    const missing = expected.filter((t) => !inToc.has(t.oid));
    for (const t of missing.slice(0, 20)) problems.push(`table ${printable(t.schema)}.${printable(t.name)} is in the database but not in the backup`);
    if (missing.length > 20) problems.push(`... and ${missing.length - 20} more tables missing from the backup`);
  }
  return { problems, toc };
}

