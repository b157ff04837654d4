import type { ServiceConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { connect } from '../postgres/connect.js';
import type { DatabaseTarget } from '../postgres/url.js';
import { runMigrateDeploy, type DeployInvocation } from '../prisma/deploy.js';
import type { PrismaCli } from '../prisma/cli.js';
import { isApplied, isFailed, readAppliedMigrations } from '../prisma/migrations-table.js';
import { redact } from '../security/redact.js';
import { acquireApplyLock, releaseApplyLock, waitForMigrateLock } from './advisory-lock.js';
import { catalogSnapshot } from './catalog.js';
import { buildPlan, type ApplyPlan } from './plan.js';
import type { ApplyRerun } from './commands.js';
import { buildRecovery, type RecoveryInfo } from './recovery.js';
import { formatPgError, replayForError } from './replay-error.js';
import { scanTransactions } from './transaction-scan.js';
import type { Duration } from './timeouts.js';

export interface DeployOptions {
  repoRoot: string;
  service: ServiceConfig;
  environment: string;
  target: DatabaseTarget;
  /** The target URL with lock_timeout/statement_timeout in its options. */
  deployTarget: DatabaseTarget;
  cli: PrismaCli;
  invocation: DeployInvocation;
  plan: ApplyPlan;
  lockTimeout: Duration;
  /** How long to wait for another deploy holding Prisma's migration lock. */
  advisoryLockTimeoutMs: number;
  backupManifest: string | undefined;
  /** What a printed re-run of this apply needs (recovery commands). */
  rerun: ApplyRerun;
  /** Staging already applied these migrations as they are (staging-first is on here). */
  appliedElsewhere: boolean;
  sqlOf: (name: string) => string;
  onLog: (line: string) => void;
}

export interface DeployOutcome {
  status: 'applied' | 'nothing-pending' | 'failed';
  /** Migrations this run applied, in order. */
  applied: string[];
  /** The plan deployed (re-read after waiting for another deploy). */
  plan: ApplyPlan;
  waitedForLockMs: number;
  prisma?: { code: number; durationMs: number; output: string };
  recovery?: RecoveryInfo;
  notes: string[];
}

/** A failure before any migration started, caused by another deploy's migration lock: worth waiting and re-planning. */
function lockedOut(output: string, newRows: number): boolean {
  return newRows === 0 && /advisory lock|canceling statement due to lock timeout|P1002/i.test(output);
}

/**
 * Wait for any other deploy, re-plan, run `prisma migrate deploy` with the session timeouts,
 * then re-read `_prisma_migrations` to verify every planned migration finished. On failure, the
 * recovery facts come from the database itself (rows and catalog before/after), not from Prisma's
 * exit code.
 */
export async function deployPlan(opts: DeployOptions): Promise<DeployOutcome> {
  const client = await connect(opts.target, { readOnly: true, applicationName: 'migration-gates apply (monitor)' });
  const deadline = Date.now() + opts.advisoryLockTimeoutMs;
  const left = () => Math.max(0, deadline - Date.now());
  const notes: string[] = [];
  let waitedForLockMs = 0;
  let plan = opts.plan;
  try {
    try {
      waitedForLockMs += (await acquireApplyLock(client, left(), opts.onLog)).waitedMs;
    } catch (err) {
      if (err instanceof UserError) return lockWaitFailure(err, plan, waitedForLockMs + opts.advisoryLockTimeoutMs, notes);
      throw err;
    }
    for (;;) {
      try {
        waitedForLockMs += (await waitForMigrateLock(client, left(), opts.onLog)).waitedMs;
      } catch (err) {
        if (err instanceof UserError) return lockWaitFailure(err, plan, waitedForLockMs, notes);
        throw err;
      }
      // Another deploy may have run while we waited, or since the gates read the plan: re-read it.
      plan = await buildPlan(client, opts.repoRoot, opts.service, opts.target.schema);
      const gated = new Set(opts.plan.pending.map((m) => m.name));
      const extra = plan.pending.filter((m) => !gated.has(m.name));
      if (extra.length) {
        throw new UserError(`the pending migrations changed after the gates ran: ${extra.map((m) => m.name).join(', ')} became pending`, {
          why: 'the gates checked a different set of migrations than would now be applied',
          next: 'dispatch the apply again so the gates see the current state',
        });
      }
      const done = opts.plan.pending.length - plan.pending.length;
      if (done) notes.push(`another deploy applied ${done} of the ${opts.plan.pending.length} planned migration(s) while this one waited`);
      if (!plan.pending.length && !plan.failed.length) {
        opts.onLog('nothing pending any more: another deploy applied the planned migrations');
        return { status: 'nothing-pending', applied: [], plan, waitedForLockMs, notes };
      }
      const catalogBefore = await catalogSnapshot(client);
      opts.onLog(`prisma migrate deploy (Prisma ${opts.cli.version}, ${plan.pending.length} pending, lock_timeout ${opts.lockTimeout.pg}) in ${opts.invocation.cwd}`);
      const started = Date.now();
      const r = await runMigrateDeploy(opts.cli, opts.invocation, opts.deployTarget.url, {
        // Prefixed: no line of Prisma's output (which quotes migration names) can start a workflow command.
        onLine: (line) => opts.onLog(`│ ${line}`),
      });
      const durationMs = Date.now() - started;
      const output = redact(`${r.stdout}\n${r.stderr}`);
      const rowsAfter = (await readAppliedMigrations(client, opts.target.schema)) ?? [];
      const knownIds = new Set(plan.rows.map((x) => x.id));
      const newRows = rowsAfter.filter((x) => !knownIds.has(x.id));
      const finished = plan.pending.map((m) => m.name).filter((n) => newRows.some((x) => x.name === n && isApplied(x)));
      const prisma = { code: r.code, durationMs, output };
      if (finished.length === plan.pending.length && !rowsAfter.some((x) => isFailed(x))) {
        if (r.code !== 0) notes.push(`prisma exited ${r.code}, but every planned migration is recorded as finished`);
        opts.onLog(`verified: ${finished.length} migration(s) finished in _prisma_migrations`);
        return { status: 'applied', applied: finished, plan, waitedForLockMs, prisma, notes };
      }
      if (r.code !== 0 && lockedOut(output, newRows.length) && left() > 0) {
        opts.onLog('prisma could not take its migration lock (another deploy started first): waiting and re-planning');
        continue;
      }
      const catalogAfter = await catalogSnapshot(client);
      const recovery = buildRecovery({
        plan,
        rowsAfter,
        output,
        catalogBefore,
        catalogAfter,
        sqlOf: opts.sqlOf,
        service: opts.service,
        environment: opts.environment,
        database: opts.target.database,
        rerun: opts.rerun,
        appliedElsewhere: opts.appliedElsewhere,
        backupManifest: opts.backupManifest,
        lockTimeout: opts.lockTimeout.pg,
      });
      await addDatabaseError(recovery, opts, plan);
      if (r.code === 0) notes.push(`prisma exited 0, but ${plan.pending.length - finished.length} planned migration(s) are not finished in _prisma_migrations`);
      return { status: 'failed', applied: finished, plan, waitedForLockMs, prisma, recovery, notes };
    }
  } finally {
    await releaseApplyLock(client).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** Gave up waiting for another deploy: nothing was started, and the summary says so. */
function lockWaitFailure(err: UserError, plan: ApplyPlan, waitedForLockMs: number, notes: string[]): DeployOutcome {
  return {
    status: 'failed',
    applied: [],
    plan,
    waitedForLockMs,
    notes,
    recovery: {
      failedMigration: undefined,
      error: err.message,
      finishedThisRun: [],
      notStarted: plan.pending.map((m) => m.name),
      partialChanges: 'none',
      migrationsTable: '_prisma_migrations is unchanged: this run started no migration',
      facts: [err.why ?? 'another deploy was running'],
      steps: [err.next ?? 'dispatch the apply again'],
      catalogChanges: { added: [], removed: [] },
    },
  };
}

/**
 * PostgreSQL's own code, message, detail and position for the failed migration (Prisma passes on
 * at most the message), read by a rolled-back replay where that is provably harmless.
 */
async function addDatabaseError(recovery: RecoveryInfo, opts: DeployOptions, plan: ApplyPlan): Promise<void> {
  const name = recovery.failedMigration;
  if (!name || recovery.partialChanges !== 'none' || !plan.pending.some((m) => m.name === name)) return;
  const sql = opts.sqlOf(name);
  const scan = scanTransactions(sql);
  if (scan.transactionControl.length || scan.nonTransactional.length) return;
  const facts = await replayForError(opts.deployTarget, sql).catch(() => undefined);
  if (!facts) return;
  // A timeout of the replay's own (1 s lock_timeout, 10 s statement_timeout) says nothing about the deploy's error.
  if ((facts.code === '55P03' || facts.code === '57014') && !/timeout/i.test(recovery.error ?? '')) return;
  recovery.error = formatPgError(facts);
  recovery.facts.unshift(
    `PostgreSQL's error, read by running ${name} once more in a transaction that was rolled back: SQLSTATE ${facts.code}${facts.line ? `, at line ${facts.line}, column ${facts.column} of migration.sql` : ''}`,
  );
}
