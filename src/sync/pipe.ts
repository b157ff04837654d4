import { spawn, type ChildProcess } from 'node:child_process';
import { onCancel, stopChild } from '../process/cancel.js';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { redact } from '../security/redact.js';
import { toolErrorSummary } from './commands.js';

export interface ChildSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface PipeResult {
  bytes: number;
  sha256: string;
  seconds: number;
}

export class PipeError extends Error {
  constructor(
    readonly side: 'dump' | 'restore',
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`${side === 'dump' ? 'pg_dump' : 'pg_restore'} failed (exit ${code ?? 'signal'}): ${lastLines(stderr)}`);
    this.name = 'PipeError';
  }
}

function lastLines(text: string): string {
  return redact(toolErrorSummary(text)) || 'no error output';
}

/** Keep only the tail of a child's stderr: enough to explain a failure, bounded in memory. */
function stderrTail(child: ChildProcess, max = 64 * 1024): () => string {
  let text = '';
  child.stderr!.on('data', (c: Buffer) => {
    text += c.toString('utf8');
    if (text.length > max) text = text.slice(-max);
  });
  return () => text;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else {
      child.once('close', (code) => resolve(code));
      child.once('error', () => resolve(null));
    }
  });
}

/**
 * Stream one child's stdout into another's stdin (`pg_dump -Fc | pg_restore` without a shell),
 * counting bytes and hashing them on the way. Backpressure holds memory to a few buffers. If either
 * side fails, the other is stopped and the error names the side and its last stderr lines.
 */
export async function pipeChildren(dumpSpec: ChildSpec, restoreSpec: ChildSpec, onBytes?: (bytes: number) => void): Promise<PipeResult> {
  const started = Date.now();
  const dump = spawn(dumpSpec.command, dumpSpec.args, { env: dumpSpec.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
  const restore = spawn(restoreSpec.command, restoreSpec.args, { env: restoreSpec.env, stdio: ['pipe', 'ignore', 'pipe'], shell: false });
  // Cancelled: both get the signal and are waited for; the copy database is the caller's to drop.
  const offCancel = onCancel(async (sig) => {
    await Promise.all([stopChild(dump, sig), stopChild(restore, sig)]);
  });
  const dumpErr = stderrTail(dump);
  const restoreErr = stderrTail(restore);
  const spawnError = new Promise<never>((_, reject) => {
    dump.once('error', (e) => reject(new Error(`cannot start pg_dump (${dumpSpec.command}): ${e.message}`)));
    restore.once('error', (e) => reject(new Error(`cannot start pg_restore (${restoreSpec.command}): ${e.message}`)));
  });
  spawnError.catch(() => undefined);
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      hash.update(chunk);
      onBytes?.(bytes);
      cb(null, chunk);
    },
  });
  const dumpExit = exited(dump);
  const restoreExit = exited(restore);
  let streamError: unknown;
  let stoppedDump = false;
  try {
    await Promise.race([pipeline(dump.stdout!, counter, restore.stdin!), spawnError]);
  } catch (err) {
    streamError = err;
    // The restore side broke the pipe (or a program did not start): stop the dump too.
    stoppedDump = dump.exitCode === null;
    dump.kill('SIGTERM');
    restore.stdin!.destroy();
  }
  const [dumpCode, restoreCode] = await Promise.all([dumpExit, restoreExit]);
  offCancel();
  // A dump that failed on its own is the cause (the restore then only saw a truncated archive).
  if (dumpCode !== 0 && !stoppedDump && !(streamError instanceof Error && /cannot start pg_restore/.test(streamError.message))) {
    if (streamError instanceof Error && /cannot start pg_dump/.test(streamError.message)) throw streamError;
    restore.kill('SIGTERM');
    throw new PipeError('dump', dumpCode, dumpErr());
  }
  if (streamError instanceof Error && /cannot start/.test(streamError.message)) throw streamError;
  if (restoreCode !== 0) throw new PipeError('restore', restoreCode, restoreErr());
  if (dumpCode !== 0) throw new PipeError('dump', dumpCode, dumpErr());
  if (streamError) throw streamError;
  return { bytes, sha256: hash.digest('hex'), seconds: (Date.now() - started) / 1000 };
}
