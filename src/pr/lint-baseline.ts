import type { Config } from '../config/types.js';
import { runLint } from '../lint/run.js';
import { BaseTree } from '../migrations/base-tree.js';
import type { MigrationChanges } from '../migrations/changes.js';
import { addedIn } from '../git/tree.js';
import type { Finding } from '../report/finding.js';
import { markPreexisting } from './introduced.js';

/**
 * Lint findings of the base migrations the PR edits, compared with the same lint of their merge
 * base versions (the base's history replayed the same way): what was already there becomes a
 * notice. New migrations have no base version and are returned as they are.
 */
export async function preexistingLintFindings(
  findings: Finding[],
  opts: { repoRoot: string; config: Config; changes: MigrationChanges; cacheDir?: string; onProgress?: (line: string) => void },
): Promise<Finding[]> {
  const edited = opts.changes.services.flatMap((s) => s.modified.map((m) => m.sqlPath));
  const edits = new Set(edited);
  if (!findings.some((f) => f.file && edits.has(f.file))) return findings;
  const tree = new BaseTree(opts.repoRoot, opts.changes.base.mergeBase, opts.config);
  try {
    const root = await tree.root();
    opts.onProgress?.(`lint: linting the merge base's version of ${edited.length} edited migration(s) to tell old findings from new ones`);
    const base = await runLint({ repoRoot: root, config: opts.config, paths: edited, ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}) });
    return await markPreexisting(findings, base.findings, {
      baseRef: opts.changes.base.ref,
      since: async (f) => (f.file ? await addedIn(opts.repoRoot, opts.changes.base.mergeBase, f.file) : undefined) ?? opts.changes.base.mergeBase.slice(0, 7),
    });
  } catch (err) {
    // Telling old from new is a courtesy: when the base cannot be linted, the findings stand as they are.
    opts.onProgress?.(`lint: the merge base's version could not be linted (${(err as Error).message.split('\n')[0]}); findings of edited migrations stand`);
    return findings;
  } finally {
    tree.dispose();
  }
}
