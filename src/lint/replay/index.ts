import { openPgliteReplayer } from './pglite-engine.js';
import { openShadowReplayer } from './shadow-engine.js';
import type { OpenReplayerOptions, Replayer } from './types.js';

export type * from './types.js';

/**
 * Replay the base branch's migration history into a PostgreSQL (embedded PGlite by default, or a
 * scratch database on `shadowDatabaseUrl`) and return a Replayer that reads schema facts and
 * traces new migrations (locks, rewrites, errors). Always close() it.
 */
export async function openReplayer(opts: OpenReplayerOptions): Promise<Replayer> {
  if (opts.shadowDatabaseUrl) return openShadowReplayer({ ...opts, shadowDatabaseUrl: opts.shadowDatabaseUrl });
  return openPgliteReplayer(opts);
}
