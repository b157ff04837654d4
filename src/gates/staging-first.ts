import { withClient } from '../postgres/connect.js';
import { describeTarget, sameDatabase } from '../postgres/url.js';
import { isApplied, isFailed, readAppliedMigrations } from '../prisma/migrations-table.js';
import { checksumMatches } from '../prisma/checksum.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gate } from './types.js';

/**
 * The guide's "Test in staging first": every migration pending here ran on staging, finished,
 * with the same bytes. Staging is read through its own URL, in a read-only session.
 */
export const stagingFirstGate: Gate = {
  name: 'staging-first',
  description: 'every pending migration is applied and finished on staging with the same checksum',
  async evaluate(ctx) {
    const staging = ctx.stagingTarget;
    if (!staging) {
      return {
        status: 'fail',
        reason: 'staging-database-url is not set, so the pending migrations cannot be checked against staging',
        remedy: 'pass staging-database-url: ${{ secrets.STAGING_DATABASE_URL }} (a read-only role is enough)',
      };
    }
    if (sameDatabase(staging, ctx.target)) {
      return {
        status: 'fail',
        reason: `staging-database-url points at the database being migrated (${describeTarget(ctx.target)})`,
        remedy: 'set staging-database-url to the staging database, not the target',
      };
    }
    if (!ctx.plan.pending.length) return { status: 'pass', reason: 'nothing pending' };
    const rows = await withClient(staging, (c) => readAppliedMigrations(c, staging.schema), {
      readOnly: true,
      applicationName: 'migration-gates staging-first',
    });
    const missing: string[] = [];
    const details: string[] = [];
    for (const m of ctx.plan.pending) {
      const mine = (rows ?? []).filter((r) => r.name === m.name);
      const done = mine.find(isApplied);
      if (!done) {
        missing.push(m.name);
        details.push(`${m.name}: ${mine.some(isFailed) ? 'failed on staging (not finished)' : mine.length ? 'rolled back on staging' : 'never applied to staging'}`);
        continue;
      }
      if (done.checksum !== m.checksum && !checksumMatches(done.checksum, readFileSync(path.join(ctx.repoRoot, m.sqlPath)))) {
        missing.push(m.name);
        details.push(`${m.name}: staging ran different SQL (staging sha256 ${done.checksum.slice(0, 12)}…, file ${m.checksum.slice(0, 12)}…)`);
      }
    }
    if (!missing.length) {
      return { status: 'pass', reason: `all ${ctx.plan.pending.length} pending migration(s) finished on staging (${describeTarget(staging)}) with the same checksum` };
    }
    return {
      status: 'fail',
      reason: `${missing.length} of ${ctx.plan.pending.length} pending migration(s) have not run on staging as they are: ${missing.join(', ')}`,
      remedy: 'apply them to staging first from a release/* branch (gh workflow run migrate.yml --ref release/<version> -f environment=staging), test, then dispatch production again',
      details,
    };
  },
};
