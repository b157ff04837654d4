import type { LintRule } from '../rule.js';
import { rule as syntaxError } from './syntax-error.js';
import { rule as migrationFails } from './migration-fails.js';
import { rule as replayUnsupported } from './replay-unsupported.js';
import { rule as unusedIgnore } from './unused-ignore.js';
import { rule as createIndexNotConcurrently } from './create-index-not-concurrently.js';
import { rule as dropIndexNotConcurrently } from './drop-index-not-concurrently.js';
import { rule as reindexNotConcurrently } from './reindex-not-concurrently.js';
import { rule as concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { rule as addForeignKeyValidating } from './add-foreign-key-validating.js';
import { rule as addCheckValidating } from './add-check-validating.js';
import { rule as addUniqueConstraint } from './add-unique-constraint.js';
import { rule as addPrimaryKey } from './add-primary-key.js';
import { rule as addExclusionConstraint } from './add-exclusion-constraint.js';
import { rule as setNotNull } from './set-not-null.js';
import { rule as addColumnVolatileDefault } from './add-column-volatile-default.js';
import { rule as addGeneratedStoredColumn } from './add-generated-stored-column.js';
import { rule as addIdentityOrSerialColumn } from './add-identity-or-serial-column.js';
import { rule as changeColumnType } from './change-column-type.js';
import { rule as setLoggedUnlogged } from './set-logged-unlogged.js';
import { rule as vacuumFullOrCluster } from './vacuum-full-or-cluster.js';
import { rule as lockTimeoutMissing } from './lock-timeout-missing.js';
import { rule as alterEnumRenameValue } from './alter-enum-rename-value.js';
import { rule as dropTable } from './drop-table.js';
import { rule as dropColumn } from './drop-column.js';
import { rule as dropSchema } from './drop-schema.js';
import { rule as truncate } from './truncate.js';
import { rule as deleteWithoutWhere } from './delete-without-where.js';
import { rule as updateWithoutWhere } from './update-without-where.js';
import { rule as narrowingTypeChange } from './narrowing-type-change.js';
import { rule as renameTable } from './rename-table.js';
import { rule as renameColumn } from './rename-column.js';
import { rule as dropEnumValueOrType } from './drop-enum-value-or-type.js';
import { rule as foreignKeyWithoutIndex } from './foreign-key-without-index.js';
import { rule as foreignKeyTypeMismatch } from './foreign-key-type-mismatch.js';
import { rule as transactionControl } from './transaction-control.js';
import { rule as identifierTooLong } from './identifier-too-long.js';
import { rule as addRequiredColumn } from './add-required-column.js';
import { rule as validateConstraintInSameMigration } from './validate-constraint-in-same-migration.js';
import { rule as alterDomainAddConstraint } from './alter-domain-add-constraint.js';
import { rule as detachPartitionNotConcurrently } from './detach-partition-not-concurrently.js';
import { rule as dropNotNull } from './drop-not-null.js';
import { rule as lockHeldAcrossStatements } from './lock-held-across-statements.js';

/** Every lint rule, in the order the docs list them (engine findings first). */
export const RULES: readonly LintRule[] = [
  syntaxError,
  migrationFails,
  replayUnsupported,
  unusedIgnore,
  createIndexNotConcurrently,
  dropIndexNotConcurrently,
  reindexNotConcurrently,
  concurrentlyInTransaction,
  addForeignKeyValidating,
  addCheckValidating,
  addUniqueConstraint,
  addPrimaryKey,
  addExclusionConstraint,
  validateConstraintInSameMigration,
  alterDomainAddConstraint,
  setNotNull,
  addRequiredColumn,
  dropNotNull,
  addColumnVolatileDefault,
  addGeneratedStoredColumn,
  addIdentityOrSerialColumn,
  changeColumnType,
  setLoggedUnlogged,
  vacuumFullOrCluster,
  detachPartitionNotConcurrently,
  lockTimeoutMissing,
  lockHeldAcrossStatements,
  alterEnumRenameValue,
  dropTable,
  dropColumn,
  dropSchema,
  truncate,
  deleteWithoutWhere,
  updateWithoutWhere,
  narrowingTypeChange,
  renameTable,
  renameColumn,
  dropEnumValueOrType,
  foreignKeyWithoutIndex,
  foreignKeyTypeMismatch,
  transactionControl,
  identifierTooLong,
];

export const RULES_BY_ID: ReadonlyMap<string, LintRule> = new Map(RULES.map((r) => [r.id, r]));

/** Findings of these cannot be silenced with an ignore comment: a broken migration stays broken. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(['syntax-error', 'migration-fails']);
