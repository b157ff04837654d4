import { afterEach, describe, expect, it } from 'vitest';
import { runApply } from '../../src/apply/run.js';
import { makeFixture, migrationRows, tableMigrations, type Fixture } from './fixture.js';

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

describe('runApply: the happy path with the real Prisma CLI', () => {
  it('applies every pending migration to dev, verifies them in _prisma_migrations, and reports the plan', async () => {
    fx = await makeFixture({ migrations: tableMigrations(3) });
    const logs: string[] = [];
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop', onLog: (l) => logs.push(l) });
    expect(r.status).toBe('applied');
    expect(r.pendingBefore).toBe(4);
    expect(r.applied).toEqual(['20240101000000_init', '20240102000001_create_table_1', '20240102000002_create_table_2', '20240102000003_create_table_3']);
    const rows = await migrationRows(fx.db);
    expect(rows.map((x) => x.migration_name)).toEqual(r.applied);
    expect(rows.every((x) => x.finished_at !== null && x.rolled_back_at === null)).toBe(true);
    expect(r.gates.map((g) => [g.name, g.outcome.status])).toEqual([
      ['branch-environment', 'pass'],
      ['confirmation', 'skip'],
      ['backup', 'skip'],
      ['staging-first', 'skip'],
      ['lint', 'skip'],
      ['history-integrity', 'pass'],
      ['health', 'skip'],
      ['tls', 'skip'],
    ]);
    expect(r.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(logs.some((l) => l.startsWith('│ ') && l.includes('migrations found'))).toBe(true);
    expect(logs).toContain('verified: 4 migration(s) finished in _prisma_migrations');

    // A second run finds nothing pending and does not start Prisma.
    const again = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'dev', ref: 'refs/heads/develop' });
    expect(again.status).toBe('nothing-pending');
    expect(again.pendingBefore).toBe(0);
    expect(again.applied).toEqual([]);
  });
});
