import { UserError } from '../errors.js';
import { redact } from '../security/redact.js';
import { locatePrisma, runPrisma } from './cli.js';
import { diffOutcome, schemaDiffArgs, type DiffOutcome } from './flags.js';

export interface SchemaDiffResult {
  outcome: DiffOutcome;
  prismaVersion: string;
  /** Prisma's summary of the difference, or its error (first lines, redacted). */
  text: string;
}

/**
 * Ask the project's own Prisma whether two schemas differ for the database
 * (`migrate diff ... --exit-code`). Undefined when no Prisma CLI is installed for the service.
 */
export async function prismaSchemaDiff(opts: {
  cwd: string;
  from: string | undefined;
  to: string;
  /** The schemas' text: `env("X")` they name but the environment lacks gets a placeholder (the diff never connects with it). */
  sources?: readonly string[];
  prismaCommand?: string;
  timeoutMs?: number;
}): Promise<SchemaDiffResult | undefined> {
  let cli;
  try {
    cli = locatePrisma(opts.cwd, opts.prismaCommand);
  } catch (err) {
    if (err instanceof UserError) return undefined;
    throw err;
  }
  let r;
  try {
    r = await runPrisma(cli, schemaDiffArgs(cli.major, opts.from, opts.to), { cwd: opts.cwd, env: placeholders(opts.sources ?? []), timeoutMs: opts.timeoutMs ?? 60_000 });
  } catch (err) {
    // The command could not start (a prisma-command that does not exist): as if not installed.
    return { outcome: 'error', prismaVersion: cli.version, text: redact((err as Error).message) };
  }
  const outcome = r.timedOut ? 'error' : diffOutcome(r.code);
  const text = (outcome === 'error' ? `${r.stderr}\n${r.stdout}` : r.stdout)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !/^(Loaded Prisma config|Prisma config detected|Prisma schema loaded|Environment variables loaded)/.test(l.trim()))
    .slice(0, 20)
    .join('\n');
  return { outcome, prismaVersion: cli.version, text: redact(text) };
}

const PLACEHOLDER_URL = 'postgresql://placeholder@127.0.0.1:1/unused';

/** Unset variables the schemas (or prisma.config.ts) read with env("..."): Prisma refuses to load them otherwise. */
function placeholders(sources: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const src of sources) {
    for (const m of src.matchAll(/\benv\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)/g)) {
      if (process.env[m[2]!] === undefined) env[m[2]!] = PLACEHOLDER_URL;
    }
  }
  return env;
}
