import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { type ServerProcess, startServerProcess, waitUntilHealthy } from '../test-support/server-process.js';
import { testDatabaseKind } from '../test-support/test-database.js';

/**
 * SIGTERM starts draining: /healthz answers 503 at once so a load balancer takes the process out,
 * other requests are still served for SHUTDOWN_GRACE_SECONDS, then the server closes and the
 * process exits 0. A real process, because the signal handling lives in server.ts.
 */
const kind = testDatabaseKind();
const graceSeconds = 3;

// Engine-independent: run once, on PostgreSQL when the suite has it (a new PGlite directory takes ~40 s).
const runsElsewhere = kind === 'pglite' && Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(runsElsewhere)(`draining on SIGTERM (${kind})`, () => {
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  let postgresDb: string | undefined;

  afterAll(async () => {
    server?.kill();
    await server?.exited;
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    if (postgresDb) await dropDatabase(process.env.TEST_DATABASE_URL as string, postgresDb);
  });

  it('answers /healthz 503 while still serving pages during the grace period, then exits 0', { timeout: 180_000 }, async () => {
    const env: Record<string, string> = {
      SECRET_KEY: 'draining-secret-key-that-is-long-enough-0',
      SEED_DEMO: 'never',
      SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    };
    if (kind === 'postgres') {
      const serverUrl = process.env.TEST_DATABASE_URL as string;
      postgresDb = await createDatabaseFromTemplate(serverUrl, inject('postgresTemplate'));
      env.DATABASE_URL = urlForDatabase(serverUrl, postgresDb);
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapocs-draining-'));
      env.DATA_DIR = dataDir;
    }
    const running = await startServerProcess(env);
    server = running;
    await waitUntilHealthy(running, 150_000);
    expect((await fetch(`${running.baseUrl}/`)).status).toBe(200);

    const signalledAt = Date.now();
    running.child.kill('SIGTERM');
    let health = await fetch(`${running.baseUrl}/healthz`);
    for (let i = 0; i < 20 && health.status !== 503; i++) {
      await new Promise((r) => setTimeout(r, 50));
      health = await fetch(`${running.baseUrl}/healthz`);
    }
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'draining' });

    // Still in the grace period: ordinary requests are served as before.
    const page = await fetch(`${running.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(Date.now() - signalledAt).toBeLessThan(graceSeconds * 1000);

    const code = await running.exited;
    expect(code, running.output().slice(-2000)).toBe(0);
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(graceSeconds * 1000);
  });
});
