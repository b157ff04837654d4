import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/lint/rules/index.js';
import { EUGENE } from './peer-corpus/eugene.js';
import { SQUAWK } from './peer-corpus/squawk.js';
import { STRONG_MIGRATIONS } from './peer-corpus/strong-migrations.js';
import type { PeerExample } from './peer-corpus/types.js';
import { lintPullRequest, rulesOf } from './replayed.js';

/**
 * Parity with the peers' own examples (issue 9 item 10): every bad example of squawk's rule docs,
 * eugene's hint examples and strong_migrations' README is reported by the rule named, and every
 * good one is quiet (no warning, no error) unless a finding is kept with its reason. Each example
 * runs as a pull request through the real lint, replayed in the test PostgreSQL.
 */
const CORPUS: PeerExample[] = [...SQUAWK, ...EUGENE, ...STRONG_MIGRATIONS];

describe('peer corpus: shape', () => {
  it('every example names its origin, and bad ones say which rule catches them or why not', () => {
    const ids = new Set<string>();
    for (const e of CORPUS) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.origin.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(e.origin.file.length).toBeGreaterThan(3);
      if (e.kind === 'bad') expect(!!e.caughtBy?.length || !!e.notCaught, e.id).toBe(true);
      for (const r of [...(e.caughtBy ?? []), ...(e.allowed ?? []).map((a) => a.rule)]) expect(RULES_BY_ID.has(r), `${e.id}: ${r}`).toBe(true);
    }
    expect(CORPUS.filter((e) => e.origin.repo === 'sbdchd/squawk').length).toBeGreaterThan(40);
    expect(CORPUS.filter((e) => e.origin.repo === 'kaaveland/eugene').length).toBeGreaterThan(20);
    expect(CORPUS.filter((e) => e.origin.repo === 'ankane/strong_migrations').length).toBeGreaterThan(25);
  });
});

describe.concurrent('peer corpus: replayed as pull requests', () => {
  it.each(CORPUS.map((e) => [e.id, e] as const))('%s', { timeout: 60_000 }, async (_id, e) => {
    const r = await lintPullRequest(e.history, e.pr, { shadow: true });
    const all = r.perMigration.flat();
    const found = rulesOf(all);
    if (e.kind === 'bad' && e.caughtBy) {
      for (const rule of e.caughtBy) expect(found, `${e.id} must be caught by ${rule}: ${JSON.stringify(all.map((f) => [f.rule, f.message]))}`).toContain(rule);
    }
    const allowed = new Set((e.allowed ?? []).map((a) => a.rule));
    if (e.kind === 'bad' && !e.caughtBy) {
      // Deliberately not reported: nothing at warning or above but the findings kept with a reason.
      expect(rulesOf(all.filter((f) => !allowed.has(f.rule)), 'warning'), `${e.id} (not caught: ${e.notCaught})`).toEqual([]);
    }
    if (e.kind === 'good') {
      const loud = all.filter((f) => f.severity !== 'notice' && !allowed.has(f.rule));
      expect(loud.map((f) => `${f.rule}: ${f.message}`), `${e.id} must stay quiet`).toEqual([]);
    }
    // Every allowance is still needed: a rule that went quiet takes its excuse with it.
    for (const a of e.allowed ?? []) expect(found, `${e.id}: allowance for ${a.rule} is stale`).toContain(a.rule);
  });
});
