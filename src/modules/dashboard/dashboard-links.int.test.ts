import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousPersonaName, buildCast, type Cast, createPathFixtures, type PathFixtures, personaNames } from '../../test-support/personas.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';

/**
 * "No tile links to a page the role may not open": every link in the dashboard's main area, for
 * every role of the route matrix and for the fixtures' organization member and volunteer (who have
 * something in every section), opens with 200.
 */
let t: TestApp;
let cast: Cast;
let fixtures: PathFixtures;
beforeAll(async () => {
  t = await createTestApp();
  cast = await buildCast(t.db);
  fixtures = await createPathFixtures(t.db, cast.tenants, { pointId: cast.tenants.pointA });
});
afterAll(async () => {
  await t.close();
});

/** The links of the page's main area, without in-page anchors and downloads. */
function mainLinks(html: string): string[] {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  const hrefs = [...main.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
  return [...new Set(hrefs)].filter((h) => h.startsWith('/') && !h.endsWith('.ics'));
}

async function expectEveryLinkOpens(userId: string): Promise<number> {
  const client = await clientFor(t, userId);
  const page = await client.get('/dashboard');
  expect(page.statusCode).toBe(200);
  const links = mainLinks(page.body);
  for (const href of links) {
    const res = await client.get(href);
    expect(res.statusCode, `${href} from the dashboard`).toBe(200);
  }
  return links.length;
}

describe('the dashboard links only pages the role may open', () => {
  it.each(personaNames.filter((n) => n !== anonymousPersonaName))('%s', async (name) => {
    const userId = cast.personas.get(name)?.userId;
    if (!userId) throw new Error(`persona ${name} missing`);
    await expectEveryLinkOpens(userId);
  });

  it('a coordinator who is also an organization member, and a volunteer with a placement', async () => {
    expect(await expectEveryLinkOpens(fixtures.userId as string)).toBeGreaterThan(10);
    expect(await expectEveryLinkOpens(fixtures.volunteerUserId as string)).toBeGreaterThan(3);
  });
});
