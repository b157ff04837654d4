import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { BASE, lintSql } from './helpers.js';

/** For every rule: SQL it must report, and the safe form (or an exempt case) it must not. */
interface Case {
  rule: string;
  bad: string;
  good: string;
  /** History before the migration; BASE (User, Post, Role) by default. */
  history?: string[];
}

const CASES: Case[] = [
  { rule: 'syntax-error', bad: 'ALTER TABLE "User" ADD COLUM "bio" TEXT;', good: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;' },
  {
    rule: 'create-index-not-concurrently',
    bad: 'CREATE INDEX "User_name_idx" ON "User"("name");',
    good: 'CREATE INDEX CONCURRENTLY "User_name_idx" ON "User"("name");',
  },
  {
    rule: 'create-index-not-concurrently',
    bad: 'CREATE UNIQUE INDEX "Post_title_key" ON "Post"("title");',
    good: 'CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));\nCREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");',
  },
  { rule: 'drop-index-not-concurrently', bad: 'DROP INDEX "Post_authorId_idx";', good: 'DROP INDEX CONCURRENTLY "Post_authorId_idx";' },
  { rule: 'reindex-not-concurrently', bad: 'REINDEX INDEX "Post_authorId_idx";', good: 'REINDEX INDEX CONCURRENTLY "Post_authorId_idx";' },
  {
    rule: 'concurrently-in-transaction',
    bad: 'SET lock_timeout = \'5s\';\nCREATE INDEX CONCURRENTLY "User_name_idx" ON "User"("name");',
    good: 'CREATE INDEX CONCURRENTLY "User_name_idx" ON "User"("name");',
  },
  {
    rule: 'add-foreign-key-validating',
    bad: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_editor_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
    good: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_editor_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID;',
  },
  {
    rule: 'add-foreign-key-validating',
    bad: 'ALTER TABLE "Post" ADD COLUMN "editorId" INTEGER REFERENCES "User"("id");',
    good: 'ALTER TABLE "Post" ADD COLUMN "editorId" INTEGER;',
  },
  {
    rule: 'add-check-validating',
    bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_score_check" CHECK ("score" >= 0);',
    good: 'ALTER TABLE "User" ADD CONSTRAINT "User_score_check" CHECK ("score" >= 0) NOT VALID;\nALTER TABLE "User" VALIDATE CONSTRAINT "User_score_check";',
  },
  {
    rule: 'add-unique-constraint',
    bad: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_key" UNIQUE ("title");',
    good: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_key" UNIQUE USING INDEX "Post_title_key";',
  },
  {
    rule: 'add-primary-key',
    history: ['CREATE TABLE "Item" ("id" INTEGER NOT NULL);'],
    bad: 'ALTER TABLE "Item" ADD PRIMARY KEY ("id");',
    good: 'ALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY USING INDEX "Item_pkey";',
  },
  {
    rule: 'add-exclusion-constraint',
    bad: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_no_dup" EXCLUDE USING gist ("authorId" WITH =);',
    good: 'CREATE TABLE "Booking" ("id" SERIAL PRIMARY KEY, "roomId" INTEGER);\nALTER TABLE "Booking" ADD CONSTRAINT "Booking_x" EXCLUDE USING gist ("roomId" WITH =);',
  },
  {
    rule: 'set-not-null',
    bad: 'ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;',
    good: 'ALTER TABLE "User" ADD CONSTRAINT "User_name_nn" CHECK ("name" IS NOT NULL) NOT VALID;\nALTER TABLE "User" VALIDATE CONSTRAINT "User_name_nn";\nALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;',
  },
  {
    rule: 'add-required-column',
    bad: 'ALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL;',
    good: 'ALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL DEFAULT 0;\nCREATE TABLE "Org" ("id" INTEGER);\nALTER TABLE "Org" ADD COLUMN "ownerId" INTEGER NOT NULL;',
  },
  {
    rule: 'validate-constraint-in-same-migration',
    bad: 'ALTER TABLE "User" ADD CONSTRAINT "User_score_check" CHECK ("score" >= 0) NOT VALID;\nALTER TABLE "User" VALIDATE CONSTRAINT "User_score_check";',
    good: 'ALTER TABLE "User" VALIDATE CONSTRAINT "User_score_check";',
    history: [BASE, 'ALTER TABLE "User" ADD CONSTRAINT "User_score_check" CHECK ("score" >= 0) NOT VALID;'],
  },
  {
    rule: 'add-primary-key',
    history: ['CREATE TABLE "Item" ("id" INTEGER);\nCREATE UNIQUE INDEX "Item_id_key" ON "Item"("id");'],
    bad: 'ALTER TABLE "Item" ADD CONSTRAINT "Item_pkey" PRIMARY KEY USING INDEX "Item_id_key";',
    good: 'ALTER TABLE "Item" ADD CONSTRAINT "Item_id_nn" CHECK ("id" IS NOT NULL) NOT VALID;',
  },
  {
    rule: 'alter-domain-add-constraint',
    history: [BASE, 'CREATE DOMAIN "positive_int" AS INTEGER;'],
    bad: 'ALTER DOMAIN "positive_int" ADD CONSTRAINT "positive_int_check" CHECK (VALUE > 0);',
    good: 'ALTER DOMAIN "positive_int" ADD CONSTRAINT "positive_int_check" CHECK (VALUE > 0) NOT VALID;\nCREATE DOMAIN "pct" AS INTEGER;\nALTER DOMAIN "pct" ADD CONSTRAINT "pct_check" CHECK (VALUE <= 100);',
  },
  {
    rule: 'detach-partition-not-concurrently',
    history: ['CREATE TABLE "Event" ("id" INTEGER, "at" DATE) PARTITION BY RANGE ("at");\nCREATE TABLE "Event_2023" PARTITION OF "Event" FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\');'],
    bad: 'ALTER TABLE "Event" DETACH PARTITION "Event_2023";',
    good: 'ALTER TABLE "Event" DETACH PARTITION "Event_2023" CONCURRENTLY;',
  },
  {
    rule: 'drop-not-null',
    bad: 'ALTER TABLE "User" ALTER COLUMN "email" DROP NOT NULL;',
    good: 'ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;\nALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL DEFAULT \'free\';\nALTER TABLE "User" ALTER COLUMN "plan" DROP NOT NULL;',
  },
  {
    rule: 'lock-held-across-statements',
    bad: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT;\nSELECT count(*) FROM "User";',
    good: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT;\nALTER TABLE "User" ADD COLUMN "tier" INTEGER;\nCREATE TABLE "Audit" ("id" INTEGER);\nCREATE INDEX "Audit_id_idx" ON "Audit"("id");\nINSERT INTO "Audit" VALUES (1);',
  },
  {
    rule: 'add-column-volatile-default',
    bad: 'ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT gen_random_uuid();',
    good: 'ALTER TABLE "User" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;\nALTER TABLE "User" ADD COLUMN "seenAt" TIMESTAMP(3) DEFAULT now();',
  },
  {
    rule: 'add-generated-stored-column',
    bad: 'ALTER TABLE "User" ADD COLUMN "lower" TEXT GENERATED ALWAYS AS (lower("email")) STORED;',
    good: 'ALTER TABLE "User" ADD COLUMN "lower" TEXT;',
  },
  { rule: 'add-identity-or-serial-column', bad: 'ALTER TABLE "Post" ADD COLUMN "number" SERIAL NOT NULL;', good: 'ALTER TABLE "Post" ADD COLUMN "number" INTEGER;' },
  {
    rule: 'add-identity-or-serial-column',
    bad: 'ALTER TABLE "Post" ADD COLUMN "seq" BIGINT GENERATED ALWAYS AS IDENTITY;',
    good: 'CREATE TABLE "Log" ("id" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
  },
  {
    rule: 'change-column-type',
    bad: 'ALTER TABLE "Post" ALTER COLUMN "authorId" SET DATA TYPE BIGINT;',
    good: 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(500);\nALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT;\nALTER TABLE "User" ALTER COLUMN "price" TYPE DECIMAL(12,2);',
  },
  { rule: 'set-logged-unlogged', bad: 'ALTER TABLE "Post" SET UNLOGGED;', good: 'CREATE UNLOGGED TABLE "Cache" ("k" TEXT PRIMARY KEY);' },
  { rule: 'vacuum-full-or-cluster', bad: 'VACUUM FULL "Post";', good: 'VACUUM (ANALYZE) "Post";' },
  { rule: 'vacuum-full-or-cluster', bad: 'CLUSTER "Post" USING "Post_authorId_idx";', good: 'ANALYZE "Post";' },
  {
    rule: 'lock-timeout-missing',
    bad: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;',
    good: 'SET lock_timeout = \'5s\';\nALTER TABLE "User" ADD COLUMN "bio" TEXT;',
  },
  {
    rule: 'alter-enum-rename-value',
    bad: 'ALTER TYPE "Role" RENAME VALUE \'GUEST\' TO \'VISITOR\';',
    good: 'ALTER TYPE "Role" ADD VALUE \'VISITOR\';',
  },
  { rule: 'drop-table', bad: 'DROP TABLE "Post";', good: 'CREATE TABLE "Tmp" ("id" INTEGER);\nDROP TABLE "Tmp";' },
  { rule: 'drop-column', bad: 'ALTER TABLE "User" DROP COLUMN "name";', good: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;' },
  { rule: 'drop-schema', bad: 'DROP SCHEMA "legacy" CASCADE;', good: 'CREATE SCHEMA "scratch";\nDROP SCHEMA "scratch";' },
  { rule: 'drop-schema', bad: 'DROP DATABASE IF EXISTS "analytics";', good: 'CREATE SCHEMA "analytics";' },
  { rule: 'truncate', bad: 'TRUNCATE TABLE "Post";', good: 'CREATE TABLE "Staging" ("id" INTEGER);\nTRUNCATE "Staging";' },
  { rule: 'delete-without-where', bad: 'DELETE FROM "Post";', good: 'DELETE FROM "Post" WHERE "title" = \'\';' },
  { rule: 'update-without-where', bad: 'UPDATE "User" SET "name" = \'x\';', good: 'UPDATE "User" SET "name" = \'x\' WHERE "name" IS NULL;' },
  {
    rule: 'narrowing-type-change',
    bad: 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);',
    good: 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(300);',
  },
  {
    rule: 'narrowing-type-change',
    bad: 'ALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE INTEGER;',
    good: 'CREATE TABLE "N" ("v" BIGINT);\nALTER TABLE "N" ALTER COLUMN "v" SET DATA TYPE INTEGER;',
  },
  { rule: 'rename-table', bad: 'ALTER TABLE "Post" RENAME TO "Article";', good: 'CREATE TABLE "Draft" ("id" INTEGER);\nALTER TABLE "Draft" RENAME TO "Sketch";' },
  { rule: 'rename-column', bad: 'ALTER TABLE "User" RENAME COLUMN "name" TO "displayName";', good: 'ALTER TABLE "User" RENAME CONSTRAINT "User_pkey" TO "User_pk";' },
  {
    rule: 'drop-enum-value-or-type',
    bad: `ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
DROP TYPE "Role_old";`,
    good: `ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST', 'OWNER');
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");
DROP TYPE "Role_old";`,
  },
  { rule: 'drop-enum-value-or-type', bad: 'DROP TYPE "Role";', good: 'CREATE TYPE "Mood" AS ENUM (\'OK\');\nDROP TYPE "Mood";' },
  {
    rule: 'foreign-key-without-index',
    bad: 'CREATE TABLE "Comment" ("id" SERIAL NOT NULL, "postId" INTEGER NOT NULL, CONSTRAINT "Comment_pkey" PRIMARY KEY ("id"));\nALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id");',
    good: 'CREATE TABLE "Comment" ("id" SERIAL NOT NULL, "postId" INTEGER NOT NULL, CONSTRAINT "Comment_pkey" PRIMARY KEY ("id"));\nALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id");\nCREATE INDEX "Comment_postId_idx" ON "Comment"("postId");',
  },
  {
    rule: 'foreign-key-type-mismatch',
    bad: 'CREATE TABLE "Like" ("id" SERIAL PRIMARY KEY, "userId" BIGINT NOT NULL REFERENCES "User"("id"));\nCREATE INDEX "Like_userId_idx" ON "Like"("userId");',
    good: 'CREATE TABLE "Like" ("id" SERIAL PRIMARY KEY, "userId" INTEGER NOT NULL REFERENCES "User"("id"));\nCREATE INDEX "Like_userId_idx" ON "Like"("userId");',
  },
  { rule: 'transaction-control', bad: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCOMMIT;\nCREATE INDEX "User_bio_idx" ON "User"("bio");', good: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;' },
  {
    rule: 'identifier-too-long',
    bad: `CREATE INDEX "${'User_'.repeat(13)}idx" ON "User"("name");`,
    good: `CREATE INDEX "User_name_idx" ON "User"("name"); -- ${'a'.repeat(80)}\nSELECT '${'b'.repeat(80)}';`,
  },
];

describe('every rule: reports the hazard, stays quiet on the safe form', () => {
  it('covers every rule that checks statements', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    // Engine findings that need a replay trace or other findings are covered in trace.test.ts and suppress.test.ts.
    const elsewhere = new Set(['migration-fails', 'replay-unsupported', 'unused-ignore']);
    for (const r of RULES) if (!elsewhere.has(r.id)) expect(covered, r.id).toContain(r.id);
  });

  it.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s', async (_name, c) => {
    const bad = await lintSql(c.bad, { history: c.history ?? [BASE] });
    expect(bad.rules, `bad SQL of ${c.rule}`).toContain(c.rule);
    const f = bad.findings.find((x) => x.rule === c.rule)!;
    expect(f.docsUrl).toMatch(new RegExp(`/docs/rules/${c.rule}\\.md$`));
    expect(f.file).toBe('prisma/migrations/20240102000000_change/migration.sql');
    expect(f.line).toBeGreaterThan(0);
    expect(f.message.length).toBeGreaterThan(10);
    expect(f.why).toBeTruthy();
    expect(f.fix).toBeTruthy();
    expect(f.observed).toBe(false);
    const rule = RULES.find((r) => r.id === c.rule)!;
    if (rule.category !== 'engine') expect(f.statement && c.bad.includes(f.statement.slice(0, 20))).toBe(true);
    const good = await lintSql(c.good, { history: c.history ?? [BASE] });
    expect(good.rules, `safe SQL of ${c.rule}: ${JSON.stringify(good.findings.filter((x) => x.rule === c.rule).map((x) => x.message))}`).not.toContain(c.rule);
  });
});

describe('transaction-control: BEGIN first and COMMIT last restate the file\'s own transaction', () => {
  it('is one notice, not an error (rallly 20260117124004_update_poll_status_enum)', async () => {
    const r = await lintSql('BEGIN;\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCOMMIT;', { history: [BASE] });
    const tc = r.findings.filter((f) => f.rule === 'transaction-control');
    expect(tc.map((f) => [f.severity, f.line])).toEqual([['notice', 1]]);
    expect(tc[0]!.message).toContain('redundant');
  });

  it('a COMMIT in the middle, or a ROLLBACK, stays an error', async () => {
    const mid = await lintSql('BEGIN;\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nCOMMIT;\nCREATE INDEX "User_bio_idx" ON "User"("bio");', { history: [BASE] });
    expect(mid.findings.filter((f) => f.rule === 'transaction-control').map((f) => f.severity)).toEqual(['error', 'error']);
    const rollback = await lintSql('BEGIN;\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nROLLBACK;', { history: [BASE] });
    expect(rollback.findings.filter((f) => f.rule === 'transaction-control').map((f) => f.severity)).toEqual(['error', 'error']);
  });
});

describe('item 9: every fix names the statement\'s own objects', () => {
  const quoted = (text: string) => new Set([...text.matchAll(/"((?:[^"]|"")+)"/g)].map((m) => m[1]!));
  it.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s', async (_name, c) => {
    const rule = RULES.find((r) => r.id === c.rule)!;
    if (rule.category === 'engine') return;
    const r = await lintSql(c.bad, { history: c.history ?? [BASE] });
    const f = r.findings.find((x) => x.rule === c.rule)!;
    // Built from the statement, not the rule's generic example...
    expect(f.fix, `${c.rule} fix`).not.toBe(rule.safeAlternative);
    // ...and no name of that example (a template such as "legacyId") leaks into it.
    const known = `${c.bad}\n${(c.history ?? [BASE]).join('\n')}`;
    // A name derived from the statement's own table (`<Table>_<column>_...`) may equal the example's by coincidence.
    const derived = (name: string) => [...quoted(c.bad)].some((t) => name.startsWith(`${t}_`));
    for (const name of quoted(rule.safeAlternative)) {
      if (!known.includes(`"${name}"`) && !known.includes(name) && !derived(name)) expect(f.fix, `${c.rule}: template name "${name}"`).not.toContain(`"${name}"`);
    }
  });

  it('drop-column names the dropped column, quoted, not a template', async () => {
    const r = await lintSql('ALTER TABLE "User" DROP COLUMN "score";', { history: [BASE] });
    const fix = r.findings.find((f) => f.rule === 'drop-column')!.fix!;
    expect(fix).toContain('ALTER TABLE "User" DROP COLUMN score;');
    expect(fix).not.toContain('legacyId');
    const odd = await lintSql('ALTER TABLE "User" DROP COLUMN "createdAt";', { history: [BASE] });
    expect(odd.findings.find((f) => f.rule === 'drop-column')!.fix).toContain('DROP COLUMN "createdAt";');
  });
});

describe('rule details', () => {
  it('names the table and the line of the statement', async () => {
    const r = await lintSql('-- add a column\n\nALTER TABLE "User"\n  DROP COLUMN "name";\n');
    const f = r.findings.find((x) => x.rule === 'drop-column')!;
    expect(f).toMatchObject({ line: 3, column: 1, table: 'User', severity: 'error', statement: 'ALTER TABLE "User"\n  DROP COLUMN "name"' });
  });

  it('lock-timeout-missing is reported once per migration, at the first ACCESS EXCLUSIVE statement', async () => {
    const r = await lintSql('CREATE INDEX CONCURRENTLY IF NOT EXISTS "a" ON "User"("name");', { history: [BASE] });
    expect(r.rules).not.toContain('lock-timeout-missing'); // SHARE UPDATE EXCLUSIVE only
    const r2 = await lintSql('CREATE TABLE "T" ("id" INT);\nALTER TABLE "T" ADD COLUMN "x" INT;\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nALTER TABLE "Post" DROP COLUMN "title";', { history: [BASE] });
    const hits = r2.findings.filter((f) => f.rule === 'lock-timeout-missing');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 3, table: 'User' });
    const r3 = await lintSql('SET lock_timeout = 0;\nALTER TABLE "User" ADD COLUMN "bio" TEXT;', { history: [BASE] });
    expect(r3.rules).toContain('lock-timeout-missing');
  });

  it('a backfill UPDATE of a column added in the same migration is a warning, an overwrite an error', async () => {
    const r = await lintSql('ALTER TABLE "User" ADD COLUMN "plan" TEXT;\nUPDATE "User" SET "plan" = \'free\';', { history: [BASE] });
    expect(r.findings.find((f) => f.rule === 'update-without-where')).toMatchObject({ severity: 'warning' });
    const r2 = await lintSql('UPDATE "User" SET "email" = lower("email");', { history: [BASE] });
    expect(r2.findings.find((f) => f.rule === 'update-without-where')).toMatchObject({ severity: 'error' });
  });

  it('drop-enum-value-or-type names the removed values', async () => {
    const c = CASES.find((x) => x.rule === 'drop-enum-value-or-type')!;
    const r = await lintSql(c.bad, { history: [BASE] });
    const f = r.findings.find((x) => x.rule === 'drop-enum-value-or-type')!;
    expect(f.message).toContain("'GUEST'");
    expect(f.message).not.toContain("'ADMIN'");
    // The enum column conversion is a rewrite too.
    expect(r.rules).toContain('change-column-type');
  });

  it('drop-enum-value-or-type is quiet when each column was converted with an explicit CASE ... ELSE mapping (rallly 20260117124004)', async () => {
    const sql = `CREATE TYPE "Role_new" AS ENUM ('MEMBER', 'OWNER');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING (
  CASE "role"::text WHEN 'ADMIN' THEN 'OWNER'::"Role_new" ELSE 'MEMBER'::"Role_new" END
);
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";`;
    const r = await lintSql(sql, { history: [BASE] });
    expect(r.rules).not.toContain('drop-enum-value-or-type');
    expect(r.rules).toContain('change-column-type');
    // the same dance with a plain cast still names the values that can fail
    const cast = await lintSql(sql.replace(/USING \([\s\S]*?END\n\)/, 'USING ("role"::text::"Role_new")'), { history: [BASE] });
    expect(cast.rules).toContain('drop-enum-value-or-type');
  });

  it('add-required-column: ADD COLUMN NOT NULL without DEFAULT is a warning while the row count is unknown (stats make it an error or quiet)', async () => {
    const r = await lintSql('ALTER TABLE "User" ADD COLUMN "tenantId" INTEGER NOT NULL;', { history: [BASE] });
    expect(r.findings.find((f) => f.rule === 'add-required-column')).toMatchObject({ severity: 'warning' });
    expect(r.findings.find((f) => f.rule === 'add-required-column')!.message).toContain('fails if the table has any row');
    expect(r.rules).not.toContain('set-not-null');
  });

  it('set-not-null is quiet on a column that is already NOT NULL', async () => {
    const r = await lintSql('ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;', { history: [BASE] });
    expect(r.rules).not.toContain('set-not-null');
  });

  it('identifier-too-long counts bytes, not characters, and reports the truncated name', async () => {
    const name = '사용자'.repeat(8); // 24 characters, 72 bytes
    const r = await lintSql(`CREATE TABLE "${name}" ("id" INTEGER);`);
    const f = r.findings.find((x) => x.rule === 'identifier-too-long')!;
    expect(f.message).toContain('72 bytes');
    expect(f.message).toContain(`"${'사용자'.repeat(7)}"`);
  });

  it('foreign-key-without-index accepts any index that starts with the key columns, not a partial one', async () => {
    const mk = (index: string) => `CREATE TABLE "M" ("a" INTEGER, "b" INTEGER, "c" INTEGER);
ALTER TABLE "M" ADD CONSTRAINT "M_fk" FOREIGN KEY ("a", "b") REFERENCES "Pair"("x", "y");
${index}`;
    const history = [BASE, 'CREATE TABLE "Pair" ("x" INTEGER, "y" INTEGER, PRIMARY KEY ("x", "y"));'];
    expect((await lintSql(mk('CREATE INDEX "i" ON "M"("b", "a", "c");'), { history })).rules).not.toContain('foreign-key-without-index');
    expect((await lintSql(mk('CREATE INDEX "i" ON "M"("a");'), { history })).rules).toContain('foreign-key-without-index');
    expect((await lintSql(mk('CREATE INDEX "i" ON "M"("a", "b") WHERE "c" > 0;'), { history })).rules).toContain('foreign-key-without-index');
    expect((await lintSql(mk('ALTER TABLE "M" ADD CONSTRAINT "M_u" UNIQUE ("a", "b");'), { history })).rules).not.toContain('foreign-key-without-index');
  });

  it('change-column-type is quiet on binary-coercible changes and names the old type otherwise', async () => {
    const r = await lintSql('ALTER TABLE "User" ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMP(6);', { history: [BASE] });
    expect(r.rules).not.toContain('change-column-type');
    const r2 = await lintSql('ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE CITEXT;\nALTER TABLE "Post" ALTER COLUMN "title" TYPE JSONB USING to_jsonb("title");', { history: [BASE] });
    const msgs = r2.findings.filter((f) => f.rule === 'change-column-type').map((f) => f.message);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('from text to jsonb');
  });

  it('the config sets severities and turns rules off', async () => {
    const { defaultConfig } = await import('../../src/config/defaults.js');
    const config = defaultConfig();
    config.lint.rules = { 'drop-column': 'notice', 'lock-timeout-missing': 'off' };
    const r = await lintSql('ALTER TABLE "User" DROP COLUMN "name";', { history: [BASE], config });
    expect(r.findings.find((f) => f.rule === 'drop-column')?.severity).toBe('notice');
    expect(r.rules).not.toContain('lock-timeout-missing');
  });

  it('an unknown rule id in lint.rules is a configuration error naming it', async () => {
    const { defaultConfig } = await import('../../src/config/defaults.js');
    const config = defaultConfig();
    config.lint.rules = { 'drop-colum': 'off' };
    await expect(lintSql('SELECT 1;', { config })).rejects.toThrow(/unknown rule: drop-colum/);
  });
});
