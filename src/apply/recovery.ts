import type { ServiceConfig } from '../config/types.js';
import { isApplied, isFailed, type AppliedMigration } from '../prisma/migrations-table.js';
import { diffCatalog, isEmptyDiff, type CatalogDiff } from './catalog.js';
import { applyCommand, prismaResolveCommand, prismaStatusCommand, restoreCommand, type ApplyRerun } from './commands.js';
import { extractDatabaseError } from './pg-error.js';
import { shellQuote } from '../security/shell-quote.js';
import type { ApplyPlan } from './plan.js';
import { scanTransactions } from './transaction-scan.js';

/** The guide's "Troubleshooting / Migration Failed", filled in with the facts of this failure. */
export interface RecoveryInfo {
  /** The migration PostgreSQL rejected, or undefined when none started. */
  failedMigration: string | undefined;
  /** The PostgreSQL (or Prisma) error, redacted by the caller's sinks. */
  error: string | undefined;
  /** Migrations of the plan that finished in this run: committed, they stay. */
  finishedThisRun: string[];
  /** Migrations of the plan that never started. */
  notStarted: string[];
  /** none: verified or provably rolled back; present: leftovers found; possible: the file commits on its own. */
  partialChanges: 'none' | 'present' | 'possible';
  /** What `_prisma_migrations` holds now, precisely. */
  migrationsTable: string;
  /** Plain statements of fact, in order. */
  facts: string[];
  /** The next commands, in order. */
  steps: string[];
  catalogChanges: CatalogDiff;
}

export interface RecoveryInput {
  plan: ApplyPlan;
  rowsAfter: AppliedMigration[];
  /** Prisma's combined output (already redacted). */
  output: string;
  catalogBefore: ReadonlySet<string>;
  catalogAfter: ReadonlySet<string>;
  /** migration.sql of a pending migration, by name. */
  sqlOf: (name: string) => string;
  service: Pick<ServiceConfig, 'root' | 'migrations'>;
  environment: string;
  /** The target's database name (restore's --confirm). */
  database: string;
  /** Everything a printed re-run of this apply needs to pass the same gates. */
  rerun: ApplyRerun;
  /**
   * Another environment already applied these migrations as they are (the staging-first gate
   * checked it): editing one would break that environment's history. Recovery fixes forward.
   */
  appliedElsewhere: boolean;
  backupManifest: string | undefined;
  lockTimeout: string;
}

function listChanges(d: CatalogDiff, max = 12): string {
  const all = [...d.added.map((o) => `+ ${o}`), ...d.removed.map((o) => `- ${o}`)];
  return all.slice(0, max).join('; ') + (all.length > max ? `; ... (${all.length - max} more)` : '');
}

export function buildRecovery(input: RecoveryInput): RecoveryInfo {
  const { plan, service } = input;
  const planned = plan.pending.map((m) => m.name);
  const before = new Set(plan.rows.map((r) => r.id));
  const newRows = input.rowsAfter.filter((r) => !before.has(r.id));
  const finishedThisRun = planned.filter((n) => newRows.some((r) => r.name === n && isApplied(r)));
  const failedRow = newRows.find((r) => isFailed(r) && planned.includes(r.name)) ?? input.rowsAfter.find((r) => isFailed(r));
  const failedIsNew = failedRow ? newRows.includes(failedRow) : false;
  const failed = failedRow?.name;
  const error = extractDatabaseError(failedIsNew ? failedRow!.logs : undefined) ?? extractDatabaseError(input.output);
  const notStarted = planned.filter((n) => !finishedThisRun.includes(n) && n !== failed);
  const diff = diffCatalog(input.catalogBefore, input.catalogAfter);
  const facts: string[] = [];
  const steps: string[] = [];
  let partialChanges: RecoveryInfo['partialChanges'] = 'none';
  let migrationsTable: string;

  if (finishedThisRun.length) facts.push(`${finishedThisRun.length} migration(s) finished and stay applied (each committed on its own): ${finishedThisRun.join(', ')}`);

  if (failed && failedIsNew) {
    migrationsTable =
      `_prisma_migrations has a row for ${failed} with finished_at NULL, rolled_back_at NULL and applied_steps_count ${failedRow!.appliedStepsCount}, ` +
      `its logs holding the error: Prisma's failed state (P3009), which blocks every later deploy until it is resolved`;
    const scan = scanTransactions(input.sqlOf(failed));
    if (!finishedThisRun.length) {
      // Nothing else ran in this deploy: every catalog difference is the failed migration's.
      if (isEmptyDiff(diff)) {
        facts.push(`verified: the schema catalog is exactly as it was before the deploy, so ${failed} left no partial changes (PostgreSQL rolled back the whole script)`);
      } else {
        partialChanges = 'present';
        facts.push(`partial changes of ${failed} remain in the database: ${listChanges(diff)}`);
      }
    } else if (scan.transactionControl.length) {
      partialChanges = 'possible';
      facts.push(`catalog changes in this deploy (the finished migrations' and any left by ${failed}): ${listChanges(diff) || 'none'}`);
    } else {
      facts.push(`${failed} has no BEGIN/COMMIT of its own, so PostgreSQL ran it as one implicit transaction and rolled all of it back`);
    }
    if (scan.transactionControl.length) {
      if (partialChanges === 'none' && !isEmptyDiff(diff) && !finishedThisRun.length) partialChanges = 'present';
      if (partialChanges === 'none' && finishedThisRun.length) partialChanges = 'possible';
      facts.push(`${failed} controls transactions itself (${scan.transactionControl.join(', ')}): what ran before its COMMIT was committed and stays`);
    }
    if (scan.nonTransactional.length) {
      facts.push(`${failed} has statements that cannot run inside a transaction block (${scan.nonTransactional.join(', ')}): in a multi-statement migration they fail; put each in a migration of its own`);
    }
    if (notStarted.length) facts.push(`not started: ${notStarted.join(', ')}`);

    const restore = input.backupManifest ? restoreCommand(input.backupManifest, input.database, input.rerun.configFile) : undefined;
    if (partialChanges === 'none' && input.appliedElsewhere) {
      // Staging ran this very file: an edited copy would fail staging's history-integrity gate and
      // this environment's staging-first gate. The file stays; the database or a new migration changes.
      facts.push(`${failed} already ran on staging exactly as it is (the staging-first gate checked its checksum): do not edit its migration.sql; staging's history-integrity gate and this environment's staging-first gate would both refuse the edited file`);
      steps.push(
        `mark the failed attempt rolled back: ${prismaResolveCommand(service, 'rolled-back', failed)}`,
        `if the cause is in this database (data or state the error above names), fix it here, then dispatch the apply again, or run: ${applyCommand(input.rerun)}`,
        `if ${failed} cannot run here as written: make its change here by hand and mark it applied (${prismaResolveCommand(service, 'applied', failed)}), then fix forward: put any correction in a new migration (npx prisma migrate dev --name <fix>) and take it through staging first`,
      );
      if (restore) steps.push(`or restore the backup taken before this deploy (then mark the migration rolled back as above): ${restore}`);
    } else if (partialChanges === 'none') {
      steps.push(
        `fix ${service.migrations}/${failed}/migration.sql (it never applied, so editing it is safe)`,
        `mark the failed attempt rolled back: ${prismaResolveCommand(service, 'rolled-back', failed)}`,
        `dispatch the apply again, or run: ${applyCommand(input.rerun)}`,
      );
    } else {
      steps.push(
        `inspect what ${failed} left (the changes listed above), e.g.: ${prismaStatusCommand(service)}`,
        `either undo the leftovers by hand and run: ${prismaResolveCommand(service, 'rolled-back', failed)}`,
        `or finish the migration by hand and run: ${prismaResolveCommand(service, 'applied', failed)}`,
      );
      if (restore) steps.push(`or restore the backup taken before this deploy (then mark the migration rolled back as above): ${restore}`);
    }
  } else if (failed) {
    migrationsTable = `_prisma_migrations already had a failed row for ${failed} before this deploy (P3009); Prisma applied nothing`;
    facts.push('no migration was started by this deploy');
    steps.push(`resolve ${failed} first (--applied instead if it was completed by hand): ${prismaResolveCommand(service, 'rolled-back', failed)}`, 'then dispatch the apply again');
  } else {
    migrationsTable = finishedThisRun.length
      ? `_prisma_migrations records the ${finishedThisRun.length} finished migration(s); no row is in the failed state`
      : '_prisma_migrations is unchanged: no migration was started';
    if (!finishedThisRun.length) {
      if (isEmptyDiff(diff)) facts.push('verified: the schema catalog is exactly as it was before the deploy');
      else {
        partialChanges = 'present';
        facts.push(`the schema catalog changed although no migration was recorded: ${listChanges(diff)}`);
      }
    }
    steps.push('fix the cause in the error above, then dispatch the apply again');
  }

  if (error && /lock timeout/i.test(error)) {
    facts.push(`the migration waited longer than lock-timeout (${input.lockTimeout}) for a lock another session holds, and was cancelled instead of queueing every query behind it`);
    steps.unshift('find the blocking session (the guide\'s "Check blocking queries"), wait for it or end it, or run at a quieter time: npx migration-gates health --database-url "$DATABASE_URL"');
  } else if (error && /statement timeout/i.test(error)) {
    facts.push('a statement ran longer than statement-timeout and was cancelled');
    steps.unshift('raise statement-timeout for this dispatch if the migration is expected to take that long');
  } else if (error && /advisory lock/i.test(error)) {
    facts.push('another migrate deploy held Prisma\'s migration lock');
  }
  if (input.backupManifest && partialChanges === 'none' && failed && !input.appliedElsewhere) {
    steps.push(`if anything looks wrong, the verified backup restores with: ${restoreCommand(input.backupManifest, input.database, input.rerun.configFile)}`);
  }
  if (!input.backupManifest) {
    steps.push(`no backup was verified for this run; to go back to your last one: npx migration-gates restore --backup <manifest.json> --target-database-url "$DATABASE_URL" --confirm ${shellQuote(input.database)}`);
  }

  return { failedMigration: failed, error, finishedThisRun, notStarted, partialChanges, migrationsTable, facts, steps, catalogChanges: diff };
}
