// sync-staging: the guide's weekly production -> staging copy, masked and verified.
import path from 'node:path';
import * as core from '@actions/core';
import { safeLogLine } from '../security/log-line.js';
import { loadConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { inputBool, inputFailOn, inputOptional, inputSecret, runAction } from '../github/action-runtime.js';
import { publishReport } from '../report/publish.js';
import { redact } from '../security/redact.js';
import { parseKeepOld } from '../sync/inputs.js';
import { syncReport } from '../sync/report.js';
import { runSync } from '../sync/run.js';

await runAction(async () => {
  const sourceUrl = inputSecret('source-database-url');
  const targetUrl = inputSecret('target-database-url');
  const maskingSalt = inputSecret('masking-salt');
  for (const [name, v] of [['source-database-url', sourceUrl], ['target-database-url', targetUrl]] as const) {
    if (!v) throw new UserError(`input ${name} is empty`, { why: 'the sync copies production (source) into staging (target)', next: `set ${name}: \${{ secrets.${name === 'source-database-url' ? 'PRODUCTION' : 'STAGING'}_DATABASE_URL }}` });
  }
  const repoRoot = path.resolve(inputOptional('working-directory') ?? '.');
  const config = loadConfig(repoRoot, inputOptional('config'));
  const result = await runSync({
    sourceUrl: sourceUrl!,
    targetUrl: targetUrl!,
    config,
    repoRoot,
    keepOld: parseKeepOld(inputOptional('keep-old')),
    strict: inputBool('strict', config.sync.strict),
    maskingSalt,
    backup: inputBool('backup', true),
    backupDirectory: inputOptional('backup-directory'),
    dryRun: inputBool('dry-run', false),
    log: (l) => core.info(safeLogLine(redact(l))),
  });
  core.setOutput('status', result.status);
  core.setOutput('database', result.status === 'synced' ? result.staging : '');
  core.setOutput('old-database', result.oldDatabase ?? '');
  core.setOutput('dropped', result.dropped.join(','));
  core.setOutput('copied-rows', result.tables.reduce((a, t) => a + t.stagingRows, 0));
  core.setOutput('masked-columns', result.unmasked.length);
  core.setOutput('backup-path', result.backup?.dumpPath ?? '');
  await publishReport(syncReport(result), { failOn: inputFailOn(), comment: false, token: undefined });
});
