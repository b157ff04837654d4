import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { stripSqlComments } from '../../src/migrations/rules/empty-migration.js';
import { HISTORY_RULE_INFO, HISTORY_RULES } from '../../src/migrations/rules/index.js';
import { isPlausibleTimestamp } from '../../src/migrations/rules/invalid-migration-folder.js';
import { lockProvider } from '../../src/migrations/rules/migration-lock.js';
import { nameProblem } from '../../src/migrations/rules/migration-name.js';
import { shellQuote } from '../../src/security/shell-quote.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp.js';

const m = defaultConfig().migrations;

describe('rule helpers', () => {
  it('nameProblem accepts descriptive snake_case names and explains the rest', () => {
    for (const ok of ['init', 'add_user_profile', 'add_oauth_provider_table', 'v2_backfill_sessions']) expect(nameProblem(ok, m)).toBeUndefined();
    expect(nameProblem('wip', m)).toContain('says nothing');
    expect(nameProblem('WIP_3', m)).toContain('says nothing');
    expect(nameProblem('x', m)).toContain('single letter');
    expect(nameProblem('x2', m)).toContain('single letter');
    expect(nameProblem('2024', m)).toContain('only digits');
    expect(nameProblem('ab', m)).toContain('shorter than 3');
    expect(nameProblem('add user', m)).toContain('characters other than');
  });

  it('isPlausibleTimestamp knows calendars', () => {
    expect(isPlausibleTimestamp('20240229235959')).toBe(true);
    expect(isPlausibleTimestamp('20230229000000')).toBe(false);
    expect(isPlausibleTimestamp('20241301000000')).toBe(false);
    expect(isPlausibleTimestamp('20240101246000')).toBe(false);
    expect(isPlausibleTimestamp('19000101000000')).toBe(false);
  });

  it('stripSqlComments leaves only statements', () => {
    expect(stripSqlComments('-- This is an empty migration.\n/* a\n b */\n  ')).toBe('');
    expect(stripSqlComments('-- x\nSELECT 1; -- y')).toBe('SELECT 1;');
  });

  it('lockProvider finds the provider line', () => {
    expect(lockProvider('# c\nprovider = "postgresql"\n')).toEqual({ provider: 'postgresql', line: 2 });
    expect(lockProvider('provider="mysql"')).toEqual({ provider: 'mysql', line: 1 });
    expect(lockProvider('# nothing')).toBeUndefined();
  });

  it('shellQuote quotes anything a shell would interpret', () => {
    expect(shellQuote('services/auth-service')).toBe('services/auth-service');
    expect(shellQuote(`a $(touch pwned)'b`)).toBe(`'a $(touch pwned)'\\''b'`);
  });

  it('every rule has a docs page, a rationale and a unique id', () => {
    const ids = HISTORY_RULE_INFO.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(12);
    for (const id of ids) expect(existsSync(path.join(REPO_ROOT, 'docs/rules', `${id}.md`)), id).toBe(true);
    for (const r of HISTORY_RULES) expect(r.rationale.length).toBeGreaterThan(20);
  });
});
