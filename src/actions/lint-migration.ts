// lint-migration action: lint the PR's new or changed migration.sql files (or paths, or the whole history).
import * as core from '@actions/core';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { inputBool, inputFailOn, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { readEventContext } from '../github/context.js';
import { buildLintReport, splitPathsInput, writeSarifFile } from '../lint/report.js';
import { runLint } from '../lint/run.js';
import { restoreReplayCache, saveReplayCache } from '../lint/replay/actions-cache.js';
import { publishReport } from '../report/publish.js';

await runAction(async () => {
  const repoRoot = path.resolve(inputOptional('working-directory') ?? '.');
  const config = loadConfig(repoRoot, inputOptional('config'));
  const all = inputBool('all', false);
  const paths = splitPathsInput(inputOptional('paths'));
  const baseRef = inputOptional('base-ref') ?? readEventContext().pullRequest?.baseRef;
  if (!all && !paths.length && !baseRef) {
    throw new UserError('lint-migration has nothing to compare with', {
      why: 'this is not a pull_request event, and base-ref, paths and all are empty',
      next: 'run it on pull_request, or set base-ref: develop, paths: prisma/migrations/<folder>, or all: true',
    });
  }
  const useCache = inputBool('cache', true);
  const cacheDir = path.join(process.env.RUNNER_TEMP ?? repoRoot, 'migration-gates-replay');
  const log = (l: string) => core.info(l);
  if (useCache) await restoreReplayCache({ cacheDir, log });
  const result = await runLint({
    repoRoot,
    config,
    ...(paths.length ? { paths } : {}),
    ...(all ? { all } : {}),
    ...(baseRef ? { baseRef } : {}),
    shadowDatabaseUrl: inputSecret('shadow-database-url'),
    statsDatabaseUrl: inputSecret('stats-database-url'),
    ...(useCache ? { cacheDir } : {}),
    replay: inputBool('replay', true),
    onProgress: log,
  });
  if (useCache) await saveReplayCache({ cacheDir, log });
  const report = buildLintReport(result);
  core.setOutput('sarif-file', writeSarifFile(process.env.RUNNER_TEMP ?? repoRoot, result.findings));
  core.setOutput('linted', JSON.stringify(result.linted));
  await publishReport(report, { failOn: inputFailOn(), comment: inputBool('comment', true), token: inputOptional('github-token') });
});
