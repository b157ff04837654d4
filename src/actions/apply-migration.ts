import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { safeLogLine } from '../security/log-line.js';
import { planSummary } from '../apply/plan.js';
import { sqlLogLines } from '../apply/report.js';
import { runApply } from '../apply/run.js';
import { loadConfig } from '../config/load.js';
import { describeError, UserError } from '../errors.js';
import type { Report } from '../report/report.js';
import { inputBool, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { readEventContext } from '../github/context.js';
import { publishReport } from '../report/publish.js';
import { renderMarkdown } from '../report/markdown.js';
import { redact } from '../security/redact.js';

await runAction(async () => {
  try {
    await applyMigration();
  } catch (err) {
    // Every failure still sets `status` and writes the summary a later step (or a person) reads.
    await reportFailure(err);
  }
});

async function applyMigration(): Promise<void> {
  // Secrets first: masked before anything can print them.
  const databaseUrl = inputSecret('database-url');
  const stagingDatabaseUrl = inputSecret('staging-database-url');
  if (!databaseUrl) {
    throw new UserError('input database-url is empty', {
      why: 'apply-migration needs the database to migrate',
      next: 'pass database-url: ${{ secrets.DATABASE_URL }} from the job\'s GitHub Environment',
    });
  }
  const repoRoot = path.resolve(process.cwd(), inputOptional('working-directory') ?? '.');
  const config = loadConfig(repoRoot, inputOptional('config'));
  const event = readEventContext();
  const result = await runApply({
    repoRoot,
    config,
    databaseUrl,
    environment: inputOptional('environment'),
    // The ref the runner dispatched: deliberately not an input, so the branch gate cannot be talked around.
    ref: event.ref,
    confirm: inputOptional('confirm'),
    dryRun: inputBool('dry-run', false),
    backupManifest: inputOptional('backup-manifest'),
    backupDirectory: inputOptional('backup-directory'),
    stagingDatabaseUrl,
    lockTimeout: inputOptional('lock-timeout'),
    statementTimeout: inputOptional('statement-timeout'),
    advisoryLockTimeout: inputOptional('advisory-lock-timeout'),
    prismaCommand: inputOptional('prisma-command'),
    service: inputOptional('service'),
    overrideReason: inputOptional('override-reason'),
    actor: process.env.GITHUB_ACTOR,
    onLog: (line) => core.info(safeLogLine(line)),
  });
  if (result.dryRun && result.plan.pending.length) {
    core.startGroup(`SQL of the ${result.plan.pending.length} pending migration(s)`);
    for (const m of result.plan.pending) {
      for (const line of sqlLogLines(m.name, readFileSync(path.join(repoRoot, m.sqlPath), 'utf8'))) core.info(safeLogLine(redact(line)));
    }
    core.endGroup();
  }

  await publishReport(result.report, { failOn: 'error', comment: false, token: undefined });
  const summaryPath = writeSummaryFile(result.report);

  core.setOutput('status', result.status);
  core.setOutput('environment', result.environment);
  core.setOutput('applied', JSON.stringify(result.applied));
  core.setOutput('pending-before', result.pendingBefore);
  core.setOutput('plan', redact(JSON.stringify(planSummary(result.plan))));
  core.setOutput('summary', summaryPath);
  core.setOutput('failed-migration', result.recovery?.failedMigration ?? '');
  if (result.status === 'failed' || result.status === 'blocked') process.exitCode = 1;
}


function writeSummaryFile(report: Report): string {
  const dir = process.env.RUNNER_TEMP ?? process.cwd();
  mkdirSync(dir, { recursive: true });
  const summaryPath = path.join(dir, 'migration-gates-apply-summary.md');
  writeFileSync(summaryPath, redact(renderMarkdown(report)));
  return summaryPath;
}

/** An error before a result existed (no Prisma CLI to run, an unreachable database): status `error`, a summary naming it. */
async function reportFailure(err: unknown): Promise<void> {
  const text = redact(describeError(err));
  const [what, ...rest] = text.split('\n');
  const why = rest.find((l) => l.startsWith('Why: '))?.slice(5);
  const next = rest.find((l) => l.startsWith('Next: '))?.slice(6);
  const report: Report = {
    tool: 'apply-migration',
    title: `apply: error, nothing was applied: ${what}`,
    findings: [{ rule: 'apply-error', severity: 'error', message: what ?? text, ...(why ? { why } : {}), ...(next ? { fix: next } : {}) }],
  };
  await core.summary.addRaw(redact(renderMarkdown(report)), true).write();
  core.setOutput('status', 'error');
  core.setOutput('summary', writeSummaryFile(report));
  core.setOutput('applied', '[]');
  core.setOutput('failed-migration', '');
  core.setFailed(text);
}
