import type { MigrationFolder } from '../model.js';
import type { ServiceChanges } from '../changes.js';
import { finding, serviceDir, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/** A before b in Prisma's apply order (timestamps first when both have one). */
function atOrBefore(a: MigrationFolder, b: MigrationFolder): boolean {
  if (a.timestamp && b.timestamp) return a.timestamp <= b.timestamp;
  return a.name <= b.name;
}

/** The newest migration on the base branch, the one a new migration must sort after. */
export function newestBaseMigration(s: ServiceChanges): MigrationFolder | undefined {
  return s.base.filter((b) => b.timestamp).at(-1) ?? s.base.at(-1);
}

/** The PR's new migrations that sort at or before the base branch's newest. */
export function outOfOrder(s: ServiceChanges): MigrationFolder[] {
  const newest = newestBaseMigration(s);
  if (!newest) return [];
  const baseNames = new Set(s.base.map((b) => b.name));
  // A renamed folder keeps its place in the order: renamed-migration reports it.
  return s.added.filter((m) => m.timestamp && !baseNames.has(m.name) && atOrBefore(m, newest));
}

/** The commands that regenerate a migration on top of the base branch, one a line. */
export function regenerateSteps(s: ServiceChanges, m: MigrationFolder, baseRef: string): string {
  return [
    'git fetch origin',
    `git rebase ${shellQuote(`origin/${baseRef}`)}`,
    `rm -rf ${shellQuote(m.dir)}`,
    `cd ${shellQuote(serviceDir(s.service.root))}`,
    `npx prisma migrate dev --name ${shellQuote(m.label ?? 'describe_the_change')}`,
    'git add -A prisma/migrations',
    `git commit -m ${shellQuote(`regenerate ${m.label ?? 'migration'} after ${baseRef}`)}`,
    'git push --force-with-lease',
  ].join('\n');
}

/**
 * "Don't change migration order." Two branches created migrations in parallel and the other one
 * merged first: this PR's migration now sorts before a migration that deployed databases already
 * ran. `prisma migrate deploy` still applies it (after the others there), while `migrate reset`
 * and every new environment apply it in folder order (before them): the two orders must build
 * the same schema. The check replays both (see check.ts) and grades the finding by the result;
 * this rule only finds the candidates.
 */
export const outOfOrderMigration: HistoryRule = {
  id: 'out-of-order-migration',
  severity: 'error',
  summary: 'a new migration sorts at or before the newest migration on the base branch, and the two apply orders differ (proven by replay)',
  rationale: 'deployed databases apply it after the base branch\'s migrations, new ones before them: if the orders disagree, environments diverge',
  check({ changes }) {
    return changes.services.flatMap((s) => {
      const newest = newestBaseMigration(s)!;
      return outOfOrder(s).map((m) =>
        finding(outOfOrderMigration, {
          file: m.sqlPath,
          message: `new migration ${m.name} sorts at or before ${newest.name}, the newest migration on ${changes.base.ref}`,
          why: `another branch's migration merged into ${changes.base.ref} first: databases that already ran ${newest.name} apply this one after it, while migrate reset and new environments apply it before it`,
          fix: regenerateSteps(s, m, changes.base.ref),
        }),
      );
    });
  },
};
