import { replayed } from '../context.js';
import { q } from '../analysis.js';
import { qualifiedName } from '../parser/ast.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'alter-domain-add-constraint',
  severity: 'warning',
  category: 'lock',
  kinds: ['AlterDomainStmt'],
  summary: 'ALTER DOMAIN ... ADD CONSTRAINT checks every column of the domain, in every table, at once',
  rationale:
    'PostgreSQL checks the new constraint against every stored value of every column of the domain ("ALTER DOMAIN": ADD CONSTRAINT "will be checked against all existing data" unless NOT VALID), locking each of those tables while it reads them, in the migration\'s one transaction.',
  safeAlternative:
    'ALTER DOMAIN "positive_int" ADD CONSTRAINT "positive_int_check" CHECK (VALUE > 0) NOT VALID;\n-- next migration (only new rows are checked until then):\nALTER DOMAIN "positive_int" VALIDATE CONSTRAINT "positive_int_check";',
  docs: {
    problem:
      'Reports `ALTER DOMAIN ... ADD CONSTRAINT` without `NOT VALID` on a domain that existed before the migration. A domain created in the same migration has no data yet: quiet. `CREATE DOMAIN ... CHECK` is not reported: a new domain is used by no column yet.',
    bad: 'ALTER DOMAIN "positive_int" ADD CONSTRAINT "positive_int_check" CHECK (VALUE > 0);',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const created = new Set<string>();
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind === 'CreateDomainStmt') {
        const d = qualifiedName(n.domainname);
        if (d) created.add(d.key);
        continue;
      }
      if (sc.stmt.kind !== 'AlterDomainStmt' || n.subtype !== 'C') continue;
      const con = n.def?.Constraint;
      const d = qualifiedName(n.typeName);
      if (!con || con.skip_validation || !d || created.has(d.key)) continue;
      const name = con.conname ?? `${d.name}_check`;
      hits.push({
        statement: sc.stmt.index,
        message: `ALTER DOMAIN "${d.display}" ADD CONSTRAINT${con.conname ? ` "${con.conname}"` : ''} checks every column of the domain, in every table, in this transaction`,
        observed: replayed(sc),
        fix: `${sc.stmt.sql} NOT VALID;\n-- next migration:\nALTER DOMAIN ${q(d.name)} VALIDATE CONSTRAINT ${q(name)};`,
      });
    }
    return hits;
  },
};
