import { describe, expect, it } from 'vitest';
import { parsePrismaModels } from '../../src/sync/masking/prisma-models.js';

describe('parsePrismaModels (the part of schema.prisma masking needs)', () => {
  it('reads models, @@map, @@schema and @map, and ignores comments, enums, strings with braces and the datasource', () => {
    const schema = `
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL") // model Fake { x Int }
}
// model Commented { id Int @id }
enum Role { USER ADMIN }
model User {
  id           Int       @id @default(autoincrement())
  email        String    @unique
  displayName  String?   @map("display_name") /// a doc comment
  providerId   String?   @map(name: "provider_id")
  note         String    @default("{not a } brace // nor a comment")
  sessions     Session[]
  @@map("users")
  @@index([email])
}

model Session {
  id           String @id
  refreshToken String @map("refresh_token")
  user         User   @relation(fields: [userId], references: [id])
  userId       Int    @map("user_id")
  @@map("sessions")
  @@schema("auth")
}
model OAuthProviderConfig {
  id String @id
  clientSecret String
}
`;
    expect(parsePrismaModels(schema)).toEqual([
      {
        name: 'User',
        table: 'users',
        schema: undefined,
        fields: [
          { name: 'id', column: 'id' },
          { name: 'email', column: 'email' },
          { name: 'displayName', column: 'display_name' },
          { name: 'providerId', column: 'provider_id' },
          { name: 'note', column: 'note' },
          { name: 'sessions', column: 'sessions' },
        ],
      },
      {
        name: 'Session',
        table: 'sessions',
        schema: 'auth',
        fields: [
          { name: 'id', column: 'id' },
          { name: 'refreshToken', column: 'refresh_token' },
          { name: 'user', column: 'user' },
          { name: 'userId', column: 'user_id' },
        ],
      },
      { name: 'OAuthProviderConfig', table: 'OAuthProviderConfig', schema: undefined, fields: [{ name: 'id', column: 'id' }, { name: 'clientSecret', column: 'clientSecret' }] },
    ]);
  });
});
