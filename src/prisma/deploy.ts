import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RunResult } from '../process/run.js';
import { runPrisma, type PrismaCli } from './cli.js';

/**
 * `prisma migrate deploy`, version-aware. The per-major differences live here and nowhere else:
 * - 5.x/6.x: `--schema <file>`; the URL comes from the env vars the schema's datasource names
 *   (`url = env("X")`, and `directUrl = env("Y")`, which Migrate prefers when present).
 * - 7.x: the datasource lives in prisma.config.ts (`datasource.url: env('X')`); no `--schema`.
 * Every env var the datasource reads is set to our URL, so no `.env` file or stray DIRECT_URL
 * can send the deploy to another database.
 */
export interface DeployInvocation {
  args: string[];
  /** Env var names set to the target URL for the child only. */
  urlEnvVars: string[];
  cwd: string;
}

const CONFIG_FILES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs'];

/** `env("NAME")` / `env('NAME')` references, in order, deduplicated. */
function envRefs(text: string, keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const re = new RegExp(`\\b${key}\\s*[=:]\\s*env\\(\\s*["'\`]([A-Za-z_][A-Za-z0-9_]*)["'\`]\\s*\\)`, 'g');
    for (const m of text.matchAll(re)) if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

function readSchemaText(schemaPath: string): string {
  if (!existsSync(schemaPath)) return '';
  if (statSync(schemaPath).isDirectory()) {
    return readdirSync(schemaPath, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.prisma'))
      .map((f) => readFileSync(path.join(schemaPath, f), 'utf8'))
      .join('\n');
  }
  return readFileSync(schemaPath, 'utf8');
}

/** The datasource block(s) of a schema, comments stripped. */
function datasourceBlocks(schema: string): string {
  const noComments = schema.replace(/\/\/[^\n]*/g, '');
  return [...noComments.matchAll(/datasource\s+\w+\s*\{([^}]*)\}/g)].map((m) => m[1]).join('\n');
}

export function findPrismaConfig(serviceRoot: string): string | undefined {
  return CONFIG_FILES.map((f) => path.join(serviceRoot, f)).find((f) => existsSync(f));
}

export function deployInvocation(cli: Pick<PrismaCli, 'major'>, serviceRoot: string, schemaPath: string): DeployInvocation {
  const config = findPrismaConfig(serviceRoot);
  if (cli.major >= 7) {
    const vars = config ? envRefs(readFileSync(config, 'utf8'), ['url', 'directUrl', 'shadowDatabaseUrl']).filter((v) => v !== 'SHADOW_DATABASE_URL') : [];
    return { args: ['migrate', 'deploy'], urlEnvVars: vars.length ? vars : ['DATABASE_URL'], cwd: serviceRoot };
  }
  const block = datasourceBlocks(readSchemaText(schemaPath));
  if (/\burl\s*=\s*"/.test(block)) {
    throw new UserError(`${path.basename(schemaPath)} hard-codes the datasource url`, {
      why: 'migration-gates passes the database URL through the environment; a literal url would send the deploy elsewhere (and leaks a password into git)',
      next: 'change the datasource to url = env("DATABASE_URL") and keep the URL in a secret',
    });
  }
  const vars = envRefs(block, ['url', 'directUrl']);
  const rel = path.relative(serviceRoot, schemaPath) || schemaPath;
  return { args: ['migrate', 'deploy', '--schema', rel], urlEnvVars: vars.length ? vars : ['DATABASE_URL'], cwd: serviceRoot };
}

/** Run the deploy: the URL reaches Prisma only through the child's environment. */
export function runMigrateDeploy(
  cli: PrismaCli,
  inv: DeployInvocation,
  url: string,
  opts: { onLine?: (line: string, stream: 'stdout' | 'stderr') => void; timeoutMs?: number } = {},
): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const v of inv.urlEnvVars) env[v] = url;
  return runPrisma(cli, inv.args, { cwd: inv.cwd, env, databaseUrl: url, ...opts });
}
