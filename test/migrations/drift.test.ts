import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../src/config/types.js';
import { checkDrift } from '../../src/prisma/drift.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { GitRepo } from '../helpers/git.js';
import { makePrismaProject } from '../helpers/prisma-project.js';
import { REPO_ROOT } from '../helpers/tmp.js';
import { ADD_NAME_SQL, check, INIT_SQL, MIG, rules, SCHEMA, SCHEMA_V1, SVC } from './helpers.js';

// The real Prisma 6.19.3 CLI (offline WASM engine, test/fixtures/prisma-offline) against the real PostgreSQL.
const EXAMPLE = path.join(REPO_ROOT, 'examples/services/auth-service/prisma');
const ROOT_SERVICE: ServiceConfig = { name: 'auth-service', root: '', schema: 'prisma/schema.prisma', migrations: 'prisma/migrations' };

function exampleMigrations(): Record<string, string> {
  const dir = path.join(EXAMPLE, 'migrations');
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, readFileSync(path.join(dir, d.name, 'migration.sql'), 'utf8')]),
  );
}

let shadow: TestDatabase;
beforeAll(async () => {
  shadow = await createTestDatabase('drift');
});
afterAll(async () => {
  await shadow?.drop();
});

describe('checkDrift with the real Prisma CLI', () => {
  it('the sample auth-service history reproduces its schema exactly', async () => {
    const p = makePrismaProject({ schema: readFileSync(path.join(EXAMPLE, 'schema.prisma'), 'utf8'), migrations: exampleMigrations() });
    try {
      const r = await checkDrift({ repoRoot: p.root, service: ROOT_SERVICE, shadowDatabaseUrl: shadow.url });
      expect(r).toMatchObject({ outcome: 'same', summary: '', error: '', prismaVersion: '6.19.3' });
    } finally {
      p.cleanup();
    }
  });

  it('reports drift with Prisma\'s diff summary when the schema has a change no migration makes', async () => {
    const schema = readFileSync(path.join(EXAMPLE, 'schema.prisma'), 'utf8').replace('  providerId String?\n', '  providerId String?\n  avatarUrl  String?\n');
    const p = makePrismaProject({ schema, migrations: exampleMigrations() });
    try {
      const r = await checkDrift({ repoRoot: p.root, service: ROOT_SERVICE, shadowDatabaseUrl: shadow.url });
      expect(r.outcome).toBe('different');
      expect(r.summary).toContain('Changed the `User` table');
      expect(r.summary).toContain('Added column `avatarUrl`');
      expect(r.command).toContain('--to-schema-datamodel');
    } finally {
      p.cleanup();
    }
  });

  it('reads a schema.prisma with its models in other files beside it (prismaSchemaFolder) as one schema (issue 9)', async () => {
    const model = SCHEMA_V1.slice(SCHEMA_V1.indexOf('model User'));
    const p = makePrismaProject({ schema: SCHEMA_V1.replace(model, ''), migrations: { '20240101000000_init': INIT_SQL } });
    try {
      mkdirSync(path.join(p.root, 'prisma', 'models'));
      writeFileSync(path.join(p.root, 'prisma', 'models', 'user.prisma'), model);
      const r = await checkDrift({ repoRoot: p.root, service: ROOT_SERVICE, shadowDatabaseUrl: shadow.url });
      expect(r).toMatchObject({ outcome: 'same', error: '' });
      expect(r.command).toContain('--to-schema-datamodel prisma --exit-code');
    } finally {
      p.cleanup();
    }
  });

  it('reports a migration that cannot be replayed as an error outcome with Prisma\'s message', async () => {
    const p = makePrismaProject({ schema: `${SCHEMA_V1}`, migrations: { '20240101000000_init': `${INIT_SQL}\nALTER TABLE "Nope" ADD COLUMN "x" TEXT;\n` } });
    try {
      const r = await checkDrift({ repoRoot: p.root, service: ROOT_SERVICE, shadowDatabaseUrl: shadow.url });
      expect(r.outcome).toBe('error');
      expect(r.error).toMatch(/Nope/);
    } finally {
      p.cleanup();
    }
  });

  it('an unreachable shadow database is an environment error (exit 2) with the fix, password masked', async () => {
    const p = makePrismaProject({ schema: SCHEMA_V1, migrations: { '20240101000000_init': INIT_SQL } });
    try {
      const url = shadow.url.replace(/\/([^/]+)$/, '/missing_db_$1').replace('postgres@', 'postgres:s3cret-pw@');
      const err = await checkDrift({ repoRoot: p.root, service: ROOT_SERVICE, shadowDatabaseUrl: url }).catch((e: unknown) => e);
      expect(err).toMatchObject({ exitCode: 2, message: expect.stringContaining('cannot use the shadow database'), next: expect.stringContaining('shadow-database-url') });
      expect(String((err as Error).message)).not.toContain('s3cret-pw');
    } finally {
      p.cleanup();
    }
  });

  it('rejects a shadow-database-url that is not PostgreSQL before running anything', async () => {
    await expect(checkDrift({ repoRoot: REPO_ROOT, service: ROOT_SERVICE, shadowDatabaseUrl: 'mysql://u:secret@h/db' })).rejects.toMatchObject({
      message: expect.stringContaining('not postgresql'),
      exitCode: 2,
    });
  });
});

describe('the schema-drift rule inside the history check', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = new GitRepo('drift');
    makePrismaProject({ schema: SCHEMA_V1, migrations: { '20240101000000_init': INIT_SQL }, dir: path.join(repo.dir, SVC) });
    repo.commit('init');
    repo.checkout('feature/x', true);
  });
  afterAll(() => repo?.cleanup());

  it('passes, and ticks drift as run, when the new migration matches the schema change', async () => {
    repo.write(SCHEMA, SCHEMA_V1.replace('email String @unique', 'email String @unique\n  name  String?'));
    repo.migration(MIG, '20240301000000_add_user_name', ADD_NAME_SQL);
    const r = await check(repo, { shadowDatabaseUrl: shadow.url });
    expect(r.findings).toEqual([]);
    expect([...r.ran].sort()).toEqual(['drift', 'history']);
    expect(r.drift.map((d) => d.outcome)).toEqual(['same']);
  });

  it('fails with the diff when the schema changed without a migration', async () => {
    repo.remove(`${MIG}/20240301000000_add_user_name`);
    const r = await check(repo, { shadowDatabaseUrl: shadow.url });
    expect(rules(r)).toEqual(['schema-drift', 'schema-without-migration']);
    const f = r.findings.find((x) => x.rule === 'schema-drift')!;
    expect(f).toMatchObject({ severity: 'error', file: SCHEMA });
    expect(f.message).toContain('Added column `name`');
    expect(f.fix).toContain('prisma migrate dev --name');
  });

  it('a schema edit that changes no table needs no migration once drift proves it', async () => {
    repo.write(SCHEMA, `${SCHEMA_V1}\n// Users sign in with OAuth; see docs/auth.md\n`);
    const r = await check(repo, { shadowDatabaseUrl: shadow.url });
    expect(r.findings).toEqual([]);
    const without = await check(repo);
    // No shadow: the drift notice only; schema-without-migration asks Prisma (migrate diff of the two schemas) instead (issue 9).
    expect(rules(without)).toEqual(['schema-drift']);
    expect(without.findings[0]!.severity).toBe('notice');
  });
});
