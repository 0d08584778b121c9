import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { centers, users } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoCenter } from '../src/modules/demo/seed.js';
import { createOpportunity, createOrganization } from '../src/test-support/brokering-factories.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn } from './support/sessions.js';
import type { Visitor } from './support/visitor.js';

/**
 * Issue 12, forms: the error summary takes focus and links every invalid field to its control; long
 * values wrap on a 390 px phone screen and wide tables scroll in their own box. axe checks every page.
 */
const journey = journeySetup();
const { visitor } = journey;

async function summaryHasFocus(v: Visitor): Promise<void> {
  await v.page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
}

/** Follows the summary's link to `controlId` and expects that control to have focus. */
async function followSummaryLink(v: Visitor, controlId: string): Promise<void> {
  await v.page.locator(`.error-summary a[href="#${controlId}"]`).click();
  await v.page.waitForFunction((id) => document.activeElement?.id === id, controlId);
}

describe('the error summary on a rejected form', () => {
  it('takes focus, links each invalid field, and a link moves focus to its field', async () => {
    const person = await visitor('visitor');
    await person.goto('/signup');
    await person.submitForm('/signup', {}, /^\/signup/);
    await summaryHasFocus(person);
    const links = await person.page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['#f-kind', '#f-familyName', '#f-email', '#f-password', '#f-acceptTerms']));
    for (const href of links) expect(await person.page.locator(href as string).count()).toBe(1);
    await followSummaryLink(person, 'f-email');
    await followSummaryLink(person, 'f-kind');
    person.finish();

    const volunteer = await visitor('volunteer');
    await logIn(volunteer, demoEmail('volunteer'), demoPassword);
    await volunteer.goto('/volunteer/profile');
    await volunteer.submitForm('/volunteer/profile', { familyName: '', birthDate: '' }, /^\/volunteer\/profile/);
    await summaryHasFocus(volunteer);
    expect(await volunteer.text('.error-summary')).toContain('Kötelező mező.');
    await followSummaryLink(volunteer, 'f-birthDate');
    await followSummaryLink(volunteer, 'f-familyName');
    volunteer.finish();
  });
});

describe('long values on a 390 px screen', () => {
  const unbroken = `Hosszúnevű${'Egyesület'.repeat(12)}`.slice(0, 120);
  const longEmail = `${'nagyon-hosszu-cim'.repeat(6)}@kapocs.example`;
  let organizationId = '';

  beforeAll(async () => {
    const { db } = journey.app;
    const [center] = await db.select({ id: centers.id }).from(centers).where(eq(centers.name, demoCenter.name));
    const [member] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail('org_staff')));
    const organization = await createOrganization(db, center!.id, {
      name: unbroken,
      seat: demoCenter.seat,
      email: longEmail,
      website: `https://kapocs.example/${'hosszu-utvonal-'.repeat(8)}`,
      description: `${unbroken} ${longEmail}`,
      memberUserIds: [member!.id],
    });
    organizationId = organization.id;
    await createOpportunity(db, organization, { title: `${unbroken}Lehetőség`, contactEmail: longEmail, place: demoCenter.seat });
  });

  async function fitsTheScreen(v: Visitor, path: string, mustShow: string): Promise<void> {
    await v.goto(path);
    expect(await v.text('body')).toContain(mustShow);
    const widths = await v.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      // What sticks out, to say why a page is too wide.
      wide: Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(-3)
        .map((el) => el.outerHTML.slice(0, 100)),
    }));
    expect(widths.viewport, path).toBe(390);
    expect(widths.page, `page width on ${path}: ${widths.wide.join(' | ')}`).toBeLessThanOrEqual(390);
  }

  it('wraps them: no page is wider than the screen, and every page passes axe', async () => {
    const person = await visitor('phone visitor');
    await person.page.setViewportSize({ width: 390, height: 844 });
    await fitsTheScreen(person, '/', 'Kapocs');
    await fitsTheScreen(person, `/organizations/${organizationId}`, unbroken);
    await fitsTheScreen(person, `/opportunities?q=${encodeURIComponent(unbroken.slice(0, 20))}`, unbroken);
    await fitsTheScreen(person, '/places?county=Pest', 'Pest');
    person.finish();

    const coordinator = await visitor('phone coordinator');
    await coordinator.page.setViewportSize({ width: 390, height: 844 });
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword);
    await fitsTheScreen(coordinator, '/center/organizations', unbroken);
    // The wide list scrolls in its own box, which keyboard users can reach (axe: scrollable-region-focusable).
    const box = coordinator.page.locator('main .table-scroll').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await box.getAttribute('tabindex')).toBe('0');
    coordinator.finish();

    const volunteer = await visitor('phone volunteer');
    await volunteer.page.setViewportSize({ width: 390, height: 844 });
    await logIn(volunteer, demoEmail('volunteer'), demoPassword);
    await fitsTheScreen(volunteer, '/volunteer/profile', 'hétfő');
    await volunteer.submitForm('/volunteer/profile', { familyName: '', bio: unbroken }, /^\/volunteer\/profile/);
    expect(await volunteer.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    volunteer.finish();
  });
});
