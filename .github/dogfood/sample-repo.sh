#!/usr/bin/env bash
# Builds the sample application's git repository for the dogfood and prisma jobs of our own
# workflows: examples/services/auth-service on `develop` (its four valid migrations), with the
# project's own Prisma CLI installed (any major: 5, 6 or 7), and a feature branch
# `feature/user-profile` that a reviewer should stop (an edited applied migration, a dropped
# column, a migration that does not match the schema). Leaves `feature/user-profile` checked out.
#
#   .github/dogfood/sample-repo.sh <target-dir> <prisma-version>
#
# On GitHub's runners the Prisma engines download on first use; nothing here works offline.
set -euo pipefail
target="$1"
prisma="${2:-6}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
service="services/auth-service"

mkdir -p "$target"
cd "$target"
git init -q -b develop
git config user.email dogfood@example.com
git config user.name Dogfood
git config commit.gpgsign false
mkdir -p services
cp -R "$here/examples/services/auth-service" "$service"
printf 'node_modules/\n' > .gitignore
printf '{ "name": "sample-app", "version": "1.0.0", "private": true }\n' > package.json
npm install --no-audit --no-fund --save-dev --save-exact "prisma@${prisma}"
major="$(node -p 'require("./node_modules/prisma/package.json").version.split(".")[0]')"
if [ "$major" -ge 7 ]; then
  # Prisma 7: the datasource URL lives in prisma.config.ts, no longer in schema.prisma.
  sed -i '/^  url *= env("DATABASE_URL")$/d' "$service/prisma/schema.prisma"
  cat > "$service/prisma.config.ts" <<'TS'
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? '',
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
TS
fi
git add -A
git commit -q -m "auth-service with its migration history (prisma ${prisma})"

git checkout -q -b feature/user-profile
schema="$service/prisma/schema.prisma"
sed -i 's/^model User {$/model User {\n  bio String?/' "$schema"
mkdir -p "$service/prisma/migrations/20990101000000_update"
cat > "$service/prisma/migrations/20990101000000_update/migration.sql" <<'SQL'
-- AlterTable
ALTER TABLE "User" ADD COLUMN "bio" TEXT;
ALTER TABLE "User" DROP COLUMN "name";

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
SQL
printf '\n-- tweak\n' >> "$service/prisma/migrations/20240115093000_init/migration.sql"
git add -A
git commit -q -m "feat: user profile"
echo "sample repository at $target: develop and feature/user-profile, prisma $(node -p 'require("./node_modules/prisma/package.json").version')"
