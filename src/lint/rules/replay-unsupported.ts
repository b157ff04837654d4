import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'replay-unsupported',
  severity: 'notice',
  category: 'engine',
  summary: 'The embedded database could not run this statement, so its findings are predicted from the SQL',
  rationale: 'The embedded PostgreSQL (PGlite) lacks some extensions and server features; the statement may well work on your server. Lock and rewrite findings for it come from the SQL alone.',
  safeAlternative: '-- replay in a real PostgreSQL of your version instead of the embedded one:\n--   npx migration-gates lint --shadow-database-url postgresql://postgres@localhost:5432/postgres\n-- (the action input is shadow-database-url, e.g. a postgres service container)',
  docs: {
    problem: 'A notice naming the statement the embedded replay could not run (for example `CREATE EXTENSION postgis`), with the reason. It never fails a check.',
    bad: 'CREATE EXTENSION IF NOT EXISTS "postgis";',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const why = sc.trace?.unsupported;
      if (!why) continue;
      const head = sc.stmt.sql.replace(/\s+/g, ' ').slice(0, 80);
      hits.push({ statement: sc.stmt.index, message: `the embedded database could not replay \`${head}${sc.stmt.sql.length > 80 ? '…' : ''}\` (${why}): findings for it are predicted from the SQL`, observed: false });
    }
    return hits;
  },
};
