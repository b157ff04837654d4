import { observedLock, preExisting } from '../context.js';
import { alterTableCommands, qr } from '../analysis.js';
import { rangeVar } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'detach-partition-not-concurrently',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterTableStmt'],
  summary: 'DETACH PARTITION without CONCURRENTLY locks the partitioned table against reads and writes',
  rationale:
    'ALTER TABLE ... DETACH PARTITION takes ACCESS EXCLUSIVE on the parent (PostgreSQL documentation, "ALTER TABLE"): every query of the partitioned table waits, and waits behind any long query already on it. With CONCURRENTLY (PostgreSQL 14+) it takes SHARE UPDATE EXCLUSIVE.',
  safeAlternative: '-- its own migration file: CONCURRENTLY cannot run in a transaction block\nALTER TABLE "Event" DETACH PARTITION "Event_2023" CONCURRENTLY;',
  docs: {
    problem: 'Reports `ALTER TABLE ... DETACH PARTITION` without `CONCURRENTLY` on a partitioned table that existed before the pull request.',
    bad: 'ALTER TABLE "Event" DETACH PARTITION "Event_2023";',
    notes: 'The CONCURRENTLY form must be alone in its migration (Prisma runs a file as one transaction): `concurrently-in-transaction` says so otherwise.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      for (const { rel, cmd, subtype } of alterTableCommands(sc)) {
        const part = cmd.def?.PartitionCmd;
        if (subtype !== 'AT_DetachPartition' || part?.concurrent || !preExisting(sc, rel.key)) continue;
        const p = rangeVar(part?.name);
        hits.push({
          statement: sc.stmt.index,
          message: `DETACH PARTITION${p ? ` "${p.display}"` : ''} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on "${rel.display}"`,
          table: rel.display,
          tableKey: rel.key,
          observed: observedLock(sc, rel.key),
          fix: `In a migration of its own:\nALTER TABLE ${qr(rel)} DETACH PARTITION ${p ? qr(p) : '<partition>'} CONCURRENTLY;`,
        });
      }
    }
    return hits;
  },
};
