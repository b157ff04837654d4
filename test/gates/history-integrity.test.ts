import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyIntegrityGate } from '../../src/gates/history-integrity.js';
import { runApply } from '../../src/apply/run.js';
import { makeFixture, prismaDeploy, type Fixture } from '../apply/fixture.js';
import { gateContext } from './context.js';

const ADD = '20240102000000_add_profile';
const ADD_SQL = '-- CreateTable\nCREATE TABLE "Profile" (\n  "id" INTEGER NOT NULL,\n  CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")\n);\n';

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

async function evaluate() {
  const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url: fx!.db.url, environment: 'dev', ref: 'refs/heads/develop' });
  try {
    return await historyIntegrityGate.evaluate(ctx);
  } finally {
    await close();
  }
}

const sqlFile = (name: string) => path.join(fx!.root, 'prisma', 'migrations', name, 'migration.sql');

describe('history-integrity', () => {
  it('passes when every applied migration is byte-identical to its file', async () => {
    fx = await makeFixture({ migrations: { [ADD]: ADD_SQL } });
    await prismaDeploy(fx.root, fx.db.url);
    expect(await evaluate()).toEqual({ status: 'pass', reason: '2 applied migration(s) match their files; no failed migration' });
  });

  it('passes a CRLF checkout of a migration applied with LF, as Prisma does', async () => {
    fx = await makeFixture({ migrations: { [ADD]: ADD_SQL } });
    await prismaDeploy(fx.root, fx.db.url);
    writeFileSync(sqlFile(ADD), ADD_SQL.replace(/\n/g, '\r\n'));
    expect(readFileSync(sqlFile(ADD), 'utf8')).toContain('\r\n');
    expect((await evaluate()).status).toBe('pass');
  });

  it('fails on an applied migration edited afterwards (Prisma itself no longer warns), naming file and checksums', async () => {
    fx = await makeFixture({ migrations: { [ADD]: ADD_SQL } });
    await prismaDeploy(fx.root, fx.db.url);
    writeFileSync(sqlFile(ADD), ADD_SQL.replace('"id" INTEGER NOT NULL', '"id" BIGINT NOT NULL'));
    const o = await evaluate();
    expect(o.status).toBe('fail');
    expect(o.reason).toBe(`1 applied migration(s) were edited after they ran: ${ADD}`);
    expect(o.details![0]).toMatch(new RegExp(`^prisma/migrations/${ADD}/migration.sql: applied with sha256 [0-9a-f]{12}…, file now [0-9a-f]{12}…$`));
    expect(o.remedy).toMatch(/put the change in a new migration: npx prisma migrate dev --name <change>/);

    // And the apply is refused before Prisma runs, which would have ignored the edit.
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' });
    expect(r.status).toBe('blocked');
    expect(r.report.findings).toEqual([expect.objectContaining({ rule: 'history-integrity', severity: 'error', message: o.reason })]);
  });

  it('fails on an applied migration deleted from the checkout', async () => {
    fx = await makeFixture({ migrations: { [ADD]: ADD_SQL } });
    await prismaDeploy(fx.root, fx.db.url);
    rmSync(path.dirname(sqlFile(ADD)), { recursive: true });
    const o = await evaluate();
    expect(o.status).toBe('fail');
    expect(o.reason).toBe(`1 applied migration(s) are missing from prisma/migrations: ${ADD}`);
  });

  it('fails on a failed migration row (P3009) with the exact recovery commands', async () => {
    fx = await makeFixture({ migrations: { [ADD]: 'CREATE TABLE "X" (id int);\nSELECT 1/0;\n' } });
    await expect(prismaDeploy(fx.root, fx.db.url)).rejects.toThrow(/division by zero/);
    const o = await evaluate();
    expect(o.status).toBe('fail');
    expect(o.reason).toMatch(new RegExp(`^migration ${ADD} failed at \\S+ \\(ERROR: division by zero\\) and blocks every deploy \\(Prisma P3009\\)$`));
    expect(o.remedy).toContain('npx prisma migrate status');
    expect(o.remedy).toContain(`npx prisma migrate resolve --rolled-back ${ADD}`);
    expect(o.remedy).toContain(`npx prisma migrate resolve --applied ${ADD}`);
    expect(o.remedy).toContain('npx migration-gates restore --backup');
    expect(o.details).toContainEqual(expect.stringMatching(/finished_at NULL, rolled_back_at NULL, applied_steps_count 0/));
  });
});
