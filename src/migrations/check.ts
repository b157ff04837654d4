import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { firstChangedLine } from '../git/changes.js';
import { addedIn } from '../git/tree.js';
import { markPreexisting } from '../pr/introduced.js';
import type { DriftResult } from '../prisma/drift.js';
import type { Finding } from '../report/finding.js';
import { baseStateFindings, hasStateFindings } from './base-findings.js';
import { BaseTree } from './base-tree.js';
import { collectMigrationChanges, type MigrationChanges } from './changes.js';
import { gradeOutOfOrder } from './out-of-order-grade.js';
import { HISTORY_RULES } from './rules/index.js';
import { runSchemaDrift, schemaDrift } from './rules/schema-drift.js';
import { schemaWithoutMigration } from './rules/schema-without-migration.js';
import type { BaseView, RuleContext } from './rules/types.js';
import { schemaEditVerdict } from './schema-change.js';

export interface HistoryCheckOptions {
  repoRoot: string;
  config: Config;
  baseRef: string;
  shadowDatabaseUrl?: string;
  prismaCommand?: string;
  /** false: no replay in the embedded PostgreSQL (out-of-order migrations are then not proven either way). */
  replay?: boolean;
  /** The lint's replay snapshot folder: the out-of-order proof restores and leaves history snapshots there too. */
  cacheDir?: string;
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
  const tree = new BaseTree(opts.repoRoot, changes.base.mergeBase, opts.config);
  try {
    // The merge base's files, read only when a rule compares with them (a deletion, a lock edit).
    const needsBase = changes.services.some((s) => s.lockChanged) || changes.files.some((f) => f.status === 'D' || f.status === 'R');
    let base: BaseView | undefined;
    if (needsBase) {
      const root = await tree.root();
      base = { services: await tree.services(), read: (rel) => readOr(path.join(root, rel)) };
    }
    const ctx: RuleContext = {
      repoRoot: opts.repoRoot,
      config: opts.config,
      changes,
      read: (rel) => readOr(path.join(opts.repoRoot, rel)) ?? '',
      changedLine: (rel) => lines.get(rel),
      ...(base ? { base } : {}),
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
    findings = await judgeSchemaEdits(findings, changes, tree, opts);
    findings = await gradeOutOfOrder(findings, { repoRoot: opts.repoRoot, changes, replay: opts.replay !== false, ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}), onProgress: progress });
    findings.push(...drift.findings);
    findings = applySeverityOverrides(findings, opts.config);

    // Only what the PR introduces fails it: what the same checks find on the merge base is a notice.
    if (hasStateFindings(findings)) {
      const before = await baseStateFindings(tree, opts.config, changes);
      findings = await markPreexisting(findings, applySeverityOverrides(before, opts.config), { baseRef: changes.base.ref, since: sinceOnBase(opts.repoRoot, changes, tree) });
    }

    const ran = new Set<'history' | 'drift'>(['history']);
    if (drift.results.length) ran.add('drift');
    return { findings, changes, ran, drift: drift.results };
  } finally {
    tree.dispose();
  }
}

function readOr(abs: string): string | undefined {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

/** The short commit that brought a finding's file to the base (the merge base when git cannot tell). */
function sinceOnBase(repoRoot: string, changes: MigrationChanges, tree: BaseTree): (f: Finding) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  const fallback = changes.base.mergeBase.slice(0, 7);
  return (f) => {
    const file = f.file;
    if (!file) return Promise.resolve(fallback);
    let p = cache.get(file);
    if (!p) {
      p = (async () => {
        const root = await tree.root();
        if (!existsSync(path.join(root, file))) return fallback; // e.g. a lock file missing there
        return (await addedIn(repoRoot, changes.base.mergeBase, file)) ?? fallback;
      })();
      cache.set(file, p);
    }
    return p;
  };
}

/**
 * schema-without-migration only when the database would change: ask the project's Prisma (or
 * compare the parsed schemas) whether the base and head schemas differ for the database. Same:
 * no finding. Different: the error stands. Not provable: a warning that says so.
 */
async function judgeSchemaEdits(findings: Finding[], changes: MigrationChanges, tree: BaseTree, opts: HistoryCheckOptions): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = f.rule === schemaWithoutMigration.id ? changes.services.find((x) => x.service.schema === f.file) : undefined;
    if (!s) {
      out.push(f);
      continue;
    }
    const verdict = await schemaEditVerdict({ repoRoot: opts.repoRoot, service: s.service, tree, prismaCommand: opts.prismaCommand, onProgress: opts.onProgress });
    if (verdict.kind === 'same') {
      opts.onProgress?.(`schema-without-migration: ${s.service.name}: the schema edit changes nothing in the database (${verdict.via})`);
      continue;
    }
    if (verdict.kind !== 'unknown') {
      out.push(verdict.detail ? { ...f, message: `${f.message}. ${verdict.via} reports:\n${verdict.detail}` } : f);
      continue;
    }
    out.push({
      ...f,
      severity: 'warning',
      message: `${s.service.schema} changed and no migration was added; whether the database would change could not be proven: ${verdict.reason}`,
    });
  }
  return out;
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
