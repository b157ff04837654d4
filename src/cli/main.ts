import { describeError, UserError } from '../errors.js';
import { redact } from '../security/redact.js';
import { commandHelp, parseCommandArgs } from './args.js';
import type { CliCommand } from './command.js';
import { commands } from './registry.js';

function usage(): string {
  const w = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'migration-gates: safe Prisma + PostgreSQL migrations (the same checks as the GitHub Actions)',
    '',
    'Usage: migration-gates <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(w)}${c.summary}`),
    '',
    'Run `migration-gates <command> --help` for its options. Exit codes: 0 ok, 1 findings, 2 usage/config/environment error.',
  ].join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('migration-gates 0.1.0\n');
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`migration-gates: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const cmd: CliCommand = await entry.load();
  const args = parseCommandArgs(cmd, rest);
  if (args.values.help) {
    process.stdout.write(commandHelp(cmd));
    return 0;
  }
  const cwd = typeof args.values['working-directory'] === 'string' ? args.values['working-directory'] : process.cwd();
  return cmd.run({ ...args, cwd });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`migration-gates: ${redact(describeError(err))}\n`);
    process.exitCode = err instanceof UserError ? err.exitCode : 2;
  },
);
