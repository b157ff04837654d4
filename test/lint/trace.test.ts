import { describe, expect, it } from 'vitest';
import type { MigrationTrace, StatementTrace } from '../../src/lint/replay/types.js';
import { BASE, factsOf, lintSql } from './helpers.js';

/** A trace as the replay engine reports it, built in memory from the contract types. */
async function traceOf(statements: Partial<StatementTrace>[], opts: { ok?: boolean; afterHistory?: string[] } = {}): Promise<MigrationTrace> {
  const before = await factsOf([BASE]);
  const after = await factsOf(opts.afterHistory ?? [BASE]);
  return {
    name: '20240102000000_change',
    statements: statements.map((s, index) => ({ index, locks: [], rewritten: [], traced: true, ...s })),
    preExisting: new Set(before.tables.keys()),
    before,
    after,
    ok: opts.ok ?? true,
  };
}

describe('rules read the replay trace', () => {
  it('marks a lock finding observed when the replay saw the lock', async () => {
    const sql = 'CREATE INDEX "User_name_idx" ON "User"("name");';
    const trace = await traceOf([{ locks: [{ table: 'public.User', mode: 'ShareLock' }] }]);
    const r = await lintSql(sql, { trace });
    expect(r.findings.find((f) => f.rule === 'create-index-not-concurrently')).toMatchObject({ observed: true });
    const predicted = await lintSql(sql, { history: [BASE] });
    expect(predicted.findings.find((f) => f.rule === 'create-index-not-concurrently')).toMatchObject({ observed: false });
  });

  it('trusts the replay over the prediction for rewrites', async () => {
    // Predicted binary-coercible, but the replay saw the table rewritten: reported as observed.
    const widen = 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(300);';
    const seen = await lintSql(widen, { trace: await traceOf([{ rewritten: ['public.User'], locks: [{ table: 'public.User', mode: 'AccessExclusiveLock' }] }]) });
    expect(seen.findings.find((f) => f.rule === 'change-column-type')).toMatchObject({ observed: true });
    // Predicted a rewrite (unknown function), but the replay ran it and the table kept its storage: quiet.
    const dflt = 'ALTER TABLE "User" ADD COLUMN "tag" TEXT DEFAULT my_stable_fn();';
    expect((await lintSql(dflt, { history: [BASE] })).rules).toContain('add-column-volatile-default');
    const quiet = await lintSql(dflt, { trace: await traceOf([{ locks: [{ table: 'public.User', mode: 'AccessExclusiveLock' }] }]) });
    expect(quiet.rules).not.toContain('add-column-volatile-default');
  });

  it('pins a statement\'s rewrite on the sub-command that explains it', async () => {
    const sql = 'ALTER TABLE "User" ALTER COLUMN "name" TYPE VARCHAR(300), ALTER COLUMN "score" TYPE TEXT;';
    const r = await lintSql(sql, { trace: await traceOf([{ rewritten: ['public.User'] }]) });
    const msgs = r.findings.filter((f) => f.rule === 'change-column-type').map((f) => f.message);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('"User"."score"');
  });

  it('lock-timeout-missing follows the locks the replay saw', async () => {
    // Statically a RENAME CONSTRAINT is ACCESS EXCLUSIVE; the trace says which mode it really took.
    const sql = 'ALTER TABLE "User" RENAME CONSTRAINT "User_pkey" TO "User_pk";';
    const weak = await lintSql(sql, { trace: await traceOf([{ locks: [{ table: 'public.User', mode: 'ShareUpdateExclusiveLock' }] }]) });
    expect(weak.rules).not.toContain('lock-timeout-missing');
    const strong = await lintSql(sql, { trace: await traceOf([{ locks: [{ table: 'public.User', mode: 'AccessExclusiveLock' }] }]) });
    expect(strong.findings.find((f) => f.rule === 'lock-timeout-missing')).toMatchObject({ observed: true, table: 'User' });
  });

  it('migration-fails carries the PostgreSQL error and the statement line', async () => {
    const sql = 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\n\nALTER TABLE "Userr" ADD COLUMN "x" INTEGER;\nALTER TABLE "User" DROP COLUMN "name";';
    const trace = await traceOf([{}, { error: { message: 'relation "Userr" does not exist', code: '42P01' } }], { ok: false });
    const r = await lintSql(sql, { trace });
    const f = r.findings.find((x) => x.rule === 'migration-fails')!;
    expect(f).toMatchObject({ severity: 'error', line: 3, observed: true });
    expect(f.message).toContain('relation "Userr" does not exist (SQLSTATE 42P01)');
    // The statement after the failure was never replayed: its findings are predictions.
    expect(r.findings.find((x) => x.rule === 'drop-column')).toMatchObject({ observed: false });
  });

  it('replay-unsupported is a notice naming the statement, never migration-fails', async () => {
    const sql = 'CREATE EXTENSION IF NOT EXISTS "postgis";\nALTER TABLE "User" ADD COLUMN "bio" TEXT;';
    const trace = await traceOf([{ traced: false, unsupported: 'PGlite cannot create extension "postgis"' }, { locks: [{ table: 'public.User', mode: 'AccessExclusiveLock' }] }]);
    const r = await lintSql(sql, { trace });
    expect(r.rules).not.toContain('migration-fails');
    const f = r.findings.find((x) => x.rule === 'replay-unsupported')!;
    expect(f).toMatchObject({ severity: 'notice', line: 1 });
    expect(f.message).toContain('CREATE EXTENSION IF NOT EXISTS "postgis"');
    expect(f.message).toContain('PGlite cannot create extension "postgis"');
  });

  it('a CONCURRENTLY statement failing in the transaction is reported once, as concurrently-in-transaction', async () => {
    const sql = 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCREATE INDEX CONCURRENTLY "User_bio_idx" ON "User"("bio");';
    const trace = await traceOf([{}, { traced: false, error: { message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block', code: '25001' } }], { ok: false });
    const r = await lintSql(sql, { trace });
    expect(r.rules).toContain('concurrently-in-transaction');
    expect(r.rules).not.toContain('migration-fails');
  });

  it('foreign keys are judged on the schema after the migration (the replay\'s catalog)', async () => {
    const sql = 'ALTER TABLE "Post" ADD COLUMN "editorId" INTEGER;\nALTER TABLE "Post" ADD CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") NOT VALID;';
    const without = await traceOf([{}, {}], { afterHistory: [BASE, sql] });
    expect((await lintSql(sql, { trace: without })).findings.find((f) => f.rule === 'foreign-key-without-index')).toMatchObject({ observed: true });
    const withIndex = await traceOf([{}, {}], { afterHistory: [BASE, sql, 'CREATE INDEX "Post_editorId_idx" ON "Post"("editorId");'] });
    expect((await lintSql(sql, { trace: withIndex })).rules).not.toContain('foreign-key-without-index');
  });
});
