import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../../config/defaults.js';
import type { Config } from '../../config/types.js';
import { buildLintReport, lintSarif } from '../../lint/report.js';
import { runLint } from '../../lint/run.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { defaultBaseRef } from '../default-base.js';
import { parseFailOn } from '../fail-on.js';
import { parseFormat, printReport } from '../output.js';

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'lint migration SQL for locks, rewrites, data loss and errors (PATHs, this branch\'s new migrations, or --all)',
  positionals: '[PATH...]',
  options: {
    all: { type: 'boolean', description: 'lint the whole history of every service (audit mode)' },
    'base-ref': { type: 'string', description: 'lint migrations added or changed since this branch (default with no PATH: develop if it exists, else main)' },
    'shadow-database-url': { type: 'string', description: 'replay in this PostgreSQL (a scratch database is created and dropped) instead of embedded PGlite' },
    'stats-database-url': { type: 'string', description: 'read-only staging/production URL: row estimates and sizes; lock findings on large tables become errors' },
    'fail-on': { type: 'string', description: 'error | warning | never', default: 'error' },
    cache: { type: 'boolean', description: 'keep the replayed history in node_modules/.cache/migration-gates/replay' },
    'no-replay': { type: 'boolean', description: 'static lint only: no replay of the history' },
  },
  async run({ values, positionals, cwd }) {
    const format = parseFormat(values.format, ['text', 'json', 'sarif']);
    const failOn = parseFailOn(values['fail-on']);
    const config = await lintConfig(cwd, str(values.config));
    const all = values.all === true;
    const baseRef = str(values['base-ref']) ?? (!positionals.length && !all ? await defaultBaseRef(cwd) : undefined);
    const result = await runLint({
      repoRoot: cwd,
      config,
      ...(positionals.length ? { paths: positionals } : {}),
      ...(all ? { all } : {}),
      ...(baseRef ? { baseRef } : {}),
      ...(str(values['shadow-database-url']) ? { shadowDatabaseUrl: str(values['shadow-database-url']) } : {}),
      ...(str(values['stats-database-url']) ? { statsDatabaseUrl: str(values['stats-database-url']) } : {}),
      ...(values.cache === true ? { cacheDir: path.join(cwd, 'node_modules', '.cache', 'migration-gates', 'replay') } : {}),
      replay: values['no-replay'] !== true,
      ...(format === 'text' ? { onProgress: (l: string) => process.stderr.write(`${l}\n`) } : {}),
    });
    const report = buildLintReport(result);
    return printReport(report, format, failOn, () => lintSarif(result.findings));
  },
};

/**
 * The config, as loadConfig reads it; without a file (the common case) the YAML parser and the
 * schema validator are not even loaded: they are a fifth of a small lint's start-up time.
 */
async function lintConfig(cwd: string, explicit: string | undefined): Promise<Config> {
  if (!explicit && !existsSync(path.join(cwd, '.github', 'migration-gates.yml'))) return defaultConfig();
  const { loadConfig } = await import('../../config/load.js');
  return loadConfig(cwd, explicit);
}
