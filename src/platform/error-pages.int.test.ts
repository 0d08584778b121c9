import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { DatabaseHandle } from '../db/connection.js';
import { testConfig } from '../test-support/test-app.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { ForbiddenError } from './authz.js';

let handle: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  handle = await createTestDatabase();
  app = await buildApp({ db: handle.db, dbHandle: handle, config: testConfig() });
  // Routes that fail on purpose, registered like any module's routes.
  app.get('/__test/boom', { config: { access: 'public' } }, async () => {
    throw new Error('secret internal detail at /srv/kapocs/src/x.ts:12');
  });
  app.get('/__test/forbidden', { config: { access: 'public' } }, async () => {
    throw new ForbiddenError();
  });
  app.get('/api/v1/__test/boom', { config: { access: 'public' } }, async () => {
    throw new Error('secret');
  });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('error pages', () => {
  it('renders a 500 page in Hungarian without any internal detail', async () => {
    const res = await app.inject('/__test/boom');
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Váratlan hiba történt');
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toContain('/srv/kapocs');
  });

  it('renders the 500 page in English when asked', async () => {
    const res = await app.inject('/__test/boom?lang=en');
    expect(res.body).toContain('Something went wrong');
  });

  it('answers JSON without detail under /api/', async () => {
    const res = await app.inject('/api/v1/__test/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'Váratlan hiba történt', status: 500 });
  });

  it('renders the 403 page', async () => {
    const res = await app.inject('/__test/forbidden');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Nincs jogosultság');
    expect(res.body).toContain('<main id="main"');
  });

  it('rejects bodies over the size limit with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/logout',
      payload: `a=${'x'.repeat(300 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(413);
  });
});

describe('health check', () => {
  it('reports 503 when the database is unreachable', async () => {
    const broken = await createTestDatabase();
    const brokenApp = await buildApp({ db: broken.db, dbHandle: broken, config: testConfig() });
    await brokenApp.ready();
    await broken.close();
    const res = await brokenApp.inject('/healthz');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'error' });
    await brokenApp.close();
  });
});
