import { describe, expect, it } from 'vitest';
import { findingKey, markPreexisting } from '../../src/pr/introduced.js';
import type { Finding } from '../../src/report/finding.js';

const lint = (extra: Partial<Finding>): Finding => ({ rule: 'create-index-not-concurrently', severity: 'warning', file: 'prisma/migrations/1_x/migration.sql', message: 'm', ...extra });
const opts = { baseRef: 'develop', since: async () => 'abc1234' };

describe('findingKey', () => {
  it('ignores line numbers, counts in the message and SQL formatting; keeps rule, file and subject', () => {
    const a = lint({ line: 3, table: 'public.User', statement: 'CREATE INDEX "i" ON "User"("name");', message: 'the table has 10 rows' });
    const b = lint({ line: 9, table: 'public.User', statement: '-- why\ncreate   index "i"\n  on "User"("name");', message: 'the table has 2000 rows' });
    expect(findingKey(a)).toBe(findingKey(b));
    expect(findingKey(a)).not.toBe(findingKey({ ...b, statement: 'CREATE INDEX "j" ON "User"("name");' }));
    expect(findingKey(a)).not.toBe(findingKey({ ...a, file: 'prisma/migrations/2_y/migration.sql' }));
    expect(findingKey(a)).not.toBe(findingKey({ ...a, rule: 'other' }));
    // History findings: the message is the subject, its numbers blanked.
    const h = (message: string): Finding => ({ rule: 'migration-lock', severity: 'error', file: 'prisma/migrations/migration_lock.toml', message });
    expect(findingKey(h('holds 3 migration(s)'))).toBe(findingKey(h('holds 4 migration(s)')));
    expect(findingKey(h('is missing'))).not.toBe(findingKey(h('pins the provider "mysql"')));
  });
});

describe('markPreexisting', () => {
  it('turns each finding the base has into one notice, keeps new ones, and never raises a severity', async () => {
    const old = lint({ statement: 'CREATE INDEX "i" ON "User"("name");', severity: 'error' });
    const fresh = lint({ statement: 'CREATE INDEX "j" ON "User"("email");' });
    const out = await markPreexisting([old, { ...old, line: 7 }, fresh], [old], opts);
    expect(out.map((f) => f.severity)).toEqual(['notice', 'error', 'warning']);
    expect(out[0]!.message).toBe('already on develop since abc1234: m');
    expect(out[0]!.why).toContain('did not introduce it');
  });

  it('with no base findings returns the head findings unchanged', async () => {
    const f = [lint({ statement: 'x' })];
    expect(await markPreexisting(f, [], opts)).toEqual(f);
  });
});
