import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { opportunities, trainingRegistrations, trainingSessions, volunteerQualifications, volunteers } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { createCourse, createSession } from '../src/modules/trainings/trainings-test-support.js';
import { addDays, addMonths, budapestDay, budapestToInstant } from '../src/platform/budapest-time.js';
import { createJourneyOpportunity, type JourneyOpportunity, randomWord } from './support/brokering-fixture.js';
import { userIdOf } from './support/brokering-rows.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn } from './support/sessions.js';

/**
 * Issue 14's training journey in a real browser against the real app (demo data loaded): a
 * volunteer is refused a shift that needs a qualification and follows the link to the course that
 * grants it, registers for a session; the session takes place, the center's coordinator marks them
 * completed on the attendance page; the volunteer then signs up for the shift. axe checks every page
 * reached; the database is checked after every step.
 */
const journey = journeySetup();
const { visitor } = journey;
let data: JourneyOpportunity & { courseSlug: string; courseTitle: string; sessionId: string; qualification: string };

beforeAll(async () => {
  const db = journey.app.db;
  const opportunity = await createJourneyOpportunity(db, demoEmail('org_staff'));
  const word = randomWord();
  const qualification = `Elsősegély ${word}`;
  const course = await createCourse(db, {
    centerId: opportunity.centerId,
    title: `Elsősegély-alapképzés ${word}`,
    qualificationName: qualification,
    validityMonths: 24,
  });
  // In three days, 9:00–13:00 Budapest time: a session the volunteer can still register for.
  const day = addDays(budapestDay(new Date()), 3);
  const session = await createSession(db, course.id, opportunity.centerId, {
    startsAt: budapestToInstant(day, '09:00'),
    endsAt: budapestToInstant(day, '13:00'),
    trainerName: 'Oktató Olga',
  });
  // The organization asks for the qualification, typed as organizations type it.
  await db
    .update(opportunities)
    .set({ requiredQualifications: [` elsősegély  ${word} `] })
    .where(eq(opportunities.id, opportunity.opportunity.id));
  data = { ...opportunity, courseSlug: course.slug, courseTitle: course.title, sessionId: session.id, qualification };
});

describe('training journey: a course grants the qualification an opportunity needs', () => {
  it('register, complete, then sign up — every page accessible', async () => {
    const db = journey.app.db;
    const volunteerUserId = await userIdOf(db, demoEmail('volunteer'));
    const [volunteer] = await db.select().from(volunteers).where(eq(volunteers.userId, volunteerUserId));
    if (!volunteer) throw new Error('the demo volunteer has no profile');
    const opportunityPath = `/opportunities/${data.opportunity.id}`;
    const signUp = `/shifts/${data.shift.id}/signup`;
    const coursePath = `/trainings/${data.courseSlug}`;

    // 1. The volunteer finds the shift, is refused for want of the qualification, and follows the link to its course.
    const me = await visitor('volunteer');
    await logIn(me, demoEmail('volunteer'), demoPassword, /^\//);
    await me.goto(opportunityPath);
    expect(await me.page.locator(`main a[href="${coursePath}"]`).count()).toBe(1);
    await me.submitForm(signUp, {});
    expect(await me.text()).toContain(data.qualification.toLocaleLowerCase('hu').slice(0, 10));
    await me.navigate(() => me.page.locator(`main a[href="${coursePath}"]`).first().click(), new RegExp(`^${coursePath}$`));

    // 2. They register for the session on the course's page.
    await me.submitForm(`/trainings/sessions/${data.sessionId}/register`, {}, /^\/trainings\/mine/);
    const [registration] = await db
      .select()
      .from(trainingRegistrations)
      .where(and(eq(trainingRegistrations.sessionId, data.sessionId), eq(trainingRegistrations.volunteerId, volunteer.id)));
    if (!registration) throw new Error('no registration');
    expect(registration.status).toBe('registered');

    // 3. The day comes: the session has started.
    const startedAt = new Date(Date.now() - 3_600_000);
    await db
      .update(trainingSessions)
      .set({ startsAt: startedAt, endsAt: new Date(startedAt.getTime() + 4 * 3_600_000) })
      .where(eq(trainingSessions.id, data.sessionId));

    // 4. The center's coordinator marks them completed on the attendance page (the row's own button).
    const coordinator = await visitor('coordinator');
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword);
    const attendancePath = `/trainings/sessions/${data.sessionId}/attendance`;
    await coordinator.goto(attendancePath);
    expect(await coordinator.text()).toContain('Molnár Dóra');
    const complete = coordinator.page.locator(`main button[name="row"][value="${registration.id}:completed"]`);
    await coordinator.navigate(() => complete.click(), new RegExp(`^${attendancePath}`));
    expect(await coordinator.text()).toContain('A teljesítést rögzítettük');
    const [granted] = await db
      .select()
      .from(volunteerQualifications)
      .where(and(eq(volunteerQualifications.volunteerId, volunteer.id), eq(volunteerQualifications.name, data.qualification)));
    // Valid for the course's 24 months from the session's day.
    expect(granted?.validUntil).toBe(addMonths(budapestDay(startedAt), 24));
    await coordinator.goto(`/trainings/sessions/${data.sessionId}/sign-in-sheet`);

    // 5. Now the same shift takes them, and "my volunteering" shows the qualification with its course.
    await me.goto(opportunityPath);
    await me.submitForm(signUp, {}, /^\/applications\//);
    await me.goto('/volunteer/my-volunteering');
    const mine = await me.text();
    expect(mine).toContain(data.qualification);
    expect(mine).toContain(data.courseTitle);

    for (const v of [me, coordinator]) v.finish();
  }, 180_000);
});
