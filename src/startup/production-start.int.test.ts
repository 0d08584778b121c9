import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/connection.js';
import { queryRows } from '../db/database.js';
import { createEmptyDatabase, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { type ServerProcess, startServerProcess, waitUntilHealthy } from '../test-support/server-process.js';
import { testDatabaseKind } from '../test-support/test-database.js';

/**
 * A production start on a new, empty PostgreSQL database: migrated, settlements imported, and no
 * demo data at all — no account exists until `npm run admin:create` makes the first one. (The same
 * on PGlite, through the compiled build, is in src/cli/compiled-start.test.ts.)
 */
describe.skipIf(testDatabaseKind() !== 'postgres')('a production start on an empty PostgreSQL', () => {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  let name: string;
  let handle: DatabaseHandle;
  let server: ServerProcess;

  beforeAll(async () => {
    name = await createEmptyDatabase(serverUrl);
    const url = urlForDatabase(serverUrl, name);
    server = await startServerProcess({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      SECRET_KEY: 'production-start-secret-key-long-enough-0',
      BASE_URL: 'https://onkentes.example.hu',
      SHUTDOWN_GRACE_SECONDS: '0',
    });
    await waitUntilHealthy(server, 150_000);
    handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  }, 180_000);

  afterAll(async () => {
    server?.kill();
    await server?.exited;
    await handle?.close();
    if (name) await dropDatabase(serverUrl, name);
  });

  it('has no account, no demo center and no demo marker, but every settlement', async () => {
    const [row] = await queryRows<{ users: string; centers: string; organizations: string; marker: string; places: string }>(
      handle.db,
      sql`select (select count(*) from users) as users, (select count(*) from centers) as centers,
                 (select count(*) from organizations) as organizations,
                 (select count(*) from app_meta where key = 'demo_seeded_at') as marker,
                 (select count(*) from places) as places`,
    );
    expect(row).toMatchObject({ users: '0', centers: '0', organizations: '0', marker: '0' });
    expect(Number(row?.places)).toBeGreaterThan(3000);
    expect(server.output()).not.toMatch(/Kapocs-demo|demo/i);
  });
});
