import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { ruleDocsUrl, type Finding, type Severity } from '../report/finding.js';
import { buildContext, type MigrationContext, type PriorCreations } from './context.js';
import type { ParsedMigration, ParsedStatement } from './parser/split.js';
import type { SchemaModel } from './schema/model.js';
import type { MigrationTrace, SchemaFacts } from './replay/types.js';
import type { LintRule, RuleCategory, RuleHit } from './rule.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { applySuppressions, parseDirectives } from './suppress.js';
import type { Suppression } from './types.js';

/** A finding plus what the run needs to know about it afterwards (stats, escalation). */
export interface LintItem {
  finding: Finding;
  statement: number;
  tableKey: string | undefined;
  category: RuleCategory;
}

/** Effective severity of each rule: the config's setting, else the rule's (or the hit's) default. */
export interface RuleSettings {
  severity(rule: string, hitDefault?: Severity): Severity | 'off';
  /** The rules with a check that are not turned off, in RULES order (resolved once per run). */
  readonly enabled: readonly LintRule[];
  /** config deploy.lock-timeout: the lock_timeout every apply-migration deploy runs with ('0' when off). */
  readonly deployLockTimeout?: string;
}

export function ruleSettings(config: Config): RuleSettings {
  const unknown = Object.keys(config.lint.rules).filter((id) => !RULES_BY_ID.has(id));
  if (unknown.length) {
    throw new UserError(`lint.rules names unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, {
      why: `lint rules are: ${[...RULES_BY_ID.keys()].join(', ')}`,
      next: `fix lint.rules in ${config.file ?? '.github/migration-gates.yml'} (docs/rules/ lists every rule)`,
    });
  }
  // Resolved once per run: every migration asks for every rule.
  const configured = new Map(Object.entries(config.lint.rules));
  const severity = (rule: string, hitDefault?: Severity) => configured.get(rule) ?? hitDefault ?? RULES_BY_ID.get(rule)?.severity ?? 'warning';
  return { severity, enabled: RULES.filter((r) => r.check && severity(r.id) !== 'off'), deployLockTimeout: config.deploy.lockTimeout };
}

const MAX_STATEMENT = 2000;

function clip(sql: string): string {
  return sql.length > MAX_STATEMENT ? `${sql.slice(0, MAX_STATEMENT)}…` : sql;
}

/**
 * A hit as a Finding. One object shape for every finding (absent fields are undefined, which the
 * JSON report omits), not a spread per optional field: a history can produce thousands.
 */
function toFinding(rule: LintRule, hit: RuleHit, severity: Severity, file: string, stmt: ParsedStatement | undefined): Finding {
  return {
    rule: rule.id,
    severity,
    file,
    line: hit.line ?? stmt?.line,
    column: (hit.column ?? stmt?.column) || undefined,
    message: hit.message,
    why: hit.why ?? rule.rationale,
    fix: hit.fix ?? rule.safeAlternative,
    table: hit.table || undefined,
    statement: stmt ? clip(stmt.sql) : undefined,
    observed: hit.observed,
    docsUrl: ruleDocsUrl(rule.id),
  };
}

/**
 * One finding per cause: a statement that fails in the replay fails everywhere, and that is what
 * its migration-fails finding says; what other rules predict about the same statement (its lock,
 * its rewrite) never happens, so it is dropped.
 */
function onePerCause(items: LintItem[]): LintItem[] {
  const failed = new Set(items.filter((i) => i.finding.rule === 'migration-fails').map((i) => i.statement));
  const predictedEffect = new Set<RuleCategory>(['lock', 'rewrite', 'data-loss', 'compatibility']);
  return failed.size ? items.filter((i) => !predictedEffect.has(i.category) || !failed.has(i.statement)) : items;
}

export interface MigrationLint {
  items: LintItem[];
  suppressions: Suppression[];
  context: MigrationContext;
}

/** Run every enabled rule over one parsed migration, then apply its ignore comments. */
export function lintMigration(input: {
  name: string;
  file: string;
  parsed: ParsedMigration;
  before?: SchemaFacts;
  /** A live static model to apply the migration to (see buildContext). */
  model?: SchemaModel;
  trace?: MigrationTrace;
  settings: RuleSettings;
  /** Tables and columns earlier migrations of the same pull request created (new everywhere). */
  prior?: PriorCreations;
}): MigrationLint {
  const ctx = buildContext({ ...input, ...(input.settings.deployLockTimeout !== undefined ? { deployLockTimeout: input.settings.deployLockTimeout } : {}) });
  const items: LintItem[] = [];
  const kinds = new Set<string | undefined>();
  for (let i = 0; i < ctx.statements.length; i++) kinds.add(ctx.statements[i]!.stmt.kind);
  for (const rule of input.settings.enabled) {
    if (rule.kinds && !rule.kinds.some((k) => kinds.has(k))) continue;
    const hits = rule.check!(ctx);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      const severity = input.settings.severity(rule.id, hit.severity);
      if (severity === 'off') continue;
      items.push({ finding: toFinding(rule, hit, severity, input.file, ctx.statements[hit.statement]?.stmt), statement: hit.statement, tableKey: hit.tableKey, category: rule.category });
    }
  }
  const directives = parseDirectives(input.parsed);
  const { kept, suppressions, unused } = applySuppressions(onePerCause(items), directives, input.file, (r) => input.settings.severity(r) !== 'off');
  const out = kept as LintItem[];
  const unusedSeverity = input.settings.severity('unused-ignore');
  if (unusedSeverity !== 'off') {
    const rule = RULES_BY_ID.get('unused-ignore')!;
    for (const u of unused) {
      out.push({
        finding: { rule: rule.id, severity: unusedSeverity, file: input.file, line: u.line, message: u.message, why: rule.rationale, fix: rule.safeAlternative, observed: false, docsUrl: ruleDocsUrl(rule.id) },
        statement: -1,
        tableKey: undefined,
        category: 'engine',
      });
    }
  }
  return { items: out, suppressions, context: ctx };
}
