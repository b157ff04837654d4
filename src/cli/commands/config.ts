import { stringify } from 'yaml';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load.js';
import type { Config } from '../../config/types.js';
import { resolveServices } from '../../migrations/discover.js';
import { redact } from '../../security/redact.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFormat } from '../output.js';

/** The effective config in the file's own kebab-case shape, services resolved (discovered when not listed). */
export function effectiveConfig(config: Config, repoRoot: string): Record<string, unknown> {
  const { services, strays } = resolveServices(repoRoot, config);
  return {
    source: config.file ?? `(defaults: no ${DEFAULT_CONFIG_PATH})`,
    environments: Object.fromEntries(
      config.environments.map((e) => [
        e.name,
        {
          branches: e.branches,
          database: e.database,
          'github-environment': e.githubEnvironment,
          production: e.production,
          gates: e.gates,
          'backup-max-age-minutes': e.backupMaxAgeMinutes,
        },
      ]),
    ),
    services: services.map((s) => ({ name: s.name, path: s.root || '.', schema: s.schema, migrations: s.migrations, discovered: !config.services.length })),
    ...(strays.length ? { 'stray-migration-folders': strays } : {}),
    migrations: { 'forbidden-names': config.migrations.forbiddenNames, 'min-name-length': config.migrations.minNameLength, 'name-pattern': config.migrations.namePattern ?? null },
    lint: { rules: config.lint.rules, baseline: config.lint.baseline, 'large-table-rows': config.lint.largeTableRows },
    backup: { 'retention-days': config.backup.retentionDays },
    sync: { 'keep-old': config.sync.keepOld, strict: config.sync.strict, masking: config.sync.masking, 'pii-patterns': config.sync.piiPatterns },
    health: {
      'long-running-seconds': config.health.longRunningSeconds,
      'max-connections-ratio': config.health.maxConnectionsRatio,
      'max-transaction-age-seconds': config.health.maxTransactionAgeSeconds,
    },
  };
}

/** `migration-gates config`: validate the config (exit 2 with key path and line on errors) and print the effective one. */
export const configCommand: CliCommand = {
  name: 'config',
  summary: 'validate .github/migration-gates.yml and print the effective config (exit 2 when invalid)',
  options: {},
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const config = loadConfig(cwd, str(values.config));
    const eff = effectiveConfig(config, cwd);
    process.stdout.write(redact(format === 'json' ? `${JSON.stringify(eff, null, 2)}\n` : `# effective migration-gates config (valid)\n${stringify(eff)}`));
    return 0;
  },
};
