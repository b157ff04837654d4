import { describe, expect, it } from 'vitest';
import { parseMigrationSql } from '../../src/lint/parser/split.js';
import { parseDirectives } from '../../src/lint/suppress.js';
import { BASE, lintSql } from './helpers.js';

describe('ignore comments', () => {
  it('parses rules, scope, reason and the statement each applies to', async () => {
    const sql = [
      '-- migration-gates-ignore-file lock-timeout-missing reason: deploy sets lock_timeout',
      '-- migration-gates-ignore drop-column, rename-column -- column unused since v2.3',
      'ALTER TABLE "User" DROP COLUMN "name";',
      'ALTER TABLE "User" RENAME COLUMN "email" TO "mail"; -- migration-gates-ignore drop-table',
      'DROP TABLE "Post";',
    ].join('\n');
    const d = parseDirectives(await parseMigrationSql(sql));
    expect(d).toEqual([
      { line: 1, scope: 'file', rules: ['lock-timeout-missing'], reason: 'deploy sets lock_timeout', statement: undefined },
      { line: 2, scope: 'statement', rules: ['drop-column', 'rename-column'], reason: 'column unused since v2.3', statement: 0 },
      { line: 4, scope: 'statement', rules: ['drop-table'], reason: undefined, statement: 2 },
    ]);
  });

  it('silences the next statement only, records what it silenced, and keeps the rest', async () => {
    const sql = '-- migration-gates-ignore drop-column -- legacy, backup taken\nALTER TABLE "User" DROP COLUMN "name";\nALTER TABLE "Post" DROP COLUMN "title";';
    const r = await lintSql(sql, { history: [BASE] });
    const drops = r.findings.filter((f) => f.rule === 'drop-column');
    expect(drops.map((f) => f.line)).toEqual([3]);
    expect(r.suppressions).toEqual([
      { file: 'prisma/migrations/20240102000000_change/migration.sql', line: 1, rules: ['drop-column'], scope: 'statement', reason: 'legacy, backup taken', matched: ['drop-column'] },
    ]);
    expect(r.rules).not.toContain('unused-ignore');
  });

  it('a file-wide ignore silences the rule in every statement', async () => {
    const sql = '-- migration-gates-ignore-file drop-column, lock-timeout-missing, lock-held-across-statements\nALTER TABLE "User" DROP COLUMN "name";\nALTER TABLE "Post" DROP COLUMN "title";';
    const r = await lintSql(sql, { history: [BASE] });
    expect(r.rules).toEqual([]);
    expect(r.suppressions[0]).toMatchObject({ scope: 'file', matched: ['drop-column', 'lock-timeout-missing', 'lock-held-across-statements'] });
  });

  it('reports each ignore that silences nothing as unused-ignore, with a hint for a misspelt id', async () => {
    const sql = [
      '-- migration-gates-ignore drop-colum',
      'ALTER TABLE "User" DROP COLUMN "name";',
      '-- migration-gates-ignore drop-table -- not a drop',
      'SET lock_timeout = \'5s\';',
      '-- migration-gates-ignore syntax-error',
      'SELECT 1;',
      '-- migration-gates-ignore',
      '-- migration-gates-ignore truncate',
    ].join('\n');
    const r = await lintSql(sql, { history: [BASE] });
    const unused = r.findings.filter((f) => f.rule === 'unused-ignore');
    expect(unused.map((f) => [f.line, f.severity])).toEqual([
      [1, 'warning'],
      [3, 'warning'],
      [5, 'warning'],
      [7, 'warning'],
      [8, 'warning'],
    ]);
    expect(unused[0]!.message).toBe('ignore names "drop-colum", which is not a lint rule (did you mean "drop-column"?)');
    expect(unused[1]!.message).toContain('ignore of "drop-table" matches no finding on the next statement');
    expect(unused[2]!.message).toContain('"syntax-error" cannot be ignored');
    expect(unused[3]!.message).toContain('names no rule');
    expect(unused[4]!.message).toContain('has no statement after it');
    // The misspelt ignore silenced nothing.
    expect(r.rules).toContain('drop-column');
  });

  it('cannot silence a syntax error or a failing statement', async () => {
    const r = await lintSql('-- migration-gates-ignore-file syntax-error\nALTER TABLE "User" ADD COLUM "x" TEXT;', { history: [BASE] });
    expect(r.rules).toContain('syntax-error');
    expect(r.rules).toContain('unused-ignore');
  });

  it('says nothing about an ignore of a rule the config turned off', async () => {
    const { defaultConfig } = await import('../../src/config/defaults.js');
    const config = defaultConfig();
    config.lint.rules = { 'drop-table': 'off' };
    const r = await lintSql('-- migration-gates-ignore drop-table\nDROP TABLE "Post";', { history: [BASE], config });
    expect(r.rules).not.toContain('drop-table');
    expect(r.rules).not.toContain('unused-ignore');
  });

  it('does not take a string literal for an ignore comment', async () => {
    const r = await lintSql("SELECT 'migration-gates-ignore';\nDROP TABLE \"Post\";", { history: [BASE] });
    expect(r.rules).toContain('drop-table');
    expect(r.suppressions).toEqual([]);
  });
});
