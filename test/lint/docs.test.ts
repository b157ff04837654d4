import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from '../../src/lint/docs.js';
import { RULES } from '../../src/lint/rules/index.js';
import { ruleDocsUrl } from '../../src/report/finding.js';
import { REPO_ROOT } from '../helpers/tmp.js';

// The pages are generated from the rules; regenerate with MIGRATION_GATES_WRITE_DOCS=1 npx vitest run test/lint/docs.test.ts
const WRITE = process.env.MIGRATION_GATES_WRITE_DOCS === '1';

describe('rule docs', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('docs/rules/%s.md matches the rule', (id, rule) => {
    const file = path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
    const want = renderRuleDoc(rule);
    if (WRITE) writeFileSync(file, want);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(want);
    expect(text).toMatch(/## Problem[\s\S]*```sql[\s\S]*## Why it hurts[\s\S]*## Solution\n\n```sql/);
    expect(ruleDocsUrl(id).endsWith(`/docs/rules/${id}.md`)).toBe(true);
  });

  it('lists every rule on the action page', () => {
    const page = readFileSync(path.join(REPO_ROOT, 'docs', 'actions', 'lint-migration.md'), 'utf8');
    for (const r of RULES) expect(page).toContain(`[${r.id}](../rules/${r.id}.md)`);
  });

  it('every rule has an id, a summary, a rationale and a safe alternative', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(r.id)).toBe(false);
      ids.add(r.id);
      expect(r.summary.length).toBeGreaterThan(20);
      expect(r.rationale.length).toBeGreaterThan(40);
      expect(r.safeAlternative).toMatch(/[A-Z]{3,}|--/);
    }
    expect(ids.size).toBe(RULES.length);
    expect(ids.size).toBe(42);
  });
});
