import type { Config } from '../../config/types.js';
import { ruleDocsUrl, type Finding, type Severity } from '../../report/finding.js';
import type { MigrationChanges } from '../changes.js';
import type { ServiceSet } from '../discover.js';

/** The merge base as the rules may read it (loaded only when a rule needs it). */
export interface BaseView {
  /** Services and stray migration folders at the merge base. */
  services: ServiceSet;
  /** A repository-relative file at the merge base, undefined when it did not exist. */
  read: (rel: string) => string | undefined;
}

/** What every history rule sees: the PR's migration changes and the config. */
export interface RuleContext {
  repoRoot: string;
  config: Config;
  changes: MigrationChanges;
  /** Read a repository-relative file of the working tree ('' when unreadable). */
  read: (rel: string) => string;
  /** First changed line of an edited file, when known. */
  changedLine?: (rel: string) => number | undefined;
  /** The merge base's files, when the PR deletes or edits something a rule must compare with. */
  base?: BaseView;
}

/** One migration-history rule of the guide: its id, default severity, and why it exists. */
export interface HistoryRule {
  id: string;
  severity: Severity;
  /** One line for the docs table. */
  summary: string;
  /** Why the guide asks for it (the hazard when ignored). */
  rationale: string;
  check(ctx: RuleContext): Finding[];
}

/** A finding of `rule` with its severity and docs link filled in. */
export function finding(rule: Pick<HistoryRule, 'id' | 'severity'>, f: Omit<Finding, 'rule' | 'severity' | 'docsUrl'> & { severity?: Severity }): Finding {
  return { rule: rule.id, docsUrl: ruleDocsUrl(rule.id), ...f, severity: f.severity ?? rule.severity };
}

/** The service's folder for messages and commands ('.' for a root service). */
export function serviceDir(root: string): string {
  return root || '.';
}

