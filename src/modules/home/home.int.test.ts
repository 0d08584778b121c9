import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('home page and language', () => {
  it('is Hungarian by default with a link to English', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="hu"');
    expect(res.body).toContain('href="/?lang=en"');
  });

  it('follows Accept-Language when no choice was made', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.body).toContain('<html lang="en"');
  });

  it('remembers ?lang= in a cookie', async () => {
    const client = new TestClient(t.app, t.config.secretKey);
    await client.get('/?lang=en');
    const res = await client.get('/');
    expect(res.body).toContain('<html lang="en"');
    await client.get('/?lang=hu');
    expect((await client.get('/')).body).toContain('<html lang="hu"');
  });

  it('shows an accessible 404 page in the chosen language', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/nincs-ilyen?lang=en');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).toContain('<h1>');
  });

  it('reports health with the database', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('sends strict security headers', async () => {
    const res = await t.app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});
