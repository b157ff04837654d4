import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runLint } from '../../src/lint/run.js';
import { run } from '../../src/process/run.js';
import { ADMIN_URL } from '../helpers/pg.js';
import { DATASOURCE, makePrismaProject } from '../helpers/prisma-project.js';
import { REPO_ROOT } from '../helpers/tmp.js';

/** Real `prisma migrate diff --script` output between two datamodels (no database needed). */
async function prismaDiff(root: string, from: string | undefined, to: string): Promise<string> {
  writeFileSync(path.join(root, 'to.prisma'), DATASOURCE + to);
  const args = ['migrate', 'diff', ...(from === undefined ? ['--from-empty'] : ['--from-schema-datamodel', 'from.prisma']), '--to-schema-datamodel', 'to.prisma', '--script'];
  if (from !== undefined) writeFileSync(path.join(root, 'from.prisma'), DATASOURCE + from);
  const r = await run(process.execPath, [path.join(REPO_ROOT, 'node_modules/prisma/build/index.js'), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: ADMIN_URL } });
  if (r.code !== 0) throw new Error(`prisma migrate diff failed: ${r.stderr}`);
  return r.stdout;
}

const V1 = `
enum Role {
  USER
  ADMIN
}
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?  @db.VarChar(120)
  role      Role     @default(USER)
  createdAt DateTime @default(now())
}
`;

const V2 = `
enum Role {
  USER
  ADMIN
}
enum PostStatus {
  DRAFT
  PUBLISHED
}
model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String?   @db.VarChar(120)
  role      Role      @default(USER)
  createdAt DateTime  @default(now())
  posts     Post[]
  comments  Comment[]
}
model Post {
  id        String     @id @default(uuid())
  title     String
  status    PostStatus @default(DRAFT)
  authorId  Int
  author    User       @relation(fields: [authorId], references: [id], onDelete: Cascade)
  comments  Comment[]
  tags      Tag[]
  createdAt DateTime   @default(now())
  @@index([authorId])
}
model Comment {
  id       BigInt @id @default(autoincrement())
  body     String
  postId   String
  authorId Int
  post     Post   @relation(fields: [postId], references: [id])
  author   User   @relation(fields: [authorId], references: [id])
  @@index([postId, authorId])
  @@index([authorId])
}
model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
`;

/** V2 changed the usual ways: a column with a default, an enum value added, a unique index replaced, a relation added to existing models. */
const V3 = V2.replace('  DRAFT\n  PUBLISHED\n}', '  DRAFT\n  PUBLISHED\n  ARCHIVED\n}')
  .replace('  createdAt DateTime  @default(now())\n  posts', '  createdAt DateTime  @default(now())\n  plan      String    @default("free")\n  posts')
  .replace('  name  String @unique\n  posts Post[]', '  name  String\n  slug  String @default("")\n  posts Post[]\n  @@unique([name, slug])');

describe('Prisma-generated migrations', () => {
  let project: { root: string; cleanup: () => void };
  let init: string;
  let next: string;
  beforeAll(async () => {
    project = makePrismaProject({ schema: DATASOURCE + V1 });
    init = await prismaDiff(project.root, undefined, V1);
    next = await prismaDiff(project.root, V1, V2);
    const dir = path.join(project.root, 'prisma', 'migrations');
    const { mkdirSync } = await import('node:fs');
    for (const [name, sql] of [
      ['20240101000000_init', init],
      ['20240201000000_add_posts', next],
    ] as const) {
      mkdirSync(path.join(dir, name), { recursive: true });
      writeFileSync(path.join(dir, name, 'migration.sql'), sql);
    }
  });
  afterAll(() => project.cleanup());

  it('generates the shapes we care about', () => {
    // New tables, then their indexes, then ADD CONSTRAINT ... FOREIGN KEY on the new tables, an implicit m-n table.
    expect(next).toMatch(/CREATE TABLE "Post"/);
    expect(next).toMatch(/CREATE TABLE "_PostToTag"/);
    expect(next).toMatch(/ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY/);
    expect(next).toMatch(/CREATE INDEX "Comment_authorId_idx"/);
  });

  it('new tables with foreign keys and indexes raise nothing (replayed)', async () => {
    const r = await runLint({ repoRoot: project.root, config: defaultConfig(), paths: ['prisma/migrations/20240201000000_add_posts'] });
    expect(r.engine).toBe('pglite');
    expect(r.linted).toEqual(['prisma/migrations/20240201000000_add_posts/migration.sql']);
    expect(r.findings).toEqual([]);
  });

  it('the whole history raises nothing, statically either', async () => {
    const r = await runLint({ repoRoot: project.root, config: defaultConfig(), all: false, paths: ['prisma/migrations'], replay: false });
    expect(r.linted).toHaveLength(2);
    expect(r.engine).toBe('none');
    expect(r.findings).toEqual([]);
  });

  it('common changes of existing models (column with default, enum value, DROP INDEX + CREATE UNIQUE INDEX) raise no error (replayed)', async () => {
    const sql = await prismaDiff(project.root, V2, V3);
    expect(sql).toMatch(/ALTER TYPE "PostStatus" ADD VALUE 'ARCHIVED'/);
    expect(sql).toMatch(/DROP INDEX "Tag_name_key"/);
    expect(sql).toMatch(/CREATE UNIQUE INDEX "Tag_name_slug_key"/);
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"plan" TEXT NOT NULL DEFAULT 'free'/);
    const dir = path.join(project.root, 'prisma', 'migrations', '20240401000000_tweaks');
    const { mkdirSync, rmSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    try {
      const r = await runLint({ repoRoot: project.root, config: defaultConfig(), paths: ['prisma/migrations/20240401000000_tweaks'] });
      expect(r.engine).toBe('pglite');
      expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      // What remains are the locks of the index swap on the existing "Tag", said once each.
      expect(r.findings.filter((f) => f.severity === 'warning').map((f) => f.rule).sort()).toEqual(['create-index-not-concurrently', 'drop-index-not-concurrently']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the brief\'s order (CREATE TABLE, ADD CONSTRAINT ... FOREIGN KEY, then CREATE INDEX) is quiet too', async () => {
    const dir = path.join(project.root, 'prisma', 'migrations', '20240301000000_add_likes');
    const { mkdirSync, rmSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'migration.sql'),
      `-- CreateTable
CREATE TABLE "Like" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "postId" TEXT NOT NULL,
    CONSTRAINT "Like_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Like" ADD CONSTRAINT "Like_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Like" ADD CONSTRAINT "Like_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateIndex
CREATE UNIQUE INDEX "Like_userId_postId_key" ON "Like"("userId", "postId");

-- CreateIndex
CREATE INDEX "Like_postId_idx" ON "Like"("postId");
`,
    );
    try {
      const r = await runLint({ repoRoot: project.root, config: defaultConfig(), paths: ['prisma/migrations/20240301000000_add_likes/migration.sql'], replay: false });
      expect(r.findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
