import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { centers, inquiries, volunteers } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoCenter } from '../src/modules/demo/seed.js';
import { addDays, budapestDay } from '../src/platform/budapest-time.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn, logOut } from './support/sessions.js';

/**
 * Issue 14's inquiry journey in a real browser against the real app (demo data loaded): the center
 * coordinator logs a phone inquiry, turns it into a walk-in volunteer in one step (the volunteers'
 * own form, prefilled), and follows the link from the inquiry to the new volunteer; a visitor asks
 * through the public form. axe checks every page reached; the database is checked after each step.
 */
const journey = journeySetup();
const { visitor } = journey;

describe('journey: a coordinator logs an inquiry and turns it into a volunteer', () => {
  it('logs, converts and links, every page accessible', async () => {
    const coordinator = await visitor('center coordinator');
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword);
    await coordinator.navigate(() => coordinator.page.locator('header a[href="/inquiries"]').click(), /^\/inquiries$/);
    expect(await coordinator.text()).toContain('Fekete Panna');
    await coordinator.navigate(() => coordinator.page.locator('main a[href="/inquiries/new"]').click(), /^\/inquiries\/new$/);

    const tag = randomBytes(3).toString('hex');
    const email = `e2e.erika.${tag}@pelda.example`;
    await coordinator.submitForm(
      '/inquiries',
      {
        channel: 'phone',
        askerKind: 'person',
        askerName: `Kérdező Erika${tag}`,
        askerEmail: email,
        askerPhone: '+36 30 765 4321',
        topicIds: true,
        question: 'Szeretnék önkénteskedni hétvégenként, hogyan jelentkezhetek?',
        answer: 'Telefonon regisztráltuk, a lehetőségekről értesítjük.',
        status: 'answered',
        followUpOn: addDays(budapestDay(new Date()), 7),
      },
      /^\/inquiries\/[0-9a-f-]{36}$/,
    );
    const inquiryId = coordinator.path().split('/')[2] as string;
    const [logged] = await journey.app.db.select().from(inquiries).where(eq(inquiries.id, inquiryId));
    expect(logged).toMatchObject({ askerEmail: email, channel: 'phone', status: 'answered', volunteerId: null });

    await coordinator.navigate(
      () => coordinator.page.locator(`main a[href="/inquiries/${inquiryId}/volunteer"]`).click(),
      new RegExp(`^/inquiries/${inquiryId}/volunteer$`),
    );
    expect(await coordinator.page.locator('main input[name="familyName"]').inputValue()).toBe('Kérdező');
    expect(await coordinator.page.locator('main input[name="email"]').inputValue()).toBe(email);
    await coordinator.submitForm(
      `/inquiries/${inquiryId}/volunteer`,
      { birthDate: '1990-04-12', homePlace: 'Kecskemét', consentDataProcessing: true },
      new RegExp(`^/inquiries/${inquiryId}$`),
    );
    const [volunteer] = await journey.app.db.select().from(volunteers).where(eq(volunteers.email, email));
    expect(volunteer).toMatchObject({ familyName: 'Kérdező', givenName: `Erika${tag}`, birthDate: '1990-04-12' });
    const [converted] = await journey.app.db.select().from(inquiries).where(eq(inquiries.id, inquiryId));
    expect(converted?.volunteerId).toBe(volunteer?.id);

    await coordinator.navigate(
      () => coordinator.page.locator(`main a[href="/volunteers/${volunteer?.id}"]`).click(),
      new RegExp(`^/volunteers/${volunteer?.id}$`),
    );
    expect(await coordinator.text()).toContain(`Kérdező Erika${tag}`);

    await coordinator.goto('/inquiries/follow-ups');
    await coordinator.goto('/inquiries/stats');
    expect(await coordinator.text()).toContain('Havonta');
    await logOut(coordinator);
    coordinator.finish();
  });

  it('a visitor asks the demo center through the public form', async () => {
    const asker = await visitor('visitor asking');
    await asker.goto('/');
    await asker.navigate(() => asker.page.locator('footer a[href="/ask"]').click(), /^\/ask$/);
    const question = `Lehet-e külföldről önkénteskedni? ${randomBytes(3).toString('hex')}`;
    await asker.submitForm('/ask', { centerId: (await centerIdOfDemo()) ?? '', question }, /^\/ask\/sent$/);
    const [asked] = await journey.app.db.select().from(inquiries).where(eq(inquiries.question, question));
    expect(asked).toMatchObject({ channel: 'online_form', status: 'open' });
    asker.finish();
  });
});

async function centerIdOfDemo(): Promise<string | undefined> {
  const [row] = await journey.app.db.select({ id: centers.id }).from(centers).where(eq(centers.name, demoCenter.name));
  return row?.id;
}
