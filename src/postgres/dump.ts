import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, openSync, promises as fsp, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { UserError } from '../errors.js';
import { run } from '../process/run.js';
import { redact } from '../security/redact.js';
import { installHint, libpqConnection, type ClientTools } from './client-tools.js';
import { onCancel, stopChild } from '../process/cancel.js';
import { connect } from './connect.js';
import { describeTarget, type DatabaseTarget } from './url.js';

/** A progress sample of a dump or restore; `done` marks the final one. */
export interface TransferProgress {
  phase: 'dump' | 'restore';
  done: boolean;
  elapsedSeconds: number;
  /** Dump: bytes written to the file. Restore: bytes of the file read so far (Linux /proc), if known. */
  fileBytes: number;
  /** Restore: size of the dump file. */
  fileTotalBytes?: number;
  /** Dump: table bytes sent by the server's COPY (pg_stat_progress_copy, PostgreSQL 14+), if known. */
  copiedBytes?: number;
  /** Dump: pg_database_size, the denominator of the estimate. */
  estimateBytes?: number;
  /** Restore: tables whose data has been loaded, of the dump's table-data entries. */
  tablesDone?: number;
  tablesTotal?: number;
  /** Bytes per second of the measure the estimate uses. */
  rate: number;
  /** Seconds left, when an estimate exists. */
  etaSeconds?: number;
}

export interface PgDumpOptions {
  target: DatabaseTarget;
  /** Output file (created or replaced). */
  file: string;
  tools: ClientTools;
  /** Extra pg_dump arguments, e.g. ['--schema', 'public'] or ['--exclude-table-data', 'audit_log']. */
  args?: string[];
  /** pg_database_size(), for the estimate; read by the progress poller when omitted. */
  estimateBytes?: number;
  onProgress?: (p: TransferProgress) => void;
  /** Milliseconds between progress samples (default 5000). */
  progressIntervalMs?: number;
  /** An exported snapshot (pg_export_snapshot) to dump, so others can read the same state. */
  snapshot?: string;
  /** Stops pg_dump; the partial file is removed. */
  signal?: AbortSignal;
}

/** Keep the last part of a child's stderr: enough for the error, never unbounded memory. */
function tailCollector(limit = 64 * 1024): { push: (c: Buffer) => void; text: () => string } {
  let buf = '';
  return {
    push: (c) => {
      buf += c.toString('utf8');
      if (buf.length > limit) buf = buf.slice(buf.length - limit);
    },
    text: () => redact(buf.trim()),
  };
}

export interface PgDumpResult {
  file: string;
  sizeBytes: number;
  seconds: number;
}

/**
 * `pg_dump -Fc` of the database: pg_dump writes the file itself, as a bare `pg_dump -Fc -f`
 * does, so nothing sits between it and the disk (no pipe, no copy through Node), the archive
 * carries its data offsets (pg_restore can seek, and restore in parallel), and pg_dump fsyncs it.
 * Progress comes from the server's COPY counters and the file's size.
 */
export async function runPgDump(opts: PgDumpOptions): Promise<PgDumpResult> {
  const started = Date.now();
  const appName = `migration-gates-dump-${randomBytes(4).toString('hex')}`;
  const conn = libpqConnection(opts.target);
  const file = path.resolve(opts.file);
  // Created 0600 before pg_dump opens it (pg_dump keeps an existing file's mode): production data
  // is never readable by other users of a shared runner, not even while it is written.
  try {
    closeSync(openSync(file, 'w', 0o600));
    chmodSync(file, 0o600);
  } catch (err) {
    throw dumpError(opts.target, null, null, `pg_dump: error: could not open output file "${file}": ${(err as Error).message}`);
  }
  const args = ['--format=custom', '--no-password', ...(opts.snapshot ? [`--snapshot=${opts.snapshot}`] : []), ...(opts.args ?? []), `--file=${file}`, `--dbname=${conn.dbname}`];
  const child = spawn(opts.tools.pgDump, args, { env: { ...conn.env, PGAPPNAME: appName }, stdio: ['ignore', 'ignore', 'pipe'], shell: false, ...(opts.signal ? { signal: opts.signal } : {}) });
  // Cancelled (SIGINT/SIGTERM): pg_dump gets the signal, we wait for it, and its partial file goes.
  const offCancel = onCancel(async (sig) => {
    await stopChild(child, sig);
    await fsp.rm(file, { force: true }).catch(() => undefined);
  });
  const stderr = tailCollector();
  child.stderr!.on('data', (c: Buffer) => stderr.push(c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });

  let written = 0;
  const poller = opts.onProgress ? new CopyProgressPoller(opts.target, appName, opts.estimateBytes) : undefined;
  const interval = opts.progressIntervalMs ?? 5000;
  const sample = (done: boolean): TransferProgress => {
    const elapsed = (Date.now() - started) / 1000;
    const copied = poller?.copied();
    const estimate = poller?.estimate ?? opts.estimateBytes;
    const measure = copied ?? written;
    const rate = elapsed > 0 ? measure / elapsed : 0;
    const eta = !done && copied !== undefined && estimate && rate > 0 && copied < estimate ? (estimate - copied) / rate : undefined;
    return { phase: 'dump', done, elapsedSeconds: elapsed, fileBytes: written, copiedBytes: copied, estimateBytes: estimate, rate, etaSeconds: eta };
  };
  const timer = opts.onProgress
    ? setInterval(() => {
        void fsp.stat(file).then(
          (st) => {
            written = Math.max(written, st.size);
            opts.onProgress!(sample(false));
          },
          () => opts.onProgress!(sample(false)),
        );
      }, interval)
    : undefined;
  timer?.unref();
  poller?.start(Math.min(1000, interval));

  const exit = await exited;
  offCancel();
  if (timer) clearInterval(timer);
  await poller?.stop();

  if (opts.signal?.aborted) {
    await fsp.rm(file, { force: true }).catch(() => undefined);
    throw new UserError('pg_dump was stopped', { why: 'the backup failed elsewhere; the partial dump was removed' });
  }
  if (exit.error) {
    await fsp.rm(file, { force: true }).catch(() => undefined);
    throw new UserError(`cannot run ${opts.tools.pgDump}: ${exit.error.message}`, {
      why: 'pg_dump must be installed and executable on this runner',
      next: installHint(opts.tools.major),
    });
  }
  if (exit.code !== 0) {
    await fsp.rm(file, { force: true }).catch(() => undefined);
    throw dumpError(opts.target, exit.code, exit.signal, stderr.text());
  }
  // pg_dump fsynced the file; the directory entry too, so the file survives a crash right after.
  await fsyncDirectory(path.dirname(file));
  written = (await fsp.stat(file)).size;
  const result: PgDumpResult = { file: opts.file, sizeBytes: written, seconds: (Date.now() - started) / 1000 };
  opts.onProgress?.(sample(true));
  return result;
}

function dumpError(target: DatabaseTarget, code: number | null, signal: NodeJS.Signals | null, stderr: string): UserError {
  const where = describeTarget(target);
  if (/could not open output file|No space left on device|could not write to output file|could not close output file/i.test(stderr)) {
    return new UserError(`pg_dump of ${where} could not be written to disk: ${stderr}`, {
      why: 'the backup folder must be writable and have room for the dump',
      next: 'free disk space or choose another directory, then run the backup again',
    });
  }
  const detail = stderr || `exit code ${code ?? signal}`;
  if (/server version mismatch/i.test(stderr)) {
    return new UserError(`pg_dump refused ${where}: ${detail}`, { why: 'pg_dump must be of the server\'s major version or newer', next: installHint(Number(/server version: (\d+)/.exec(stderr)?.[1] ?? 0) || 16) });
  }
  if (/permission denied/i.test(stderr)) {
    return new UserError(`pg_dump of ${where} failed: ${detail}`, {
      why: 'the backup role must be able to read every table, sequence and schema',
      next: 'run the backup as the database owner, or GRANT pg_read_all_data TO <backup role> (PostgreSQL 14+)',
    });
  }
  return new UserError(`pg_dump of ${where} failed: ${detail}`, {
    why: 'no backup was written; the partial file was removed',
    next: `check the error above, then run: npx migration-gates backup --database-url "<url>" --environment <env> --directory <dir>`,
  });
}

async function fsyncDirectory(dir: string): Promise<void> {
  try {
    const dh = await fsp.open(dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  } catch {
    /* some filesystems refuse fsync on a directory */
  }
}

/**
 * Table bytes the server has sent to pg_dump so far, from pg_stat_progress_copy (PostgreSQL 14+):
 * one COPY per table; when a backend's relid changes, the previous table is done.
 */
class CopyProgressPoller {
  estimate: number | undefined;
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private completed = 0;
  private current = new Map<number, { relid: string; bytes: number }>();
  private busy: Promise<void> = Promise.resolve();
  private disabled = false;

  constructor(private readonly target: DatabaseTarget, private readonly appName: string, estimate?: number) {
    this.estimate = estimate;
  }

  start(everyMs: number): void {
    this.busy = this.open();
    this.timer = setInterval(() => {
      this.busy = this.busy.then(() => this.poll());
    }, everyMs);
    this.timer.unref();
  }

  private async open(): Promise<void> {
    try {
      this.client = await connect(this.target, { applicationName: 'migration-gates-progress', readOnly: true, connectTimeoutSeconds: 5 });
      if (this.estimate === undefined) {
        const r = await this.client.query<{ size: string }>('SELECT pg_database_size(current_database())::text AS size');
        this.estimate = Number(r.rows[0]!.size);
      }
    } catch {
      // Progress is a courtesy: without it the dump still runs and reports bytes written.
      this.disabled = true;
    }
  }

  private async poll(): Promise<void> {
    if (this.disabled || !this.client) return;
    try {
      const r = await this.client.query<{ pid: number; relid: string; bytes: string }>(
        `SELECT p.pid, p.relid::text AS relid, p.bytes_processed::text AS bytes
           FROM pg_stat_progress_copy p JOIN pg_stat_activity a ON a.pid = p.pid
          WHERE a.application_name = $1`,
        [this.appName],
      );
      const seen = new Set<number>();
      for (const row of r.rows) {
        seen.add(row.pid);
        const prev = this.current.get(row.pid);
        if (prev && prev.relid !== row.relid) this.completed += prev.bytes;
        this.current.set(row.pid, { relid: row.relid, bytes: Number(row.bytes) });
      }
      for (const [pid, prev] of this.current) {
        if (!seen.has(pid)) {
          this.completed += prev.bytes;
          this.current.delete(pid);
        }
      }
    } catch {
      this.disabled = true; // PostgreSQL < 14 has no pg_stat_progress_copy
    }
  }

  copied(): number | undefined {
    if (this.disabled || !this.client) return undefined;
    let sum = this.completed;
    for (const c of this.current.values()) sum += c.bytes;
    return sum;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.busy.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }
}

/** One line of `pg_restore --list`: `215; 1259 16490 TABLE public users postgres`. */
export interface TocEntry {
  dumpId: number;
  /** Catalog of the object (1259 = pg_class for tables), 0 for data entries. */
  catalogOid: number;
  /** The object's OID in the source database. */
  oid: number;
  /** Description and names, e.g. `TABLE public users postgres` (names may hold spaces). */
  text: string;
}

export interface ArchiveToc {
  header: Record<string, string>;
  entries: TocEntry[];
}

/** Run `pg_restore --list`: the archive's table of contents, or a clear error if unreadable. */
export async function readArchiveToc(file: string, tools: ClientTools): Promise<ArchiveToc> {
  // Absolute, so a file name can never be read as an option.
  const r = await run(tools.pgRestore, ['--list', path.resolve(file)], { timeoutMs: 10 * 60_000 });
  if (r.code !== 0) {
    throw new UserError(`pg_restore --list cannot read ${file}: ${redact(r.stderr.trim()) || `exit code ${r.code}`}`, {
      why: 'the file is not a readable pg_dump custom-format archive (truncated, corrupt, or written by a newer pg_dump)',
      next: 'take a new backup, or install a pg_restore at least as new as the pg_dump that wrote it',
    });
  }
  return parseToc(r.stdout);
}

export function parseToc(text: string): ArchiveToc {
  const header: Record<string, string> = {};
  const entries: TocEntry[] = [];
  for (const line of text.split('\n')) {
    const h = /^;\s+([A-Za-z][A-Za-z ]*?):\s+(.*)$/.exec(line);
    if (h) {
      header[h[1]!] = h[2]!;
      continue;
    }
    const m = /^(\d+);\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m) entries.push({ dumpId: Number(m[1]), catalogOid: Number(m[2]), oid: Number(m[3]), text: m[4]! });
  }
  return { header, entries };
}

/** Table definitions in the TOC (pg_class entries described TABLE). */
export function tocTables(toc: ArchiveToc): TocEntry[] {
  return toc.entries.filter((e) => e.catalogOid === 1259 && e.text.startsWith('TABLE '));
}

/** Table-data entries in the TOC (the work of a restore). */
export function tocTableData(toc: ArchiveToc): TocEntry[] {
  return toc.entries.filter((e) => e.catalogOid === 0 && e.text.startsWith('TABLE DATA '));
}

export interface RestoreFromFileOptions {
  target: DatabaseTarget;
  file: string;
  tools: ClientTools;
  /** Drop each object before recreating it (`--clean --if-exists`). Default true. */
  clean?: boolean;
  /** All or nothing: any error rolls the whole restore back. Default true. */
  singleTransaction?: boolean;
  /** Skip ALTER OWNER (`--no-owner`): the restoring role owns what it creates. Default true. */
  noOwner?: boolean;
  /** Extra pg_restore arguments (e.g. ['--no-acl'], or ['--jobs', '4'] with singleTransaction false). */
  args?: string[];
  /** Table-data entries in the archive, for the progress line; read with --list when omitted. */
  tablesTotal?: number;
  onProgress?: (p: TransferProgress) => void;
  progressIntervalMs?: number;
}

/**
 * `pg_restore` into an existing database, by default `--clean --if-exists --no-owner
 * --single-transaction --exit-on-error`: a failure anywhere leaves the target as it was.
 */
export async function restoreFromFile(opts: RestoreFromFileOptions): Promise<{ seconds: number }> {
  const started = Date.now();
  const size = statSync(opts.file).size;
  const total = opts.tablesTotal ?? (opts.onProgress ? tocTableData(await readArchiveToc(opts.file, opts.tools)).length : undefined);
  const conn = libpqConnection(opts.target);
  const args = [
    '--no-password',
    '--exit-on-error',
    ...(opts.clean === false ? [] : ['--clean', '--if-exists']),
    ...(opts.noOwner === false ? [] : ['--no-owner']),
    ...(opts.singleTransaction === false ? [] : ['--single-transaction']),
    ...(opts.onProgress ? ['--verbose'] : []),
    ...(opts.args ?? []),
    `--dbname=${conn.dbname}`,
    path.resolve(opts.file),
  ];
  const child = spawn(opts.tools.pgRestore, args, { env: { ...conn.env, PGAPPNAME: 'migration-gates-restore' }, stdio: ['ignore', 'ignore', 'pipe'], shell: false });
  // Cancelled: pg_restore gets the signal and we wait for it (a single-transaction restore then rolls back).
  const offCancel = onCancel((sig) => stopChild(child, sig));
  let tablesDone = 0;
  const errors = tailCollector(16 * 1024);
  let pending = '';
  child.stderr!.on('data', (c: Buffer) => {
    pending += c.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) {
      if (/^pg_restore: processing data for table /.test(l)) tablesDone++;
      // --verbose prints every object: keep only what explains a failure.
      else if (!/^pg_restore: (creating|dropping|processing|connecting|executing|launching|finished|implied|from TOC)/.test(l)) errors.push(Buffer.from(`${l}\n`));
    }
  });
  const sample = (done: boolean): TransferProgress => {
    const elapsed = (Date.now() - started) / 1000;
    const read = done ? size : child.pid ? readPosition(child.pid, opts.file) : undefined;
    const fileBytes = read ?? 0;
    const rate = elapsed > 0 ? fileBytes / elapsed : 0;
    const eta = !done && read !== undefined && rate > 0 ? (size - read) / rate : undefined;
    return { phase: 'restore', done, elapsedSeconds: elapsed, fileBytes, fileTotalBytes: size, tablesDone: done ? total : tablesDone, tablesTotal: total, rate, etaSeconds: eta };
  };
  const timer = opts.onProgress ? setInterval(() => opts.onProgress!(sample(false)), opts.progressIntervalMs ?? 5000) : undefined;
  timer?.unref();
  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  offCancel();
  if (timer) clearInterval(timer);
  if (pending) errors.push(Buffer.from(pending));
  if (exit.error) {
    throw new UserError(`cannot run ${opts.tools.pgRestore}: ${exit.error.message}`, { why: 'pg_restore must be installed on this machine', next: installHint(opts.tools.major) });
  }
  if (exit.code !== 0) {
    const single = opts.singleTransaction !== false;
    throw new UserError(`pg_restore into ${describeTarget(opts.target)} failed: ${errors.text() || `exit code ${exit.code}`}`, {
      why: single
        ? 'the restore ran in one transaction, so it was rolled back: the target database is unchanged'
        : 'the restore stopped at the first error; the target may be partly restored',
      next: /max_locks_per_transaction|out of shared memory/i.test(errors.text())
        ? 'raise max_locks_per_transaction on the target server (a single-transaction restore locks every object), restart it, and run the restore again'
        : /role .* does not exist/i.test(errors.text())
          ? 'create the missing role on the target, or restore without privileges (pg_restore --no-acl)'
          : 'fix the cause shown above, then run the restore again',
    });
  }
  opts.onProgress?.(sample(true));
  return { seconds: (Date.now() - started) / 1000 };
}

/** How far a process has read into a file: its descriptor's offset in /proc (Linux only). */
function readPosition(pid: number, file: string): number | undefined {
  try {
    const fdDir = `/proc/${pid}/fd`;
    const want = realpathSync(file);
    for (const fd of readdirSync(fdDir)) {
      let link: string;
      try {
        link = readlinkSync(path.join(fdDir, fd));
      } catch {
        continue;
      }
      if (link !== want) continue;
      const info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
      const m = /^pos:\s+(\d+)/m.exec(info);
      if (m) return Number(m[1]);
    }
  } catch {
    /* not Linux, or the process already exited */
  }
  return undefined;
}
