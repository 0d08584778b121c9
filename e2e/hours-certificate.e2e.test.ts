import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { applications, certificates, hourEntries, shiftCheckIns, shifts, volunteers } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { addDays, budapestDay } from '../src/platform/budapest-time.js';
import { translator } from '../src/platform/i18n.js';
import { createShift } from '../src/test-support/brokering-factories.js';
import { pdfText } from '../src/test-support/pdf-reader.js';
import { createJourneyOpportunity, type JourneyOpportunity } from './support/brokering-fixture.js';
import { userIdOf } from './support/brokering-rows.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn } from './support/sessions.js';

/**
 * Issue 5's journey in a real browser against the real app (demo data loaded): the volunteer checks
 * in and out of a shift by the QR code's URL the organization shows and logs more hours by hand, the
 * organization approves them, the volunteer asks for a certificate and downloads the PDF, and an
 * anonymous visitor verifies it by its code. axe checks
 * every page reached; the database is checked after every step.
 */
const t = translator('hu');
const journey = journeySetup();
const { visitor } = journey;
let data: JourneyOpportunity;

beforeAll(async () => {
  data = await createJourneyOpportunity(journey.app.db, demoEmail('org_staff'));
});

describe('hours and certificate journey: QR check-in, log, approve, certify, verify', () => {
  it('walks the whole way, every page accessible', async () => {
    const volunteerUserId = await userIdOf(journey.app.db, demoEmail('volunteer'));
    const [volunteer] = await journey.app.db.select().from(volunteers).where(eq(volunteers.userId, volunteerUserId));
    if (!volunteer) throw new Error('the demo volunteer has no profile');
    const [placement] = await journey.app.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: data.opportunity.id, centerId: data.centerId, origin: 'volunteer', status: 'accepted' })
      .returning();
    if (!placement) throw new Error('placement missing');
    const hoursPath = `/applications/${placement.id}/hours`;
    // Three days ago (never in the future), 09:00–11:30 Budapest time.
    const day = addDays(budapestDay(new Date()), -3);

    // 1. The organization opens the QR page of a shift starting in half an hour.
    const startsAt = new Date(Date.now() + 30 * 60_000);
    const shift = await createShift(journey.app.db, data.opportunity.id, { startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), capacity: 5 });
    const host = await visitor('organization');
    await logIn(host, demoEmail('org_staff'), demoPassword, /^\//);
    await host.goto(`/shifts/${shift.id}/check-in`);
    const [withCode] = await journey.app.db.select().from(shifts).where(eq(shifts.id, shift.id));
    const checkInPath = `/check-in/${withCode?.checkInCode}`;
    expect(await host.text()).toContain(checkInPath);
    expect(await host.page.locator('main svg[role="img"]').count()).toBe(1);

    // 2. The volunteer scans it (opens the URL, logged in) and checks in; later checks out.
    const me = await visitor('volunteer');
    await logIn(me, demoEmail('volunteer'), demoPassword, /^\//);
    await me.goto(checkInPath);
    await me.navigate(() => me.page.locator(`main form[action="${checkInPath}"] button[type="submit"]`).click());
    const [open] = await journey.app.db.select().from(shiftCheckIns).where(eq(shiftCheckIns.shiftId, shift.id));
    expect(open?.checkedOutAt).toBeNull();
    // As if two hours had passed on site.
    await journey.app.db
      .update(shiftCheckIns)
      .set({ checkedInAt: new Date(Date.now() - 120 * 60_000) })
      .where(eq(shiftCheckIns.id, open?.id as string));
    await me.goto(checkInPath);
    await me.navigate(() => me.page.locator(`main form[action="${checkInPath}"] button[type="submit"]`).click());
    const [closed] = await journey.app.db.select().from(shiftCheckIns).where(eq(shiftCheckIns.shiftId, shift.id));
    expect(closed?.hourEntryId).toBeTruthy();

    // 3. The volunteer logs 2.5 more hours by hand on the placement.
    await me.goto(hoursPath);
    await me.submitForm(hoursPath, { day, startTime: '09:00', endTime: '11:30', activity: 'Facsemeték ültetése a ligetben' }, new RegExp(`^${hoursPath}$`));
    expect(await me.text()).toContain('2 óra 30 perc');
    const logged = await journey.app.db.select().from(hourEntries).where(eq(hourEntries.applicationId, placement.id));
    expect(logged.map((e) => [e.status, e.minutes]).sort()).toEqual([
      ['submitted', 120],
      ['submitted', 150],
    ]);

    // 4. The organization's member approves one entry from its sorted list of hours and lands back on
    //    that list (issue 12), then approves the rest of the placement's hours at once.
    const orgList = `/organizations/${data.organization.id}/hours?sort=day&dir=asc`;
    await host.goto(orgList);
    const approveFromList = host.page.locator('main form[action^="/hours/"][action$="/approve"] button[type="submit"]').first();
    await host.navigate(() => approveFromList.click(), new RegExp(`^${orgList.replace(/[?]/g, '\\?')}$`));
    expect(await host.text()).toContain(t('hours.flash.approved'));
    const afterOne = await journey.app.db.select().from(hourEntries).where(eq(hourEntries.applicationId, placement.id));
    expect(afterOne.map((e) => e.status).sort()).toEqual(['approved', 'submitted']);
    await host.goto(hoursPath);
    await host.submitForm(`/applications/${placement.id}/hours/approve-all`, { confirm: true }, new RegExp(`^${hoursPath}`));
    const approved = await journey.app.db.select().from(hourEntries).where(eq(hourEntries.applicationId, placement.id));
    expect(approved.map((e) => e.status)).toEqual(['approved', 'approved']);

    // 5. The volunteer asks for a certificate of the placement and downloads the PDF.
    await me.goto('/volunteer/certificates');
    await me.submitForm('/volunteer/certificates', { applicationId: placement.id }, /^\/volunteer\/certificates/);
    const [certificate] = await journey.app.db
      .select()
      .from(certificates)
      .where(eq(certificates.volunteerId, volunteer.id))
      .orderBy(desc(certificates.issuedAt));
    if (!certificate) throw new Error('no certificate issued');
    expect(certificate.totalMinutes).toBe(270);
    const download = await me.context.request.get(`/certificates/${certificate.id}/pdf`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    const text = (await pdfText(Buffer.from(await download.body()))).replace(/\s+/g, ' ');
    expect(text).toContain('Igazolás');
    expect(text).toContain(data.organization.name);
    expect(text).toContain('Facsemeték ültetése');
    expect(text.replace(/-/g, '')).toContain(certificate.code);

    // 6. Anyone verifies it by its code, and sees initials only.
    const stranger = await visitor('stranger');
    await stranger.goto(`/certificates/verify/${certificate.code}`);
    const verified = await stranger.text();
    expect(verified).toContain('Ez az igazolás érvényes.');
    expect(verified).toContain('M. D.');
    expect(verified).not.toContain('Molnár Dóra');
    expect(verified).toContain(data.organization.name);

    for (const v of [host, me, stranger]) v.finish();
  }, 180_000);
});
