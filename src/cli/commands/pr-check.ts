import { loadConfig } from '../../config/load.js';
import { runPrCheck } from '../../pr/run.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFormat, printReport } from '../output.js';
import { defaultBaseRef } from '../default-base.js';
import { parseFailOn } from '../fail-on.js';

export const prCheckCommand: CliCommand = {
  name: 'pr-check',
  summary: 'the root action locally: history rules and SQL lint of this branch against its base',
  options: {
    'base-ref': { type: 'string', description: 'base branch (default: develop if it exists, else main)' },
    'shadow-database-url': { type: 'string', description: 'empty PostgreSQL database for drift and replay' },
    'stats-database-url': { type: 'string', description: 'read-only URL for table sizes in lint findings' },
    'prisma-command': { type: 'string', description: 'how to run your Prisma CLI' },
    lint: { type: 'boolean', description: 'also lint the SQL (use --no-lint to skip)', default: true },
    'no-lint': { type: 'boolean', description: 'history rules only' },
    'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const config = loadConfig(cwd, str(values.config));
    const report = await runPrCheck({
      repoRoot: cwd,
      config,
      baseRef: str(values['base-ref']) ?? (await defaultBaseRef(cwd)),
      shadowDatabaseUrl: str(values['shadow-database-url']),
      statsDatabaseUrl: str(values['stats-database-url']),
      prismaCommand: str(values['prisma-command']),
      lint: values['no-lint'] !== true,
      onProgress: format === 'text' ? (l) => process.stderr.write(`${l}\n`) : undefined,
    });
    return printReport(report, format, parseFailOn(values['fail-on']));
  },
};
