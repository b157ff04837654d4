import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/report/finding.js';
import { GitRepo } from '../helpers/git.js';
import { ADMIN_URL } from '../helpers/pg.js';
import { makePrismaProject } from '../helpers/prisma-project.js';
import { check, INIT_SQL, MIG, SVC } from './helpers.js';

// Issue 9, item 2: schema-without-migration only when the database would change. Decided by the
// project's Prisma (`migrate diff` of the base and head schemas, no database needed) when it is
// installed, else by a parsed, normalized schema model (@mrleebo/prisma-ast).

const BASE = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id    String @id @default(uuid())
  email String @unique
  role  Role   @default(USER)
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId String
  author   User   @relation(fields: [authorId], references: [id])

  @@index([authorId])
}

enum Role {
  USER
  ADMIN
}
`;

const SQL = `${INIT_SQL}
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ADD COLUMN "role" "Role" NOT NULL DEFAULT 'USER';
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "title" TEXT NOT NULL, "authorId" TEXT NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`;

/** Edits that need no migration: none may be reported. */
const NO_OPS: [string, (s: string) => string][] = [
  ['comments (// and ///)', (s) => s.replace('model User {', '/// A person who signs in.\nmodel User { // see docs/auth.md').replace('  title    String\n', '  /// shown in lists\n  title    String // max 200 in the UI\n')],
  ['whitespace and formatting', (s) => s.replace(/ {2,}/g, ' ').replace(/\n\n/g, '\n\n\n')],
  ['the generator block', (s) => s.replace('provider = "prisma-client-js"', 'provider        = "prisma-client"\n  output          = "../src/generated"\n  previewFeatures = ["relationJoins"]')],
  ['the datasource block', (s) => s.replace('url      = env("DATABASE_URL")', 'url       = env("DATABASE_URL")\n  directUrl = env("DIRECT_URL")')],
  ['reordered fields and models', (s) => {
    const user = s.slice(s.indexOf('model User'), s.indexOf('model Post'));
    const post = s.slice(s.indexOf('model Post'), s.indexOf('enum Role'));
    const swapped = user.replace('  id    String @id @default(uuid())\n  email String @unique\n', '  email String @unique\n  id    String @id @default(uuid())\n');
    return s.replace(user + post, post + swapped);
  }],
  ['a field and a model renamed with @map / @@map', (s) => s.replace('  title    String\n', '  headline String @map("title")\n').replace('model Post {', 'model Article {').replace('  @@index([authorId])\n}', '  @@index([authorId])\n  @@map("Post")\n}').replace('posts Post[]', 'posts Article[]')],
];

const ADD_FIELD = (s: string) => s.replace('  title    String\n', '  title    String\n  body     String?\n');

function findingsOf(r: Awaited<ReturnType<typeof check>>) {
  return r.findings.filter((f) => f.rule === 'schema-without-migration');
}

describe('with the project\'s Prisma CLI (6.19.3, offline WASM engine)', () => {
  let repo: GitRepo;
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = ADMIN_URL; // the offline config's adapter reads it; migrate diff of two schemas writes nothing
    repo = new GitRepo('schema-cli');
    makePrismaProject({ schema: BASE, migrations: { '20240101000000_init': SQL }, dir: path.join(repo.dir, SVC) });
    repo.commit('init');
    repo.checkout('feature/x', true);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    repo?.cleanup();
  });

  it.each(NO_OPS)('%s: no finding, Prisma said so', async (_name, edit) => {
    repo.write(`${SVC}/prisma/schema.prisma`, edit(BASE));
    const lines: string[] = [];
    const r = await check(repo, { onProgress: (l) => lines.push(l) });
    expect(findingsOf(r)).toEqual([]);
    expect(summarize(r.findings).errors).toBe(0);
    expect(lines.some((l) => l.includes('prisma 6.19.3 migrate diff: no database change'))).toBe(true);
  });

  it('a real field addition is still an error, with Prisma\'s summary', async () => {
    repo.write(`${SVC}/prisma/schema.prisma`, ADD_FIELD(BASE));
    const f = findingsOf(await check(repo));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', file: `${SVC}/prisma/schema.prisma` });
    expect(f[0]!.message).toContain('prisma 6.19.3 migrate diff reports');
    expect(f[0]!.message).toContain('Post');
  });
});

describe('without a Prisma CLI: the parsed schemas', () => {
  let repo: GitRepo;
  let outside: string;
  beforeAll(() => {
    repo = new GitRepo('schema-ast');
    repo.write(`${SVC}/prisma/schema.prisma`, BASE).write(`${MIG}/migration_lock.toml`, 'provider = "postgresql"\n').migration(MIG, '20240101000000_init', SQL).commit('init');
    repo.checkout('feature/x', true);
    // Outside this project, so no node_modules/prisma is found walking up: no CLI at all.
    outside = mkdtempSync(path.join(os.tmpdir(), 'mg-no-prisma-'));
  });
  afterAll(() => {
    repo?.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  async function checkOutside(schema: string, file = `${SVC}/prisma/schema.prisma`) {
    repo.write(file, schema);
    const dir = mkdtempSync(path.join(outside, 'r-'));
    cpSync(repo.dir, dir, { recursive: true });
    const lines: string[] = [];
    const r = await check({ dir }, { onProgress: (l) => lines.push(l) });
    return { r, lines };
  }

  it.each(NO_OPS)('%s: no finding', async (_name, edit) => {
    const { r, lines } = await checkOutside(edit(BASE));
    expect(findingsOf(r)).toEqual([]);
    expect(lines.some((l) => l.includes('(the parsed schemas)'))).toBe(true);
  });

  it('a real field addition is still an error', async () => {
    const { r } = await checkOutside(ADD_FIELD(BASE));
    expect(findingsOf(r)).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(summarize(r.findings).errors).toBe(1);
  });

  it('a schema that cannot be parsed: a warning that a change could not be proven', async () => {
    const { r } = await checkOutside(BASE.replace('model Post {', 'model Post {{'));
    const f = findingsOf(r);
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('could not be proven') })]);
  });

  it('a broken Prisma CLI (prisma-command exits 1) falls back to the parsed schemas', async () => {
    repo.write(`${SVC}/prisma/schema.prisma`, NO_OPS[0]![1](BASE));
    const lines: string[] = [];
    const r = await check(repo, { prismaCommand: 'false', onProgress: (l) => lines.push(l) });
    expect(findingsOf(r)).toEqual([]);
    expect(lines.some((l) => l.includes('prisma migrate diff failed, comparing parsed schemas instead'))).toBe(true);
  });
});

describe('a multi-file schema (prisma/schema/*.prisma)', () => {
  const USER = BASE.slice(BASE.indexOf('model User'), BASE.indexOf('model Post'));
  const HEAD = BASE.slice(0, BASE.indexOf('model User')) + BASE.slice(BASE.indexOf('model Post'));
  let repo: GitRepo;
  beforeAll(() => {
    repo = new GitRepo('schema-folder');
    repo.write(`${SVC}/prisma/schema/schema.prisma`, HEAD).write(`${SVC}/prisma/schema/user.prisma`, USER);
    repo.write(`${MIG}/migration_lock.toml`, 'provider = "postgresql"\n').migration(MIG, '20240101000000_init', SQL).commit('init');
    repo.checkout('feature/x', true);
  });
  afterAll(() => repo?.cleanup());

  it('a comment in one file: no finding; a field added in another: an error', async () => {
    repo.write(`${SVC}/prisma/schema/user.prisma`, `/// people\n${USER}`);
    let r = await check(repo, { prismaCommand: 'false' });
    expect(r.changes.services[0]!.service.schema).toBe(`${SVC}/prisma/schema`);
    expect(findingsOf(r)).toEqual([]);
    repo.write(`${SVC}/prisma/schema/schema.prisma`, ADD_FIELD(HEAD));
    r = await check(repo, { prismaCommand: 'false' });
    expect(findingsOf(r)).toEqual([expect.objectContaining({ severity: 'error', file: `${SVC}/prisma/schema` })]);
  });
});

describe('the prismaSchemaFolder layout (prisma/schema.prisma plus prisma/models/*.prisma)', () => {
  const USER = BASE.slice(BASE.indexOf('model User'), BASE.indexOf('model Post'));
  const MAIN = BASE.slice(0, BASE.indexOf('model User')) + BASE.slice(BASE.indexOf('model Post'));
  const MODELS = `${SVC}/prisma/models/user.prisma`;
  let repo: GitRepo;
  beforeAll(() => {
    repo = new GitRepo('schema-models');
    repo.write(`${SVC}/prisma/schema.prisma`, MAIN).write(MODELS, USER);
    repo.write(`${MIG}/migration_lock.toml`, 'provider = "postgresql"\n').migration(MIG, '20240101000000_init', SQL).commit('init');
    repo.checkout('feature/x', true);
  });
  afterAll(() => repo?.cleanup());

  it('an edit in models/ counts as a schema change: a comment passes, a new field is an error', async () => {
    repo.write(MODELS, USER.replace('  email String @unique\n', '  /// login\n  email String @unique\n'));
    let r = await check(repo, { prismaCommand: 'false' });
    expect(r.changes.services[0]!.schemaChanged).toBe(true);
    expect(findingsOf(r)).toEqual([]);
    repo.write(MODELS, USER.replace('  email String @unique\n', '  email String @unique\n  nickname String?\n'));
    r = await check(repo, { prismaCommand: 'false' });
    expect(findingsOf(r)).toEqual([expect.objectContaining({ severity: 'error', file: `${SVC}/prisma/schema.prisma` })]);
  });
});
