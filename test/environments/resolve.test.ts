import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { branchOf, environmentByName, environmentForRef } from '../../src/environments/resolve.js';

const name = (ref: string, cfg = defaultConfig()) => environmentForRef(cfg, ref)?.name;

describe('environmentForRef with the guide\'s defaults', () => {
  it('maps develop, release/* and main, with or without refs/heads/', () => {
    expect(name('develop')).toBe('dev');
    expect(name('refs/heads/develop')).toBe('dev');
    expect(name('main')).toBe('prod');
    expect(name('refs/heads/main')).toBe('prod');
    expect(name('release/v1.2.0')).toBe('staging');
    expect(name('refs/heads/release/2024-03')).toBe('staging');
  });

  it('a branch that maps to none is never guessed', () => {
    expect(name('feature/add-user-profile')).toBeUndefined();
    expect(name('release')).toBeUndefined();
    expect(name('release/v1/hotfix')).toBeUndefined(); // * stops at /
    expect(name('mainline')).toBeUndefined();
    expect(name('refs/tags/v1.0.0')).toBeUndefined();
    expect(name('refs/pull/12/merge')).toBeUndefined();
    expect(name('')).toBeUndefined();
  });
});

describe('environmentForRef with a config', () => {
  const cfg = parseConfig(
    `environments:
  dev: { branch: develop, database: d }
  staging: { branches: ["release/**", "rc-*"], database: s }
  prod: { branches: [main, "hotfix/*"], database: p }
`,
    'x.yml',
    '/nonexistent',
  );
  it('matches ** across folders, several globs per environment', () => {
    expect(name('refs/heads/release/v1/hotfix', cfg)).toBe('staging');
    expect(name('rc-42', cfg)).toBe('staging');
    expect(name('hotfix/login', cfg)).toBe('prod');
    expect(name('refs/heads/hotfix/login', cfg)).toBe('prod');
    expect(name('hotfix/a/b', cfg)).toBeUndefined();
    expect(name('feature/x', cfg)).toBeUndefined();
  });
});

describe('branchOf and environmentByName', () => {
  it('strips refs/heads/ only', () => {
    expect(branchOf('refs/heads/release/v1')).toBe('release/v1');
    expect(branchOf('release/v1')).toBe('release/v1');
    expect(branchOf('refs/tags/v1')).toBe('refs/tags/v1');
  });

  it('finds an environment by name or GitHub Environment, or says which exist', () => {
    const cfg = defaultConfig();
    expect(environmentByName(cfg, 'prod').database).toBe('girok_user');
    expect(environmentByName(cfg, 'production').name).toBe('prod');
    expect(() => environmentByName(cfg, 'qa')).toThrow(/unknown environment "qa"/);
    try {
      environmentByName(cfg, 'qa');
    } catch (e) {
      expect((e as { why: string }).why).toContain('dev, staging, prod');
      expect((e as { exitCode: number }).exitCode).toBe(2);
    }
  });
});
