import { observedRewrite, preExisting } from '../context.js';
import { optionNames, rangeVar, type RelationName } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';
import { qr } from '../analysis.js';

export const rule: LintRule = {
  id: 'vacuum-full-or-cluster',
  severity: 'error',
  category: 'rewrite',
  kinds: ['VacuumStmt', 'ClusterStmt'],
  summary: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock',
  rationale: 'Both copy the whole table into new storage while it is locked against reads and writes, and need free disk space the size of the table; VACUUM also cannot run inside the transaction Prisma uses.',
  safeAlternative: '-- outside migrations: plain VACUUM (no lock on reads or writes), or pg_repack for an online rewrite\nVACUUM (ANALYZE) "Event";',
  docs: {
    problem: 'Reports `VACUUM FULL` and `CLUSTER` in a migration (of a table that existed before it, or of the whole database).',
    bad: 'VACUUM FULL "Event";\nCLUSTER "Event" USING "Event_createdAt_idx";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      let rels: (RelationName | undefined)[] = [];
      let what: string;
      if (sc.stmt.kind === 'VacuumStmt' && n.is_vacuumcmd && optionNames(n.options).includes('full')) {
        rels = (n.rels ?? []).map((r: { VacuumRelation?: { relation?: unknown } }) => rangeVar(r.VacuumRelation?.relation));
        what = 'VACUUM FULL';
      } else if (sc.stmt.kind === 'ClusterStmt') {
        rels = n.relation ? [rangeVar(n.relation)] : [];
        what = 'CLUSTER';
      } else continue;
      if (!rels.length) {
        hits.push({ statement: sc.stmt.index, message: `${what} of every table in the database rewrites them all under ACCESS EXCLUSIVE locks`, observed: false, fix: '-- outside migrations: plain VACUUM (ANALYZE); (no lock on reads or writes), or pg_repack table by table' });
        continue;
      }
      for (const rel of rels) {
        if (!rel || !preExisting(sc, rel.key)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `${what} rewrites "${rel.display}" under an ACCESS EXCLUSIVE lock`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedRewrite(sc, rel.key),
          fix: `-- outside migrations: plain VACUUM (no lock on reads or writes), or pg_repack for an online rewrite\nVACUUM (ANALYZE) ${qr(rel)};`,
        });
      }
    }
    return hits;
  },
};
