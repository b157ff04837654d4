// Root action (action.yml): the full PR check, history rules and SQL lint, with one sticky comment.
import * as core from '@actions/core';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { inputBool, inputFailOn, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { readEventContext } from '../github/context.js';
import { restoreReplayCache, saveReplayCache } from '../lint/replay/actions-cache.js';
import { runPrCheck } from '../pr/run.js';
import { publishReport } from '../report/publish.js';
import { UserError } from '../errors.js';

await runAction(async () => {
  const repoRoot = path.resolve(inputOptional('working-directory') ?? '.');
  const config = loadConfig(repoRoot, inputOptional('config'));
  const ctx = readEventContext();
  const baseRef = inputOptional('base-ref') ?? ctx.pullRequest?.baseRef;
  if (!baseRef) {
    throw new UserError('no base branch to compare with', {
      why: 'this is not a pull_request event and base-ref is empty',
      next: 'run on pull_request, or set base-ref: develop',
    });
  }
  const useCache = inputBool('cache', true);
  const cacheDir = path.join(process.env.RUNNER_TEMP ?? repoRoot, 'migration-gates-replay');
  if (useCache) await restoreReplayCache({ cacheDir, log: (l) => core.info(l) });
  const report = await runPrCheck({
    repoRoot,
    config,
    baseRef,
    shadowDatabaseUrl: inputSecret('shadow-database-url'),
    statsDatabaseUrl: inputSecret('stats-database-url'),
    prismaCommand: inputOptional('prisma-command'),
    cacheDir: useCache ? cacheDir : undefined,
    lint: inputBool('lint', true),
    onProgress: (l) => core.info(l),
  });
  if (useCache) await saveReplayCache({ cacheDir, log: (l) => core.info(l) });
  core.setOutput('new-migrations', JSON.stringify(report.newMigrations));
  await publishReport(report, { failOn: inputFailOn(), comment: inputBool('comment', true), token: inputOptional('github-token') });
});
