// check-migrations: the guide's migration-history rules on a pull request (actions/check-migrations).
import path from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { inputBool, inputFailOn, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { readEventContext } from '../github/context.js';
import { runHistoryCheck } from '../migrations/check.js';
import { historyReport, newMigrationPaths } from '../migrations/report.js';
import { publishReport } from '../report/publish.js';

await runAction(async () => {
  const repoRoot = path.resolve(inputOptional('working-directory') ?? '.');
  const failOn = inputFailOn();
  const comment = inputBool('comment', true);
  const shadowDatabaseUrl = inputSecret('shadow-database-url');
  const config = loadConfig(repoRoot, inputOptional('config'));
  const baseRef = inputOptional('base-ref') ?? readEventContext().pullRequest?.baseRef;
  if (!baseRef) {
    throw new UserError('no base branch to compare with', {
      why: 'this is not a pull_request event and the base-ref input is empty',
      next: 'run the action on pull_request, or set base-ref: develop',
    });
  }
  const result = await runHistoryCheck({
    repoRoot,
    config,
    baseRef,
    shadowDatabaseUrl,
    prismaCommand: inputOptional('prisma-command'),
    onProgress: (l) => core.info(l),
  });
  core.setOutput('new-migrations', JSON.stringify(newMigrationPaths(result.changes)));
  await publishReport(historyReport(result), { failOn, comment, token: inputOptional('github-token') });
});
