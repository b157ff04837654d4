import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.js';
import type { Finding } from '../report/finding.js';
import type { BaseTree } from './base-tree.js';
import type { MigrationChanges, ServiceChanges } from './changes.js';
import { listMigrations } from './model.js';
import { duplicateMigrationTimestamp } from './rules/duplicate-migration-timestamp.js';
import { emptyMigration } from './rules/empty-migration.js';
import { invalidMigrationFolder } from './rules/invalid-migration-folder.js';
import { migrationLock } from './rules/migration-lock.js';
import { migrationName } from './rules/migration-name.js';
import { migrationOutsideService } from './rules/migration-outside-service.js';
import type { HistoryRule } from './rules/types.js';

/**
 * The rules about the state of the tree, not about what a PR changes: run on the merge base with
 * every migration there counted as new, they give what was already wrong before this PR.
 */
export const STATE_RULES: readonly HistoryRule[] = [migrationOutsideService, migrationLock, invalidMigrationFolder, migrationName, duplicateMigrationTimestamp, emptyMigration];

const STATE_IDS = new Set(STATE_RULES.map((r) => r.id));

export function hasStateFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => STATE_IDS.has(f.rule));
}

/** The state rules' findings on the merge base (the same checks, the base's files). */
export async function baseStateFindings(tree: BaseTree, config: Config, changes: MigrationChanges): Promise<Finding[]> {
  const root = await tree.root();
  const { services, strays } = await tree.services();
  const asNew: ServiceChanges[] = services.map((service) => {
    const head = listMigrations(root, service.migrations);
    return { service, head, base: [], added: head, modified: [], deleted: [], renamed: [], schemaChanged: false, lockChanged: false };
  });
  const baseChanges: MigrationChanges = { base: changes.base, services: asNew, strays, files: [] };
  const read = (rel: string) => {
    try {
      return readFileSync(path.join(root, rel), 'utf8');
    } catch {
      return '';
    }
  };
  return STATE_RULES.flatMap((r) => r.check({ repoRoot: root, config, changes: baseChanges, read }));
}
