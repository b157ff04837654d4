import { defineConfig } from 'vitest/config';

// Integration tests share one PostgreSQL server and spawn real processes (git, prisma, pg_dump):
// two workers match the machine's two cores without starving the server.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
