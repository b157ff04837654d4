/** The one result model every check, lint rule and gate speaks; report/ renders it everywhere. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Stable rule id (history rule, lint rule or gate name), e.g. `edited-migration`. */
  rule: string;
  severity: Severity;
  /** Repository-relative path, when the finding is about a file. */
  file?: string;
  line?: number;
  column?: number;
  /** One sentence: what is wrong, naming the object. */
  message: string;
  /** Why it matters (the hazard). */
  why?: string;
  /** The safe alternative or the next command to run. */
  fix?: string;
  table?: string;
  statement?: string;
  /** Lint: true when seen in the replay trace, false when predicted from the statement. */
  observed?: boolean;
  /** Link to the rule's documentation page. */
  docsUrl?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  total: number;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, notices: 0, total: findings.length };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.notices++;
  }
  return s;
}

/**
 * Code-unit order, not the locale's: the same findings list the same way on every machine, and
 * migration folders come in Prisma's apply order (it sorts their names by bytes). It also spares
 * loading ICU's collation data (about 10 ms) and a collator call per comparison.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Errors first, then by file and line, so every sink lists findings in the same order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      byCodeUnits(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      byCodeUnits(a.rule, b.rule),
  );
}

export type FailOn = 'error' | 'warning' | 'never';

/** Whether the findings should fail the check, given the `fail-on` threshold. */
export function shouldFail(summary: Summary, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return summary.errors + summary.warnings > 0;
  return summary.errors > 0;
}

export const DOCS_BASE = 'https://github.com/migration-gates/migration-gates/blob/main/docs/rules';

export function ruleDocsUrl(rule: string): string {
  return `${DOCS_BASE}/${rule}.md`;
}
