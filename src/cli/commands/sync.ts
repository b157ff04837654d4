import { loadConfig } from '../../config/load.js';
import { redact } from '../../security/redact.js';
import { UserError } from '../../errors.js';
import { parseBoolText, parseKeepOld } from '../../sync/inputs.js';
import { syncReport } from '../../sync/report.js';
import { runSync } from '../../sync/run.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFailOn } from '../fail-on.js';
import { parseFormat, printReport } from '../output.js';

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'copy production into staging with masking and verification (sync-staging)',
  options: {
    'source-database-url': { type: 'string', description: 'production URL, read only (default: $SOURCE_DATABASE_URL)' },
    'target-database-url': { type: 'string', description: 'staging URL, replaced by the masked copy (default: $TARGET_DATABASE_URL)' },
    'keep-old': { type: 'string', description: 'previous staging copies to keep (default: config sync.keep-old, 1)' },
    strict: { type: 'string', description: 'PII guard: fail on personal-looking columns without a rule, true|false (default: config, true)' },
    'masking-salt': { type: 'string', description: 'secret for keyed-hash (default: $MASKING_SALT)' },
    'backup-directory': { type: 'string', description: 'where the backup of the current staging goes (default: a temp folder)' },
    'no-backup': { type: 'boolean', description: 'do not back up the current staging first' },
    'dry-run': { type: 'boolean', description: 'run the guards and the PII check, print the plan, change nothing' },
    'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const sourceUrl = str(values['source-database-url']) ?? str(process.env.SOURCE_DATABASE_URL);
    const targetUrl = str(values['target-database-url']) ?? str(process.env.TARGET_DATABASE_URL);
    if (!sourceUrl || !targetUrl) {
      throw new UserError(`no ${!sourceUrl ? 'source' : 'target'} database given`, {
        why: 'the sync copies production (--source-database-url) into staging (--target-database-url)',
        next: 'run: npx migration-gates sync --source-database-url "$PROD_URL" --target-database-url "$STAGING_URL" --dry-run',
      });
    }
    const config = loadConfig(cwd, str(values.config));
    const result = await runSync({
      sourceUrl,
      targetUrl,
      config,
      repoRoot: cwd,
      keepOld: parseKeepOld(str(values['keep-old']), '--keep-old'),
      strict: parseBoolText(str(values.strict), '--strict'),
      maskingSalt: str(values['masking-salt']) ?? str(process.env.MASKING_SALT),
      backup: values['no-backup'] !== true,
      backupDirectory: str(values['backup-directory']),
      dryRun: values['dry-run'] === true,
      log: (l) => process.stderr.write(`${redact(l)}\n`),
    });
    return printReport(syncReport(result), format, parseFailOn(values['fail-on']));
  },
};
