import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { ruleDocsUrl, type Finding, type Severity } from '../report/finding.js';
import { buildContext, type MigrationContext } from './context.js';
import type { ParsedMigration } from './parser/split.js';
import type { SchemaModel } from './schema/model.js';
import type { MigrationTrace, SchemaFacts } from './replay/types.js';
import type { RuleCategory } from './rule.js';
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
  return {
    severity(rule, hitDefault) {
      return configured.get(rule) ?? hitDefault ?? RULES_BY_ID.get(rule)?.severity ?? 'warning';
    },
  };
}

const MAX_STATEMENT = 2000;

function clip(sql: string): string {
  return sql.length > MAX_STATEMENT ? `${sql.slice(0, MAX_STATEMENT)}…` : sql;
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
}): MigrationLint {
  const ctx = buildContext(input);
  const items: { finding: Finding; statement: number; tableKey: string | undefined; category: RuleCategory }[] = [];
  for (const rule of RULES) {
    if (!rule.check || input.settings.severity(rule.id) === 'off') continue;
    for (const hit of rule.check(ctx)) {
      const severity = input.settings.severity(rule.id, hit.severity);
      if (severity === 'off') continue;
      const stmt = ctx.statements[hit.statement]?.stmt;
      const finding: Finding = {
        rule: rule.id,
        severity,
        file: input.file,
        line: hit.line ?? stmt?.line,
        ...(hit.column ?? stmt?.column ? { column: hit.column ?? stmt?.column } : {}),
        message: hit.message,
        why: hit.why ?? rule.rationale,
        fix: hit.fix ?? rule.safeAlternative,
        ...(hit.table ? { table: hit.table } : {}),
        ...(stmt ? { statement: clip(stmt.sql) } : {}),
        observed: hit.observed,
        docsUrl: ruleDocsUrl(rule.id),
      };
      items.push({ finding, statement: hit.statement, tableKey: hit.tableKey, category: rule.category });
    }
  }
  const directives = parseDirectives(input.parsed);
  const { kept, suppressions, unused } = applySuppressions(items, directives, input.file, (r) => input.settings.severity(r) !== 'off');
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
