import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redact } from '../security/redact.js';
import { buildChecklist } from '../report/checklist.js';
import type { Report } from '../report/report.js';
import { renderSarif, type SarifRule } from '../report/sarif.js';
import { ruleDocsUrl, type Finding } from '../report/finding.js';
import { RULES } from './rules/index.js';
import { lintSections } from './sections.js';
import type { LintResult } from './types.js';

/** The lint run as one Report: findings, the guide's checklist (lint items ticked), and the lint sections. */
export function buildLintReport(r: LintResult, tool = 'lint-migration'): Report {
  return {
    tool,
    title: 'migration-gates: SQL lint',
    findings: r.findings,
    checklist: buildChecklist(r.findings, new Set(['lint'])),
    sections: lintSections(r),
    facts: {
      linted: r.linted,
      engine: r.engine,
      cache: r.cache,
      suppressions: r.suppressions,
      ...(r.baselined ? { baselined: r.baselined } : {}),
      ...(r.stats ? { stats: r.stats } : {}),
      ...(r.replayNotes ? { replayNotes: r.replayNotes } : {}),
    },
  };
}

/** Rule metadata for SARIF's tool.driver.rules. */
export function lintRuleMeta(): SarifRule[] {
  return RULES.map((r) => ({
    id: r.id,
    shortDescription: r.summary,
    fullDescription: r.rationale,
    helpUri: ruleDocsUrl(r.id),
    help: `${r.rationale}\n\nSafe alternative:\n${r.safeAlternative}`,
    defaultLevel: r.severity,
  }));
}

/** SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif). */
export function lintSarif(findings: readonly Finding[]): string {
  return renderSarif(findings, lintRuleMeta());
}

/** Write the SARIF log beside the JSON report; returns its path (the action's `sarif-file` output). */
export function writeSarifFile(dir: string, findings: readonly Finding[]): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'migration-gates-lint.sarif');
  writeFileSync(file, redact(lintSarif(findings)));
  return file;
}

/** The `paths` input: one path per line, or comma-separated; blank entries ignored. */
export function splitPathsInput(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
