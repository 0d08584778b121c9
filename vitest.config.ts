import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * One run, several projects: unit tests; integration tests on PGlite (always) and on PostgreSQL
 * (when TEST_DATABASE_URL is set); browser tests when Debian's Chromium is installed.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Suites about the HTTP layer, not the database: every route for every persona (authorization) and
 * hostile input on every route. The SQL they reach is PostgreSQL's own on both engines and every
 * module's tests run on both, so they run once, on PGlite (as the axe suites do).
 */
const engineIndependentSuites = ['src/test-support/route-matrix.int.test.ts', 'src/test-support/hostile-input.int.test.ts'];

const integration = (name: string, db: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.int.test.{ts,tsx}', 'bench/**/*.int.test.ts'],
    exclude: db === 'postgres' ? engineIndependentSuites : [],
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
