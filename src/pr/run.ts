import type { Config } from '../config/types.js';
import { runHistoryCheck } from '../migrations/check.js';
import { runLint } from '../lint/run.js';
import { lintSections } from '../lint/sections.js';
import { buildChecklist } from '../report/checklist.js';
import type { Report } from '../report/report.js';
import { preexistingLintFindings } from './lint-baseline.js';

export interface PrCheckOptions {
  repoRoot: string;
  config: Config;
  baseRef: string;
  shadowDatabaseUrl?: string;
  statsDatabaseUrl?: string;
  prismaCommand?: string;
  cacheDir?: string;
  /** false: history rules only. */
  lint?: boolean;
  onProgress?: (line: string) => void;
}

/**
 * The root action's job: history rules and SQL lint over one PR, merged into one report so the
 * PR gets one sticky comment and one checklist.
 */
export async function runPrCheck(opts: PrCheckOptions): Promise<Report & { newMigrations: string[] }> {
  const history = await runHistoryCheck({
    repoRoot: opts.repoRoot,
    config: opts.config,
    baseRef: opts.baseRef,
    shadowDatabaseUrl: opts.shadowDatabaseUrl,
    prismaCommand: opts.prismaCommand,
    ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    onProgress: opts.onProgress,
  });
  const ran = new Set<'history' | 'lint' | 'drift'>(history.ran);
  const findings = [...history.findings];
  const sections: Report['sections'] = [];
  if (opts.lint !== false) {
    const lint = await runLint({
      repoRoot: opts.repoRoot,
      config: opts.config,
      baseRef: opts.baseRef,
      shadowDatabaseUrl: opts.shadowDatabaseUrl,
      statsDatabaseUrl: opts.statsDatabaseUrl,
      cacheDir: opts.cacheDir,
      onProgress: opts.onProgress,
    });
    ran.add('lint');
    // A base migration the PR edits is linted again: what its base version already had is a notice.
    findings.push(...(await preexistingLintFindings(lint.findings, { repoRoot: opts.repoRoot, config: opts.config, changes: history.changes, cacheDir: opts.cacheDir, onProgress: opts.onProgress })));
    sections.push(...lintSections(lint));
  }
  const newMigrations = history.changes.services.flatMap((s) => s.added.map((m) => m.sqlPath));
  return {
    tool: 'pr-check',
    title: 'migration-gates: migration checks',
    findings,
    checklist: buildChecklist(findings, ran),
    sections,
    facts: { base: history.changes.base.ref, mergeBase: history.changes.base.mergeBase, newMigrations },
    newMigrations,
  };
}
