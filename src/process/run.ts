import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { redact } from '../security/redact.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each output line (already redacted), e.g. to stream Prisma's log. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Kill the process after this many milliseconds. */
  timeoutMs?: number;
  input?: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Run a program with an argument array: never a shell string, so nothing from a PR or an input
 * can become a command. Output is captured and redacted.
 */
export function run(command: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
        }, opts.timeoutMs)
      : undefined;
    const lineSplitter = (stream: 'stdout' | 'stderr') => {
      let pending = '';
      return (chunk: Buffer) => {
        if (!opts.onLine) return;
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const l of lines) opts.onLine(redact(l), stream);
      };
    };
    const so = lineSplitter('stdout');
    const se = lineSplitter('stderr');
    child.stdout!.on('data', (c: Buffer) => {
      out.push(c);
      so(c);
    });
    child.stderr!.on('data', (c: Buffer) => {
      err.push(c);
      se(c);
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      // Not spawn's raw "spawn x ENOENT": what could not run, why, and what to check.
      const code = (e as NodeJS.ErrnoException).code;
      reject(
        new UserError(`cannot run ${command}: ${code === 'ENOENT' ? 'no such program' : code === 'EACCES' ? 'permission denied' : e.message}`, {
          why: code === 'ENOENT' ? `"${command}" is not installed or not on PATH${opts.cwd ? ` (working directory ${opts.cwd})` : ''}` : 'the program could not be started',
          next: 'check the command (for Prisma: the prisma-command input, e.g. "npx prisma" or "pnpm prisma", or run npm ci so node_modules/prisma exists)',
          cause: e,
        }),
      );
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdout = redact(Buffer.concat(out).toString('utf8'));
      const stderr = redact(Buffer.concat(err).toString('utf8'));
      if (opts.onLine) {
        const tailOut = stdout.endsWith('\n') ? '' : stdout.split('\n').pop() ?? '';
        const tailErr = stderr.endsWith('\n') ? '' : stderr.split('\n').pop() ?? '';
        if (tailOut) opts.onLine(tailOut, 'stdout');
        if (tailErr) opts.onLine(tailErr, 'stderr');
      }
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, timedOut });
    });
  });
}
