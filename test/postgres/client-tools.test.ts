import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { findClientTools, libpqConnection, parseToolVersion } from '../../src/postgres/client-tools.js';
import { parseDatabaseUrl } from '../../src/postgres/url.js';
import { run } from '../../src/process/run.js';
import { makeTempDir } from '../helpers/tmp.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A folder holding one fake tool that prints an older version: the one fake, for the version check. */
function folderWithOldTools(version: string): string {
  const t = makeTempDir('oldpg');
  cleanups.push(t.cleanup);
  const bin = path.join(t.dir, 'bin');
  mkdirSync(bin);
  for (const tool of ['pg_dump', 'pg_restore']) {
    const f = path.join(bin, tool);
    writeFileSync(f, `#!/bin/sh\necho "${tool} (PostgreSQL) ${version}"\n`);
    chmodSync(f, 0o755);
  }
  return bin;
}

describe('parseToolVersion', () => {
  it('reads Debian, plain and pre-10 version lines', () => {
    expect(parseToolVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)')).toEqual({ version: '15.20', major: 15 });
    expect(parseToolVersion('pg_restore (PostgreSQL) 17.2')).toEqual({ version: '17.2', major: 17 });
    expect(parseToolVersion('pg_dump (PostgreSQL) 9.6.24')).toEqual({ version: '9.6.24', major: 9 });
    expect(parseToolVersion('bash: pg_dump: command not found')).toBeUndefined();
  });
});

describe('findClientTools', () => {
  it('finds the real pg_dump 15 for a PostgreSQL 15 server, with a matching pg_restore', async () => {
    const tools = await findClientTools(15);
    expect(tools.major).toBeGreaterThanOrEqual(15);
    const dump = await run(tools.pgDump, ['--version']);
    const restore = await run(tools.pgRestore, ['--version']);
    expect(parseToolVersion(dump.stdout)?.version).toBe(tools.version);
    expect(parseToolVersion(restore.stdout)?.major).toBe(tools.major);
    expect((await run(tools.psql, ['--version'])).code).toBe(0);
  });

  it('accepts a newer pg_dump for an older server (pg_dump 15 dumps 13)', async () => {
    const tools = await findClientTools(13, { searchPath: ['/usr/lib/postgresql/15/bin'] });
    expect(tools.major).toBe(15);
    expect(tools.pgDump).toBe('/usr/lib/postgresql/15/bin/pg_dump');
    expect(tools.psql).toBe('/usr/lib/postgresql/15/bin/psql');
  });

  it('prefers the highest suitable version among the folders searched', async () => {
    const old = folderWithOldTools('14.0');
    const tools = await findClientTools(14, { searchPath: [old, '/usr/lib/postgresql/15/bin'] });
    expect(tools.major).toBe(15);
  });

  it('fails on a version mismatch naming both versions and the apt package that fixes it', async () => {
    const old = folderWithOldTools('14.0');
    const err = await findClientTools(15, { searchPath: [old] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const e = err as UserError;
    expect(e.message).toContain('pg_dump 14.0');
    expect(e.message).toContain('PostgreSQL 15');
    expect(e.next).toContain('sudo apt-get install -y postgresql-client-15');
    expect(e.next).toContain('apt.postgresql.org');
    expect(e.exitCode).toBe(2);
  });

  it('a server newer than every installed pg_dump (here 18 against the real 15) fails the same way', async () => {
    const err = (await findClientTools(18).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/pg_dump 15\.\d+/);
    expect(err.next).toContain('postgresql-client-18');
  });

  it('says when no pg_dump exists at all', async () => {
    const t = makeTempDir('nopg');
    cleanups.push(t.cleanup);
    const err = (await findClientTools(15, { searchPath: [t.dir] }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('no pg_dump/pg_restore found');
    expect(err.next).toContain('postgresql-client-15');
  });
});

describe('libpqConnection', () => {
  it('moves the password out of argv and drops Prisma-only parameters libpq rejects', () => {
    const t = parseDatabaseUrl('postgresql://app:p%40ss%2Fw0rd@db.example.com:6543/girok_user?schema=auth&connection_limit=5&sslmode=require');
    const c = libpqConnection(t, {});
    expect(c.dbname).toBe('postgresql://app@db.example.com:6543/girok_user?sslmode=require');
    expect(c.env.PGPASSWORD).toBe('p@ss/w0rd');
  });

  it('is accepted by the real psql', async () => {
    const t = parseDatabaseUrl('postgresql://postgres@127.0.0.1:5432/postgres?schema=public&pool_timeout=3');
    const c = libpqConnection(t);
    const tools = await findClientTools(15);
    const r = await run(tools.psql, ['-XAtq', '-c', 'SELECT 41 + 1', c.dbname], { env: c.env });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('42');
  });
});
