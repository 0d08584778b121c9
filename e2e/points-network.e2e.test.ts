import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { centers, points } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoCenter } from '../src/modules/demo/seed.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn, logOut } from './support/sessions.js';

/**
 * Issue 15's point network journey in a real browser against the real app (demo data loaded): the
 * center admin scouts a candidate point in a settlement the coverage page lists as uncovered, moves
 * it through agreement and setting up (ticking the whole checklist) to active, finds it on the public
 * /points page and in the points comparison. axe checks every page reached; the database after each step.
 */
const journey = journeySetup();
const { visitor } = journey;

describe('journey: a center admin grows the point network', () => {
  it('scouts, sets up and activates a point, which shows publicly and in the comparison', async () => {
    const [center] = await journey.app.db.select({ id: centers.id }).from(centers).where(eq(centers.name, demoCenter.name));
    const centerId = center?.id as string;
    const admin = await visitor('center admin');
    await logIn(admin, demoEmail('center_admin'), demoPassword);

    // Where to scout: the first uncovered settlement's "scout here" link prefills the candidate form.
    await admin.goto(`/admin/centers/${centerId}/points/coverage`);
    const scout = admin.page.locator(`main a[href^="/admin/centers/${centerId}/points/candidates/new?place="]`).first();
    const place = decodeURIComponent(new URL(String(await scout.getAttribute('href')), 'http://x').searchParams.get('place') ?? '');
    expect(place).toMatch(/\(Bács-Kiskun\)$/);
    await admin.navigate(() => scout.click(), new RegExp(`^/admin/centers/${centerId}/points/candidates/new\\?place=`));
    expect(await admin.page.locator('main input[name="place"]').inputValue()).toBe(place);

    const name = `Próba Könyvtári Pont ${randomBytes(3).toString('hex')}`;
    await admin.submitForm(
      `/admin/centers/${centerId}/points/candidates`,
      { name, hostInstitution: 'Községi Könyvtár', hostKind: 'library', contactName: 'Olvasó Olga', email: 'konyvtar@pelda.example' },
      /^\/admin\/points\/[0-9a-f-]{36}\/lifecycle$/,
    );
    const pointId = admin.path().split('/')[3] as string;
    const status = async () => (await journey.app.db.select({ status: points.status }).from(points).where(eq(points.id, pointId)))[0]?.status;
    expect(await status()).toBe('candidate');

    const lifecycle = new RegExp(`^/admin/points/${pointId}/lifecycle$`);
    const step = (to: string) => admin.submitForm(`/admin/points/${pointId}/status`, { to }, lifecycle);
    await step('agreement');
    expect(await status()).toBe('agreement');
    await step('setting_up');
    expect(await status()).toBe('setting_up');
    for (const item of ['coordinator_trained', 'place', 'opening_hours', 'first_organizations']) {
      await admin.submitForm(`/admin/points/${pointId}/setup`, { item }, lifecycle);
    }
    expect(await admin.text()).toContain('A kialakítás minden lépése kész.');
    await step('active');
    expect(await status()).toBe('active');

    // The public list, ordered by distance from the point's own settlement.
    await admin.goto(`/points?place=${encodeURIComponent(place)}`);
    expect(await admin.text()).toContain(name);

    // From the center's coverage page to the comparison of its points.
    await admin.goto(`/admin/centers/${centerId}/points/coverage`);
    await admin.navigate(
      () => admin.page.locator(`main a[href="/center/points/compare?center=${centerId}"]`).first().click(),
      /^\/center\/points\/compare\?center=/,
    );
    expect(await admin.text('main table')).toContain(name);
    await logOut(admin);
    admin.finish();
  });
});
