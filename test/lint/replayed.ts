import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { runLint } from '../../src/lint/run.js';
import type { LintResult } from '../../src/lint/types.js';
import type { Finding } from '../../src/report/finding.js';
import { GitRepo } from '../helpers/git.js';
import { ADMIN_URL } from '../helpers/pg.js';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
const M = 'prisma/migrations';

export interface ReplayedLint {
  result: LintResult;
  /** Findings of each PR migration, in order (index 0 = the PR's first migration). */
  perMigration: Finding[][];
}

/**
 * Lint a pull request the way pr-check does: `history` migrations committed on main, `pr`
 * migrations on a branch, `runLint` in PR mode with the replay. `shadow`: replay in the real
 * PostgreSQL of the test machine (a scratch database per run) instead of the embedded PGlite.
 */
export async function lintPullRequest(history: string[], pr: string[], opts: { config?: Config; shadow?: boolean; statsDatabaseUrl?: string } = {}): Promise<ReplayedLint> {
  const repo = new GitRepo('lint-pr');
  try {
    repo.write('prisma/schema.prisma', SCHEMA);
    repo.write(`${M}/migration_lock.toml`, 'provider = "postgresql"\n');
    history.forEach((sql, i) => repo.migration(M, `2024010100${String(i).padStart(4, '0')}_base_${i}`, sql));
    if (!history.length) repo.write(`${M}/.keep`, '');
    repo.commit('base');
    repo.checkout('feature/change', true);
    const names = pr.map((_, i) => `2024020100${String(i).padStart(4, '0')}_change_${i}`);
    pr.forEach((sql, i) => repo.migration(M, names[i]!, sql));
    repo.commit('change');
    const result = await runLint({
      repoRoot: repo.dir,
      config: opts.config ?? defaultConfig(),
      baseRef: 'main',
      ...(opts.shadow ? { shadowDatabaseUrl: ADMIN_URL } : {}),
      ...(opts.statsDatabaseUrl ? { statsDatabaseUrl: opts.statsDatabaseUrl } : {}),
    });
    const perMigration = names.map((n) => result.findings.filter((f) => f.file?.includes(`/${n}/`)));
    return { result, perMigration };
  } finally {
    repo.cleanup();
  }
}

/** Rule ids of findings, optionally only those at or above a severity. */
export function rulesOf(findings: Finding[], min: 'notice' | 'warning' | 'error' = 'notice'): string[] {
  const rank = { notice: 0, warning: 1, error: 2 } as const;
  return findings.filter((f) => rank[f.severity as keyof typeof rank] >= rank[min]).map((f) => f.rule).sort();
}
