import { describe, expect, it } from 'vitest';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoEmail, journeySetup } from './support/journey.js';

/**
 * The knowledge base in a real browser (issue 14): a visitor searches without accents, sees where it
 * matched, and reads an article; a center's coordinator writes a local article, has it reviewed and
 * publishes it, and the public finds it next to the national ones. Every page reached is checked with axe.
 */
const journey = journeySetup();
const { visitor } = journey;

describe('the knowledge base: a visitor searches and reads', () => {
  it('finds "szerződés" typed as "szerzodes", sees the match marked, and reads the article, every page accessible', async () => {
    const reader = await visitor('reader');
    await reader.goto('/');
    await reader.navigate(() => reader.page.locator('header a[href="/knowledge"]').click(), /^\/knowledge$/);
    expect(await reader.page.locator('main h1').innerText()).toBe('Tudástár');

    await reader.submitForm('/knowledge', { q: 'szerzodes' }, /^\/knowledge\?q=szerzodes/);
    const marks = await reader.page.locator('main .snippet mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => m.toLowerCase().startsWith('szerződés'))).toBe(true);

    const result = reader.page.locator('main .result-list a[href="/knowledge/mikor-kell-irasos-onkentes-szerzodes"]');
    await reader.navigate(() => result.click(), /^\/knowledge\/mikor-kell-irasos-onkentes-szerzodes$/);
    expect(await reader.page.locator('main h1').innerText()).toBe('Mikor kell írásban megkötni az önkéntes szerződést?');
    expect(await reader.text()).toContain('Források');
    expect(await reader.page.locator('main .article-body p').count()).toBeGreaterThan(0);

    await reader.navigate(() => reader.page.locator('main a[href$="/print"]').click(), /\/print$/);
    expect(await reader.text()).toContain('https://');
    reader.finish();
  });
});

describe("the knowledge base: a center's coordinator publishes a local article", () => {
  it('writes it, sends it to review, publishes it, and a visitor finds it with its center named', async () => {
    const coordinator = await visitor('coordinator');
    await coordinator.goto('/login');
    await coordinator.submitForm('/login', { email: demoEmail('center_coordinator'), password: demoPassword }, /^\/dashboard/);
    await coordinator.navigate(() => coordinator.page.locator('header a[href="/knowledge/manage"]').click(), /^\/knowledge\/manage$/);
    await coordinator.navigate(() => coordinator.page.locator('main a[href="/knowledge/manage/new"]').click(), /^\/knowledge\/manage\/new$/);

    // Left empty first: the errors are shown next to the fields, in Hungarian.
    await coordinator.submitForm('/knowledge/manage/new', { title: '', slug: 'manage' }, /^\/knowledge\/manage\/new$/);
    expect(await coordinator.text()).toContain('Az alábbi mezőket javítani kell');
    expect(await coordinator.page.locator('#f-slug-error').innerText()).toContain('Ez a szó a tudástár egyik oldalának címe');

    // The body has line breaks (Markdown): typed into the textarea itself.
    await coordinator.page
      .locator('main form[action="/knowledge/manage/new"] textarea[name="body"]')
      .fill('## Mire figyeljen?\n\nA **szerződés** írásban készül, ha a törvény így kívánja.');
    await coordinator.submitForm(
      '/knowledge/manage/new',
      {
        title: 'Önkéntes szerződésminta a megyei központtól',
        slug: 'megyei-szerzodesminta',
        summary: 'Letölthető minta és tanácsok a helyi fogadó szervezeteknek.',
        category: 'law',
        audiences: true,
        'source-0-citation': 'Köt. 6. §',
        'source-0-label': 'Önkéntes törvény',
        'source-0-url': 'https://njt.hu/jogszabaly/2005-88-00-00',
      },
      /^\/knowledge\/manage\/[0-9a-f-]{36}$/,
    );
    expect(await coordinator.text()).toContain('A cikket piszkozatként mentettük.');
    await coordinator.navigate(() => coordinator.page.locator('main form[action$="/submit"] button').click());
    expect(await coordinator.text()).toContain('Ellenőrzésre vár');
    await coordinator.navigate(() => coordinator.page.locator('main form[action$="/publish"] button').click());
    expect(await coordinator.text()).toContain('A cikk közzétéve');
    coordinator.finish();

    const reader = await visitor('reader of local articles');
    await reader.goto('/knowledge?q=szerzodesminta');
    expect(await reader.text()).toContain('Önkéntes szerződésminta a megyei központtól');
    await reader.navigate(() => reader.page.locator('main a[href="/knowledge/megyei-szerzodesminta"]').click(), /^\/knowledge\/megyei-szerzodesminta$/);
    expect(await reader.text()).toContain('Helyi cikk:');
    reader.finish();
  });
});
