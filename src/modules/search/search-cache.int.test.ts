import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { searchScene, uniqueWord } from './search-test-data.js';

/** The search with its production cache on (ADR 011); the other search tests run with it off. */
let t: TestApp;
let scene: Awaited<ReturnType<typeof searchScene>>;
beforeAll(async () => {
  t = await createTestApp({ searchCacheSeconds: 600 });
  scene = await searchScene(t.db);
});
afterAll(async () => {
  await t.close();
});

const client = () => new TestClient(t.app, t.config.secretKey);

describe('search with the result cache on', () => {
  it('answers a repeated search from memory until the TTL, while another search sees the new opportunity', async () => {
    const w = uniqueWord();
    const first = await client().get(`/opportunities?q=${w}`);
    expect(first.statusCode).toBe(200);
    await scene.publish({ title: `Faültetés ${w}` });
    // The same search within the TTL: the cached (empty) result.
    const repeated = await client().get(`/opportunities?q=${w}`);
    expect(repeated.body).not.toContain(`Faültetés ${w}`);
    // A different search is computed afresh and finds it, on the page and in the API.
    const other = await client().get(`/opportunities?q=${w}&sort=date`);
    expect(other.body).toContain(`Faültetés ${w}`);
    const api = await client().get(`/api/v1/opportunities?q=faultetes+${w}`);
    expect((api.json() as { items: { title: string }[] }).items.map((i) => i.title)).toEqual([`Faültetés ${w}`]);
  });

  it('renders one cached result in each language, and the form keeps what each visitor typed', async () => {
    const w = uniqueWord();
    await scene.publish({ title: `Könyvtári segítség ${w}` });
    const hu = await client().get(`/opportunities?q=${w}`);
    const en = await client().get(`/opportunities?q=${w}&lang=en`);
    expect(hu.body).toContain(`Könyvtári segítség ${w}`);
    expect(en.body).toContain(`Könyvtári segítség ${w}`);
    expect(hu.body).toContain('<html lang="hu"');
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).not.toEqual(hu.body);
    expect(hu.body).toContain(`value="${w}"`);
  });

  it('still refuses an unknown settlement with the field error, not a cached page', async () => {
    const res = await client().get('/opportunities?place=Nincsilyenfalu');
    expect(res.statusCode).toBe(422);
    const again = await client().get('/opportunities?place=Nincsilyenfalu');
    expect(again.statusCode).toBe(422);
  });
});
