import { parseMigrationSql } from '../parser/split.js';
import { Progress } from './progress.js';
import { attemptWithRoles, type RoleCreator } from './roles.js';
import type { SqlSession } from './session.js';
import { isTransactionControl, shorten } from './statement-kind.js';
import type { HistorySkip } from './types.js';
import { classifyFailure, type ReplayLimits } from './unsupported.js';

export interface HistoryOptions {
  limits: ReplayLimits;
  createRole: RoleCreator | undefined;
  onProgress: ((line: string) => void) | undefined;
  /** Migrations already restored from a snapshot, for the progress line. */
  restored?: number;
}

/**
 * Apply the base branch's history. Each migration is one script, as Prisma applies it (one
 * simple query, one implicit transaction). When a script fails here, it is re-run statement by
 * statement so that only the statements this database cannot run are skipped (and recorded).
 */
export async function replayHistory(session: SqlSession, history: { name: string; sql: string }[], opts: HistoryOptions): Promise<HistorySkip[]> {
  const skipped: HistorySkip[] = [];
  const label = opts.restored ? `replay (after ${opts.restored} restored)` : 'replay';
  const progress = new Progress(label, history.length, 'migrations', opts.onProgress);
  let done = 0;
  for (const m of history) {
    const failed = await attemptWithRoles(() => session.exec(m.sql), opts.createRole);
    if (failed) skipped.push(...(await replayByStatement(session, m, opts)));
    progress.tick(++done);
  }
  const unsupported = skipped.filter((s) => s.kind === 'unsupported').length;
  const rejected = skipped.length - unsupported;
  const extra = [unsupported ? `${unsupported} statement(s) unsupported here, skipped` : '', rejected ? `${rejected} statement(s) failed here, skipped` : '']
    .filter(Boolean)
    .join(', ');
  progress.finish(done, 'replayed', extra || undefined);
  return skipped;
}

async function replayByStatement(session: SqlSession, m: { name: string; sql: string }, opts: HistoryOptions): Promise<HistorySkip[]> {
  const out: HistorySkip[] = [];
  const parsed = await parseMigrationSql(m.sql);
  for (const st of parsed.statements) {
    // Autocommit per statement: the script's own BEGIN/COMMIT would let one skip abort the rest.
    if (isTransactionControl(st.sql)) continue;
    const err = await attemptWithRoles(() => session.exec(st.sql), opts.createRole);
    if (!err) continue;
    const verdict = classifyFailure(err, st.sql, opts.limits);
    const skip: HistorySkip = {
      migration: m.name,
      statement: st.index,
      line: st.line,
      sql: shorten(st.sql),
      kind: verdict.kind === 'unsupported' ? 'unsupported' : 'error',
      reason: verdict.kind === 'unsupported' ? verdict.reason : err.message,
    };
    if (err.code) skip.code = err.code;
    // Whatever this statement would have created is missing now: later "does not exist" errors follow from it.
    opts.limits.upstream ??= `${m.name}: ${shorten(st.sql, 80)}`;
    opts.onProgress?.(`replay: skipped statement ${st.index + 1} (line ${st.line}) of ${m.name}: ${skip.reason}`);
    out.push(skip);
  }
  return out;
}
