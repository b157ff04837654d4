import type { MigrationFolder } from '../model.js';
import { finding, serviceDir, shellQuote, type HistoryRule } from './types.js';

/** A before b in Prisma's apply order (timestamps first when both have one). */
function atOrBefore(a: MigrationFolder, b: MigrationFolder): boolean {
  if (a.timestamp && b.timestamp) return a.timestamp <= b.timestamp;
  return a.name <= b.name;
}

/**
 * "Don't change migration order." Two branches created migrations in parallel and the other one
 * merged first: this PR's migration now sorts before a migration databases may already have
 * applied. Prisma would apply it out of order (or refuse), and its SQL was generated against a
 * schema that did not include the other change.
 */
export const outOfOrderMigration: HistoryRule = {
  id: 'out-of-order-migration',
  severity: 'error',
  summary: 'a new migration sorts at or before the newest migration on the base branch',
  rationale: 'it was generated against an older schema and would be applied out of order',
  check({ changes }) {
    return changes.services.flatMap((s) => {
      const newest = s.base.filter((b) => b.timestamp).at(-1) ?? s.base.at(-1);
      if (!newest) return [];
      const baseNames = new Set(s.base.map((b) => b.name));
      // A renamed folder keeps its place in the order: renamed-migration reports it.
      const fresh = s.added.filter((m) => m.timestamp && !baseNames.has(m.name));
      return fresh
        .filter((m) => atOrBefore(m, newest))
        .map((m) =>
          finding(outOfOrderMigration, {
            file: m.sqlPath,
            message: `new migration ${m.name} sorts at or before ${newest.name}, the newest migration on ${changes.base.ref}`,
            why: `another branch's migration merged into ${changes.base.ref} first: this one was generated against a schema without it, and Prisma would apply it out of order on databases that already ran ${newest.name}`,
            // One line: summaries and PR comments collapse newlines.
            fix:
              `git fetch origin && git rebase ${shellQuote(`origin/${changes.base.ref}`)} && rm -rf ${shellQuote(m.dir)} && ` +
              `cd ${shellQuote(serviceDir(s.service.root))} && npx prisma migrate dev --name ${shellQuote(m.label ?? 'describe_the_change')}; ` +
              'then commit the regenerated migration and push with --force-with-lease',
          }),
        );
    });
  },
};
