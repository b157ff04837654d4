import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { COMMON_OPTIONS, type CliCommand } from './command.js';

export function parseCommandArgs(cmd: CliCommand, argv: string[]): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  const options = { ...COMMON_OPTIONS, ...cmd.options };
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) }]),
      ) as NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>,
    });
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (err) {
    throw new UserError(`migration-gates ${cmd.name}: ${(err as Error).message}`, { next: `run: npx migration-gates ${cmd.name} --help` });
  }
}

export function commandHelp(cmd: CliCommand): string {
  const options = { ...cmd.options, ...COMMON_OPTIONS };
  const width = Math.max(...Object.keys(options).map((k) => k.length)) + 4;
  const lines = [`Usage: migration-gates ${cmd.name} [options]${cmd.positionals ? ` ${cmd.positionals}` : ''}`, '', cmd.summary, '', 'Options:'];
  for (const [k, o] of Object.entries(options)) lines.push(`  --${k.padEnd(width)}${o.description}${o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : ''}`);
  return lines.join('\n') + '\n';
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
