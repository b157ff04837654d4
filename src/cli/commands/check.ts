import { loadConfig } from '../../config/load.js';
import { runHistoryCheck } from '../../migrations/check.js';
import { historyReport } from '../../migrations/report.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { defaultBaseRef } from '../default-base.js';
import { parseFailOn } from '../fail-on.js';
import { parseFormat, printReport } from '../output.js';

/** `migration-gates check`: the check-migrations action, locally (history rules + optional drift). */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'migration-history rules (and schema drift with --shadow-database-url) of this branch against its base',
  options: {
    'base-ref': { type: 'string', description: 'base branch (default: develop if it exists, else main)' },
    'shadow-database-url': { type: 'string', description: 'empty PostgreSQL database for the schema-drift rule' },
    'prisma-command': { type: 'string', description: 'how to run your Prisma CLI (default: node_modules/prisma)' },
    'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const failOn = parseFailOn(values['fail-on']);
    const config = loadConfig(cwd, str(values.config));
    const result = await runHistoryCheck({
      repoRoot: cwd,
      config,
      baseRef: str(values['base-ref']) ?? (await defaultBaseRef(cwd)),
      shadowDatabaseUrl: str(values['shadow-database-url']) ?? process.env.SHADOW_DATABASE_URL,
      prismaCommand: str(values['prisma-command']),
      onProgress: format === 'text' ? (l) => process.stderr.write(`${l}\n`) : undefined,
    });
    return printReport(historyReport(result), format, failOn);
  },
};
