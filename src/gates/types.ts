import type pg from 'pg';
import type { Config, EnvironmentConfig, GateName, ServiceConfig } from '../config/types.js';
import type { DatabaseTarget } from '../postgres/url.js';
import type { ApplyPlan } from '../apply/plan.js';

export type { GateName } from '../config/types.js';

/**
 * What one gate decided. A fail always says why (`reason`) and what to do next (`remedy`).
 * `apply-time`: a dry run cannot check it, because its evidence is produced right before the
 * real apply (the backup); the real apply checks it. Neither a pass nor a fail.
 */
export interface GateOutcome {
  status: 'pass' | 'fail' | 'skip' | 'apply-time';
  reason: string;
  remedy?: string;
  /** Supporting lines (objects named, findings listed) for the summary. */
  details?: string[];
  /** The gate passed only because the user overrode it (lint with override-reason): shown as a warning. */
  overridden?: boolean;
}

/** Everything a gate may read. Gates only read: nothing here is used to change the target. */
export interface GateContext {
  config: Config;
  environment: EnvironmentConfig;
  repoRoot: string;
  service: ServiceConfig;
  /** The database the apply would change. */
  target: DatabaseTarget;
  /** A read-only session on the target. */
  client: pg.Client;
  /** Pending migrations (from `_prisma_migrations` and the folder). */
  plan: ApplyPlan;
  /** The dispatched ref (GITHUB_REF or --ref), e.g. refs/heads/main. */
  ref: string | undefined;
  /** The typed confirmation (workflow_dispatch input). */
  confirm: string | undefined;
  /** The backup manifest this run relies on (explicit, or the newest in backup-directory). */
  backupManifest: string | undefined;
  /** Where the newest manifest was looked for, for messages. */
  backupDirectory: string | undefined;
  stagingTarget: DatabaseTarget | undefined;
  overrideReason: string | undefined;
  /** Injected for tests of age checks; defaults to the wall clock. */
  now: Date;
  /** A dry run (nothing will be applied): gates whose evidence comes right before the real apply say so. */
  dryRun?: boolean;
}

export interface Gate {
  name: GateName;
  /** One line for docs and the summary: what the gate guarantees. */
  description: string;
  evaluate(ctx: GateContext): Promise<GateOutcome>;
}

export interface GateResult {
  name: GateName;
  outcome: GateOutcome;
  durationMs: number;
}
