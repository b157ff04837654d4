import type { LintRule } from '../rule.js';

/** Reported by the suppression pass (src/lint/suppress.ts), which needs every other finding first. */
export const rule: LintRule = {
  id: 'unused-ignore',
  severity: 'warning',
  category: 'engine',
  summary: 'A migration-gates-ignore comment that silences nothing',
  rationale: 'An ignore that matches no finding is stale or misspelt: it hides nothing today and would silently hide a future finding on the same statement.',
  safeAlternative: '-- name the rule exactly, just above the statement it is about, with a reason:\n-- migration-gates-ignore drop-column -- column unused since v2.3, backup taken\nALTER TABLE "User" DROP COLUMN "legacyId";',
  docs: {
    problem: 'Reports each rule named in a `-- migration-gates-ignore` or `-- migration-gates-ignore-file` comment that matched no finding: a misspelt or unknown rule id, a rule that cannot be silenced, or a statement that no longer has that problem.',
    bad: '-- migration-gates-ignore drop-colum\nALTER TABLE "User" DROP COLUMN "legacyId";',
  },
};
