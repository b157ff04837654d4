import { deletedMigration } from './deleted-migration.js';
import { duplicateMigrationTimestamp } from './duplicate-migration-timestamp.js';
import { editedMigration } from './edited-migration.js';
import { emptyMigration } from './empty-migration.js';
import { invalidMigrationFolder } from './invalid-migration-folder.js';
import { migrationLock } from './migration-lock.js';
import { migrationName } from './migration-name.js';
import { migrationOutsideService } from './migration-outside-service.js';
import { outOfOrderMigration } from './out-of-order-migration.js';
import { renamedMigration } from './renamed-migration.js';
import { schemaDrift } from './schema-drift.js';
import { schemaWithoutMigration } from './schema-without-migration.js';
import type { HistoryRule } from './types.js';

/** The guide's migration-history rules that need only Git and the files (schema-drift runs apart). */
export const HISTORY_RULES: readonly HistoryRule[] = [
  schemaWithoutMigration,
  editedMigration,
  deletedMigration,
  renamedMigration,
  outOfOrderMigration,
  duplicateMigrationTimestamp,
  invalidMigrationFolder,
  emptyMigration,
  migrationName,
  migrationLock,
  migrationOutsideService,
];

/** Every rule id with its default severity and summary (docs, `--help`). */
export const HISTORY_RULE_INFO: readonly { id: string; severity: string; summary: string }[] = [
  ...HISTORY_RULES.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary })),
  { id: schemaDrift.id, severity: schemaDrift.severity, summary: schemaDrift.summary },
];
