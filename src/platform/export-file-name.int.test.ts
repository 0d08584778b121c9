import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, sessionFor } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { TestClient } from '../test-support/test-client.js';

/**
 * Downloads are dated by the Budapest calendar: at 23:30 UTC on 6 December it is already 00:30 on
 * 7 December in Budapest, and the file names say 2026-12-07.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const lateEvening = new Date('2026-12-06T23:30:00Z');

describe('file names use the Budapest date', () => {
  it('a list export (CSV) made at 00:30 Budapest time is dated the new day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(lateEvening);
    const res = await new TestClient(t.app, t.config.secretKey).get('/places?county=Tolna&format=csv');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('filename="kapocs-telepulesek-2026-12-07.csv"');
  });

  it("a volunteer's own data archive made at 00:30 Budapest time is dated the new day", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(lateEvening);
    const user = await createUser(t.db, { familyName: 'Éjjeli', givenName: 'Bagoly' });
    const client = new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, user.id));
    const res = await client.get('/volunteer/my-data.zip');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('filename="kapocs-adataim-2026-12-07.zip"');
  });
});
