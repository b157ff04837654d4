import { afterEach, describe, expect, it } from 'vitest';
import { lintGate } from '../../src/gates/lint.js';
import { makeFixture, prismaDeploy, type Fixture } from '../apply/fixture.js';
import { gateContext } from './context.js';

const DROP = '20240102000000_drop_legacy_user';
const SAFE = '20240102000000_add_profile';

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

async function evaluate(overrideReason?: string) {
  const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url: fx!.db.url, environment: 'prod', overrideReason });
  try {
    return await lintGate.evaluate(ctx);
  } finally {
    await close();
  }
}

describe('lint', () => {
  it('passes when the pending migrations have no error-level finding (applied ones are not linted)', async () => {
    fx = await makeFixture();
    await prismaDeploy(fx.root, fx.db.url);
    fx.addMigration(SAFE, 'CREATE TABLE "Profile" ("id" INTEGER NOT NULL, CONSTRAINT "Profile_pkey" PRIMARY KEY ("id"));\n');
    const o = await evaluate();
    expect(o.status).toBe('pass');
    expect(o.reason).toMatch(/^1 pending migration\(s\) linted: no error/);
  });

  it('fails on an error-level hazard in a pending migration, naming rule and file', async () => {
    fx = await makeFixture();
    await prismaDeploy(fx.root, fx.db.url);
    fx.addMigration(DROP, 'DROP TABLE "User";\n');
    const o = await evaluate();
    expect(o.status).toBe('fail');
    expect(o.reason).toContain(`[drop-table] prisma/migrations/${DROP}/migration.sql:1`);
    expect(o.details!.join('\n')).toMatch(/^error: prisma\/migrations\/.*\[drop-table\]/m);
    expect(o.remedy).toMatch(/override-reason: "<why this is safe>"/);
  });

  it('passes with override-reason, marked overridden so every sink shows it', async () => {
    fx = await makeFixture();
    await prismaDeploy(fx.root, fx.db.url);
    fx.addMigration(DROP, 'DROP TABLE "User";\n');
    const o = await evaluate('table emptied and archived in TICKET-42');
    expect(o).toMatchObject({ status: 'pass', overridden: true, reason: '1 lint error(s) overridden: "table emptied and archived in TICKET-42"' });
  });
});
