import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { applications, companies, shifts, teamSignupMembers, teamSignups } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { addDays, budapestDay, budapestToInstant } from '../src/platform/budapest-time.js';
import { createShift } from '../src/test-support/brokering-factories.js';
import { createJourneyOpportunity, type JourneyOpportunity } from './support/brokering-fixture.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn } from './support/sessions.js';

/**
 * Issue 16's team day in a real browser against the real app (demo data loaded): the demo company's
 * coordinator signs the demo team up for a host's team shift with two seats, and the demo volunteer
 * (a member of the team) confirms, which makes their application through the placements module.
 * axe checks every page reached; the database is checked after every step.
 */
const journey = journeySetup();
const { visitor } = journey;
let data: JourneyOpportunity;

beforeAll(async () => {
  data = await createJourneyOpportunity(journey.app.db, demoEmail('org_staff'));
});

describe('team day journey: a company signs up a team, a member confirms', () => {
  it('walks the whole way, every page accessible', async () => {
    const db = journey.app.db;
    const day = addDays(budapestDay(new Date()), 9);
    const shift = await createShift(db, data.opportunity.id, {
      startsAt: budapestToInstant(day, '09:00'),
      endsAt: budapestToInstant(day, '12:00'),
      capacity: 8,
      teamCapacity: 2,
    });
    const [company] = await db.select().from(companies).where(eq(companies.name, 'Gyakorló Gépgyártó Kft. (demó)'));
    if (!company) throw new Error('the demo company is missing');

    // 1. The company coordinator signs the team up for the team shift with two seats.
    const coordinator = await visitor('company');
    await logIn(coordinator, demoEmail('company_coordinator'), demoPassword, /^\//);
    const teamDays = `/companies/${company.id}/team-days`;
    await coordinator.goto(teamDays);
    expect(await coordinator.text()).toContain(data.opportunity.title);
    const teamId = await coordinator.page.locator('main select[name="teamId"] option:not([value=""])').first().getAttribute('value');
    await coordinator.submitForm(teamDays, { teamId: teamId ?? '', shiftId: shift.id, seats: '2' }, new RegExp(`^/companies/${company.id}/signups/`));
    const [signup] = await db
      .select()
      .from(teamSignups)
      .where(and(eq(teamSignups.shiftId, shift.id), eq(teamSignups.status, 'active')));
    expect(signup?.seats).toBe(2);
    const [afterSignup] = await db.select().from(shifts).where(eq(shifts.id, shift.id));
    expect(afterSignup?.seatsTaken).toBe(2);

    // 2. The demo volunteer, a member of the team, confirms on their own page.
    const member = await visitor('member');
    await logIn(member, demoEmail('volunteer'), demoPassword, /^\//);
    const mine = `/companies/signups/${signup?.id}`;
    await member.goto(mine);
    await member.submitForm(`${mine}/answer`, { answer: 'confirm' }, new RegExp(`^${mine}$`));
    const answers = await db
      .select()
      .from(teamSignupMembers)
      .where(eq(teamSignupMembers.signupId, signup?.id ?? ''));
    const confirmed = answers.find((a) => a.status === 'confirmed');
    expect(confirmed?.applicationId).toBeTruthy();
    const [application] = await db
      .select()
      .from(applications)
      .where(eq(applications.id, confirmed?.applicationId ?? ''));
    expect(application).toMatchObject({ status: 'accepted', shiftId: shift.id, holdsSeat: true });
    const [afterConfirm] = await db.select().from(shifts).where(eq(shifts.id, shift.id));
    expect(afterConfirm?.seatsTaken).toBe(2);

    // 3. The coordinator sees the answer on the sign-up's page.
    await coordinator.goto(`/companies/${company.id}/signups/${signup?.id}`);
    expect(await coordinator.text()).toContain('1 megerősítette');
  }, 240_000);
});
