import pg from 'pg';
import type { Config } from '../../src/config/types.js';
import { buildPlan } from '../../src/apply/plan.js';
import { resolveBackupManifest } from '../../src/apply/backup-ref.js';
import { environmentByName } from '../../src/environments/resolve.js';
import type { GateContext } from '../../src/gates/types.js';
import { resolveServices } from '../../src/migrations/discover.js';
import { connect } from '../../src/postgres/connect.js';
import { parseDatabaseUrl } from '../../src/postgres/url.js';

/** A real gate context: the fixture's project, a read-only session on `url`, the plan read from it. */
export async function gateContext(opts: {
  root: string;
  config: Config;
  url: string;
  environment: string;
  ref?: string;
  confirm?: string;
  backupManifest?: string;
  backupDirectory?: string;
  stagingUrl?: string;
  overrideReason?: string;
  now?: Date;
}): Promise<{ ctx: GateContext; close: () => Promise<void> }> {
  const target = parseDatabaseUrl(opts.url);
  const client: pg.Client = await connect(target, { readOnly: true });
  const service = resolveServices(opts.root, opts.config).services[0]!;
  const plan = await buildPlan(client, opts.root, service, target.schema);
  const ctx: GateContext = {
    config: opts.config,
    environment: environmentByName(opts.config, opts.environment),
    repoRoot: opts.root,
    service,
    target,
    client,
    plan,
    ref: opts.ref,
    confirm: opts.confirm,
    backupManifest: resolveBackupManifest(opts.backupManifest, opts.backupDirectory, target.database),
    backupDirectory: opts.backupDirectory,
    stagingTarget: opts.stagingUrl ? parseDatabaseUrl(opts.stagingUrl, 'staging-database-url') : undefined,
    overrideReason: opts.overrideReason,
    now: opts.now ?? new Date(),
  };
  return { ctx, close: () => client.end() };
}
