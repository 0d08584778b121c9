import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { immutableCacheControl } from './assets.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, encoding?: string) => t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

/** The hashed asset URLs a page links to, by file name. */
async function assetUrlsOfHomePage(): Promise<Map<string, string>> {
  const html = (await get('/')).body;
  const urls = [...html.matchAll(/(?:href|src)="(\/assets\/v\/[0-9a-f]{12}\/([\w.-]+))"/g)].map((m) => [m[2] as string, m[1] as string] as const);
  return new Map(urls);
}

describe('static assets', () => {
  it('every page links the assets by content-hashed URLs that are cached for a year', async () => {
    const urls = await assetUrlsOfHomePage();
    expect([...urls.keys()].sort()).toEqual(['app.css', 'app.js', 'favicon.svg', 'htmx.min.js']);
    const css = await get(urls.get('app.css') as string);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toBe(immutableCacheControl);
    expect(css.rawPayload.equals(readFileSync(new URL('../../public/app.css', import.meta.url)))).toBe(true);
  });

  it('sends them precompressed (brotli, else gzip) to browsers that accept it', async () => {
    const url = (await assetUrlsOfHomePage()).get('app.js') as string;
    const plain = await get(url);
    const br = await get(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    const gzip = await get(url, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect((await get(url, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('an outdated hash still gets the file, for a short time only; an unknown name is 404', async () => {
    const stale = await get('/assets/v/000000000000/app.css');
    expect(stale.statusCode).toBe(200);
    expect(stale.headers['cache-control']).toBe('public, max-age=300');
    expect((await get('/assets/v/000000000000/package.json')).statusCode).toBe(404);
    expect((await get('/assets/v/000000000000/..%2Fpackage.json')).statusCode).toBe(404);
  });
});

describe('compressed responses', () => {
  it('pages and JSON go out compressed when the browser accepts it, and as they are otherwise', async () => {
    const plain = await get('/opportunities');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/opportunities', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(br.rawPayload).toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    const json = await get('/api/v1/places?q=sz&limit=50', 'gzip');
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(json.rawPayload).toString('utf8'))).toHaveLength(50);
  });
});
