import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prismaResolveCommand, restoreCommand } from '../../src/apply/commands.js';
import { shellQuote } from '../../src/security/shell-quote.js';
import { extractDatabaseError } from '../../src/apply/pg-error.js';
import { scanTransactions } from '../../src/apply/transaction-scan.js';
import { fenced, inlineCode, sqlLogLines } from '../../src/apply/report.js';
import { deployInvocation } from '../../src/prisma/deploy.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir } from '../helpers/tmp.js';
import { execFileSync } from 'node:child_process';

describe('recovery commands quote hostile migration names', () => {
  it('keeps plain names readable and single-quotes anything a shell would interpret', () => {
    expect(shellQuote('20240101000000_add_user')).toBe('20240101000000_add_user');
    const hostile = "20240101000000_x'; rm -rf ~; echo '$(id)`";
    const cmd = prismaResolveCommand({ root: 'services/auth service' }, 'rolled-back', hostile);
    expect(cmd).toBe(`(cd 'services/auth service' && npx prisma migrate resolve --rolled-back '20240101000000_x'\\''; rm -rf ~; echo '\\''$(id)\`')`);
    // A real shell reads the quoted name back as exactly one argument, unchanged.
    const echoed = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(hostile)}`], { encoding: 'utf8' });
    expect(echoed).toBe(hostile);
    expect(restoreCommand('/tmp/b ackup.json', 'app_d"q;$(id)')).toBe(`npx migration-gates restore --backup '/tmp/b ackup.json' --target-database-url "$DATABASE_URL" --confirm 'app_d"q;$(id)'`);
  });
});

describe('extractDatabaseError', () => {
  it('finds the PostgreSQL error in the driver-adapter log and in the native engine format', () => {
    expect(extractDatabaseError('external connector error\nError querying the database: ERROR: division by zero\n   0: sql_schema_connector')).toBe('ERROR: division by zero');
    const native = 'Error: P3018\n\nA migration failed to apply.\n\nMigration name: 20240101_x\n\nDatabase error code: 42P01\n\nDatabase error:\nERROR: relation "Nope" does not exist\n';
    expect(extractDatabaseError(native)).toBe('ERROR: relation "Nope" does not exist (SQLSTATE 42P01)');
    expect(extractDatabaseError('Error: P1002\n\nThe database server was reached but timed out.\n')).toBe('P1002 The database server was reached but timed out.');
    expect(extractDatabaseError('')).toBeUndefined();
  });
});

describe('scanTransactions', () => {
  it('finds transaction control and statements that refuse a transaction block, ignoring strings, comments and function bodies', () => {
    const sql = [
      "-- COMMIT in a comment",
      "INSERT INTO t VALUES ('BEGIN; COMMIT;');",
      'CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;',
      '/* ROLLBACK */ CREATE INDEX CONCURRENTLY i ON t (a);',
      'COMMIT;',
      'VACUUM t;',
    ].join('\n');
    const facts = scanTransactions(sql);
    expect(facts.statements).toBe(5);
    expect(facts.transactionControl).toEqual(['line 5: COMMIT']);
    expect(facts.nonTransactional).toEqual(['line 4: CREATE INDEX CONCURRENTLY i ON t', 'line 6: VACUUM t']);
    expect(scanTransactions('CREATE TABLE a (id int);\nALTER TYPE e ADD VALUE \'x\';\n')).toEqual({ transactionControl: [], nonTransactional: [], statements: 2 });
  });
});

describe('markdown and log rendering of PR content', () => {
  it('fences cannot be closed by the SQL, inline code cannot be broken by a name, log lines cannot start a workflow command', () => {
    expect(fenced('a\n```\nb', 'sql')).toBe('````sql\na\n```\nb\n````');
    expect(inlineCode('x`y')).toBe('`` x`y ``');
    expect(sqlLogLines('m', 'SELECT 1;\n::error::x\n')).toEqual(['-- m (2 line(s))', '1 │ SELECT 1;', '2 │ ::error::x']);
  });
});

describe('deployInvocation (version-aware, one place)', () => {
  const project = (schema: string, config?: string) => {
    const t = makeTempDir('inv');
    mkdirSync(path.join(t.dir, 'prisma'), { recursive: true });
    writeFileSync(path.join(t.dir, 'prisma', 'schema.prisma'), schema);
    if (config) writeFileSync(path.join(t.dir, 'prisma.config.ts'), config);
    return t;
  };

  it('5.x/6.x: --schema, and every env var the datasource reads (url and directUrl) gets the target URL', () => {
    const t = project('datasource db {\n  provider  = "postgresql"\n  url       = env("AUTH_DB_URL")\n  directUrl = env("AUTH_DIRECT_URL")\n  // url = "postgresql://commented"\n}\n');
    try {
      for (const major of [5, 6]) {
        expect(deployInvocation({ major }, t.dir, path.join(t.dir, 'prisma', 'schema.prisma'))).toEqual({
          args: ['migrate', 'deploy', '--schema', 'prisma/schema.prisma'],
          urlEnvVars: ['AUTH_DB_URL', 'AUTH_DIRECT_URL'],
          cwd: t.dir,
        });
      }
    } finally {
      t.cleanup();
    }
  });

  it('7.x: no --schema; the variables prisma.config.ts reads', () => {
    const t = project('datasource db {\n  provider = "postgresql"\n}\n', "import { defineConfig, env } from 'prisma/config'\nexport default defineConfig({ datasource: { url: env('AUTH_DB_URL') } })\n");
    try {
      expect(deployInvocation({ major: 7 }, t.dir, path.join(t.dir, 'prisma', 'schema.prisma'))).toEqual({ args: ['migrate', 'deploy'], urlEnvVars: ['AUTH_DB_URL'], cwd: t.dir });
    } finally {
      t.cleanup();
    }
  });

  it('refuses a schema with a hard-coded datasource url', () => {
    const t = project('datasource db {\n  provider = "postgresql"\n  url      = "postgresql://u:p@prod/db"\n}\n');
    try {
      let err: unknown;
      try {
        deployInvocation({ major: 6 }, t.dir, path.join(t.dir, 'prisma', 'schema.prisma'));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toBe('schema.prisma hard-codes the datasource url');
      expect((err as UserError).next).toBe('change the datasource to url = env("DATABASE_URL") and keep the URL in a secret');
    } finally {
      t.cleanup();
    }
  });
});
