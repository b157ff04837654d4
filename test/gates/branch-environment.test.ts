import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchEnvironmentGate } from '../../src/gates/branch-environment.js';
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

describe('branch-environment', () => {
  it('passes when the dispatched branch maps to the chosen environment', async () => {
    for (const [env, ref] of [['prod', 'refs/heads/main'], ['staging', 'refs/heads/release/v1.2.0'], ['dev', 'refs/heads/develop']] as const) {
      const { ctx, close } = await ctxFor(env, { ref });
      const o = await branchEnvironmentGate.evaluate(ctx);
      await close();
      expect(o.status, `${env} from ${ref}`).toBe('pass');
    }
  });

  it('refuses production from a feature branch, naming the branch to dispatch from', async () => {
    const { ctx, close } = await ctxFor('prod', { ref: 'refs/heads/feature/add-user-profile' });
    const o = await branchEnvironmentGate.evaluate(ctx);
    await close();
    expect(o.status).toBe('fail');
    expect(o.reason).toBe('branch feature/add-user-profile maps to no environment; "prod" only deploys from main');
    expect(o.remedy).toContain('gh workflow run migrate.yml --ref main -f environment=prod');
  });

  it('refuses a branch that belongs to another environment, and a missing ref', async () => {
    let { ctx, close } = await ctxFor('staging', { ref: 'refs/heads/develop' });
    let o = await branchEnvironmentGate.evaluate(ctx);
    await close();
    expect(o).toMatchObject({ status: 'fail', reason: 'branch develop deploys to "dev", not "staging"' });
    expect(o.remedy).toContain('release/*');
    ({ ctx, close } = await ctxFor('dev'));
    o = await branchEnvironmentGate.evaluate(ctx);
    await close();
    expect(o.status).toBe('fail');
    expect(o.remedy).toMatch(/pass --ref <branch>/);
  });
});
