import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationEvents,
  applications,
  outbox,
  placementNotes,
  shifts,
  users,
  volunteerConsents,
  volunteers,
} from '../src/db/schema/index.js';
import { demoAccounts, demoPassword } from '../src/modules/demo/demo-accounts.js';
import { addDays, budapestDayOf } from '../src/modules/opportunities/budapest-time.js';
import { consentTextVersion } from '../src/modules/volunteers/choices.js';
import { translator } from '../src/platform/i18n.js';
import { type RunningApp, startApp } from './support/app-server.js';
import { launchBrowser } from './support/browser.js';
import { type JourneyOpportunity, createJourneyOpportunity, randomWord } from './support/brokering-fixture.js';
import { confirmationLinkFromOutbox, logIn, logInHere, logOut } from './support/sessions.js';
import { Visitor } from './support/visitor.js';

/**
 * Issue 4's brokering journey in a real browser against the real app (demo data loaded): a visitor
 * searches, signs up, confirms the e-mail, creates a volunteer profile, applies and takes a shift;
 * the organization accepts; the center coordinator follows the placement up. axe checks every page
 * reached; the database is checked after every step.
 */
const t = translator('hu');
let app: RunningApp;
let browser: Browser;
let data: JourneyOpportunity;
const visitors: Visitor[] = [];

function demoEmail(role: (typeof demoAccounts)[number]['role']): string {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.email;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  data = await createJourneyOpportunity(app.db, demoEmail('org_staff'));
});
afterAll(async () => {
  await Promise.all(visitors.map((v) => v.close().catch(() => {})));
  await browser?.close();
  await app?.close();
});

async function visitor(name: string): Promise<Visitor> {
  const v = await Visitor.open(browser, app.baseUrl, name);
  visitors.push(v);
  return v;
}

async function userIdOf(email: string): Promise<string> {
  const [row] = await app.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

async function mailsTo(email: string) {
  return app.db.select({ subject: outbox.subject, text: outbox.textBody }).from(outbox).where(eq(outbox.toAddress, email));
}

async function applicationRow(id: string) {
  const [row] = await app.db.select().from(applications).where(eq(applications.id, id));
  if (!row) throw new Error(`no application ${id}`);
  return row;
}

async function seatsTaken(): Promise<number> {
  const [row] = await app.db.select({ taken: shifts.seatsTaken }).from(shifts).where(eq(shifts.id, data.shift.id));
  return row?.taken ?? -1;
}

const detailPath = () => `/opportunities/${data.opportunity.id}`;
const applicationPath = /^\/applications\/[0-9a-f-]{36}$/;
const applicationIdOf = (v: Visitor) => v.path().split('/')[2] as string;

describe('brokering journey: a visitor finds an opportunity and applies, the organization accepts, the coordinator follows up', () => {
  it('walks the whole way, every page accessible', async () => {
    const person = { familyName: 'Erdős', givenName: `Panna ${randomWord(4)}`, email: `e2e-${randomBytes(4).toString('hex')}@kapocs.example` };
    const fullName = `${person.familyName} ${person.givenName}`;
    const password = 'Ligeti-séta-2026!';

    // 1. A visitor searches without accents and finds exactly the opportunity, then reads it.
    const volunteer = await visitor('volunteer');
    await volunteer.goto('/opportunities');
    await volunteer.submitForm('/opportunities', { q: data.searchText }, /^\/opportunities\?/);
    const hits = volunteer.page.locator('main article h3 a');
    expect(await hits.allInnerTexts()).toEqual([data.opportunity.title]);
    await volunteer.navigate(() => hits.first().click(), new RegExp(`^${detailPath()}$`));
    expect(await volunteer.page.locator('main h1').innerText()).toBe(data.opportunity.title);
    const detail = await volunteer.text();
    expect(detail).toContain(data.organization.name);
    expect(detail).toContain('Liget utca 3.');
    expect(detail).toContain(t('search.shift.seats', { left: data.shift.capacity, capacity: data.shift.capacity }));
    const jsonLd = JSON.parse((await volunteer.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'Event', name: data.opportunity.title, organizer: { name: data.organization.name } });
    // Nobody is logged in: no sign-up buttons, only the way to log in or register.
    expect(await volunteer.page.locator(`main form[action="/shifts/${data.shift.id}/signup"]`).count()).toBe(0);

    // The host organization's public profile, and back.
    await volunteer.navigate(() => volunteer.page.locator(`main a[href="/organizations/${data.organization.id}"]`).first().click(), /^\/organizations\/[0-9a-f-]{36}$/);
    expect(await volunteer.text()).toContain(data.organization.name);
    await volunteer.goto(detailPath());

    // 2. Registers from the opportunity page; the account waits for the e-mail confirmation.
    await volunteer.navigate(() => volunteer.page.locator('main a[href="/signup"]').click(), /^\/signup$/);
    await volunteer.submitForm(
      '/signup',
      { kind: 'volunteer', familyName: person.familyName, givenName: person.givenName, email: person.email, password, passwordConfirm: password, acceptTerms: true },
      /^\/signup\/sent/,
    );
    const [account] = await app.db.select({ id: users.id, verified: users.emailConfirmedAt }).from(users).where(eq(users.email, person.email));
    expect(account).toMatchObject({ verified: null });

    // No SMTP in the demo: the national admin reads the confirmation e-mail in the outbox.
    const admin = await visitor('national admin');
    await logIn(admin, demoEmail('national_admin'), demoPassword);
    const confirmUrl = await confirmationLinkFromOutbox(admin, person.email);
    await logOut(admin);
    admin.finish();
    await volunteer.goto(confirmUrl);
    const [confirmed] = await app.db.select({ verified: users.emailConfirmedAt }).from(users).where(eq(users.email, person.email));
    expect(confirmed?.verified).toBeInstanceOf(Date);

    // 3. Back on the opportunity: "log in to apply" returns here after the login.
    await volunteer.goto(detailPath());
    await volunteer.navigate(() => volunteer.page.locator('main a[href^="/login?next="]').click(), /^\/login\?next=/);
    await logInHere(volunteer, person.email, password, new RegExp(`^${detailPath()}$`));
    expect(await volunteer.text('header')).toContain(fullName);

    // Applying before having a profile leads to the profile form.
    const applyButton = () => volunteer.page.locator(`main form[action="${detailPath()}/apply"] button[type="submit"]`);
    await volunteer.navigate(() => applyButton().click(), /^\/volunteer\/profile$/);
    expect(await volunteer.text()).toContain(t('placements.flash.profileNeeded'));
    expect(await volunteer.text()).toContain(person.email);
    expect(await volunteer.page.locator('main input[name="familyName"]').inputValue()).toBe(person.familyName);

    // 4. Creates the volunteer profile of this account.
    for (const [name, value] of [['causes', 'kornyezetvedelem'], ['availability', 'sat-morning'], ['availability', 'wed-morning']] as const) {
      await volunteer.page.locator(`main input[name="${name}"][value="${value}"]`).check();
    }
    await volunteer.submitForm(
      '/volunteer/profile',
      {
        birthDate: '1994-03-12',
        phone: '+36 30 123 4567',
        homePlace: 'Kecskemét (Bács-Kiskun)',
        travelRadiusKm: '25',
        groupPreference: 'group',
        alertFrequency: 'weekly',
        bio: 'Szívesen dolgozom a szabadban.',
        consentDataProcessing: true,
        consentContact: true,
      },
      /^\/volunteer\/profile$/,
    );
    expect(await volunteer.text()).toContain(t('volunteers.flash.profileSaved'));
    const accountId = await userIdOf(person.email);
    const [profile] = await app.db.select().from(volunteers).where(eq(volunteers.userId, accountId));
    expect(profile).toMatchObject({ familyName: person.familyName, givenName: person.givenName, birthDate: '1994-03-12', travelRadiusKm: 25, alertFrequency: 'weekly' });
    expect(profile?.causes).toEqual(['kornyezetvedelem']);
    expect([...(profile?.availability ?? [])].sort()).toEqual(['sat-morning', 'wed-morning']);
    const consents = await app.db.select().from(volunteerConsents).where(eq(volunteerConsents.volunteerId, profile?.id ?? ''));
    const given = consents.map((c) => ({ kind: c.kind, granted: c.granted, textVersion: c.textVersion, recordedBy: c.recordedBy }));
    expect(given.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'contact', granted: true, textVersion: consentTextVersion, recordedBy: accountId },
      { kind: 'data_processing', granted: true, textVersion: consentTextVersion, recordedBy: accountId },
      { kind: 'newsletter', granted: false, textVersion: consentTextVersion, recordedBy: accountId },
    ]);

    // 5. Applies to the opportunity: the application waits for the organization.
    await volunteer.goto(detailPath());
    await volunteer.navigate(() => applyButton().click(), applicationPath);
    const applicationId = applicationIdOf(volunteer);
    expect(await volunteer.text()).toContain(t('placements.flash.applied'));
    expect(await volunteer.text()).toContain(t('placements.status.applied'));
    expect(await applicationRow(applicationId)).toMatchObject({ volunteerId: profile?.id, opportunityId: data.opportunity.id, shiftId: null, origin: 'volunteer', status: 'applied' });
    const orgEmail = demoEmail('org_staff');
    expect((await mailsTo(orgEmail)).some((m) => m.subject.includes(data.opportunity.title) && m.text.includes(fullName))).toBe(true);

    // … and takes a seat on next week's shift: accepted at once, one seat fewer.
    await volunteer.goto(detailPath());
    await volunteer.navigate(() => volunteer.page.locator(`main form[action="/shifts/${data.shift.id}/signup"] button[type="submit"]`).click(), applicationPath);
    const shiftApplicationId = applicationIdOf(volunteer);
    expect(shiftApplicationId).not.toBe(applicationId);
    expect(await volunteer.text()).toContain(t('placements.status.accepted'));
    expect(await applicationRow(shiftApplicationId)).toMatchObject({ shiftId: data.shift.id, status: 'accepted', holdsSeat: true });
    expect(await seatsTaken()).toBe(1);
    await volunteer.goto(detailPath());
    expect(await volunteer.text()).toContain(t('search.shift.seats', { left: data.shift.capacity - 1, capacity: data.shift.capacity }));

    // 6. The organization member sees the applicant on the dashboard and accepts.
    const organization = await visitor('organization member');
    await logIn(organization, orgEmail, demoPassword);
    await organization.goto('/dashboard');
    const orgDashboard = await organization.text();
    expect(orgDashboard).toContain(t('placements.dashboard.seats', { taken: 1, capacity: data.shift.capacity }));
    const applicant = organization.page.locator(`main a[href="/applications/${applicationId}"]`);
    expect(await applicant.innerText()).toBe(fullName);
    await organization.navigate(() => applicant.click(), new RegExp(`^/applications/${applicationId}$`));
    expect(await organization.text()).toContain(t('placements.status.applied'));
    await organization.submitForm(`/applications/${applicationId}/status`, { status: 'accepted', reason: 'Szombaton várunk a ligetben!' }, new RegExp(`^/applications/${applicationId}$`));
    expect(await organization.text()).toContain(t('placements.flash.statusChanged'));
    expect(await organization.page.locator('main dl.details dd strong').innerText()).toBe(t('placements.status.accepted'));
    const accepted = await applicationRow(applicationId);
    expect(accepted.status).toBe('accepted');
    expect(accepted.followUpOn).toBe(addDays(budapestDayOf(new Date()), 14));
    const orgUserId = await userIdOf(orgEmail);
    const events = await app.db
      .select({ from: applicationEvents.fromStatus, to: applicationEvents.toStatus, by: applicationEvents.actorUserId, note: applicationEvents.note })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, applicationId))
      .orderBy(asc(applicationEvents.id));
    expect(events).toEqual([
      { from: null, to: 'applied', by: accountId, note: null },
      { from: 'applied', to: 'accepted', by: orgUserId, note: 'Szombaton várunk a ligetben!' },
    ]);
    expect((await mailsTo(person.email)).some((m) => m.subject.includes(t('placements.status.accepted')) && m.text.includes(data.opportunity.title))).toBe(true);
    await logOut(organization);
    organization.finish();

    // The volunteer sees the decision on the dashboard, and the shift among the upcoming ones.
    await volunteer.goto('/dashboard');
    const mine = volunteer.page.locator(`main a[href="/applications/${applicationId}"]`).first();
    expect(await mine.locator('xpath=..').innerText()).toContain(t('placements.status.accepted'));
    expect(await volunteer.page.locator(`main a[href="/shifts/${data.shift.id}/calendar.ics"]`).count()).toBe(1);
    await logOut(volunteer);
    volunteer.finish();

    // 7. The center coordinator: the placement comes up for follow-up on its day, two weeks on.
    const coordinator = await visitor('center coordinator');
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword);
    await coordinator.goto('/dashboard');
    await coordinator.goto('/center/follow-up');
    const followUpLink = coordinator.page.locator(`main a[href="/applications/${applicationId}"]`);
    expect(await followUpLink.count()).toBe(0);
    // Time passes: the follow-up day (start + 14 days) arrives.
    await app.db.update(applications).set({ followUpOn: budapestDayOf(new Date()) }).where(eq(applications.id, applicationId));
    await coordinator.goto('/center/follow-up');
    expect(await followUpLink.innerText()).toBe(fullName);
    await coordinator.navigate(() => followUpLink.click(), new RegExp(`^/applications/${applicationId}$`));
    const timeline = await coordinator.page.locator('main ol.timeline').innerText();
    expect(timeline).toContain(`${t('placements.status.applied')} · ${fullName}`);
    const orgAccount = demoAccounts.find((a) => a.role === 'org_staff') as (typeof demoAccounts)[number];
    expect(timeline).toContain(`${t('placements.status.accepted')} · ${orgAccount.familyName} ${orgAccount.givenName}`);
    expect(timeline).toContain('Szombaton várunk a ligetben!');

    const note = 'Telefonon beszéltünk: jól érzi magát, jövő hónapban is jönne.';
    await coordinator.submitForm(`/applications/${applicationId}/notes`, { text: note }, new RegExp(`^/applications/${applicationId}$`));
    expect(await coordinator.text()).toContain(t('placements.flash.noteAdded'));
    expect(await coordinator.text()).toContain(note);
    const coordinatorId = await userIdOf(demoEmail('center_coordinator'));
    const notes = await app.db.select().from(placementNotes).where(and(eq(placementNotes.applicationId, applicationId), eq(placementNotes.authorUserId, coordinatorId)));
    expect(notes.map((n) => n.text)).toEqual([note]);
    await logOut(coordinator);
    coordinator.finish();
  });
});
