import { describe, expect, it } from 'vitest';
import { diffOutcome, driftInvocation, isAdapterShadowFlagError } from '../../src/prisma/flags.js';

const base = { migrationsDir: '/r/prisma/migrations', schema: '/r/prisma/schema.prisma', shadowDatabaseUrl: 'postgresql://u:p@h:5432/shadow' };

describe('driftInvocation (migrate diff flags by Prisma major)', () => {
  it.each([5, 6])('%i.x: --to-schema-datamodel and --shadow-database-url, DATABASE_URL is the shadow', (major) => {
    const inv = driftInvocation({ ...base, major });
    expect(inv.args).toEqual([
      'migrate', 'diff', '--from-migrations', base.migrationsDir, '--to-schema-datamodel', base.schema,
      '--shadow-database-url', base.shadowDatabaseUrl, '--exit-code',
    ]);
    expect(inv.env).toEqual({ DATABASE_URL: base.shadowDatabaseUrl });
    expect(inv.shadowVia).toBe('flag');
  });

  it('6.x with a driver adapter in prisma.config.ts: no --shadow-database-url (Prisma refuses it)', () => {
    const inv = driftInvocation({ ...base, major: 6, configHasAdapter: true });
    expect(inv.args).not.toContain('--shadow-database-url');
    expect(inv.args).toContain('--to-schema-datamodel');
    expect(inv.env.DATABASE_URL).toBe(base.shadowDatabaseUrl);
    expect(inv.shadowVia).toBe('adapter');
  });

  it('7.x: --to-schema, the shadow database through prisma.config.ts (SHADOW_DATABASE_URL)', () => {
    const inv = driftInvocation({ ...base, major: 7, databaseUrl: 'postgresql://dev@h/app' });
    expect(inv.args).toEqual(['migrate', 'diff', '--from-migrations', base.migrationsDir, '--to-schema', base.schema, '--exit-code']);
    expect(inv.args.join(' ')).not.toMatch(/datamodel|shadow-database-url/);
    expect(inv.env).toEqual({ SHADOW_DATABASE_URL: base.shadowDatabaseUrl, DATABASE_URL: 'postgresql://dev@h/app' });
    expect(inv.shadowVia).toBe('config');
  });

  it('7.x without DATABASE_URL: env("DATABASE_URL") in the config still resolves (to the shadow)', () => {
    expect(driftInvocation({ ...base, major: 7 }).env.DATABASE_URL).toBe(base.shadowDatabaseUrl);
  });
});

describe('migrate diff results', () => {
  it('--exit-code: 0 same, 2 different, anything else an error', () => {
    expect([0, 1, 2, 130].map(diffOutcome)).toEqual(['same', 'error', 'different', 'error']);
  });

  it('recognises Prisma 6\'s refusal of --shadow-database-url next to an adapter', () => {
    const stderr = 'Error: \nPassing the --shadow-database-url flag to the prisma migrate diff command is not supported when\ndefining an adapter in Prisma config file (e.g., `prisma.config.ts`).';
    expect(isAdapterShadowFlagError(stderr)).toBe(true);
    expect(isAdapterShadowFlagError('Error: P1001 cannot reach')).toBe(false);
  });
});
