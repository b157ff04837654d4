import type { Finding } from '../report/finding.js';
import type { LintResult } from '../lint/types.js';
import type { Gate } from './types.js';

function describe(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''} ` : '';
  return `${where}[${f.rule}] ${f.message}`;
}

/**
 * The SQL hazards of the pending migrations (the same engine as the PR check). An error blocks
 * the deploy unless a person records why it is acceptable (override-reason), which the summary shows.
 */
export const lintGate: Gate = {
  name: 'lint',
  description: 'no error-level lint finding in the pending migrations, unless override-reason is given',
  async evaluate(ctx) {
    const names = ctx.plan.pending.map((m) => m.name);
    if (!names.length) return { status: 'pass', reason: 'nothing pending to lint' };
    // Loaded on demand: the parser and the replay engine (WASM) cost nothing when the gate is off.
    const { runLint } = await import('../lint/run.js');
    // The target itself gives the row estimates: a lock on a big table escalates to an error.
    const result: LintResult = await runLint({ repoRoot: ctx.repoRoot, config: ctx.config, only: { service: ctx.service.name, names }, statsDatabaseUrl: ctx.target.url });
    const errors = result.findings.filter((f) => f.severity === 'error');
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    const details = [...errors, ...warnings].map((f) => `${f.severity}: ${describe(f)}`);
    if (!errors.length) {
      return { status: 'pass', reason: `${names.length} pending migration(s) linted: no error${warnings.length ? `, ${warnings.length} warning(s)` : ''}`, details };
    }
    if (ctx.overrideReason) {
      return {
        status: 'pass',
        overridden: true,
        reason: `${errors.length} lint error(s) overridden: "${ctx.overrideReason}"`,
        details,
      };
    }
    return {
      status: 'fail',
      reason: `${errors.length} lint error(s) in the pending migrations: ${errors.slice(0, 3).map((f: Finding) => `[${f.rule}]${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}`).join(', ')}${errors.length > 3 ? ', ...' : ''}`,
      remedy:
        'fix them in a new migration (each finding names the safe alternative: npx migration-gates lint ' +
        `${ctx.service.migrations}), or, if the risk is accepted, dispatch again with override-reason: "<why this is safe>"`,
      details,
    };
  },
};
