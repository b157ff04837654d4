import { libpqConnection, type ClientTools } from '../postgres/client-tools.js';
import type { DatabaseTarget } from '../postgres/url.js';
import type { ChildSpec } from './pipe.js';

function withOptions(env: NodeJS.ProcessEnv, options: string): NodeJS.ProcessEnv {
  return { ...env, PGOPTIONS: [env.PGOPTIONS, options].filter(Boolean).join(' ') };
}

/**
 * pg_dump of the source, read-only (PGOPTIONS on top of pg_dump's own read-only transaction), in
 * the exported snapshot. Uncompressed: the archive only crosses a local pipe, and compressing it
 * would cost CPU for nothing. No owners, privileges, publications, subscriptions or security
 * labels: they belong to production's roles and replication, not to staging.
 */
export function dumpSpec(tools: ClientTools, source: DatabaseTarget, snapshot: string, sections: string[], file?: string): ChildSpec {
  const conn = libpqConnection(source);
  const args = [
    '--format=custom',
    '--compress=0',
    '--no-owner',
    '--no-privileges',
    '--no-publications',
    '--no-subscriptions',
    '--no-security-labels',
    `--snapshot=${snapshot}`,
    ...sections.map((s) => `--section=${s}`),
    ...(file ? [`--file=${file}`] : []),
    `--dbname=${conn.dbname}`,
  ];
  return { command: tools.pgDump, args, env: withOptions(conn.env, '-c default_transaction_read_only=on') };
}

/** pg_restore into the new copy: stdin when no file is given; parallel jobs need a file. */
export function restoreSpec(tools: ClientTools, target: DatabaseTarget, opts: { file?: string; jobs?: number } = {}): ChildSpec {
  const conn = libpqConnection(target);
  const args = [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    '--no-tablespaces',
    '--exit-on-error',
    ...(opts.file && opts.jobs && opts.jobs > 1 ? [`--jobs=${opts.jobs}`] : []),
    `--dbname=${conn.dbname}`,
    ...(opts.file ? [opts.file] : []),
  ];
  // The copy is thrown away on any failure, so commits need not wait for the disk; bigger sort memory builds indexes faster.
  return { command: tools.pgRestore, args, env: withOptions(conn.env, '-c synchronous_commit=off -c maintenance_work_mem=256MB') };
}

/**
 * pg_restore's errors quote rows (`DETAIL: Key (email)=(...)`, `CONTEXT: COPY ... line 1: "..."`):
 * production values must not reach a CI log, so those lines are withheld.
 */
export function scrubRowData(stderr: string): string {
  const lines = stderr.split('\n');
  const kept = lines.filter((l) => !/^\s*(DETAIL|CONTEXT):/.test(l));
  const note = kept.length < lines.length ? '\n(DETAIL/CONTEXT lines withheld: they can quote production rows)' : '';
  return kept.join('\n').trim() + note;
}

/**
 * The lines that explain a pg_dump/pg_restore failure: its `error:` lines and the command each
 * names, without row data, and without parallel restore's consequential "worker process died".
 */
export function toolErrorSummary(stderr: string, max = 8): string {
  const lines = scrubRowData(stderr).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < max; i++) {
    const l = lines[i]!;
    if (/worker process died unexpectedly/.test(l)) continue;
    if (/error:|ERROR:|FATAL:/.test(l)) {
      out.push(l.trim());
      if (/^Command was:/.test(lines[i + 1] ?? '')) out.push(`${lines[i + 1]!.trim()} ${(lines[i + 2] ?? '').trim()}`.trim());
    }
  }
  return out.length ? out.join('\n') : lines.filter(Boolean).slice(-max).join('\n');
}
