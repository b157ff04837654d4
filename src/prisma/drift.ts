import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { parseDatabaseUrl } from '../postgres/url.js';
import { redact } from '../security/redact.js';
import { locatePrisma, runPrisma, type PrismaCli } from './cli.js';
import { schemaAt } from './schema-files.js';
import { diffOutcome, driftInvocation, isAdapterShadowFlagError, type DiffOutcome } from './flags.js';

export interface DriftResult {
  service: string;
  outcome: DiffOutcome;
  /** Prisma's human-readable diff summary (what the migrations lack), when different. */
  summary: string;
  /** Prisma's error text (redacted), when outcome is 'error'. */
  error: string;
  prismaVersion: string;
  /** The command as a developer would type it in the service folder. */
  command: string;
}

export interface DriftOptions {
  repoRoot: string;
  service: ServiceConfig;
  shadowDatabaseUrl: string;
  prismaCommand?: string;
  onProgress?: (line: string) => void;
  timeoutMs?: number;
}

export const CONFIG_FILES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs', '.config/prisma.ts'];

/** Whether the service's Prisma config defines a driver adapter (which changes how 5/6 take a shadow database). */
export function configHasAdapter(serviceDir: string): boolean {
  for (const f of CONFIG_FILES) {
    const p = path.join(serviceDir, f);
    if (existsSync(p) && /\badapter\b/.test(readFileSync(p, 'utf8'))) return true;
  }
  return false;
}

// P1000 authentication, P1001 unreachable, P1003 no such database, P1010 access denied, P1011 TLS.
// The adapter path (6.x driver adapters) reports them in words instead.
const CONNECTION_ERROR =
  /\b(P1000|P1001|P1002|P1003|P1010|P1011|P1017)\b|ECONNREFUSED|ENOTFOUND|password authentication failed|Authentication failed|Can't reach database server|Database `[^`]*` does not exist|database "[^"]*" does not exist|permission denied to create database/;

/** Prisma's log noise that is not part of the diff summary. */
function cleanSummary(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !/^(Loaded Prisma config|Prisma config detected|Prisma schema loaded|Environment variables loaded)/.test(l.trim()))
    .join('\n')
    .trim();
}

/**
 * Do the service's migrations, replayed into a shadow database, produce its schema? Runs the
 * project's own Prisma: `migrate diff --from-migrations ... --to-schema(-datamodel) ... --exit-code`.
 */
export async function checkDrift(opts: DriftOptions): Promise<DriftResult> {
  parseDatabaseUrl(opts.shadowDatabaseUrl, 'shadow-database-url'); // validates and masks it
  const serviceDir = path.resolve(opts.repoRoot, opts.service.root || '.');
  const cli: PrismaCli = locatePrisma(serviceDir, opts.prismaCommand);
  const migrationsDir = path.resolve(opts.repoRoot, opts.service.migrations);
  // A schema.prisma with models in other files beside it (prismaSchemaFolder) is read as its folder.
  const schema = schemaAt(path.resolve(opts.repoRoot), opts.service).path;
  const hasAdapter = configHasAdapter(serviceDir);
  let inv = driftInvocation({
    major: cli.major,
    migrationsDir,
    schema,
    shadowDatabaseUrl: opts.shadowDatabaseUrl,
    configHasAdapter: hasAdapter,
    databaseUrl: process.env.DATABASE_URL,
  });
  opts.onProgress?.(`schema-drift: ${opts.service.name}: prisma ${cli.version} migrate diff (shadow database via ${inv.shadowVia})`);
  const exec = () => runPrisma(cli, inv.args, { cwd: serviceDir, env: inv.env, timeoutMs: opts.timeoutMs ?? 300_000 });
  let r = await exec();
  if (r.code === 1 && inv.shadowVia === 'flag' && isAdapterShadowFlagError(r.stderr)) {
    // A config we did not recognise as adapter-based: let the adapter make its own shadow database.
    inv = driftInvocation({ major: cli.major, migrationsDir, schema, shadowDatabaseUrl: opts.shadowDatabaseUrl, configHasAdapter: true });
    r = await exec();
  }
  const rel = (p: string) => path.relative(serviceDir, p) || '.';
  const command = `npx prisma migrate diff --from-migrations ${rel(migrationsDir)} ${cli.major >= 7 ? '--to-schema' : '--to-schema-datamodel'} ${rel(schema)}${inv.shadowVia === 'flag' ? ' --shadow-database-url "$SHADOW_DATABASE_URL"' : ''} --exit-code`;
  if (r.timedOut) {
    throw new UserError(`prisma migrate diff timed out for ${opts.service.name}`, {
      why: 'replaying the migrations into the shadow database took longer than 5 minutes',
      next: `run it locally in ${opts.service.root || '.'}: ${command}`,
    });
  }
  const outcome = diffOutcome(r.code);
  const errText = redact(`${r.stderr}\n${r.stdout}`.trim());
  if (outcome === 'error' && CONNECTION_ERROR.test(errText)) {
    throw new UserError(`cannot use the shadow database for ${opts.service.name}: ${firstLines(errText, 3)}`, {
      why: 'the drift check replays every migration into an empty database: it must be reachable and the user must be allowed to create schemas',
      next: 'check shadow-database-url (a postgres service container in the job works: postgresql://postgres@localhost:5432/postgres)',
    });
  }
  return {
    service: opts.service.name,
    outcome,
    summary: outcome === 'different' ? redact(cleanSummary(r.stdout)) : '',
    error: outcome === 'error' ? firstLines(errText.split('\n').filter((l) => !/^Loaded Prisma config/.test(l)).join('\n'), 12) : '',
    prismaVersion: cli.version,
    command,
  };
}

function firstLines(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(0, n)
    .join('\n');
}
