import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications, placementNotes, users, volunteerConsents, volunteerQualifications, volunteers } from '../src/db/schema/index.js';
import { demoAccounts, demoPassword } from '../src/modules/demo/demo-accounts.js';
import { consentTextVersion } from '../src/modules/volunteers/choices.js';
import { addDays, budapestDay } from '../src/platform/budapest-time.js';
import { translator } from '../src/platform/i18n.js';
import { createOpportunity, createVolunteer } from '../src/test-support/brokering-factories.js';
import { createJourneyOpportunity, type JourneyOpportunity, randomWord } from './support/brokering-fixture.js';
import { applicationRow, mailsTo, seatsTaken, userIdOf } from './support/brokering-rows.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { confirmationLinkFromOutbox, logIn, logInHere, logOut } from './support/sessions.js';
import type { Visitor } from './support/visitor.js';

/**
 * Issue 4's brokering journey in a real browser against the real app (demo data loaded): a visitor
 * searches, signs up, confirms the e-mail, creates a volunteer profile, applies and takes a shift;
 * the organization accepts; the center coordinator follows the placement up. axe checks every page
 * reached; the database is checked after every step.
 */
const t = translator('hu');
const journey = journeySetup();
const { visitor } = journey;
let data: JourneyOpportunity;

beforeAll(async () => {
  data = await createJourneyOpportunity(journey.app.db, demoEmail('org_staff'));
});

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
    await volunteer.navigate(
      () => volunteer.page.locator(`main a[href="/organizations/${data.organization.id}"]`).first().click(),
      /^\/organizations\/[0-9a-f-]{36}$/,
    );
    expect(await volunteer.text()).toContain(data.organization.name);
    await volunteer.goto(detailPath());

    // 2. Registers from the opportunity page; the account waits for the e-mail confirmation.
    await volunteer.navigate(() => volunteer.page.locator('main a[href="/signup"]').click(), /^\/signup$/);
    await volunteer.submitForm(
      '/signup',
      {
        kind: 'volunteer',
        familyName: person.familyName,
        givenName: person.givenName,
        email: person.email,
        password,
        passwordConfirm: password,
        acceptTerms: true,
      },
      /^\/signup\/sent/,
    );
    const [account] = await journey.app.db.select({ id: users.id, verified: users.emailConfirmedAt }).from(users).where(eq(users.email, person.email));
    expect(account).toMatchObject({ verified: null });

    // No SMTP in the demo: the national admin reads the confirmation e-mail in the outbox.
    const admin = await visitor('national admin');
    await logIn(admin, demoEmail('national_admin'), demoPassword);
    const confirmUrl = await confirmationLinkFromOutbox(admin, person.email);
    await logOut(admin);
    admin.finish();
    await volunteer.goto(confirmUrl);
    // The link opens a page with one button (a mail scanner's GET uses nothing up); the person presses it.
    await volunteer.submitForm('/confirm-email', {});
    const [confirmed] = await journey.app.db.select({ verified: users.emailConfirmedAt }).from(users).where(eq(users.email, person.email));
    expect(confirmed?.verified).toBeInstanceOf(Date);

    // 3. Back on the opportunity: "log in to apply" returns here after the login.
    await volunteer.goto(detailPath());
    await volunteer.navigate(() => volunteer.page.locator('main a[href^="/login?next="]').click(), /^\/login\?next=/);
    await logInHere(volunteer, person.email, password, new RegExp(`^${detailPath()}$`));
    expect(await volunteer.text('header')).toContain(fullName);

    // Applying before having a profile leads to the profile form, which knows the way back (issue 12).
    const applyButton = () => volunteer.page.locator(`main form[action="${detailPath()}/apply"] button[type="submit"]`);
    await volunteer.navigate(() => applyButton().click(), /^\/volunteer\/profile\?next=/);
    expect(await volunteer.text()).toContain(t('placements.flash.profileNeeded'));
    expect(await volunteer.text()).toContain(t('volunteers.own.continueHint'));
    expect(await volunteer.page.locator('main input[name="next"]').inputValue()).toBe(`${detailPath()}#apply`);
    expect(await volunteer.text()).toContain(person.email);
    expect(await volunteer.page.locator('main input[name="familyName"]').inputValue()).toBe(person.familyName);

    // 4. Creates the volunteer profile of this account.
    for (const [name, value] of [
      ['causes', 'kornyezetvedelem'],
      ['availability', 'sat-morning'],
      ['availability', 'wed-morning'],
    ] as const) {
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
      new RegExp(`^${detailPath()}$`),
    );
    // Back on the opportunity, at its apply form, ready to send.
    expect(new URL(volunteer.page.url()).hash).toBe('#apply');
    expect(await volunteer.text()).toContain(t('volunteers.flash.profileSavedContinue'));
    const accountId = await userIdOf(journey.app.db, person.email);
    const [profile] = await journey.app.db.select().from(volunteers).where(eq(volunteers.userId, accountId));
    expect(profile).toMatchObject({
      familyName: person.familyName,
      givenName: person.givenName,
      birthDate: '1994-03-12',
      travelRadiusKm: 25,
      alertFrequency: 'weekly',
    });
    expect(profile?.causes).toEqual(['kornyezetvedelem']);
    expect([...(profile?.availability ?? [])].sort()).toEqual(['sat-morning', 'wed-morning']);
    const consents = await journey.app.db
      .select()
      .from(volunteerConsents)
      .where(eq(volunteerConsents.volunteerId, profile?.id ?? ''));
    const given = consents.map((c) => ({ kind: c.kind, granted: c.granted, textVersion: c.textVersion, recordedBy: c.recordedBy }));
    expect(given.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'contact', granted: true, textVersion: consentTextVersion, recordedBy: accountId },
      { kind: 'data_processing', granted: true, textVersion: consentTextVersion, recordedBy: accountId },
      { kind: 'newsletter', granted: false, textVersion: consentTextVersion, recordedBy: accountId },
    ]);

    // 5. Applies to the opportunity right there: the application waits for the organization.
    await volunteer.navigate(() => applyButton().click(), applicationPath);
    const applicationId = applicationIdOf(volunteer);
    expect(await volunteer.text()).toContain(t('placements.flash.applied'));
    expect(await volunteer.text()).toContain(t('placements.status.applied'));
    expect(await applicationRow(journey.app.db, applicationId)).toMatchObject({
      volunteerId: profile?.id,
      opportunityId: data.opportunity.id,
      shiftId: null,
      origin: 'volunteer',
      status: 'applied',
    });
    const orgEmail = demoEmail('org_staff');
    expect((await mailsTo(journey.app.db, orgEmail)).some((m) => m.subject.includes(data.opportunity.title) && m.text.includes(fullName))).toBe(true);

    // … and takes a seat on next week's shift: accepted at once, one seat fewer.
    await volunteer.goto(detailPath());
    await volunteer.navigate(
      () => volunteer.page.locator(`main form[action="/shifts/${data.shift.id}/signup"] button[type="submit"]`).click(),
      applicationPath,
    );
    const shiftApplicationId = applicationIdOf(volunteer);
    expect(shiftApplicationId).not.toBe(applicationId);
    expect(await volunteer.text()).toContain(t('placements.status.accepted'));
    expect(await applicationRow(journey.app.db, shiftApplicationId)).toMatchObject({ shiftId: data.shift.id, status: 'accepted', holdsSeat: true });
    expect(await seatsTaken(journey.app.db, data.shift.id)).toBe(1);
    await volunteer.goto(detailPath());
    expect(await volunteer.text()).toContain(t('search.shift.seats', { left: data.shift.capacity - 1, capacity: data.shift.capacity }));

    // 6. The organization member sees the applicant on the dashboard and accepts.
    const organization = await visitor('organization member');
    await logIn(organization, orgEmail, demoPassword);
    await organization.goto('/dashboard');
    const orgDashboard = await organization.text();
    expect(orgDashboard).toContain(t('dashboard.seats', { taken: 1, capacity: data.shift.capacity }));
    const applicant = organization.page.locator(`main a[href="/applications/${applicationId}"]`);
    expect(await applicant.innerText()).toBe(fullName);
    await organization.navigate(() => applicant.click(), new RegExp(`^/applications/${applicationId}$`));
    expect(await organization.text()).toContain(t('placements.status.applied'));
    await organization.submitForm(
      `/applications/${applicationId}/status`,
      { status: 'accepted', reason: 'Szombaton várunk a ligetben!' },
      new RegExp(`^/applications/${applicationId}$`),
    );
    expect(await organization.text()).toContain(t('placements.flash.statusChanged'));
    expect(await organization.page.locator('main dl.details dd strong').innerText()).toBe(t('placements.status.accepted'));
    const accepted = await applicationRow(journey.app.db, applicationId);
    expect(accepted.status).toBe('accepted');
    expect(accepted.followUpOn).toBe(addDays(budapestDay(new Date()), 14));
    const orgUserId = await userIdOf(journey.app.db, orgEmail);
    const events = await journey.app.db
      .select({ from: applicationEvents.fromStatus, to: applicationEvents.toStatus, by: applicationEvents.actorUserId, note: applicationEvents.note })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, applicationId))
      .orderBy(asc(applicationEvents.id));
    expect(events).toEqual([
      { from: null, to: 'applied', by: accountId, note: null },
      { from: 'applied', to: 'accepted', by: orgUserId, note: 'Szombaton várunk a ligetben!' },
    ]);
    expect(
      (await mailsTo(journey.app.db, person.email)).some((m) => m.subject.includes(t('placements.status.accepted')) && m.text.includes(data.opportunity.title)),
    ).toBe(true);
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
    await journey.app.db
      .update(applications)
      .set({ followUpOn: budapestDay(new Date()) })
      .where(eq(applications.id, applicationId));
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
    const coordinatorId = await userIdOf(journey.app.db, demoEmail('center_coordinator'));
    const notes = await journey.app.db
      .select()
      .from(placementNotes)
      .where(and(eq(placementNotes.applicationId, applicationId), eq(placementNotes.authorUserId, coordinatorId)));
    expect(notes.map((n) => n.text)).toEqual([note]);
    await logOut(coordinator);
    coordinator.finish();
  });
});

describe('the other brokering pages of each role, accessible', () => {
  /** Opens each page as `name` (logged in as `email` unless null): axe 0, one h1, no error. */
  async function sweep(name: string, email: string | null, paths: string[], more?: (v: Visitor) => Promise<void>): Promise<void> {
    const v = await visitor(name);
    if (email) await logIn(v, email, demoPassword);
    for (const path of paths) {
      await v.goto(path);
      expect(await v.page.locator('main h1').count(), `one h1 on ${path}`).toBe(1);
    }
    await more?.(v);
    if (email) await logOut(v);
    v.finish();
  }

  const opportunity = () => `/opportunities/${data.opportunity.id}`;
  const organization = () => `/organizations/${data.organization.id}`;

  it('the visitor: search with filters, map, empty results, a bad filter, English', async () => {
    await sweep(
      'visitor',
      null,
      [
        `/opportunities?place=${encodeURIComponent('Kecskemét (Bács-Kiskun)')}&radius=30&sort=distance&cause=kornyezetvedelem`,
        `/opportunities?q=${randomWord(9)}`,
        // A misspelt word: "Erre gondoltál: környezetvédelem?"
        '/opportunities?q=kornyezetvedlem',
        '/opportunities?page=2',
        `${opportunity()}?lang=en`,
        '/opportunities',
      ],
      async (v) => {
        // A settlement that does not exist: the form comes back with the error next to the field.
        await v.goto('/opportunities?lang=hu');
        await v.submitForm('/opportunities', { place: `${randomWord(8)}falva` }, /^\/opportunities\?/);
        expect(await v.page.locator('main .field-error').count()).toBeGreaterThan(0);
        // A partial one: the matching settlements are offered as links, and one of them searches there.
        await v.submitForm('/opportunities', { place: 'kiskun' }, /^\/opportunities\?/);
        expect(await v.page.locator('main .place-choices a').count()).toBeGreaterThan(1);
        await v.navigate(() => v.page.locator('main .place-choices a').first().click(), /^\/opportunities\?/);
        expect(await v.page.locator('main .place-choices').count()).toBe(0);
      },
    );
  });

  it('the volunteer: profile, suggestions, dashboard, the personal calendar feed', async () => {
    await sweep('demo volunteer', demoEmail('volunteer'), ['/volunteer/profile', '/volunteer/suggestions', '/dashboard', opportunity()], async (v) => {
      await v.goto('/dashboard');
      await v.navigate(() => v.page.locator('main form[action="/volunteer/calendar-token"] button[type="submit"]').click(), /^\/volunteer\/calendar-token$/);
      // The secret feed URL is shown once; a calendar app fetches it without cookies.
      const feedUrl = await v.page.locator('main input#feed-url').inputValue();
      expect(feedUrl).toMatch(new RegExp(`^${journey.app.baseUrl}/calendar/.{20,}`));
      const feed = await fetch(feedUrl);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    });
  });

  it('the organization member: organizations, opportunities, shifts, candidates', async () => {
    await sweep('organization member', demoEmail('org_staff'), [
      '/my/organizations',
      organization(),
      `${organization()}/edit`,
      `${organization()}/opportunities`,
      `${organization()}/opportunities/new`,
      `${opportunity()}/edit`,
      `${opportunity()}/shifts`,
      `${opportunity()}/candidates`,
      '/organizations/register',
    ]);
  });

  it('the center coordinator: vetting queues, volunteers, candidates', async () => {
    const [demoVolunteer] = await journey.app.db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.centerId, data.centerId)).limit(1);
    if (!demoVolunteer) throw new Error('no demo volunteer in the demo center');
    await sweep('center coordinator', demoEmail('center_coordinator'), [
      '/center/organizations',
      '/center/follow-up/host-answers',
      '/center/opportunities',
      '/volunteers',
      '/volunteers/new',
      `/volunteers/${demoVolunteer.id}`,
      `/volunteers/${demoVolunteer.id}/edit`,
      `${opportunity()}/candidates`,
      organization(),
    ]);
  });
});

describe('coordinators reach the recommended volunteers (issue 12)', () => {
  it('from the public page, the management page and the published list; a referral answers the coordinator', async () => {
    // One volunteer of the demo center nearby, so the list of candidates is never empty.
    await createVolunteer(journey.app.db, {
      centerId: data.centerId,
      homePlace: 'Kecskemét',
      causes: ['kornyezetvedelem'],
      familyName: 'Ajánlott',
      givenName: `Bence ${randomWord(4)}`,
    });
    const coordinator = await visitor('center coordinator (recommendations)');
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword);
    const candidatesPath = `${detailPath()}/candidates`;
    const toCandidates = new RegExp(`^${candidatesPath}$`);
    const link = () => coordinator.page.locator(`main a[href="${candidatesPath}"]`).first();

    await coordinator.goto(detailPath());
    await coordinator.navigate(() => link().click(), toCandidates);
    await coordinator.goto(`${detailPath()}/edit`);
    await coordinator.navigate(() => link().click(), toCandidates);
    // The center's published opportunities, newest first: ours is on the first page, with its link.
    await coordinator.goto('/center/opportunities?status=published&sort=submitted&dir=desc');
    expect(await coordinator.text()).toContain(data.opportunity.title);
    await coordinator.navigate(() => link().click(), toCandidates);

    // Refers the first candidate: the message is the coordinator's, not the volunteer's.
    const refer = coordinator.page.locator(`main form[action="${detailPath()}/refer"] button[type="submit"]`).first();
    await coordinator.navigate(() => refer.click(), applicationPath);
    expect(await coordinator.text()).toContain(t('placements.flash.referred'));
    expect(await coordinator.text()).not.toContain(t('placements.flash.applied'));
    expect((await applicationRow(journey.app.db, applicationIdOf(coordinator))).status).toBe('referred');
    await logOut(coordinator);
    coordinator.finish();
  });
});

describe('a place is given only to an eligible volunteer (issue 12)', () => {
  it('the organization cannot accept an applicant whose required qualification expired meanwhile, and reads why', async () => {
    const qualification = `Kötélmászó-vizsga ${randomWord(4)}`;
    const opportunity = await createOpportunity(
      journey.app.db,
      { id: data.organization.id, centerId: data.centerId },
      { requiredQualifications: [qualification] },
    );
    const volunteer = await createVolunteer(journey.app.db, { centerId: data.centerId, familyName: 'Lejárt', givenName: `Lili ${randomWord(4)}` });
    const yesterday = addDays(budapestDay(new Date()), -1);
    await journey.app.db.insert(volunteerQualifications).values({ volunteerId: volunteer.id, name: qualification, validUntil: yesterday });
    const [application] = await journey.app.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: data.centerId, origin: 'volunteer', status: 'applied' })
      .returning();
    if (!application) throw new Error('application missing');

    const organization = await visitor('organization member (eligibility)');
    await logIn(organization, demoEmail('org_staff'), demoPassword);
    await organization.goto(`/applications/${application.id}`);
    await organization.submitForm(`/applications/${application.id}/status`, { status: 'accepted' });
    const page = await organization.text();
    expect(page).toContain(t('placements.error.notEligible', { reasons: '' }).trim());
    expect(page).toContain(qualification);
    expect((await applicationRow(journey.app.db, application.id)).status).toBe('applied');
    await logOut(organization);
    organization.finish();
  });
});
