import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBlobsAt } from '../git/tree.js';
import type { Finding } from '../report/finding.js';
import type { MigrationChanges, ServiceChanges } from './changes.js';
import { proveOrder, type OrderProof } from './order-proof.js';
import { outOfOrder, outOfOrderMigration, regenerateSteps } from './rules/out-of-order-migration.js';
import { shellQuote } from '../security/shell-quote.js';

/** Now as a migration timestamp (what `prisma migrate dev` would name a new folder). */
function timestampNow(): string {
  return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}

async function proofFor(repoRoot: string, changes: MigrationChanges, s: ServiceChanges, cacheDir: string | undefined, onProgress?: (line: string) => void): Promise<OrderProof> {
  const paths = s.base.map((m) => m.sqlPath);
  const blobs = await readBlobsAt(repoRoot, changes.base.tip, paths);
  const base = s.base.filter((m) => blobs.has(m.sqlPath)).map((m) => ({ name: m.name, sql: blobs.get(m.sqlPath)!.toString('utf8') }));
  const added = s.added.filter((m) => m.hasSql).map((m) => ({ name: m.name, sql: readFileSync(path.join(repoRoot, m.sqlPath), 'utf8') }));
  onProgress?.(`out-of-order-migration: ${s.service.name}: replaying ${base.length} + ${added.length} migration(s) in both orders`);
  return proveOrder({ base, added, ...(cacheDir ? { cacheDir } : {}), ...(onProgress ? { onProgress } : {}) });
}

/**
 * Grade each out-of-order finding by what the two apply orders build: the same schema is a
 * warning (rename to keep the history linear), a difference or a failure is an error that
 * shows it, and no proof (replay off or impossible) is a warning that says so.
 */
export async function gradeOutOfOrder(findings: Finding[], opts: { repoRoot: string; changes: MigrationChanges; replay: boolean; cacheDir?: string; onProgress?: (line: string) => void }): Promise<Finding[]> {
  if (!findings.some((f) => f.rule === outOfOrderMigration.id)) return findings;
  const graded = new Map<string, Finding>();
  for (const s of opts.changes.services) {
    const late = outOfOrder(s);
    if (!late.length) continue;
    let proof: OrderProof;
    if (!opts.replay) proof = { kind: 'unknown', reason: 'the replay is switched off' };
    else {
      try {
        proof = await proofFor(opts.repoRoot, opts.changes, s, opts.cacheDir, opts.onProgress);
      } catch (err) {
        proof = { kind: 'unknown', reason: (err as Error).message.split('\n')[0]! };
      }
    }
    opts.onProgress?.(`out-of-order-migration: ${s.service.name}: ${proof.kind === 'same' ? 'both orders build the same schema' : proof.kind === 'unknown' ? `not proven (${proof.reason})` : 'the order matters'}`);
    for (const m of late) {
      const f = findings.find((x) => x.rule === outOfOrderMigration.id && x.file === m.sqlPath);
      if (!f) continue;
      const renamed = `${s.service.migrations}/${timestampNow()}_${m.label ?? 'migration'}`;
      const rename = [`git mv ${shellQuote(m.dir)} ${shellQuote(renamed)}`, `git commit -m ${shellQuote(`rename ${m.label ?? 'migration'} to sort after ${opts.changes.base.ref}`)}`, 'git push'].join('\n');
      if (proof.kind === 'same') {
        graded.set(m.sqlPath, {
          ...f,
          severity: 'warning',
          message: `${f.message}; the order was proven not to matter: the base history then this migration, and all migrations in folder order, build the same schema (replayed in ${proof.engine})`,
          why: 'deployed databases and new environments end up alike, but the history no longer reads in the order it was applied: rename the folder so it sorts last, before it is merged',
          fix: rename,
        });
      } else if (proof.kind === 'unknown') {
        graded.set(m.sqlPath, {
          ...f,
          severity: 'warning',
          message: `${f.message}; whether the order matters could not be proven: ${proof.reason}`,
          why: `${f.why ?? ''}. Regenerating it on top of ${opts.changes.base.ref} is always safe; if you can tell it touches nothing the newer migrations touch, renaming the folder to sort last (git mv ${shellQuote(m.dir)} ${shellQuote(renamed)}) is enough`,
          fix: regenerateSteps(s, m, opts.changes.base.ref),
        });
      } else {
        const shown = proof.kind === 'different' ? proof.differences.slice(0, 10) : [];
        const more = proof.kind === 'different' && proof.differences.length > 10 ? `\n(and ${proof.differences.length - 10} more)` : '';
        graded.set(m.sqlPath, {
          ...f,
          severity: 'error',
          message:
            proof.kind === 'different'
              ? `${f.message}, and the order matters: the base history then this migration (deployed databases) and all migrations in folder order (migrate reset, new environments) build different schemas:\n${shown.join('\n')}${more}`
              : `${f.message}, and the order matters: in the ${proof.order === 'sorted' ? 'folder order (migrate reset, new environments)' : 'deployed order (base history, then this migration)'} ${proof.where} fails: ${proof.error}`,
          fix: regenerateSteps(s, m, opts.changes.base.ref),
        });
      }
    }
  }
  return findings.map((f) => (f.rule === outOfOrderMigration.id && f.file ? (graded.get(f.file) ?? f) : f));
}
