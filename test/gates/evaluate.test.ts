import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchEnvironmentGate } from '../../src/gates/branch-environment.js';
import { confirmationGate } from '../../src/gates/confirmation.js';
import { evaluateGates } from '../../src/gates/evaluate.js';
import { gateFindings } from '../../src/gates/findings.js';
import type { Gate } from '../../src/gates/types.js';
import { makeFixture, type Fixture } from '../apply/fixture.js';
import { gateContext } from './context.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(async () => {
  await fx.cleanup();
});

const ctxFor = (environment: string, extra: { ref?: string; confirm?: string } = {}) =>
  gateContext({ root: fx.root, config: fx.config, url: fx.db.url, environment, ...extra });

describe('evaluateGates and gateFindings', () => {
  it('skips gates the environment turns off, runs the rest in order, and a throwing gate fails with its error', async () => {
    const { ctx, close } = await ctxFor('prod', { ref: 'refs/heads/main', confirm: fx.db.name });
    ctx.environment = { ...ctx.environment, gates: { ...ctx.environment.gates, backup: false, 'staging-first': false, lint: false, health: false, tls: false } };
    const boom: Gate = { name: 'history-integrity', description: 'x', evaluate: async () => { throw new Error('cannot read postgresql://u:pw-123@h/db'); } };
    const results = await evaluateGates(ctx, { 'branch-environment': branchEnvironmentGate, confirmation: confirmationGate, 'history-integrity': boom });
    await close();
    expect(results.map((r) => [r.name, r.outcome.status])).toEqual([
      ['branch-environment', 'pass'],
      ['confirmation', 'pass'],
      ['history-integrity', 'fail'],
    ]);
    expect(results[2]!.outcome.reason).toBe('history-integrity could not be checked: cannot read postgresql://u:***@h/db');
    const findings = gateFindings(results);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'history-integrity', severity: 'error', message: results[2]!.outcome.reason, fix: 'fix the error above and dispatch again' }),
    ]);
  });

  it('reports disabled gates as skipped, and an overridden pass as a warning', async () => {
    const { ctx, close } = await ctxFor('dev', { ref: 'refs/heads/develop' });
    const over: Gate = { name: 'lint', description: 'lint', evaluate: async () => ({ status: 'pass', overridden: true, reason: '1 lint error(s) overridden: "hotfix"' }) };
    ctx.environment = { ...ctx.environment, gates: { ...ctx.environment.gates, lint: true } };
    const results = await evaluateGates(ctx, { lint: over, confirmation: confirmationGate });
    await close();
    expect(results).toEqual([
      expect.objectContaining({ name: 'confirmation', outcome: { status: 'skip', reason: 'off for environment dev' } }),
      expect.objectContaining({ name: 'lint', outcome: expect.objectContaining({ status: 'pass', overridden: true }) }),
    ]);
    expect(gateFindings(results)).toEqual([expect.objectContaining({ rule: 'lint', severity: 'warning', message: '1 lint error(s) overridden: "hotfix"' })]);
  });
});
