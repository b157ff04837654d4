import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { MigrationTrace, StatementTrace } from '../../src/lint/replay/types.js';
import { BASE, factsOf, lintSql } from './helpers.js';
import { lintPullRequest, rulesOf } from './replayed.js';

/** Rules that say something about a table's locks, rewrites, NOT NULL, types or names. */
const TABLE_HAZARDS = [
  'create-index-not-concurrently', 'add-foreign-key-validating', 'add-check-validating', 'add-unique-constraint', 'add-primary-key',
  'set-not-null', 'add-required-column', 'add-column-volatile-default', 'change-column-type', 'narrowing-type-change',
  'rename-table', 'rename-column', 'drop-column', 'lock-timeout-missing', 'lock-held-across-statements', 'update-without-where',
  'drop-index-not-concurrently', 'validate-constraint-in-same-migration', 'drop-not-null',
];

describe('item 6: objects the pull request created are new (replayed, PR mode)', () => {
  it('a table created by the PR\'s first migration and altered by its second gets no lock, rewrite, NOT NULL, type or rename finding', async () => {
    const r = await lintPullRequest(
      [BASE],
      [
        'CREATE TABLE "Invoice" ("id" SERIAL NOT NULL, "userId" INTEGER NOT NULL, "total" INTEGER, "note" VARCHAR(200), CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"));\nCREATE INDEX "Invoice_userId_idx" ON "Invoice"("userId");',
        [
          'ALTER TABLE "Invoice" ADD COLUMN "currency" TEXT NOT NULL;',
          'ALTER TABLE "Invoice" ALTER COLUMN "total" SET NOT NULL;',
          'ALTER TABLE "Invoice" ALTER COLUMN "total" SET DATA TYPE BIGINT;',
          'ALTER TABLE "Invoice" ALTER COLUMN "note" SET DATA TYPE VARCHAR(50);',
          'ALTER TABLE "Invoice" ADD COLUMN "ref" UUID NOT NULL DEFAULT gen_random_uuid();',
          'CREATE INDEX "Invoice_total_idx" ON "Invoice"("total");',
          'ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
          'ALTER TABLE "Invoice" RENAME COLUMN "note" TO "memo";',
          'UPDATE "Invoice" SET "currency" = \'EUR\';',
          'ALTER TABLE "Invoice" RENAME TO "Bill";',
          'ALTER TABLE "Bill" DROP COLUMN "memo";',
        ].join('\n'),
      ],
      { shadow: true },
    );
    expect(r.result.engine).toBe('postgres');
    expect(rulesOf(r.perMigration[0]!)).toEqual([]);
    const second = rulesOf(r.perMigration[1]!);
    for (const rule of TABLE_HAZARDS) expect(second, rule).not.toContain(rule);
  });

  it('a column added in the same migration is new: renaming it and backfilling it are not errors', async () => {
    const r = await lintPullRequest(
      [BASE],
      ['ALTER TABLE "User" ADD COLUMN "nick" TEXT;\nALTER TABLE "User" RENAME COLUMN "nick" TO "nickname";\nUPDATE "User" SET "nickname" = "name";'],
      { shadow: true },
    );
    const f = r.perMigration[0]!;
    expect(rulesOf(f, 'error')).toEqual([]);
    expect(rulesOf(f)).not.toContain('rename-column');
    expect(f.find((x) => x.rule === 'update-without-where')).toMatchObject({ severity: 'warning' });
  });

  it('a column added by an earlier migration of the PR is new in the next one', async () => {
    const r = await lintPullRequest([BASE], ['ALTER TABLE "User" ADD COLUMN "nick" TEXT;', 'ALTER TABLE "User" RENAME COLUMN "nick" TO "handle";\nALTER TABLE "User" DROP COLUMN "handle";'], { shadow: true });
    expect(rulesOf(r.perMigration[1]!, 'error')).toEqual([]);
    // A column that existed before the PR is still reported.
    const old = await lintPullRequest([BASE], ['ALTER TABLE "User" ADD COLUMN "nick" TEXT;', 'ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";'], { shadow: true });
    expect(rulesOf(old.perMigration[1]!, 'error')).toEqual(['rename-column']);
  });

  it('"new" is tracked from the parsed statements: an ADD COLUMN the replay could not run still makes its backfill a backfill', async () => {
    const sql = 'ALTER TABLE "User" ADD COLUMN "handle" CITEXT;\nUPDATE "User" SET "handle" = "email";';
    const before = await factsOf([BASE]);
    const statements: StatementTrace[] = [
      { index: 0, locks: [], rewritten: [], traced: false, unsupported: 'type "citext" does not exist here (extension not available)' },
      { index: 1, locks: [], rewritten: [], traced: false, error: { message: 'column "handle" of relation "User" does not exist', code: '42703' } },
    ];
    const trace: MigrationTrace = { name: '20240102000000_change', statements, preExisting: new Set(before.tables.keys()), before, after: before, ok: false };
    const r = await lintSql(sql, { trace });
    expect(r.findings.find((f) => f.rule === 'update-without-where')?.severity).not.toBe('error');
  });
});

describe('item 7: one finding per cause', () => {
  it('no drop-enum-value-or-type for a type whose tables were dropped just above', async () => {
    const history = [BASE, 'CREATE TYPE "Status" AS ENUM (\'DRAFT\', \'LIVE\');\nALTER TABLE "Post" ADD COLUMN "status" "Status" NOT NULL DEFAULT \'DRAFT\';'];
    const r = await lintPullRequest(history, ['DROP TABLE "Post";\nDROP TYPE "Status";'], { shadow: true });
    expect(rulesOf(r.perMigration[0]!, 'error')).toEqual(['drop-table']);
    // The type still in use by a column: reported.
    const still = await lintSql('DROP TYPE "Role" CASCADE;', { history: [BASE] });
    expect(still.rules).toContain('drop-enum-value-or-type');
  });

  it('Prisma\'s DROP INDEX before removing the indexed field, or its table: only the drop is reported', async () => {
    const r = await lintPullRequest([BASE], ['-- DropIndex\nDROP INDEX "Post_authorId_idx";\n\n-- AlterTable\nALTER TABLE "Post" DROP COLUMN "authorId";'], { shadow: true });
    expect(rulesOf(r.perMigration[0]!, 'warning')).toEqual(['drop-column']);
    const t = await lintSql('DROP INDEX "Post_authorId_idx";\nDROP TABLE "Post";', { history: [BASE] });
    expect(t.findings.filter((f) => f.severity !== 'notice').map((f) => f.rule)).toEqual(['drop-table']);
    // The index alone (its column stays): reported.
    const alone = await lintSql('DROP INDEX "Post_authorId_idx";\nALTER TABLE "Post" DROP COLUMN "title";', { history: [BASE] });
    expect(alone.rules).toContain('drop-index-not-concurrently');
  });

  it('a statement that fails in the replay is reported once, as migration-fails', async () => {
    const r = await lintPullRequest([BASE], ['SET lock_timeout = \'5s\';\nDROP INDEX "Post_nope_idx";'], { shadow: true });
    expect(rulesOf(r.perMigration[0]!)).toEqual(['migration-fails']);
  });

  it('Prisma\'s DROP INDEX + CREATE UNIQUE INDEX on one table: each lock said once, no lock-held restatement, no error', async () => {
    const r = await lintPullRequest([BASE], ['-- DropIndex\nDROP INDEX "Post_authorId_idx";\n\n-- CreateIndex\nCREATE UNIQUE INDEX "Post_authorId_key" ON "Post"("authorId");'], { shadow: true });
    const f = r.perMigration[0]!;
    expect(rulesOf(f, 'error')).toEqual([]);
    expect(rulesOf(f, 'warning')).toEqual(['create-index-not-concurrently', 'drop-index-not-concurrently']);
  });

  it('a lock held across statements is reported once, naming the lock and what runs under it (eugene E4)', async () => {
    const r = await lintPullRequest([BASE], ['ALTER TABLE "User" ADD COLUMN "plan" TEXT;\nUPDATE "User" SET "plan" = \'free\';\nSELECT count(*) FROM "Post";'], { shadow: true });
    const held = r.perMigration[0]!.filter((x) => x.rule === 'lock-held-across-statements');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ line: 2, severity: 'warning', observed: true });
    expect(held[0]!.message).toContain('ACCESS EXCLUSIVE lock on "User" (line 1) is still held while UPDATE "User" runs');
  });

  it('several busy tables locked by one migration: a notice while deploy.lock-timeout bounds the wait, a warning without it', async () => {
    const sql = 'ALTER TABLE "User" ADD COLUMN "plan" TEXT;\nALTER TABLE "Post" ADD COLUMN "slug" TEXT;';
    const on = await lintPullRequest([BASE], [sql], { shadow: true });
    expect(on.perMigration[0]!.find((x) => x.rule === 'lock-held-across-statements')).toMatchObject({ severity: 'notice', line: 2 });
    const config = defaultConfig();
    config.deploy.lockTimeout = '0';
    const off = await lintSql(sql, { history: [BASE], config });
    expect(off.findings.find((x) => x.rule === 'lock-held-across-statements')).toMatchObject({ severity: 'warning' });
    expect(off.findings.find((x) => x.rule === 'lock-held-across-statements')!.message).toContain('holds ACCESS EXCLUSIVE on "User" (line 1) while it locks "Post"');
    // Tables the PR created do not count.
    const fresh = await lintSql('CREATE TABLE "A" ("id" INT);\nALTER TABLE "A" ADD COLUMN "x" INT;\nALTER TABLE "User" ADD COLUMN "plan" TEXT;', { history: [BASE], config });
    expect(fresh.rules).not.toContain('lock-held-across-statements');
  });
});

describe('item 8: lock-timeout-missing knows the deploy session', () => {
  const sql = 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\nALTER TABLE "User" ADD COLUMN "site" TEXT;';

  it('deploy.lock-timeout set (the default, 5s): one notice per migration that names it', async () => {
    const r = await lintPullRequest([BASE], [sql], { shadow: true });
    const hits = r.perMigration[0]!.filter((f) => f.rule === 'lock-timeout-missing');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'notice', line: 1 });
    expect(hits[0]!.message).toContain('lock_timeout 5s (deploy.lock-timeout)');
  });

  it('deploy.lock-timeout off: a warning, as before', async () => {
    const config = defaultConfig();
    config.deploy.lockTimeout = '0';
    const r = await lintPullRequest([BASE], [sql], { shadow: true, config });
    expect(r.perMigration[0]!.find((f) => f.rule === 'lock-timeout-missing')).toMatchObject({ severity: 'warning' });
    expect(r.perMigration[0]!.find((f) => f.rule === 'lock-timeout-missing')!.fix).toContain("SET lock_timeout = '5s';");
  });
});

describe('item 10: the known gaps, replayed', () => {
  it('NOT VALID then VALIDATE in one migration is reported; SET NOT NULL after a CHECK validated there is quiet', async () => {
    const r = await lintPullRequest(
      [BASE],
      [
        'ALTER TABLE "User" ADD CONSTRAINT "User_name_nn" CHECK ("name" IS NOT NULL) NOT VALID;\nALTER TABLE "User" VALIDATE CONSTRAINT "User_name_nn";',
        'ALTER TABLE "User" ADD CONSTRAINT "User_score_nn" CHECK ("score" IS NOT NULL) NOT VALID;',
        'ALTER TABLE "User" VALIDATE CONSTRAINT "User_score_nn";\nALTER TABLE "User" ALTER COLUMN "score" SET NOT NULL;',
      ],
      { shadow: true },
    );
    expect(r.perMigration[0]!.find((f) => f.rule === 'validate-constraint-in-same-migration')).toMatchObject({ line: 2, severity: 'warning', observed: true });
    expect(rulesOf(r.perMigration[2]!, 'warning')).toEqual([]);
  });

  it('PRIMARY KEY USING INDEX over a nullable column, ALTER DOMAIN ADD CONSTRAINT, DETACH PARTITION, DROP NOT NULL', async () => {
    const history = [
      BASE,
      'CREATE TABLE "Item" ("code" TEXT);\nCREATE UNIQUE INDEX "Item_code_key" ON "Item"("code");\nCREATE DOMAIN "pct" AS INTEGER;\nCREATE TABLE "Score" ("v" "pct");\nCREATE TABLE "Event" ("id" INTEGER, "at" DATE) PARTITION BY RANGE ("at");\nCREATE TABLE "Event_2023" PARTITION OF "Event" FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\');',
    ];
    const r = await lintPullRequest(
      history,
      [
        'ALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY USING INDEX "Item_code_key";',
        'ALTER DOMAIN "pct" ADD CONSTRAINT "pct_range" CHECK (VALUE BETWEEN 0 AND 100);',
        'ALTER TABLE "Event" DETACH PARTITION "Event_2023";',
        'ALTER TABLE "User" ALTER COLUMN "email" DROP NOT NULL;',
      ],
      { shadow: true },
    );
    expect(r.perMigration[0]!.find((f) => f.rule === 'add-primary-key')!.message).toContain('makes nullable "code" NOT NULL');
    expect(rulesOf(r.perMigration[1]!)).toContain('alter-domain-add-constraint');
    expect(rulesOf(r.perMigration[2]!)).toContain('detach-partition-not-concurrently');
    expect(r.perMigration[3]!.find((f) => f.rule === 'drop-not-null')).toMatchObject({ severity: 'notice' });
  });
});
