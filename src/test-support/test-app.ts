import type { FastifyInstance } from 'fastify';
import { type AppDeps, buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { createTestDatabase } from './test-database.js';

export type TestApp = { app: FastifyInstance; handle: DatabaseHandle; db: AppDeps['db']; config: Config; close(): Promise<void> };

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'test-secret-key-that-is-long-enough-000', LOG_LEVEL: 'silent' }),
    ...overrides,
  };
}

/** The whole app over a fresh test database; share one per test file (see ARCHITECTURE.md). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ db: handle.db, dbHandle: handle, config });
  await app.ready();
  return {
    app,
    handle,
    db: handle.db,
    config,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
