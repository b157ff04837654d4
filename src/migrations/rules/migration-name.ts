import type { Config } from '../../config/types.js';
import { finding, type HistoryRule } from './types.js';

/** Why a migration label is not descriptive, or undefined when it is. */
export function nameProblem(label: string, cfg: Config['migrations']): string | undefined {
  const lower = label.toLowerCase();
  // `fix_2`, `test-3`, `update01`: a forbidden word with a counter says no more than the word.
  const stem = lower.replace(/[_-]*\d+$/, '');
  const forbidden = new Set(cfg.forbiddenNames.map((n) => n.toLowerCase()));
  if (/^\d+$/.test(lower)) return 'it is only digits';
  if (/^[a-z]$/.test(stem) || /^[a-z]$/.test(lower)) return 'it is a single letter';
  if (forbidden.has(lower) || (stem && forbidden.has(stem))) return `"${stem || lower}" says nothing about the change`;
  if (label.length < cfg.minNameLength) return `it is shorter than ${cfg.minNameLength} characters (migrations.min-name-length)`;
  if (!/^[A-Za-z0-9_]+$/.test(label)) return 'it contains characters other than letters, digits and "_" (prisma migrate dev --name writes snake_case)';
  if (cfg.namePattern && !new RegExp(cfg.namePattern).test(label)) return `it does not match migrations.name-pattern ${cfg.namePattern}`;
  return undefined;
}

/**
 * "Use descriptive migration names." The folder name is what a reviewer, `migrate status` and
 * `_prisma_migrations` show years later; `fix` or `wip` tells nobody what changed.
 */
export const migrationName: HistoryRule = {
  id: 'migration-name',
  severity: 'warning',
  summary: 'a new migration name is not descriptive',
  rationale: 'the name is the only description of the change in every environment\'s history',
  check({ changes, config }) {
    return changes.services.flatMap((s) =>
      [...s.added, ...s.renamed.map((r) => r.to)]
        .filter((m) => m.label !== undefined)
        .flatMap((m) => {
          const problem = nameProblem(m.label!, config.migrations);
          if (!problem) return [];
          return [
            finding(migrationName, {
              file: m.sqlPath,
              message: `migration name "${m.label}" (${m.name}) is not descriptive: ${problem}`,
              why: 'the name is what reviewers, prisma migrate status and _prisma_migrations show for this change, in every environment, for good',
              fix: 'rename the folder before it is merged, keeping its timestamp, to say what changes, e.g. add_user_profile or add_oauth_provider_table (rules: migrations.forbidden-names, min-name-length, name-pattern in .github/migration-gates.yml)',
            }),
          ];
        }),
    );
  },
};
