import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * One run, several projects: unit tests; integration tests on PGlite (always) and on PostgreSQL
 * (when TEST_DATABASE_URL is set); browser tests when Debian's Chromium is installed.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Suites about the HTTP layer and the HTML, not the database: every route for every persona
 * (authorization), hostile input on every route, and the axe checks of every page. The SQL they reach
 * is PostgreSQL's own on both engines and every module's tests run on both, so they run once: on
 * PostgreSQL when it is there (about three times faster than PGlite, which runs in-process as WASM), else on PGlite.
 */
const engineIndependentSuites = ['src/test-support/route-matrix.int.test.ts', 'src/test-support/hostile-input.int.test.ts', 'src/**/*.axe.int.test.{ts,tsx}'];
const engineIndependentOn: 'pglite' | 'postgres' = postgresUrl ? 'postgres' : 'pglite';

const integration = (name: string, db: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.int.test.{ts,tsx}', 'bench/**/*.int.test.ts'],
    exclude: db === engineIndependentOn ? [] : engineIndependentSuites,
    globalSetup: ['src/test-support/global-setup.ts'],
    env: { KAPOCS_TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file builds its own app and database; sharing the loaded modules across a worker's files
    // saves importing the whole app (fastify, drizzle, exceljs, pdfkit…) hundreds of times.
    isolate: false,
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
