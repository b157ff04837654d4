import { loadConfig } from '../../config/load.js';
import { resolveServices } from '../../migrations/discover.js';
import { redact } from '../../security/redact.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFormat } from '../output.js';

/**
 * `migration-gates services`: the configured (or discovered) services. With --format json it
 * prints a GitHub job matrix: `strategy: { matrix: ${{ fromJSON(needs.x.outputs.services) }} }`.
 */
export const servicesCommand: CliCommand = {
  name: 'services',
  summary: 'list the Prisma services (--format json: a GitHub job matrix {"include":[...]})',
  options: {},
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const config = loadConfig(cwd, str(values.config));
    const { services, strays } = resolveServices(cwd, config);
    const include = services.map((s) => ({ service: s.name, root: s.root || '.', schema: s.schema, migrations: s.migrations }));
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify({ include })}\n`);
    } else {
      const lines = include.length
        ? include.map((s) => `${s.service}\n  root:       ${s.root}\n  schema:     ${s.schema}\n  migrations: ${s.migrations}`)
        : [`no Prisma service found (no prisma/migrations folder with a schema beside it${config.services.length ? '' : '; or list them under services: in the config'})`];
      process.stdout.write(redact(`${lines.join('\n')}\n`));
    }
    if (strays.length) process.stderr.write(redact(`migration folders that belong to no service: ${strays.join(', ')} (rule migration-outside-service)\n`));
    return 0;
  },
};
