import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * One run, several projects: unit tests; integration tests on PGlite (always) and on PostgreSQL
 * (when TEST_DATABASE_URL is set); browser tests when Debian's Chromium is installed.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const integration = (name: string, db: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.int.test.{ts,tsx}', 'bench/**/*.int.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    env: { KAPOCS_TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}'], exclude: ['src/**/*.int.test.{ts,tsx}'], testTimeout: 30_000 },
      },
      integration('pglite', 'pglite'),
      ...(postgresUrl ? [integration('postgres', 'postgres')] : []),
      ...(fs.existsSync(chromium)
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e',
                include: ['e2e/**/*.e2e.test.ts'],
                globalSetup: ['src/test-support/global-setup.ts'],
                env: { KAPOCS_TEST_DB: 'pglite', CHROMIUM_PATH: chromium },
                testTimeout: 120_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
