import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/connection.js';
import { queryRows } from '../db/database.js';
import { demoOrganizations } from '../modules/demo/brokering-texts.js';
import { demoAccounts } from '../modules/demo/demo-accounts.js';
import { demoCenter } from '../modules/demo/seed.js';
import { readSettlements } from '../modules/places/import.js';
import { createEmptyDatabase, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { type ServerProcess, startServerProcess, waitUntilHealthy } from '../test-support/server-process.js';
import { testDatabaseKind } from '../test-support/test-database.js';

/**
 * Three app processes start at the same moment on a new, empty PostgreSQL database, as a deploy with
 * several replicas does: all must come up, and migrations, the settlement import and the demo seed
 * must each have happened once (one startup lock, ADR 015). PGlite is single-process by design
 * (its data-directory lock refuses a second process), so this runs on PostgreSQL only.
 */
describe.skipIf(testDatabaseKind() !== 'postgres')('three processes starting at once on an empty PostgreSQL', () => {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  let name: string;
  let handle: DatabaseHandle;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    name = await createEmptyDatabase(serverUrl);
    const url = urlForDatabase(serverUrl, name);
    const env = { DATABASE_URL: url, SECRET_KEY: 'many-processes-secret-key-long-enough-00', SEED_DEMO: 'auto' };
    servers.push(...(await Promise.all([1, 2, 3].map(() => startServerProcess(env)))));
    await Promise.all(servers.map((s) => waitUntilHealthy(s, 150_000)));
    handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  }, 180_000);

  afterAll(async () => {
    for (const s of servers) s.kill();
    await Promise.all(servers.map((s) => s.exited));
    await handle?.close();
    if (name) await dropDatabase(serverUrl, name);
  });

  const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: string }>(handle.db, query))[0]?.n);

  it('all three answer /healthz with 200', async () => {
    for (const s of servers) expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
  });

  it('imported every settlement exactly once', async () => {
    expect(await count(sql`select count(*) as n from places`)).toBe(readSettlements().length);
    expect(await count(sql`select count(*) as n from (select ksh_code from places group by ksh_code having count(*) > 1) d`)).toBe(0);
  });

  it('seeded the demo data exactly once', async () => {
    for (const account of demoAccounts) {
      expect(await count(sql`select count(*) as n from users where email = ${account.email}`), account.email).toBe(1);
    }
    expect(await count(sql`select count(*) as n from centers where name = ${demoCenter.name}`)).toBe(1);
    for (const organization of demoOrganizations) {
      expect(await count(sql`select count(*) as n from organizations where name = ${organization.name}`), organization.name).toBe(1);
    }
    // Opportunity titles repeat by design (one template in several settlements), so they are counted
    // through their organizations: a second seed would have added a second set of both.
    expect(await count(sql`select count(*) as n from opportunities`)).toBeGreaterThan(0);
    expect(
      await count(sql`select count(*) as n from opportunities o join organizations g on g.id = o.organization_id where g.name = ${demoOrganizations[0]?.name}`),
    ).toBeGreaterThan(0);
  });
});
