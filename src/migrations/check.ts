import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { firstChangedLine } from '../git/changes.js';
import type { DriftResult } from '../prisma/drift.js';
import type { Finding } from '../report/finding.js';
import { collectMigrationChanges, type MigrationChanges } from './changes.js';
import { HISTORY_RULES } from './rules/index.js';
import { runSchemaDrift, schemaDrift } from './rules/schema-drift.js';
import { schemaWithoutMigration } from './rules/schema-without-migration.js';
import type { RuleContext } from './rules/types.js';

export interface HistoryCheckOptions {
  repoRoot: string;
  config: Config;
  baseRef: string;
  shadowDatabaseUrl?: string;
  prismaCommand?: string;
  onProgress?: (line: string) => void;
}

export interface HistoryCheckResult {
  findings: Finding[];
  changes: MigrationChanges;
  /** Which checks ran (for the review checklist): 'drift' only when a shadow database was used. */
  ran: Set<'history' | 'drift'>;
  /** One entry per service the drift check ran for. */
  drift: DriftResult[];
}

/** Edited files are few; a per-file `git diff -U0` for them is cheap and gives annotations a line. */
const MAX_LINE_LOOKUPS = 50;

/**
 * The PR check's migration-history rules (the guide's Collaboration Guidelines, Review Checklist
 * and Migration Safety), plus schema drift when a shadow database is given. No rendering here:
 * the check-migrations action, the CLI and the root PR check each render the result.
 */
export async function runHistoryCheck(opts: HistoryCheckOptions): Promise<HistoryCheckResult> {
  const progress = opts.onProgress ?? (() => undefined);
  const changes = await collectMigrationChanges(opts.repoRoot, opts.config, opts.baseRef);
  progress(
    `check-migrations: ${opts.baseRef} at ${changes.base.tip.slice(0, 12)}, merge base ${changes.base.mergeBase.slice(0, 12)}; ` +
      `${changes.services.length} service(s), ${changes.services.reduce((n, s) => n + s.added.length, 0)} new migration(s)`,
  );

  const lines = new Map<string, number | undefined>();
  for (const m of changes.services.flatMap((s) => s.modified).slice(0, MAX_LINE_LOOKUPS)) {
    lines.set(m.sqlPath, await firstChangedLine(opts.repoRoot, changes.base.mergeBase, m.sqlPath));
  }
  const ctx: RuleContext = {
    repoRoot: opts.repoRoot,
    config: opts.config,
    changes,
    read: (rel) => {
      try {
        return readFileSync(path.join(opts.repoRoot, rel), 'utf8');
      } catch {
        return '';
      }
    },
    changedLine: (rel) => lines.get(rel),
  };
  let findings = HISTORY_RULES.flatMap((r) => r.check(ctx));

  const drift = await runSchemaDrift({
    repoRoot: opts.repoRoot,
    services: changes.services,
    shadowDatabaseUrl: opts.shadowDatabaseUrl,
    prismaCommand: opts.prismaCommand,
    onProgress: progress,
  });
  // A schema edit Prisma reports as no database change (a comment, a generator block) needs no migration.
  const clean = new Set(drift.results.filter((r) => r.outcome === 'same').map((r) => r.service));
  const cleanSchemas = new Set(changes.services.filter((s) => clean.has(s.service.name)).map((s) => s.service.schema));
  findings = findings.filter((f) => !(f.rule === schemaWithoutMigration.id && f.file && cleanSchemas.has(f.file)));
  findings.push(...drift.findings);

  const ran = new Set<'history' | 'drift'>(['history']);
  if (drift.results.length) ran.add('drift');
  return { findings: applySeverityOverrides(findings, opts.config), changes, ran, drift: drift.results };
}

/** `lint.rules: { migration-name: error | warning | notice | off }` re-grades history rules too. */
function applySeverityOverrides(findings: Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.lint.rules[f.rule];
    if (setting === 'off') continue;
    // The "drift not checked" notice stays a notice whatever the rule's grade.
    const keep = f.rule === schemaDrift.id && f.severity === 'notice';
    out.push(setting && !keep ? { ...f, severity: setting } : f);
  }
  return out;
}
