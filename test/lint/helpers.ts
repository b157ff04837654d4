import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { lintMigration, ruleSettings, type LintItem } from '../../src/lint/engine.js';
import { parseMigrationSql } from '../../src/lint/parser/split.js';
import type { MigrationTrace, SchemaFacts } from '../../src/lint/replay/types.js';
import { applyMigration } from '../../src/lint/schema/history.js';
import { SchemaModel } from '../../src/lint/schema/model.js';
import type { Finding } from '../../src/report/finding.js';
import type { Suppression } from '../../src/lint/types.js';

/** Static facts of a history given as SQL strings, in apply order. */
export async function factsOf(history: string[]): Promise<SchemaModel> {
  const model = new SchemaModel();
  for (const sql of history) applyMigration(model, await parseMigrationSql(sql));
  return model;
}

export interface LintSqlResult {
  findings: Finding[];
  items: LintItem[];
  suppressions: Suppression[];
  rules: string[];
}

/** Lint one migration's SQL on top of a history (static facts unless `before`/`trace` are given). */
export async function lintSql(
  sql: string,
  opts: { history?: string[]; before?: SchemaFacts; trace?: MigrationTrace; config?: Config; name?: string } = {},
): Promise<LintSqlResult> {
  const parsed = await parseMigrationSql(sql);
  const before = opts.before ?? (await factsOf(opts.history ?? []));
  const r = lintMigration({
    name: opts.name ?? '20240102000000_change',
    file: 'prisma/migrations/20240102000000_change/migration.sql',
    parsed,
    before,
    trace: opts.trace,
    settings: ruleSettings(opts.config ?? defaultConfig()),
  });
  const findings = r.items.map((i) => i.finding);
  return { findings, items: r.items, suppressions: r.suppressions, rules: findings.map((f) => f.rule) };
}

/** The base schema most rule tests alter: what earlier Prisma migrations created. */
export const BASE = `
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" VARCHAR(255),
    "role" "Role" NOT NULL DEFAULT 'USER',
    "score" BIGINT,
    "price" DECIMAL(10,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`;
