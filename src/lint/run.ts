import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { ruleDocsUrl, type Finding } from '../report/finding.js';
import { redact } from '../security/redact.js';
import type { PriorCreations } from './context.js';
import { lintMigration, ruleSettings, type LintItem } from './engine.js';
import { preloadParser } from './parser/load.js';
import { parseMigrationSql, type ParsedMigration } from './parser/split.js';
import { Progress } from './replay/progress.js';
import type { Replayer, SchemaFacts } from './replay/types.js';
import { RULES_BY_ID } from './rules/index.js';
import { applyMigration } from './schema/history.js';
import { SchemaModel } from './schema/model.js';
import { applyStats } from './table-size.js';
import { planLint, type PlannedMigration, type ServicePlan } from './targets.js';
import type { LintOptions, LintResult, Suppression } from './types.js';

function readSql(m: PlannedMigration): string {
  try {
    return readFileSync(m.abs, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${m.sqlPath}: ${(err as Error).message}`, { next: 'check the file exists and is readable' });
  }
}

function message(err: unknown): string {
  return redact(err instanceof UserError ? err.describe() : err instanceof Error ? err.message : String(err));
}

/**
 * Lint migrations: parse each with the real PostgreSQL parser, replay the base history and trace
 * each new migration (PGlite, or shadow-database-url), run the rules on statements plus schema
 * facts, apply ignore comments, and add table sizes from stats-database-url.
 */
export async function runLint(opts: LintOptions): Promise<LintResult> {
  preloadParser();
  const settings = ruleSettings(opts.config);
  const plan = await planLint(opts);
  const progress = opts.onProgress ?? (() => undefined);
  const items: LintItem[] = [];
  const suppressions: Suppression[] = [];
  const linted: string[] = [];
  const notes: string[] = [];
  const engines = new Set<'pglite' | 'postgres'>();
  const caches = new Set<'hit' | 'miss' | 'off'>();

  for (const svc of plan.services) {
    const toLint = svc.sequence.filter((m) => m.lint).length;
    progress(`lint: ${svc.service}: ${toLint} migration(s) to lint, ${svc.history.length} in the base history`);
    const sources = new Map(svc.sequence.map((m) => [m.name, readSql(m)]));
    // With a replay, parse everything first: a file PostgreSQL would reject ends the replay there,
    // and when it is the first one there is nothing to replay at all. A static lint parses as it
    // goes, so a long history's trees are not all held at once.
    const parsed = new Map<string, ParsedMigration>();
    let replayable = 0;
    if (opts.replay !== false) {
      for (const m of svc.sequence) parsed.set(m.name, await parseMigrationSql(sources.get(m.name)!));
      const broken = svc.sequence.findIndex((m) => parsed.get(m.name)!.hasSyntaxError);
      replayable = broken === -1 ? svc.sequence.length : broken;
      if (broken !== -1) notes.push(`${svc.service}: ${svc.sequence[broken]!.name} does not parse; it and the migrations after it are linted from the SQL alone`);
    }
    const replayer = replayable === 0 ? undefined : await startReplay(svc, sources, opts, notes, items);
    if (replayer) {
      engines.add(replayer.engine);
      caches.add(replayer.cache);
    }
    try {
      await lintService(svc, sources, parsed, replayer ? { replayer, until: replayable } : undefined, opts, settings, { items, suppressions, linted });
    } finally {
      await replayer?.close().catch(() => undefined);
    }
  }

  let stats: LintResult['stats'];
  if (opts.statsDatabaseUrl) {
    const keys = [...new Set(items.map((i) => i.tableKey).filter((k): k is string => !!k))];
    progress(`lint: reading row estimates of ${keys.length} table(s) from stats-database-url`);
    // Loaded on demand: the PostgreSQL client is not needed by a lint without stats.
    const { readTableStats } = await import('./stats.js');
    const found = await readTableStats(opts.statsDatabaseUrl, keys);
    const kept = applyStats(items, found, opts.config.lint.largeTableRows, (rule) => opts.config.lint.rules[rule] !== undefined);
    items.splice(0, items.length, ...kept);
    stats = [...found.values()];
  }

  const engine = engines.has('postgres') ? 'postgres' : engines.has('pglite') ? 'pglite' : 'none';
  const cache = caches.has('miss') ? 'miss' : caches.has('hit') ? 'hit' : 'off';
  return {
    findings: items.map((i) => i.finding),
    suppressions,
    linted,
    engine,
    cache,
    ...(plan.baselined.length ? { baselined: plan.baselined } : {}),
    ...(stats ? { stats } : {}),
    ...(notes.length ? { replayNotes: notes } : {}),
  };
}

/** Open the replay of a service's base history; on failure (not a user error), lint from the SQL alone and say so. */
async function startReplay(svc: ServicePlan, sources: Map<string, string>, opts: LintOptions, notes: string[], items: LintItem[]): Promise<Replayer | undefined> {
  try {
    // Loaded on demand: a static lint (--no-replay) never pays for the engines' modules.
    const { openReplayer } = await import('./replay/index.js');
    const r = await openReplayer({
      history: svc.history.map((m) => ({ name: m.name, sql: readSql(m) })),
      newMigrations: svc.sequence.map((m) => ({ name: m.name, sql: sources.get(m.name)! })),
      ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
      ...(opts.shadowDatabaseUrl ? { shadowDatabaseUrl: opts.shadowDatabaseUrl } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    notes.push(`${svc.service}: replayed with ${r.engine === 'pglite' ? 'embedded PGlite' : 'the shadow database'} (PostgreSQL ${r.serverVersion}), history ${r.cache === 'hit' ? 'restored from the cache' : `replayed (${r.replayed} migration(s))`}`);
    for (const s of r.skipped) notes.push(`${svc.service}: history ${s.migration} line ${s.line} skipped (${s.kind}): ${s.reason}`);
    return r;
  } catch (err) {
    // A bad shadow-database-url is the user's to fix; anything else must not block the lint.
    if (err instanceof UserError && opts.shadowDatabaseUrl) throw err;
    const why = message(err);
    notes.push(`${svc.service}: replay unavailable, findings predicted from the SQL: ${why}`);
    const rule = RULES_BY_ID.get('replay-unsupported')!;
    const finding: Finding = {
      rule: rule.id,
      severity: 'notice',
      message: `the replay of ${svc.service}'s history could not start (${why}): findings are predicted from the SQL alone`,
      why: rule.rationale,
      fix: rule.safeAlternative,
      observed: false,
      docsUrl: ruleDocsUrl(rule.id),
    };
    items.push({ finding, statement: -1, tableKey: undefined, category: 'engine' });
    return undefined;
  }
}

async function lintService(
  svc: ServicePlan,
  sources: Map<string, string>,
  parsed: Map<string, ParsedMigration>,
  replay: { replayer: Replayer; until: number } | undefined,
  opts: LintOptions,
  settings: ReturnType<typeof ruleSettings>,
  out: { items: LintItem[]; suppressions: Suppression[]; linted: string[] },
): Promise<void> {
  // Replayed: the replay's facts after each migration. Static: one model the migrations are applied to in turn.
  let facts: SchemaFacts | undefined;
  let model: SchemaModel | undefined;
  if (replay) facts = await replay.replayer.facts();
  else {
    model = new SchemaModel();
    for (const m of svc.history) applyMigration(model, await parseMigrationSql(readSql(m)));
  }
  const progress = new Progress(`lint: ${svc.service}`, svc.sequence.length, 'migrations', opts.onProgress);
  let done = 0;
  // A pull request (or apply's pending set) is deployed as a whole: what its earlier migrations
  // created is new, empty and unused on every environment. An audit of the history is not.
  const carryCreations = !!opts.baseRef || !!opts.only;
  let prior: PriorCreations | undefined;
  for (const [i, m] of svc.sequence.entries()) {
    const p = parsed.get(m.name) ?? (await parseMigrationSql(sources.get(m.name)!));
    parsed.delete(m.name);
    const trace = replay && i < replay.until && p.statements.length ? await replay.replayer.trace(m.name, p.statements.map((s) => ({ sql: s.sql, line: s.line }))) : undefined;
    if (!trace) model ??= new SchemaModel(facts);
    if (m.lint) {
      const r = lintMigration({ name: m.name, file: m.sqlPath, parsed: p, ...(trace ? { trace } : { model }), settings, ...(prior ? { prior } : {}) });
      if (carryCreations) prior = r.context.creations;
      out.items.push(...r.items);
      out.suppressions.push(...r.suppressions);
      out.linted.push(m.sqlPath);
    } else if (!trace) applyMigration(model!, p);
    if (trace) {
      facts = trace.after;
      model = undefined;
    }
    progress.tick(++done);
  }
  progress.finish(done, replay ? 'linted and traced' : 'linted');
}
