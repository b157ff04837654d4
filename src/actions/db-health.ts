// db-health: the guide's "Monitoring" and "Troubleshooting" queries as a scheduled report.
import path from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { inputFailOn, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { parsePositive, runHealth } from '../health/run.js';
import { publishReport } from '../report/publish.js';

await runAction(async () => {
  const databaseUrl = inputSecret('database-url');
  if (!databaseUrl) throw new UserError('input database-url is empty', { why: 'db-health reads the database it reports on', next: 'set database-url: ${{ secrets.DATABASE_URL }}' });
  const repoRoot = path.resolve(inputOptional('working-directory') ?? '.');
  const config = loadConfig(repoRoot, inputOptional('config'));
  const { result, report } = await runHealth({
    databaseUrl,
    config,
    repoRoot,
    longRunningSeconds: parsePositive('long-running-seconds', inputOptional('long-running-seconds')),
    topTables: parsePositive('top-tables', inputOptional('top-tables'), true),
  });
  core.setOutput('connections', result.report.connections);
  core.setOutput('max-connections', result.report.maxConnections);
  core.setOutput('database-size-bytes', result.report.databaseSizeBytes);
  await publishReport(report, { failOn: inputFailOn(), comment: false, token: undefined });
});
