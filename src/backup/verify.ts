import { existsSync, statSync } from 'node:fs';
import { checkArchive } from './archive-check.js';
import { findClientTools, parseToolVersion } from '../postgres/client-tools.js';
import { tocTables } from '../postgres/dump.js';
import { sha256File } from './hash.js';
import { dumpPathOf, readManifest } from './manifest.js';
import type { VerifyResult } from './types.js';

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
