import type { ChildProcess } from 'node:child_process';

/**
 * What a cancelled run must do before it exits. A cancelled GitHub job (or Ctrl-C) sends SIGINT,
 * then SIGTERM, to our process only: by default Node exits at once and leaves pg_dump, pg_restore
 * and their half-written files behind. While any cleanup is registered, SIGINT and SIGTERM run
 * every cleanup (forward the signal to the children, wait for them, remove partial files), then
 * exit with 128 + the signal number, as a shell reports a process ended by it.
 */
type Cleanup = (signal: NodeJS.Signals) => Promise<void> | void;

const cleanups = new Set<Cleanup>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
/** A cleanup that hangs must not keep a cancelled job alive. */
const CLEANUP_LIMIT_MS = 20_000;
let cancelling = false;

function handler(signal: NodeJS.Signals): void {
  if (cancelling) return;
  cancelling = true;
  process.stderr.write(`migration-gates: ${signal} received: stopping ${cleanups.size} running step(s) and removing partial files\n`);
  const all = [...cleanups].map((f) => Promise.resolve().then(() => f(signal)).catch(() => undefined));
  const limit = new Promise((r) => setTimeout(r, CLEANUP_LIMIT_MS).unref());
  void Promise.race([Promise.all(all), limit]).then(() => process.exit(EXIT[signal as keyof typeof EXIT] ?? 1));
}

const listeners = new Map(SIGNALS.map((s) => [s, () => handler(s)]));

/** Register a cleanup for the time a child runs; call the returned function when it is over. */
export function onCancel(fn: Cleanup): () => void {
  if (!cleanups.size) for (const [s, l] of listeners) process.on(s, l);
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
    // Nothing left to clean: the default behaviour (exit at once) is right again.
    if (!cleanups.size && !cancelling) for (const [s, l] of listeners) process.off(s, l);
  };
}

/** Forward a signal to a child and wait until it has exited. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    child.kill(signal);
  });
}
