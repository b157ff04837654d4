/**
 * Prisma's `migrate diff` flags changed between majors; this is the one place that knows how.
 * - 5.x / 6.x: `--to-schema-datamodel <schema>` and `--shadow-database-url <url>`, unless the
 *   project's prisma.config.ts defines a driver adapter: then Prisma refuses the flag and the
 *   adapter makes its own temporary shadow database from DATABASE_URL.
 * - 7.x: `--to-schema <schema>`; the shadow database is `datasource.shadowDatabaseUrl` in
 *   prisma.config.ts (conventionally `env('SHADOW_DATABASE_URL')`): no flag exists for it.
 */
export interface DriftInvocation {
  args: string[];
  /** Variables set for the Prisma child process only. */
  env: Record<string, string>;
  /** How the shadow database reaches Prisma, for the log and error messages. */
  shadowVia: 'flag' | 'adapter' | 'config';
}

export interface DriftFlagOptions {
  major: number;
  /** Absolute (or cwd-relative) path of the migrations directory. */
  migrationsDir: string;
  /** Path of schema.prisma or of a multi-file schema folder. */
  schema: string;
  shadowDatabaseUrl: string;
  /** The project's prisma.config.ts defines a driver adapter (5.x/6.x `experimental.adapter`). */
  configHasAdapter?: boolean;
  /** DATABASE_URL as the caller's environment has it (kept for 7.x when set). */
  databaseUrl?: string;
}

/** Arguments and environment for "do the migrations reproduce the schema?" with `--exit-code`. */
export function driftInvocation(o: DriftFlagOptions): DriftInvocation {
  if (o.major >= 7) {
    return {
      args: ['migrate', 'diff', '--from-migrations', o.migrationsDir, '--to-schema', o.schema, '--exit-code'],
      // The config reads both through env(); env() throws on an unset variable, so DATABASE_URL
      // falls back to the shadow database (diff --from-migrations never writes to it).
      env: { SHADOW_DATABASE_URL: o.shadowDatabaseUrl, DATABASE_URL: o.databaseUrl || o.shadowDatabaseUrl },
      shadowVia: 'config',
    };
  }
  const args = ['migrate', 'diff', '--from-migrations', o.migrationsDir, '--to-schema-datamodel', o.schema];
  // DATABASE_URL points at the shadow database for the child: the schema's env("DATABASE_URL")
  // must resolve, and Prisma must never touch the caller's real database here.
  const env = { DATABASE_URL: o.shadowDatabaseUrl };
  if (o.configHasAdapter) return { args: [...args, '--exit-code'], env, shadowVia: 'adapter' };
  return { args: [...args, '--shadow-database-url', o.shadowDatabaseUrl, '--exit-code'], env, shadowVia: 'flag' };
}

/** Prisma's refusal of `--shadow-database-url` next to a driver adapter (6.x). */
export function isAdapterShadowFlagError(stderr: string): boolean {
  return /--shadow-database-url flag[\s\S]*not supported when[\s\S]*adapter/i.test(stderr);
}

/** `migrate diff --exit-code`: 0 = no difference, 2 = difference, anything else = error. */
export type DiffOutcome = 'same' | 'different' | 'error';

export function diffOutcome(code: number): DiffOutcome {
  return code === 0 ? 'same' : code === 2 ? 'different' : 'error';
}

/**
 * Arguments for "would the database change between these two schemas?" (no database needed):
 * 5.x / 6.x `--from-schema-datamodel` / `--to-schema-datamodel`, 7.x `--from-schema` /
 * `--to-schema`; no `from` (the schema is new) is `--from-empty`.
 */
export function schemaDiffArgs(major: number, from: string | undefined, to: string): string[] {
  const [fromFlag, toFlag] = major >= 7 ? ['--from-schema', '--to-schema'] : ['--from-schema-datamodel', '--to-schema-datamodel'];
  return ['migrate', 'diff', ...(from === undefined ? ['--from-empty'] : [fromFlag, from]), toFlag, to, '--exit-code'];
}
