import { preExisting, replayed } from '../context.js';
import { qualifiedName } from '../parser/ast.js';
import { q, qr } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'drop-table',
  severity: 'error',
  category: 'data-loss',
  kinds: ['DropStmt'],
  summary: 'DROP TABLE deletes the table and all its rows',
  rationale: 'The rows are gone for good (only a backup brings them back), and every running instance that still queries the table fails.',
  safeAlternative:
    '-- release 1: stop using the table in code, deploy; keep the data\n-- release 2, after a verified backup:\nALTER TABLE "LegacyToken" RENAME TO "_LegacyToken_dropped_20240101"; -- reversible\n-- release 3: DROP TABLE "_LegacyToken_dropped_20240101";',
  docs: {
    problem: 'Reports `DROP TABLE` of a table that existed before the pull request (a table the pull request created is empty everywhere).',
    bad: 'DROP TABLE "LegacyToken";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_TABLE') continue;
      for (const o of n.objects ?? []) {
        const rel = qualifiedName(o);
        if (!rel || !preExisting(sc, rel.key)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `DROP TABLE "${rel.display}"${n.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes the table and every row in it`,
          table: rel.display,
          tableKey: rel.key,
          observed: replayed(sc),
          fix: `-- release 1: stop using "${rel.display}" in code, deploy; keep the data\n-- release 2, after a verified backup:\nALTER TABLE ${qr(rel)} RENAME TO ${q(`_${rel.name}_dropped`)}; -- reversible\n-- release 3:\nDROP TABLE ${rel.qualified ? `${q(rel.schema)}.` : ''}${q(`_${rel.name}_dropped`)};`,
        });
      }
    }
    return hits;
  },
};
