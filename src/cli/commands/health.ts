import { loadConfig } from '../../config/load.js';
import { UserError } from '../../errors.js';
import { parsePositive, runHealth } from '../../health/run.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFailOn } from '../fail-on.js';
import { parseFormat, printReport } from '../output.js';

export const healthCommand: CliCommand = {
  name: 'health',
  summary: 'connections, long-running queries, locks, sizes and migration status of a database (db-health)',
  options: {
    'database-url': { type: 'string', description: 'PostgreSQL URL (default: $DATABASE_URL)' },
    'long-running-seconds': { type: 'string', description: 'report queries running longer (default: config health.long-running-seconds, 300)' },
    'top-tables': { type: 'string', description: 'how many of the largest tables to list', default: '10' },
    'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const databaseUrl = str(values['database-url']) ?? str(process.env.DATABASE_URL);
    if (!databaseUrl) {
      throw new UserError('no database to check', { why: '--database-url is empty and DATABASE_URL is not set', next: 'run: npx migration-gates health --database-url "postgresql://USER:PASSWORD@HOST:5432/DB"' });
    }
    const { report } = await runHealth({
      databaseUrl,
      config: loadConfig(cwd, str(values.config)),
      repoRoot: cwd,
      longRunningSeconds: parsePositive('--long-running-seconds', str(values['long-running-seconds'])),
      topTables: parsePositive('--top-tables', str(values['top-tables']), true),
    });
    return printReport(report, format, parseFailOn(values['fail-on']));
  },
};
