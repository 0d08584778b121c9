import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roleGrants, users } from '../src/db/schema/index.js';
import { demoAccounts, demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoCenter } from '../src/modules/demo/seed.js';
import { demoEmail, journeySetup } from './support/journey.js';
import type { Visitor } from './support/visitor.js';

/**
 * The main journeys in a real browser against the real app (demo data loaded), following the
 * URL and form contract in the brief. Every page reached is checked with axe.
 */
const journey = journeySetup();
const { visitor } = journey;

async function logIn(v: Visitor, email: string, password: string): Promise<void> {
  await v.goto('/login');
  await v.submitForm('/login', { email, password }, /^\/dashboard/);
}

async function logOut(v: Visitor): Promise<void> {
  await v.navigate(() => v.page.locator('header form[action="/logout"] button[type="submit"]').click());
  expect(await v.page.locator('header a[href="/login"]').count()).toBeGreaterThan(0);
}

describe('journey (a): a volunteer signs up, confirms the e-mail, logs in and out', () => {
  it('walks the whole way, every page accessible', async () => {
    const volunteer = await visitor('volunteer');
    await volunteer.goto('/');
    expect(await volunteer.lang()).toBe('hu');

    // Language switch: to English and back, remembered across pages.
    await volunteer.navigate(() => volunteer.page.locator('header a[hreflang="en"]').click(), /lang=en/);
    expect(await volunteer.lang()).toBe('en');
    await volunteer.navigate(() => volunteer.page.locator('header a[hreflang="hu"]').click(), /lang=hu/);
    expect(await volunteer.lang()).toBe('hu');

    await volunteer.navigate(() => volunteer.page.locator('header a[href="/signup"]').click(), /^\/signup/);
    const email = `e2e-${randomBytes(4).toString('hex')}@kapocs.example`;
    const password = 'Erős-jelszó-2026!';
    await volunteer.submitForm(
      '/signup',
      { kind: 'volunteer', familyName: 'Próba', givenName: 'Péter', email, password, passwordConfirm: password, acceptTerms: true },
      /^\/signup\/sent/,
    );

    // Not confirmed yet: the login is refused on the same page, with a message.
    await volunteer.goto('/login');
    await volunteer.submitForm('/login', { email, password }, /^\/login/);
    expect(await volunteer.page.locator('header form[action="/logout"]').count()).toBe(0);

    // No SMTP in the demo: the national admin reads the confirmation e-mail in the outbox.
    const admin = await visitor('national admin');
    await logIn(admin, demoEmail('national_admin'), demoPassword);
    await admin.goto('/admin/outbox');
    const message = admin.page.locator('tr', { hasText: email }).locator('a[href^="/admin/outbox/"]').first();
    await admin.navigate(() => message.click(), /^\/admin\/outbox\/\d+$/);
    expect(await admin.text()).toContain(email);
    const link = admin.page.locator('main a[href*="/confirm-email?token="]').first();
    const confirmUrl = await link.getAttribute('href');
    expect(confirmUrl).toMatch(new RegExp(`^${journey.app.baseUrl}/confirm-email\\?token=`));
    await logOut(admin);
    admin.finish();

    // The volunteer follows the link, as from their mailbox, then logs in and out.
    await volunteer.goto(confirmUrl as string);
    // The link opens a page with one button (a mail scanner's GET uses nothing up); the person presses it.
    await volunteer.submitForm('/confirm-email', {});
    expect(await volunteer.page.locator('main h1').innerText()).not.toBe('');
    await logIn(volunteer, email, password);
    expect(await volunteer.text('header')).toContain('Próba Péter');
    await logOut(volunteer);
    expect(await volunteer.text('header')).not.toContain('Próba Péter');
    volunteer.finish();
  });
});

describe('journey (b): the center admin opens a Volunteer Point and makes a coordinator', () => {
  it('creates the point and grants the role, every page accessible', async () => {
    const admin = await visitor('center admin');
    await logIn(admin, demoEmail('center_admin'), demoPassword);
    await admin.navigate(() => admin.page.locator('header a[href="/admin"]').click(), /^\/admin$/);
    await admin.navigate(() => admin.page.locator('main a', { hasText: demoCenter.name }).first().click(), /^\/admin\/centers\/[0-9a-f-]{36}$/);
    const centerId = admin.path().split('/')[3] as string;

    await admin.navigate(() => admin.page.locator(`main a[href="/admin/centers/${centerId}/points/new"]`).click(), /\/points\/new$/);
    const pointName = `Kalocsai Önkéntes Pont ${randomBytes(3).toString('hex')}`;
    await admin.submitForm(
      `/admin/centers/${centerId}/points`,
      { name: pointName, place: 'Kalocsa (Bács-Kiskun)', address: 'Szent István király út 1.', email: 'kalocsa@kapocs.example', phone: '+36 78 000 0000' },
      /^\/admin\/points\/[0-9a-f-]{36}/,
    );
    expect(await admin.text()).toContain(pointName);
    const pointId = admin.path().split('/')[3]?.split('?')[0] as string;

    // The point is listed on its center's page.
    await admin.goto(`/admin/centers/${centerId}`);
    expect(await admin.text()).toContain(pointName);

    // The coordinator of the center's first point takes on the new one as well. (A center admin
    // sees the users who hold a role in the center; a volunteer without one is not listed.)
    const coordinator = demoAccounts.find((a) => a.role === 'point_coordinator') as (typeof demoAccounts)[number];
    await admin.goto('/admin/users');
    await admin.submitForm('/admin/users', { q: coordinator.familyName }, /^\/admin\/users\?/);
    const fullName = `${coordinator.familyName} ${coordinator.givenName}`;
    await admin.navigate(() => admin.page.locator('main a', { hasText: fullName }).first().click(), /^\/admin\/users\/[0-9a-f-]{36}$/);
    const userId = admin.path().split('/')[3] as string;
    await admin.submitForm(`/admin/users/${userId}/grants`, { role: 'point_coordinator', centerId, pointId }, new RegExp(`^/admin/users/${userId}`));
    expect(await admin.text()).toContain(pointName);

    const granted = await journey.app.db
      .select({ role: roleGrants.role, centerId: roleGrants.centerId })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(and(eq(users.email, coordinator.email), eq(roleGrants.pointId, pointId)));
    expect(granted).toEqual([{ role: 'point_coordinator', centerId }]);

    await logOut(admin);
    admin.finish();

    // The new role works: the coordinator now opens the new point.
    const colleague = await visitor('point coordinator');
    await logIn(colleague, coordinator.email, demoPassword);
    await colleague.goto(`/admin/points/${pointId}`);
    expect(await colleague.text()).toContain(pointName);
    await logOut(colleague);
    colleague.finish();
  });
});

describe('journey (c): every demo role lands on its dashboard and follows its first link', () => {
  it('logs each role in, shows its work with numbers, every page accessible', async () => {
    // What each role's dashboard must show (demo data: modules/demo).
    const expected: Record<(typeof demoAccounts)[number]['role'], string> = {
      national_admin: 'Adminisztráció',
      center_admin: 'Koordinátori teendők',
      center_coordinator: 'Koordinátori teendők',
      point_coordinator: 'Koordinátori teendők',
      org_staff: 'Szervezetem',
      // The demo school (its coordinator and its class teacher) and the demo company (modules/demo).
      school_coordinator: 'Katona József Gimnázium',
      company_coordinator: 'Gyakorló Gépgyártó Kft.',
      guardian: 'hozzájárulása szükséges',
      volunteer: 'Jelentkezéseim',
    };
    for (const account of demoAccounts) {
      const person = await visitor(account.role);
      await person.goto('/login');
      await person.submitForm('/login', { email: account.email, password: demoPassword }, /^\/dashboard$/);
      expect(await person.text(), account.role).toContain(expected[account.role]);
      // The first link of the page's work area (a next step or a tile) opens a page the role may see.
      const first = person.page.locator('main .next-steps a, main .tile > a, main .card a').first();
      if ((await first.count()) > 0) await person.navigate(() => first.click());
      await logOut(person);
      person.finish();
    }
  });
});
