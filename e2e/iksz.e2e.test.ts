import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ikszAgreements, ikszOccasions, ikszStudents, organizationMembers, schools, volunteers } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { demoSchoolOmId } from '../src/modules/demo/demo-schools.js';
import { addDays, budapestDay, weekdayIndex } from '../src/platform/budapest-time.js';
import { translator } from '../src/platform/i18n.js';
import { userIdOf } from './support/brokering-rows.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn } from './support/sessions.js';

/**
 * Issue 16's IKSZ journey in a real browser against the real app (demo data loaded): a student logs
 * an occasion in their log, the host organization certifies it, the school's coordinator accepts it,
 * sees the student's progress and exports the school's records. axe checks every page reached; the
 * database is checked after every step.
 */
const t = translator('hu');
const journey = journeySetup();
const { visitor } = journey;

/** The latest past weekday (a school day: at most 3 hours per occasion). */
function pastWeekday(): string {
  let day = addDays(budapestDay(new Date()), -1);
  while (weekdayIndex(day) >= 5) day = addDays(day, -1);
  return day;
}

describe('IKSZ journey: log, certify, accept, progress, export', () => {
  it('walks the whole way, every page accessible', async () => {
    const db = journey.app.db;
    const [school] = await db.select().from(schools).where(eq(schools.omId, demoSchoolOmId));
    if (!school) throw new Error('the demo has no school');
    const hostUserId = await userIdOf(db, demoEmail('org_staff'));
    const [host] = await db
      .select({ organizationId: ikszAgreements.organizationId })
      .from(ikszAgreements)
      .innerJoin(organizationMembers, eq(organizationMembers.organizationId, ikszAgreements.organizationId))
      .where(and(eq(ikszAgreements.schoolId, school.id), eq(organizationMembers.userId, hostUserId)));
    if (!host) throw new Error('the demo host has no agreement with the school');
    // The demo volunteer (with a login) becomes a student of 11.A of the demo school.
    const studentUserId = await userIdOf(db, demoEmail('volunteer'));
    const [volunteer] = await db.select().from(volunteers).where(eq(volunteers.userId, studentUserId));
    if (!volunteer) throw new Error('the demo volunteer has no profile');
    const [student] = await db.insert(ikszStudents).values({ schoolId: school.id, volunteerId: volunteer.id, className: '11.A', grade: 11 }).returning();
    if (!student) throw new Error('student missing');
    const day = pastWeekday();

    // 1. The student logs an occasion in their log (napló).
    const me = await visitor('student');
    await logIn(me, demoEmail('volunteer'), demoPassword, /^\//);
    await me.goto('/iksz/my');
    await me.submitForm(
      `/iksz/students/${student.id}/occasions`,
      {
        day,
        start: '14:00',
        end: '16:00',
        organizationId: host.organizationId,
        place: 'Kecskemét',
        area: 'b',
        activity: 'Idősek látogatása a klubban',
        mentorName: 'Szalai Judit',
      },
      /^\/iksz\/my$/,
    );
    expect(await me.text()).toContain(t('iksz.flash.logged'));
    const [occasion] = await db.select().from(ikszOccasions).where(eq(ikszOccasions.studentId, student.id));
    expect([occasion?.serial, occasion?.status, occasion?.minutes]).toEqual([1, 'logged', 120]);

    // 2. The host organization's member certifies it from its IKSZ page.
    const org = await visitor('host');
    await logIn(org, demoEmail('org_staff'), demoPassword, /^\//);
    await org.goto(`/organizations/${host.organizationId}/iksz`);
    expect(await org.text()).toContain('Idősek látogatása a klubban');
    await org.submitForm(`/iksz/occasions/${occasion?.id}/certify`, {}, new RegExp(`^/organizations/${host.organizationId}/iksz$`));
    expect(await org.text()).toContain(t('iksz.flash.certified'));
    const [certified] = await db
      .select()
      .from(ikszOccasions)
      .where(eq(ikszOccasions.id, occasion?.id as string));
    expect(certified?.status).toBe('certified');

    // 3. The school's coordinator accepts it from the queue, sees the progress and exports.
    const coordinator = await visitor('school');
    await logIn(coordinator, demoEmail('school_coordinator'), demoPassword, /^\//);
    const queue = `/schools/${school.id}/iksz/occasions?status=certified`;
    await coordinator.goto(queue);
    await coordinator.submitForm(`/iksz/occasions/${occasion?.id}/accept`, {}, /^\/schools\/.+\/iksz\/occasions\?status=certified$/);
    expect(await coordinator.text()).toContain(t('iksz.flash.accepted'));
    const [accepted] = await db
      .select()
      .from(ikszOccasions)
      .where(eq(ikszOccasions.id, occasion?.id as string));
    expect(accepted?.status).toBe('accepted');
    const name = `${volunteer.familyName} ${volunteer.givenName}`;
    await coordinator.goto(`/schools/${school.id}/iksz?className=11.A`);
    const list = await coordinator.text();
    expect(list).toContain(name);
    expect(list).toContain('2 óra');
    await coordinator.goto(`/iksz/students/${student.id}`);
    expect(await coordinator.text()).toContain('Még hiányzik: 48 óra');
    const csv = await coordinator.context.request.get(`/schools/${school.id}/iksz?format=csv&className=11.A`);
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body).toContain('Napló sorszáma');
    expect(body).toContain(name);
    expect(body).toContain('Idősek látogatása a klubban');

    // The student sees the accepted hours.
    await me.goto('/iksz/my');
    expect(await me.text()).toContain('Elfogadott órák: 2 óra');

    for (const v of [me, org, coordinator]) v.finish();
  }, 180_000);
});
