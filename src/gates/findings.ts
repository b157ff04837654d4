import type { Finding } from '../report/finding.js';
import { GATES } from './registry.js';
import type { GateResult } from './types.js';

const DOCS = 'https://github.com/migration-gates/migration-gates/blob/main/docs/actions/apply-migration.md';

/**
 * Gates speak the one Finding model: a failed gate is an error whose rule is the gate's name
 * (message = reason, fix = remedy); an overridden gate is a warning, so the override is visible in
 * every sink.
 */
export function gateFindings(results: readonly GateResult[]): Finding[] {
  const out: Finding[] = [];
  for (const r of results) {
    const o = r.outcome;
    if (o.status === 'fail') {
      out.push({ rule: r.name, severity: 'error', message: o.reason, why: GATES[r.name].description, ...(o.remedy ? { fix: o.remedy } : {}), docsUrl: `${DOCS}#${r.name}` });
    } else if (o.overridden) {
      out.push({ rule: r.name, severity: 'warning', message: o.reason, why: `${GATES[r.name].description}; overridden for this run`, docsUrl: `${DOCS}#${r.name}` });
    }
  }
  return out;
}
