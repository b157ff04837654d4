/**
 * An error the user can act on: what failed, why, and the next command to run.
 * Exit code 2 (usage, config or environment), distinct from 1 (findings).
 */
export class UserError extends Error {
  readonly why: string | undefined;
  readonly next: string | undefined;
  readonly exitCode: number;

  constructor(what: string, opts: { why?: string; next?: string; exitCode?: number; cause?: unknown } = {}) {
    super(what, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.why = opts.why;
    this.next = opts.next;
    this.exitCode = opts.exitCode ?? 2;
  }

  /** Multi-line text for logs and terminals. */
  describe(): string {
    const lines = [this.message];
    if (this.why) lines.push(`Why: ${this.why}`);
    if (this.next) lines.push(`Next: ${this.next}`);
    return lines.join('\n');
  }
}

export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.describe();
  if (err instanceof Error) return err.message;
  return String(err);
}
