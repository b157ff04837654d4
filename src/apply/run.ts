import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config, EnvironmentConfig, ServiceConfig } from '../config/types.js';
import { environmentByName, environmentForRef, branchOf } from '../environments/resolve.js';
import { UserError } from '../errors.js';
import { evaluateGates, failedGates } from '../gates/evaluate.js';
import { gateFindings } from '../gates/findings.js';
import type { GateContext, GateResult } from '../gates/types.js';
import { resolveServices } from '../migrations/discover.js';
import { connect } from '../postgres/connect.js';
import { describeTarget, parseDatabaseUrl } from '../postgres/url.js';
import { locatePrisma } from '../prisma/cli.js';
import { deployInvocation } from '../prisma/deploy.js';
import type { Finding } from '../report/finding.js';
import type { Report } from '../report/report.js';
import { redact } from '../security/redact.js';
import { safeLogLine } from '../security/log-line.js';

/** Where loadConfig looks when no --config is given (a re-run command needs no --config then). */
const DEFAULT_CONFIG_PATH = path.join('.github', 'migration-gates.yml');
import { resolveBackupManifest } from './backup-ref.js';
import { deployPlan } from './deploy.js';
import { buildPlan, planSummary, type ApplyPlan } from './plan.js';
import type { RecoveryInfo } from './recovery.js';
import { buildApplyReport } from './report.js';
import { parseDuration, withSessionTimeouts } from './timeouts.js';

export interface ApplyOptions {
  repoRoot: string;
  config: Config;
  databaseUrl: string;
  /** Environment name (or its GitHub Environment name); derived from `ref` when absent. */
  environment?: string;
  /** The dispatched ref, e.g. refs/heads/main. */
  ref?: string;
  confirm?: string;
  dryRun?: boolean;
  backupManifest?: string;
  backupDirectory?: string;
  stagingDatabaseUrl?: string;
  /** PostgreSQL lock_timeout for the deploy session (default: the config's deploy.lock-timeout, 5s). */
  lockTimeout?: string;
  /** PostgreSQL statement_timeout for the deploy session (default: unset). */
  statementTimeout?: string;
  /** How long to wait for another deploy's migration lock (default 5min). */
  advisoryLockTimeout?: string;
  prismaCommand?: string;
  service?: string;
  overrideReason?: string;
  /** Who dispatched (GITHUB_ACTOR), recorded with an override. */
  actor?: string;
  onLog?: (line: string) => void;
  now?: Date;
}

export type ApplyStatus = 'applied' | 'nothing-pending' | 'dry-run' | 'blocked' | 'failed';

export interface ApplyResult {
  status: ApplyStatus;
  environment: string;
  service: string;
  /** user@host:port/db, never the password. */
  database: string;
  dryRun: boolean;
  gates: GateResult[];
  plan: ApplyPlan;
  pendingBefore: number;
  /** Migrations applied by this run, in order. */
  applied: string[];
  recovery?: RecoveryInfo;
  backupManifest?: string;
  prismaVersion: string;
  durationMs: number;
  report: Report;
}

function chooseEnvironment(config: Config, name: string | undefined, ref: string | undefined): EnvironmentConfig {
  if (name) return environmentByName(config, name);
  const env = ref ? environmentForRef(config, ref) : undefined;
  if (env) return env;
  throw new UserError(ref ? `environment not given, and branch ${branchOf(ref)} maps to no environment` : 'environment not given, and no git ref to derive it from', {
    why: `the config maps branches to environments: ${config.environments.map((e) => `${e.name} <- ${e.branches.join(', ')}`).join('; ')}`,
    next: 'pass environment (dev, staging or prod as configured), or dispatch from a mapped branch',
  });
}

function chooseService(repoRoot: string, config: Config, name: string | undefined): ServiceConfig {
  const { services } = resolveServices(repoRoot, config);
  if (name) {
    const s = services.find((x) => x.name === name || x.root === name);
    if (s) return s;
    throw new UserError(`service "${name}" not found`, {
      why: services.length ? `the services are: ${services.map((x) => x.name).join(', ')}` : `no prisma/migrations folder with a schema beside it under ${repoRoot}`,
      next: 'pass one of those as service (npx migration-gates services lists them)',
    });
  }
  if (services.length === 1) return services[0]!;
  if (!services.length) {
    throw new UserError(`no Prisma migrations found under ${repoRoot}`, {
      why: 'apply looks for prisma/migrations beside a schema.prisma (or services: in .github/migration-gates.yml)',
      next: 'set working-directory to the repository root, or declare the service under services: in the config',
    });
  }
  throw new UserError(`${services.length} services found; which one to apply is not given`, {
    why: `the services are: ${services.map((x) => x.name).join(', ')}`,
    next: 'pass service: <name> (a matrix over `npx migration-gates services --format json` runs each)',
  });
}

/**
 * The manual deployment gate: environment and service from the dispatch, the plan from
 * `_prisma_migrations` and the folder, every configured gate, then (unless a gate failed or this
 * is a dry run) `prisma migrate deploy` under lock_timeout/statement_timeout, verified afterwards.
 */
export async function runApply(opts: ApplyOptions): Promise<ApplyResult> {
  const started = Date.now();
  // Log lines carry PR text (migration names in gate reasons): none may start a workflow command.
  const log = (line: string) => opts.onLog?.(safeLogLine(redact(line)));
  const target = parseDatabaseUrl(opts.databaseUrl, 'database-url');
  const staging = opts.stagingDatabaseUrl ? parseDatabaseUrl(opts.stagingDatabaseUrl, 'staging-database-url') : undefined;
  // The input wins; else the config's deploy.lock-timeout, which lint reads too (lock-timeout-missing).
  const lockTimeout = parseDuration(opts.lockTimeout ?? opts.config.deploy.lockTimeout, opts.lockTimeout ? 'lock-timeout' : 'deploy.lock-timeout');
  const statementTimeout = opts.statementTimeout ? parseDuration(opts.statementTimeout, 'statement-timeout') : undefined;
  const advisory = parseDuration(opts.advisoryLockTimeout ?? '5min', 'advisory-lock-timeout');
  const dryRun = opts.dryRun ?? false;
  const env = chooseEnvironment(opts.config, opts.environment, opts.ref);
  const service = chooseService(opts.repoRoot, opts.config, opts.service);
  const serviceRoot = path.join(opts.repoRoot, service.root);
  // A dry run reports every gate even without a Prisma CLI (a feature-branch user learns what
  // would block them); only the real deploy needs it, and it stops here without one.
  let cli: ReturnType<typeof locatePrisma> | undefined;
  let noCli: UserError | undefined;
  try {
    cli = locatePrisma(serviceRoot, opts.prismaCommand);
  } catch (err) {
    if (!dryRun || !(err instanceof UserError)) throw err;
    noCli = err;
  }
  const invocation = cli ? deployInvocation(cli, serviceRoot, path.join(opts.repoRoot, service.schema)) : undefined;
  const backupManifest = resolveBackupManifest(opts.backupManifest, opts.backupDirectory, target.database);
  log(`apply: environment ${env.name}, service ${service.name}, database ${describeTarget(target)}${dryRun ? ' (dry run)' : ''}`);

  const sqlCache = new Map<string, string>();
  const sqlOf = (name: string): string => {
    let s = sqlCache.get(name);
    if (s === undefined) {
      s = readFileSync(path.join(opts.repoRoot, service.migrations, name, 'migration.sql'), 'utf8');
      sqlCache.set(name, s);
    }
    return s;
  };

  const client = await connect(target, { readOnly: true, applicationName: 'migration-gates apply (gates)' });
  let plan: ApplyPlan;
  let gates: GateResult[];
  try {
    plan = await buildPlan(client, opts.repoRoot, service, target.schema);
    log(`plan: ${plan.pending.length} pending of ${plan.local.length} migration(s)${plan.failed.length ? `, ${plan.failed.length} failed row(s)` : ''}`);
    const ctx: GateContext = {
      config: opts.config,
      environment: env,
      repoRoot: opts.repoRoot,
      service,
      target,
      client,
      plan,
      ref: opts.ref,
      confirm: opts.confirm,
      backupManifest,
      backupDirectory: opts.backupDirectory,
      stagingTarget: staging,
      overrideReason: opts.overrideReason?.trim() || undefined,
      now: opts.now ?? new Date(),
      dryRun,
    };
    gates = await evaluateGates(ctx, undefined, log);
  } finally {
    await client.end().catch(() => undefined);
  }
  const pendingBefore = plan.pending.length;
  const findings: Finding[] = gateFindings(gates);
  if (noCli) {
    findings.push({
      rule: 'prisma-cli',
      severity: 'error',
      message: `dry run: ${noCli.message}; the real apply would stop here`,
      why: noCli.why ?? 'the deploy runs your project\'s own Prisma CLI',
      fix: noCli.next ?? 'install the project\'s dependencies (npm ci) before this step',
    });
  }
  if (env.database && env.database !== target.database) {
    findings.push({
      rule: 'environment-database',
      severity: 'warning',
      message: `database-url names database ${target.database}, but environment ${env.name} is configured for ${env.database}`,
      why: 'a secret pointing at the wrong database is how migrations reach the wrong environment',
      fix: `check the ${env.githubEnvironment} environment's DATABASE_URL secret, or set environments.${env.name}.database in .github/migration-gates.yml`,
    });
  }

  let status: ApplyStatus;
  let applied: string[] = [];
  let recovery: RecoveryInfo | undefined;
  let prismaOutput: string | undefined;
  let waitedForLockMs = 0;
  let prismaMs: number | undefined;
  const notes: string[] = [];
  if (failedGates(gates).length) {
    status = 'blocked';
    log(`blocked: ${failedGates(gates).map((g) => g.name).join(', ')} failed; nothing was applied`);
  } else if (dryRun) {
    status = 'dry-run';
    log('dry run: nothing was changed');
  } else if (!plan.pending.length && !plan.failed.length) {
    status = 'nothing-pending';
    log('nothing pending');
  } else {
    const deployCli = cli!; // only a dry run goes on without one
    const outcome = await deployPlan({
      repoRoot: opts.repoRoot,
      service,
      environment: env.name,
      target,
      deployTarget: withSessionTimeouts(target, lockTimeout, statementTimeout),
      cli: deployCli,
      invocation: invocation!,
      plan,
      lockTimeout,
      advisoryLockTimeoutMs: advisory.ms,
      backupManifest,
      rerun: {
        environment: env.name,
        ...(opts.config.file && path.relative(opts.repoRoot, opts.config.file) !== DEFAULT_CONFIG_PATH ? { configFile: path.relative(opts.repoRoot, opts.config.file) } : {}),
        ...(opts.service ? { service: service.name } : {}),
        ...(env.gates.confirmation ? { confirm: target.database } : {}),
        ...(backupManifest ? { backupManifest } : opts.backupDirectory ? { backupDirectory: opts.backupDirectory } : {}),
        ...(opts.overrideReason?.trim() ? { overrideReason: opts.overrideReason.trim() } : {}),
        stagingUrl: env.gates['staging-first'],
      },
      appliedElsewhere: env.gates['staging-first'],
      sqlOf,
      onLog: log,
    });
    status = outcome.status;
    applied = outcome.applied;
    recovery = outcome.recovery;
    prismaOutput = outcome.prisma?.output;
    waitedForLockMs = outcome.waitedForLockMs;
    prismaMs = outcome.prisma?.durationMs;
    notes.push(...outcome.notes);
    if (outcome.status === 'failed') {
      const r = outcome.recovery!;
      findings.push({
        rule: 'migrate-deploy',
        severity: 'error',
        message: r.failedMigration
          ? `migration ${r.failedMigration} failed on ${target.database}${r.error ? `: ${r.error}` : ''}`
          : `prisma migrate deploy failed before applying anything${r.error ? `: ${r.error}` : ''}`,
        why: `${r.migrationsTable}. ${r.facts.join('. ')}`,
        fix: r.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'),
        ...(r.failedMigration ? { file: `${service.migrations}/${r.failedMigration}/migration.sql` } : {}),
      });
    }
  }

  const durationMs = Date.now() - started;
  const database = describeTarget(target);
  const facts = {
    status,
    environment: env.name,
    service: service.name,
    database,
    dryRun,
    pendingBefore,
    applied,
    plan: planSummary(plan),
    gates: gates.map((g) => ({ name: g.name, ...g.outcome })),
    ...(recovery ? { recovery } : {}),
    ...(backupManifest ? { backupManifest } : {}),
    ...(opts.overrideReason ? { overrideReason: opts.overrideReason } : {}),
    prismaVersion: cli?.version ?? 'none found',
    lockTimeout: lockTimeout.pg,
    ...(statementTimeout ? { statementTimeout: statementTimeout.pg } : {}),
    waitedForLockMs,
    ...(prismaMs !== undefined ? { prismaMs } : {}),
    durationMs,
  };
  const report = buildApplyReport({
    status,
    environment: env.name,
    database,
    dryRun,
    gates,
    findings,
    plan,
    applied,
    recovery,
    prismaOutput,
    sqlOf,
    overrideReason: opts.overrideReason,
    actor: opts.actor,
    notes,
    facts,
  });
  return {
    status,
    environment: env.name,
    service: service.name,
    database,
    dryRun,
    gates,
    plan,
    pendingBefore,
    applied,
    ...(recovery ? { recovery } : {}),
    ...(backupManifest ? { backupManifest } : {}),
    prismaVersion: cli?.version ?? 'none found',
    durationMs,
    report,
  };
}
