import { it, expect } from 'vitest';
import { databaseModel } from '../../src/prisma/schema-model.js';
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
  role  Role @default(USER)
}
model Post {
  id       Int    @id @default(autoincrement())
  authorId String
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  @@index([authorId])
}
enum Role {
  USER
  ADMIN
}
`;
it('x', () => {
  const a = databaseModel([A]);
  console.log(a);
  const edits = [
    A.replace('model User {', '/// the user\nmodel User { // c'),
    A.replace('prisma-client-js"', 'prisma-client-js"\n  previewFeatures = ["views"]').replace('env("DATABASE_URL")', 'env("DATABASE_URL")\n  directUrl = env("D")'),
    A.replace('  email String @unique\n  posts Post[]\n', '  posts Post[]\n  email String    @unique\n'),
    A.replace('model User {', 'model Account {').replace('  role  Role @default(USER)\n}', '  role  Role @default(USER)\n  @@map("User")\n}').replace(/User\s+@relation/, 'Account @relation'),
    A.replace('authorId String\n', 'writerId String @map("authorId")\n').replace('fields: [authorId]', 'fields: [writerId]').replace('@@index([authorId])', '@@index([writerId])'),
  ];
  for (const e of edits) expect(databaseModel([e])).toBe(a);
  expect(databaseModel([A.replace('email String @unique', 'email String @unique\n  bio String?')])).not.toBe(a);
});
