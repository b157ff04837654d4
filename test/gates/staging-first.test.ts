import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stagingFirstGate } from '../../src/gates/staging-first.js';
import { makeFixture, prismaDeploy, type Fixture } from '../apply/fixture.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { gateContext } from './context.js';

const M1 = '20240102000000_add_profile';
const M2 = '20240103000000_add_settings';

let fx: Fixture | undefined;
let staging: TestDatabase | undefined;
afterEach(async () => {
  await fx?.cleanup();
  await staging?.drop();
  fx = undefined;
  staging = undefined;
});

async function evaluate(stagingUrl: string | undefined) {
  const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url: fx!.db.url, environment: 'prod', stagingUrl });
  try {
    return await stagingFirstGate.evaluate(ctx);
  } finally {
    await close();
  }
}

/** prod is at init; staging ran init and M1 (and M2 when asked). */
async function setup(stagingHasM2: boolean) {
  fx = await makeFixture();
  await prismaDeploy(fx.root, fx.db.url);
  staging = await createTestDatabase('mgs');
  fx.addMigration(M1, 'CREATE TABLE "Profile" ("id" INTEGER PRIMARY KEY);\n');
  if (stagingHasM2) fx.addMigration(M2, 'CREATE TABLE "Settings" ("id" INTEGER PRIMARY KEY);\n');
  await prismaDeploy(fx.root, staging.url);
  if (!stagingHasM2) fx.addMigration(M2, 'CREATE TABLE "Settings" ("id" INTEGER PRIMARY KEY);\n');
}

describe('staging-first', () => {
  it('passes when every migration pending on production finished on staging with the same bytes', async () => {
    await setup(true);
    const o = await evaluate(staging!.url);
    expect(o.status).toBe('pass');
    expect(o.reason).toBe(`all 2 pending migration(s) finished on staging (postgres@127.0.0.1:5432/${staging!.name}) with the same checksum`);
  });

  it('fails when a pending migration never ran on staging', async () => {
    await setup(false);
    const o = await evaluate(staging!.url);
    expect(o.status).toBe('fail');
    expect(o.reason).toBe(`1 of 2 pending migration(s) have not run on staging as they are: ${M2}`);
    expect(o.details).toEqual([`${M2}: never applied to staging`]);
    expect(o.remedy).toMatch(/apply them to staging first from a release\/\* branch/);
  });

  it('fails when staging ran different SQL under the same name', async () => {
    await setup(true);
    writeFileSync(path.join(fx!.root, 'prisma', 'migrations', M2, 'migration.sql'), 'CREATE TABLE "Settings" ("id" BIGINT PRIMARY KEY);\n');
    const o = await evaluate(staging!.url);
    expect(o.status).toBe('fail');
    expect(o.details![0]).toMatch(new RegExp(`^${M2}: staging ran different SQL \\(staging sha256 [0-9a-f]{12}…, file [0-9a-f]{12}…\\)$`));
  });

  it('fails without staging-database-url, and when it points at the target itself', async () => {
    fx = await makeFixture();
    let o = await evaluate(undefined);
    expect(o).toMatchObject({ status: 'fail', reason: 'staging-database-url is not set, so the pending migrations cannot be checked against staging' });
    expect(o.remedy).toContain('secrets.STAGING_DATABASE_URL');
    o = await evaluate(fx.db.url.replace('127.0.0.1', 'localhost'));
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(/staging-database-url points at the database being migrated/);
  });

  it('reads staging in a read-only session', async () => {
    await setup(true);
    // The gate's session sets default_transaction_read_only; prove the role could not write through it.
    const { connect } = await import('../../src/postgres/connect.js');
    const { parseDatabaseUrl } = await import('../../src/postgres/url.js');
    const c = await connect(parseDatabaseUrl(staging!.url), { readOnly: true });
    await expect(c.query('CREATE TABLE "Nope" (id int)')).rejects.toThrow(/read-only transaction/);
    await c.end();
    expect((await evaluate(staging!.url)).status).toBe('pass');
  });
});
