import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { testDatabaseKind } from '../test-support/test-database.js';
import { type DatabaseHandle, openDatabase } from './connection.js';

/**
 * An idle pooled connection that the server ends (restart, failover, pg_terminate_backend) makes
 * the pool emit 'error'. It must neither crash the process nor vanish: it goes to the log, and the
 * next query simply gets a new connection. PGlite has no connections to lose.
 */
describe.skipIf(testDatabaseKind() !== 'postgres')('database pool errors', () => {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  let name: string;
  let handle: DatabaseHandle;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    name = await createEmptyDatabase(serverUrl);
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    handle = await openDatabase({ kind: 'postgres', url: urlForDatabase(serverUrl, name), poolSize: 2, log });
  });
  afterAll(async () => {
    await handle?.close();
    if (name) await dropDatabase(serverUrl, name);
  });

  it('logs an idle connection killed by the server, and the next query still works', async () => {
    await handle.ping(); // leaves one idle connection in the pool
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'database connection error (idle client dropped)', err: { code: '57P01' } });
    expect(JSON.stringify(lines[0])).not.toContain(serverUrl);
    await handle.ping();
  });
});
