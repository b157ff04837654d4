import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { ruleSettings } from '../../src/lint/engine.js';
import { parseMigrationSql } from '../../src/lint/parser/split.js';
import { RULES } from '../../src/lint/rules/index.js';
import { lintSql } from './helpers.js';

// A rule that declares statement kinds is skipped on migrations without them: the declaration
// must cover every statement the rule reports on, or findings would silently disappear.
/** The schema two examples need: the column types they compare against. */
const HISTORY: Record<string, string[]> = {
  'narrowing-type-change': ['CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "name" VARCHAR(255))'],
  'foreign-key-type-mismatch': ['CREATE TABLE "User" ("id" BIGSERIAL PRIMARY KEY)'],
};

describe('rules that declare the statement kinds they look at', () => {
  const declared = RULES.filter((r) => r.kinds);

  it('are most of the rules, and all enabled by default', () => {
    expect(declared.length).toBeGreaterThan(25);
    expect(ruleSettings(defaultConfig()).enabled.filter((r) => r.kinds).length).toBe(declared.length);
  });

  for (const rule of declared) {
    it(`${rule.id}: its documented bad example is reported, on a statement of a declared kind`, async () => {
      const r = await lintSql(rule.docs.bad, { history: HISTORY[rule.id] ?? [] });
      const mine = r.items.filter((i) => i.finding.rule === rule.id);
      expect(mine.length, `${rule.id} on: ${rule.docs.bad}`).toBeGreaterThan(0);
      const parsed = await parseMigrationSql(rule.docs.bad);
      for (const i of mine) expect(rule.kinds).toContain(parsed.statements[i.statement]!.kind);
    });
  }
});
