import { describe, expect, it } from 'vitest';
import { redact, registerSecret } from '../../src/security/redact.js';
import { describeTarget, parseDatabaseUrl, sameDatabase, withDatabase, withParams } from '../../src/postgres/url.js';
import { UserError } from '../../src/errors.js';
import { libpqCompatible } from '../../src/postgres/connect.js';

describe('database URLs and redaction', () => {
  it('parses a URL, registers its password and never prints it', () => {
    const t = parseDatabaseUrl('postgresql://girok_user:pr0d%40pass@db.example.com:5434/girok_user?schema=app');
    expect(t).toMatchObject({ host: 'db.example.com', port: 5434, database: 'girok_user', user: 'girok_user', schema: 'app' });
    expect(describeTarget(t)).toBe('girok_user@db.example.com:5434/girok_user');
    const leaked = `error connecting with pr0d@pass to ${t.url}`;
    const out = redact(leaked);
    expect(out).not.toContain('pr0d@pass');
    expect(out).not.toContain('pr0d%40pass');
    expect(out).toContain('girok_user:***@db.example.com');
  });

  it('hides credentials of URLs it never saw', () => {
    expect(redact('failed: postgres://u:hunter22@h/db')).toBe('failed: postgres://u:***@h/db');
  });

  it('hides registered secrets anywhere in text', () => {
    registerSecret('s3cr3t-token-value');
    expect(redact('token=s3cr3t-token-value;')).toBe('token=***;');
  });

  it('rejects bad URLs with the fix and without echoing them', () => {
    const bad = ['', 'not a url', 'mysql://u:p@h/db', 'postgresql://u:leakme@h:5432/'];
    for (const b of bad) {
      let err: unknown;
      try {
        parseDatabaseUrl(b, 'database-url');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      const text = (err as UserError).describe();
      expect(text).toContain('database-url');
      expect(text).toMatch(/Next: /);
      expect(text).not.toContain('leakme');
    }
  });

  it('derives sibling databases and parameters without losing credentials', () => {
    const t = parseDatabaseUrl('postgresql://a:b@127.0.0.1:5432/staging_girok_user');
    const s = withDatabase(t, 'staging "x"');
    expect(s.database).toBe('staging "x"');
    expect(new URL(s.url).password).toBe('b');
    const p = withParams(t, { options: '-c lock_timeout=5s' });
    expect(new URL(p.url).searchParams.get('options')).toBe('-c lock_timeout=5s');
  });

  it('tells the same database across host spellings', () => {
    const a = parseDatabaseUrl('postgresql://a@localhost:5432/x');
    const b = parseDatabaseUrl('postgresql://b@127.0.0.1/x');
    const c = parseDatabaseUrl('postgresql://b@127.0.0.1/y');
    expect(sameDatabase(a, b)).toBe(true);
    expect(sameDatabase(a, c)).toBe(false);
  });

  it('gives sslmode its libpq meaning, as Prisma and psql do', () => {
    expect(new URL(libpqCompatible('postgresql://a@h/db?sslmode=require')).searchParams.get('uselibpqcompat')).toBe('true');
    expect(libpqCompatible('postgresql://a@h/db')).toBe('postgresql://a@h/db');
    expect(new URL(libpqCompatible('postgresql://a@h/db?sslmode=require&uselibpqcompat=false')).searchParams.get('uselibpqcompat')).toBe('false');
  });
});
