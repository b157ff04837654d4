import { finding, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/**
 * Prisma orders migrations by folder name; two folders with one timestamp (usually two branches
 * generating migrations in the same second, or a copied folder) have an order that depends on
 * their labels, not on when they were written.
 */
export const duplicateMigrationTimestamp: HistoryRule = {
  id: 'duplicate-migration-timestamp',
  severity: 'error',
  summary: 'a new migration shares its timestamp with another migration',
  rationale: 'the apply order of the two becomes an accident of their names',
  check({ changes }) {
    return changes.services.flatMap((s) => {
      const byTs = new Map<string, Set<string>>();
      const renamedAway = new Set(s.renamed.map((r) => r.from.name));
      for (const m of [...s.head, ...s.base]) {
        if (!m.timestamp || renamedAway.has(m.name)) continue;
        const set = byTs.get(m.timestamp) ?? new Set<string>();
        set.add(m.name);
        byTs.set(m.timestamp, set);
      }
      const fresh = [...s.added, ...s.renamed.map((r) => r.to)];
      return fresh
        .filter((m) => m.timestamp && (byTs.get(m.timestamp)?.size ?? 0) > 1)
        .map((m) => {
          const others = [...byTs.get(m.timestamp!)!].filter((n) => n !== m.name).sort();
          return finding(duplicateMigrationTimestamp, {
            file: m.sqlPath,
            message: `migration ${m.name} shares the timestamp ${m.timestamp} with ${others.join(', ')}`,
            why: 'Prisma applies migrations in folder-name order: with equal timestamps the order is decided by the labels, not by which change came first',
            fix: `regenerate this migration so it gets a new timestamp: delete the folder, then npx prisma migrate dev --name ${shellQuote(m.label ?? 'describe_the_change')}`,
          });
        });
    });
  },
};
