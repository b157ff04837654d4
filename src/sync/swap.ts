import type pg from 'pg';
import { UserError } from '../errors.js';
import { quoteIdent } from '../postgres/quote.js';
import { databaseExists, renameDatabase, setAllowConnections, terminateConnections } from './admin.js';

export interface SwapNames {
  staging: string;
  /** The masked, verified copy. */
  fresh: string;
  /** Where the current staging goes, when it exists. */
  old: string;
}

export interface SwapResult {
  /** The previous staging's new name, or undefined when there was none. */
  oldDatabase: string | undefined;
  terminated: number;
}

export interface SwapHooks {
  /** Runs after the old staging is set aside and before the copy takes its name. */
  betweenRenames?: (names: SwapNames) => Promise<void>;
}

/**
 * Put the masked copy in staging's place. ALTER DATABASE ... RENAME cannot run in a transaction
 * block, so this is two statements with a window between them: staging is closed to new
 * connections, its sessions ended, set aside, and then the copy renamed. If the second rename
 * fails, the first is undone, so the staging name ends on the old data, never on nothing and
 * never on unmasked data (the copy is masked and verified before this runs).
 */
export async function swapIntoPlace(admin: pg.Client, names: SwapNames, log: (l: string) => void, hooks: SwapHooks = {}): Promise<SwapResult> {
  let oldDatabase: string | undefined;
  let terminated = 0;
  if (await databaseExists(admin, names.staging)) {
    await setAllowConnections(admin, names.staging, false);
    try {
      terminated = await terminateConnections(admin, names.staging);
      log(`swap: terminating ${terminated} connection(s) to ${names.staging} (closed to new connections for the swap)`);
      await renameWithRetry(admin, names.staging, names.old);
    } catch (err) {
      await setAllowConnections(admin, names.staging, true).catch(() => undefined);
      throw err;
    }
    await setAllowConnections(admin, names.old, true);
    oldDatabase = names.old;
    log(`swap: ${names.staging} set aside as ${names.old}`);
  }
  try {
    await hooks.betweenRenames?.(names);
    await renameDatabase(admin, names.fresh, names.staging);
  } catch (err) {
    if (oldDatabase) await restoreOld(admin, oldDatabase, names.staging, err, log);
    throw err;
  }
  log(`swap: ${names.fresh} is now ${names.staging}`);
  return { oldDatabase, terminated };
}

/** A terminated backend takes a moment to exit; RENAME refuses while any session remains. */
async function renameWithRetry(admin: pg.Client, from: string, to: string, attempts = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await renameDatabase(admin, from, to);
      return;
    } catch (err) {
      if (i >= attempts || !/being accessed by other users/.test((err as Error).message)) throw err;
      await terminateConnections(admin, from);
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}

async function restoreOld(admin: pg.Client, old: string, staging: string, cause: unknown, log: (l: string) => void): Promise<void> {
  try {
    await renameWithRetry(admin, old, staging);
    log(`swap failed (${(cause as Error).message}); ${old} renamed back to ${staging}: staging is unchanged`);
  } catch (err) {
    throw new UserError(`the swap failed and ${old} could not be renamed back to ${staging}: ${(err as Error).message}`, {
      why: `the first rename had set the previous staging aside as ${old}; the second failed: ${(cause as Error).message}`,
      next: `psql -d postgres -c 'ALTER DATABASE ${quoteIdent(old)} RENAME TO ${quoteIdent(staging)}'`,
      cause: err,
    });
  }
}
