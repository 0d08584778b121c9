import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { places } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoCenter } from '../src/modules/demo/seed.js';
import { pdfText } from '../src/test-support/pdf-reader.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn, logOut } from './support/sessions.js';

/**
 * Issue 15's evidence pack in a real browser against the real app (demo data loaded): the center
 * coordinator opens the pack from the advocacy actions, asks for the demo center's seat, sees figures
 * above the small-number threshold with their forint value, downloads the PDF with the same value,
 * and reaches the same pack from the settlement's advocacy page. axe checks every page reached.
 */
const journey = journeySetup();
const { visitor } = journey;
const seat = `${demoCenter.seat} (${demoCenter.county})`;

describe('journey: a coordinator makes the evidence pack of a settlement', () => {
  it('shows the figures, downloads the PDF with the forint value, every page accessible', async () => {
    const coordinator = await visitor('center coordinator');
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword);
    await coordinator.goto('/advocacy/actions');
    await coordinator.navigate(() => coordinator.page.locator('main a[href="/advocacy/evidence"]').click(), /^\/advocacy\/evidence$/);
    await coordinator.submitForm('/advocacy/evidence', { area: 'settlement', place: seat }, /^\/advocacy\/evidence\?/);

    const text = await coordinator.text();
    expect(text).toContain(`Bizonyítékcsomag: ${seat}, ${new Date().getFullYear()}`);
    // The demo places nine walk-in volunteers there: nothing is hidden.
    const volunteers = /Önkéntesek (\d+) /.exec(text)?.[1];
    expect(Number(volunteers)).toBeGreaterThanOrEqual(5);
    expect(text).not.toContain('5-nél kevesebb önkéntes dolgozott');
    const value = /Gazdasági érték (\d{1,3}(?: \d{3})*) Ft/.exec(text)?.[1];
    if (!value) throw new Error(`no forint value on the page: ${text.slice(0, 400)}`);

    const pdfLink = await coordinator.page.locator('main a[href*="format=pdf"]').getAttribute('href');
    const download = await coordinator.context.request.get(pdfLink as string);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    const pdf = (await pdfText(Buffer.from(await download.body()))).replace(/\s+/g, ' ');
    expect(pdf).toContain(`${value} Ft`);
    expect(pdf).toContain(`Bizonyítékcsomag: ${seat}`);

    const [place] = await journey.app.db
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.name, demoCenter.seat), eq(places.county, demoCenter.county)));
    await coordinator.goto(`/advocacy/settlements/${place?.id}`);
    await coordinator.navigate(() => coordinator.page.locator('main a[href^="/advocacy/evidence?"]').click(), /^\/advocacy\/evidence\?area=settlement/);
    expect(await coordinator.text()).toContain(`Gazdasági érték ${value} Ft`);
    await logOut(coordinator);
    coordinator.finish();
  });
});
