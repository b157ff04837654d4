import { describe, expect, it } from 'vitest';
import { databaseModel, withoutComments } from '../../src/prisma/schema-model.js';

// The parser fallback of schema-without-migration (issue 9, item 2): what reaches PostgreSQL only.
const A = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
generator client {
  provider = "prisma-client-js"
}
model User {
  id    String @id @default(uuid())
  email String @unique
  posts Post[]
  tags  Tag[]
  role  Role @default(USER)
}
model Post {
  id       Int    @id @default(autoincrement())
  authorId String
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  @@index([authorId])
}
model Tag {
  id    Int    @id
  users User[]
}
enum Role {
  USER
  ADMIN
}
`;

describe('databaseModel', () => {
  const a = databaseModel([A]);

  it.each([
    ['line, doc and block comments', A.replace('model User {', '/// the user\n/* legacy\n   notes */\nmodel User { // c')],
    ['generator and datasource settings', A.replace('prisma-client-js"', 'prisma-client"\n  previewFeatures = ["views"]').replace('env("DATABASE_URL")', 'env("DATABASE_URL")\n  directUrl = env("D")')],
    ['reordered fields', A.replace('  email String @unique\n  posts Post[]\n', '  posts Post[]\n  email String    @unique\n')],
    ['a one-to-many model renamed with @@map', A.replace('model Post {', 'model Article {').replace('  @@index([authorId])\n}', '  @@index([authorId])\n  @@map("Post")\n}').replace('posts Post[]', 'posts Article[]')],
    ['a foreign-key field renamed with @map', A.replace('authorId String\n', 'writerId String @map("authorId")\n').replace('fields: [authorId]', 'fields: [writerId]').replace('@@index([authorId])', '@@index([writerId])')],
    ['a client-side default (uuid() to cuid()) and @updatedAt', A.replace('@default(uuid())', '@default(cuid())')],
  ])('%s: same model', (_name, schema) => {
    expect(databaseModel([schema])).toBe(a);
  });

  it.each([
    ['a new column', A.replace('email String @unique', 'email String @unique\n  bio String?')],
    ['a column renamed without @map', A.replace('email String @unique', 'mail String @unique')],
    ['a new index', A.replace('@@index([authorId])', '@@index([authorId])\n  @@index([id, authorId])')],
    ['a changed foreign-key action', A.replace('onDelete: Cascade', 'onDelete: SetNull')],
    ['a new enum value', A.replace('  ADMIN\n', '  ADMIN\n  GUEST\n')],
    ['a native type', A.replace('email String @unique', 'email String @unique @db.VarChar(320)')],
    ['a model of an implicit many-to-many renamed (its join table is named after the models)', A.replace(/model Tag \{/, 'model Label {').replace('tags  Tag[]', 'tags  Label[]').replace('@id\n  users User[]\n}', '@id\n  users User[]\n  @@map("Tag")\n}')],
  ])('%s: different model', (_name, schema) => {
    expect(databaseModel([schema])).not.toBe(a);
  });

  it('counts relationMode (and the older referentialIntegrity) once the schema has relations: foreign keys come or go', () => {
    const prismaMode = (key: string) => A.replace('provider = "postgresql"', `provider = "postgresql"\n  ${key} = "prisma"`);
    expect(databaseModel([prismaMode('referentialIntegrity')])).not.toBe(a);
    expect(databaseModel([prismaMode('relationMode')])).not.toBe(a);
    expect(databaseModel([prismaMode('relationMode')])).toBe(databaseModel([prismaMode('referentialIntegrity')]));
    // the explicit default is no change
    expect(databaseModel([A.replace('provider = "postgresql"', 'provider = "postgresql"\n  relationMode = "foreignKeys"')])).toBe(a);
    // without relations there is no foreign key to add or drop
    const flat = 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\nmodel T {\n  id Int @id\n}\n';
    expect(databaseModel([flat.replace('provider = "postgresql"', 'provider = "postgresql"\n  relationMode = "prisma"')])).toBe(databaseModel([flat]));
  });

  it('reads a multi-file schema as one', () => {
    const user = A.slice(A.indexOf('model User'), A.indexOf('model Post'));
    expect(databaseModel([A.replace(user, ''), user])).toBe(a);
  });

  it('throws on a schema it cannot parse (the caller then says it could not prove a change)', () => {
    expect(() => databaseModel([A.replace('model Post {', 'model Post {{')])).toThrow();
  });
});

describe('withoutComments', () => {
  it('keeps // inside a string literal and the line structure', () => {
    expect(withoutComments('a = "http://x" // c\n/* b\n c */d')).toBe('a = "http://x"\n\nd');
  });
});
