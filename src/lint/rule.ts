import type { Severity } from '../report/finding.js';
import type { MigrationContext } from './context.js';

/** Which family a rule belongs to: lock and rewrite findings escalate on large tables. */
export type RuleCategory = 'lock' | 'rewrite' | 'data-loss' | 'compatibility' | 'correctness' | 'engine';

/** One thing a rule found, before configuration (severity, suppression) and stats apply. */
export interface RuleHit {
  /** Index of the statement in the migration. */
  statement: number;
  message: string;
  /** Display name of the affected table (as written), and its SchemaFacts key for stats. */
  table?: string;
  tableKey?: string;
  /** True when the replay saw it happen; false when predicted from the SQL. */
  observed: boolean;
  /** Overrides for this hit; the rule's rationale and safe alternative otherwise. */
  why?: string;
  fix?: string;
  /** A hit-specific default severity (a config setting for the rule still wins). */
  severity?: Severity;
  line?: number;
  column?: number;
}

export interface RuleDocs {
  /** What the rule looks for, one paragraph. */
  problem: string;
  /** SQL the rule reports. */
  bad: string;
  /** Extra notes for the docs page (when the rule stays quiet, how the replay refines it). */
  notes?: string;
}

export interface LintRule {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line, for SARIF's shortDescription and the docs title. */
  summary: string;
  /** Why it hurts production. */
  rationale: string;
  /** The safe alternative, in SQL. */
  safeAlternative: string;
  docs: RuleDocs;
  /**
   * The statement kinds (`AlterTableStmt`, ...) the rule reports on: the engine does not run it on a
   * migration that has none of them. Absent: it runs on every migration.
   */
  kinds?: readonly string[];
  /** Absent for `unused-ignore`, which the suppression pass reports (it needs every other finding first). */
  check?(ctx: MigrationContext): RuleHit[];
}
