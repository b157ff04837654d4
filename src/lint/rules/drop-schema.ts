import { replayed } from '../context.js';
import { strings } from '../parser/ast.js';
import { q } from '../analysis.js';
import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'drop-schema',
  severity: 'error',
  category: 'data-loss',
  kinds: ['DropStmt', 'DropdbStmt'],
  summary: 'DROP SCHEMA (or DROP DATABASE) deletes every object in it',
  rationale: 'With CASCADE every table, view, type and function in the schema goes, with all their data.',
  safeAlternative: '-- move what must survive first, back up, and drop in a dedicated, reviewed migration\nALTER SCHEMA "legacy" RENAME TO "_legacy_dropped_20240101";',
  docs: {
    problem: 'Reports `DROP SCHEMA` of a schema the migration did not create, and any `DROP DATABASE`.',
    bad: 'DROP SCHEMA "legacy" CASCADE;\nDROP DATABASE "analytics";',
  },
  check(ctx) {
    const created = new Set<string>();
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const n = sc.stmt.node;
      if (sc.stmt.kind === 'CreateSchemaStmt' && n.schemaname) created.add(n.schemaname);
      if (sc.stmt.kind === 'DropdbStmt') {
        hits.push({ statement: sc.stmt.index, message: `DROP DATABASE "${n.dbname}" deletes the whole database`, observed: false, fix: `-- never from a migration: after a verified backup, an operator drops ${q(n.dbname)} by hand` });
        continue;
      }
      if (sc.stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_SCHEMA') continue;
      for (const s of strings(n.objects)) {
        if (created.has(s)) continue;
        hits.push({
          statement: sc.stmt.index,
          message: `DROP SCHEMA "${s}"${n.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every object in it`,
          observed: replayed(sc),
          fix: `-- move what must survive first, back up, then (reversible):\nALTER SCHEMA ${q(s)} RENAME TO ${q(`_${s}_dropped`)};\n-- a later, dedicated migration: DROP SCHEMA ${q(`_${s}_dropped`)} CASCADE;`,
        });
      }
    }
    return hits;
  },
};
