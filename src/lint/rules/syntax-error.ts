import type { LintRule, RuleHit } from '../rule.js';

export const rule: LintRule = {
  id: 'syntax-error',
  severity: 'error',
  category: 'engine',
  summary: 'A statement PostgreSQL\'s parser rejects',
  rationale: 'PostgreSQL rejects the statement, so the migration fails when it is deployed (after the statements before it, if any ran outside a transaction).',
  safeAlternative: '-- fix the statement, then check it locally against a scratch database:\n--   npx prisma migrate dev\n--   npx migration-gates lint prisma/migrations/<folder>',
  docs: {
    problem: 'Reports each statement that PostgreSQL\'s own parser (libpg-query, PostgreSQL 18 grammar) rejects, at the line and column of the error. The other statements of the file are still linted.',
    bad: 'ALTER TABLE "User" ADD COLUM "bio" TEXT;',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const sc of ctx.statements) {
      const e = sc.stmt.syntaxError;
      if (!e) continue;
      hits.push({
        statement: sc.stmt.index,
        message: `PostgreSQL cannot parse this statement: ${e.message}`,
        observed: false,
        line: e.line,
        column: e.column,
        fix: `Fix the statement at line ${e.line}, then check it locally:\n  npx prisma migrate dev\n  npx migration-gates lint ${ctx.file.replace(/\/migration\.sql$/, '')}`,
      });
    }
    return hits;
  },
};
