import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quoteIdent, quoteLiteral, quoteQualified } from '../../src/postgres/quote.js';
import { run } from '../../src/process/run.js';
import { registerSecret } from '../../src/security/redact.js';
import { createTestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';

describe('quoting', () => {
  it('quotes identifiers and literals so hostile names stay names', async () => {
    expect(quoteIdent('User')).toBe('"User"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteQualified('public', 'User')).toBe('"public"."User"');
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(() => quoteIdent('a\u0000b')).toThrow(/NUL/);
    const db = await createTestDatabase();
    try {
      const hostile = `x"; DROP TABLE keep; --`;
      await db.query('CREATE TABLE keep (id int)');
      await db.query(`CREATE TABLE ${quoteIdent(hostile)} (id int)`);
      const r = await db.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('keep', $1)`, [hostile]);
      expect(r.rows[0].n).toBe(2);
    } finally {
      await db.drop();
    }
  });
});

describe('process runner', () => {
  const t = makeTempDir('run');
  afterAll(() => t.cleanup());

  it('passes arguments verbatim: no shell interprets them', async () => {
    const marker = path.join(t.dir, 'pwned');
    const r = await run('printf', ['%s', `$(touch ${marker}); \`touch ${marker}\``], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$(touch');
    expect(existsSync(marker)).toBe(false);
  });

  it('streams redacted lines and reports exit codes and timeouts', async () => {
    registerSecret('topsecret-xyz');
    const lines: string[] = [];
    const r = await run(process.execPath, ['-e', 'console.log("a topsecret-xyz"); console.error("b"); process.exit(3)'], { onLine: (l) => lines.push(l) });
    expect(r.code).toBe(3);
    expect(lines).toContain('a ***');
    expect(lines).toContain('b');
    expect(r.stdout).toBe('a ***\n');
    const slow = await run(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { timeoutMs: 200 });
    expect(slow.timedOut).toBe(true);
  });
});
