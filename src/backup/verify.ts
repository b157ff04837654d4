import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { findClientTools, parseToolVersion, type ClientTools } from '../postgres/client-tools.js';
import { readArchiveToc, tocTables, type ArchiveToc } from '../postgres/dump.js';
import { printable } from './format.js';
import { sha256File } from './hash.js';
import { dumpPathOf, readManifest } from './manifest.js';
import type { VerifyResult } from './types.js';

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

/**
 * Verify a stored backup against its manifest: the file exists, has the recorded size and
 * SHA-256 (streamed). `deep` also reads the archive with `pg_restore --list` and counts its tables.
 */
export async function verifyBackup(manifestPath: string, opts: { deep?: boolean; searchPath?: string[] } = {}): Promise<VerifyResult> {
  let manifest;
  try {
    manifest = readManifest(manifestPath);
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  }
  const file = dumpPathOf(manifestPath, manifest);
  const problems: string[] = [];
  if (!existsSync(file)) return { ok: false, problems: [`dump file ${file} named by the manifest does not exist`] };
  const size = statSync(file).size;
  if (size !== manifest.sizeBytes) {
    problems.push(`dump file ${file} is ${size} bytes, the manifest says ${manifest.sizeBytes} (${size < manifest.sizeBytes ? 'truncated' : 'changed'})`);
  }
  const { sha256 } = await sha256File(file);
  if (sha256 !== manifest.sha256) problems.push(`dump file ${file} has SHA-256 ${sha256}, the manifest says ${manifest.sha256} (corrupt or replaced)`);
  if (opts.deep && !problems.length) {
    const major = parseToolVersion(`(PostgreSQL) ${manifest.pgDumpVersion}`)?.major ?? manifest.serverMajor;
    const tools = await findClientTools(major, opts.searchPath ? { searchPath: opts.searchPath } : {});
    const r = await checkArchive(file, tools);
    problems.push(...r.problems);
    if (r.toc) {
      const tables = tocTables(r.toc).length;
      if (tables !== manifest.tableCount) problems.push(`the archive lists ${tables} tables, the manifest says ${manifest.tableCount}`);
    }
  }
  return { ok: problems.length === 0, problems };
}
