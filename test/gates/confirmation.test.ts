import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationGate } from '../../src/gates/confirmation.js';
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

describe('confirmation', () => {
  it('passes when confirm is the database name', async () => {
    const { ctx, close } = await ctxFor('prod', { confirm: ` ${fx.db.name} ` });
    const o = await confirmationGate.evaluate(ctx);
    await close();
    expect(o).toEqual({ status: 'pass', reason: `confirmed database ${fx.db.name}` });
  });

  it('fails on a wrong or empty confirmation, saying what to type', async () => {
    for (const confirm of ['girok_user', undefined]) {
      const { ctx, close } = await ctxFor('prod', { confirm });
      const o = await confirmationGate.evaluate(ctx);
      await close();
      expect(o.status).toBe('fail');
      expect(o.reason).toMatch(confirm ? /confirm is "girok_user", which is not the database name/ : /confirm is empty; prod requires the database name/);
      expect(o.remedy).toContain(`-f confirm=${fx.db.name}`);
    }
  });
});
