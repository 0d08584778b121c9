import net from 'node:net';
import { buildApp } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { seedDemoData } from '../../src/modules/demo/seed.js';
import { testConfig } from '../../src/test-support/test-app.js';
import { createTestDatabase } from '../../src/test-support/test-database.js';

export type RunningApp = { baseUrl: string; db: Database; close(): Promise<void> };

/** A free TCP port on 127.0.0.1 (the config needs the base URL before the app listens). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The real app over a fresh test database with the demo data, listening on 127.0.0.1. */
export async function startApp(): Promise<RunningApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const handle = await createTestDatabase();
  await seedDemoData(handle.db);
  const app = await buildApp({ db: handle.db, dbHandle: handle, config: testConfig({ baseUrl }) });
  await app.listen({ host: '127.0.0.1', port });
  return {
    baseUrl,
    db: handle.db,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
