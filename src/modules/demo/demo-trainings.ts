import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import {
  organizationMembers,
  places,
  trainingCourses,
  trainingRegistrations,
  trainingSessions,
  volunteerQualifications,
  volunteers,
} from '../../db/schema/index.js';
import { addMonths, budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { formatPersonName } from '../../platform/i18n.js';
import type { DemoUser } from './brokering-seed.js';
import { budapestTime, daysAgo } from './demo-clock.js';

/** The qualification the demo opportunities require (brokering-texts.ts), so a completion makes volunteers eligible. */
export const demoFirstAidQualification = 'Elsősegély-tanfolyam';

const courses = [
  {
    slug: 'elsosegely-alapkepzes-onkenteseknek',
    title: 'Elsősegély-alapképzés önkénteseknek',
    audience: 'volunteer',
    summary: 'Négyórás gyakorlati képzés: újraélesztés, sebellátás, teendők baleset és rosszullét esetén.',
    description:
      'A képzés a rendezvényeken, táborokban és idősek mellett dolgozó önkénteseknek szól. Oktatónk bemutatja a felnőtt és a gyermek újraélesztését, a félautomata defibrillátor (AED) használatát, a vérzéscsillapítást és a stabil oldalfekvést.\n\nA gyakorlatokat babán végezzük; kényelmes ruhát hozz. Az elvégzés után az „Elsősegély-tanfolyam” képesítés három évig érvényes, és az ezt megkövetelő lehetőségekre azonnal jelentkezhetsz.',
    durationMinutes: 240,
    prerequisites: 'Nincs; 14 év alatt nem vehető fel.',
    qualificationName: demoFirstAidQualification,
    validityMonths: 36,
    minAge: 14,
    readinessAreas: [] as string[],
  },
  {
    slug: 'onkentes-koordinator-alapkepzes',
    title: 'Önkéntes-koordinátor alapképzés',
    audience: 'organization',
    summary: 'Fogadó szervezetek munkatársainak: az önkéntesek toborzása, felkészítése, mentorálása és elismerése.',
    description:
      'Kétalkalmas képzés a fogadó szervezetek önkéntes-koordinátorainak. Szó lesz a feladatleírásról és a toborzásról, a felkészítésről, az önkéntesek kíséréséről és elismeréséről, valamint a közérdekű önkéntes tevékenységről szóló törvény (Köt.) gyakorlati teendőiről.\n\nA szervezet felkészültségi önértékelése a koordinátor, a felkészítés, a mentorálás és az elismerés hiányánál ajánlja.',
    durationMinutes: 360,
    prerequisites: 'Fogadó szervezet munkatársa vagy önkéntes-koordinátora legyen.',
    qualificationName: 'Önkéntes-koordinátor alapképzés',
    validityMonths: null,
    minAge: 18,
    readinessAreas: ['coordinator', 'induction', 'supervision', 'recognition'],
  },
] as const;

type DemoSession = {
  course: 0 | 1;
  days: number;
  hour: number;
  hours: number;
  capacity: number;
  place?: string;
  address?: string;
  online?: boolean;
  trainer: string;
};

/**
 * The trainings part of the demo (issue 14): two published courses of the demo center with upcoming
 * sessions — one of them full, with an offered seat and a waitlist the demo volunteer is on — and a
 * past first-aid session whose participants completed it and hold the qualification it grants
 * (valid for 36 months from the session's day), so the demo shows completions and eligibility.
 * Runs inside the demo seed's transaction, with multi-row inserts.
 */
export async function seedTrainingsDemo(tx: Tx, input: { centerId: string; now: Date; usersByEmail: Map<string, DemoUser> }): Promise<void> {
  const { now, centerId } = input;
  const user = (email: string) => {
    const found = input.usersByEmail.get(email);
    if (!found) throw new Error(`demo account missing: ${email}`);
    return found;
  };
  const coordinator = user('koordinator@kapocs.example');
  const organizationAdmin = user('szervezet@kapocs.example');
  const demoVolunteerUser = user('onkentes@kapocs.example');

  const courseRows = await tx
    .insert(trainingCourses)
    .values(
      courses.map((c) => ({
        ...c,
        readinessAreas: [...c.readinessAreas],
        centerId,
        status: 'published',
        sortKey: hungarianSortKey(c.title),
        createdBy: coordinator.id,
      })),
    )
    .returning({ id: trainingCourses.id });
  const courseIds = courseRows.map((c) => c.id) as [string, string];

  const settlements = await tx
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(inArray(places.name, ['Kecskemét', 'Kiskunfélegyháza', 'Baja']));
  const placeId = (name: string) => settlements.find((p) => p.name === name)?.id ?? null;
  const trainer = formatPersonName(coordinator.familyName, coordinator.givenName);
  const plan: DemoSession[] = [
    { course: 0, days: -40, hour: 9, hours: 4, capacity: 12, place: 'Kecskemét', address: 'Példa utca 1., nagyterem', trainer: 'Dr. Fehér Judit' },
    { course: 0, days: 9, hour: 9, hours: 4, capacity: 12, place: 'Kecskemét', address: 'Példa utca 1., nagyterem', trainer: 'Dr. Fehér Judit' },
    { course: 0, days: 16, hour: 14, hours: 4, capacity: 8, place: 'Baja', address: 'Gyakorló köz 4.', trainer: 'Dr. Fehér Judit' },
    { course: 1, days: 12, hour: 10, hours: 6, capacity: 16, place: 'Kiskunfélegyháza', address: 'Próba utca 3.', trainer },
    { course: 1, days: 26, hour: 16, hours: 3, capacity: 30, online: true, trainer },
  ];
  const sessionRows = await tx
    .insert(trainingSessions)
    .values(
      plan.map((s) => ({
        courseId: courseIds[s.course],
        centerId,
        startsAt: budapestTime(now, s.days, s.hour),
        endsAt: budapestTime(now, s.days, s.hour + s.hours),
        online: s.online ?? false,
        placeId: s.place ? placeId(s.place) : null,
        address: s.address ?? null,
        onlineUrl: s.online ? 'https://meet.kapocs.example/koordinator-kepzes' : null,
        trainerUserId: s.trainer === trainer ? coordinator.id : null,
        trainerName: s.trainer,
        capacity: s.capacity,
        holdHours: 48,
        createdBy: coordinator.id,
      })),
    )
    .returning({ id: trainingSessions.id, startsAt: trainingSessions.startsAt });
  const [past, upcoming, full, coordinatorCourse] = sessionRows as [{ id: string; startsAt: Date }, { id: string }, { id: string }, { id: string }];

  // Adults of the demo center, in a stable order; the demo volunteer waits for a seat on the full session.
  const adultBirth = budapestDay(new Date(now.getTime() - 18 * 366 * 86_400_000));
  const people = await tx
    .select({ id: volunteers.id, familyName: volunteers.familyName, givenName: volunteers.givenName, email: volunteers.email, userId: volunteers.userId })
    .from(volunteers)
    .where(
      and(
        eq(volunteers.centerId, centerId),
        isNotNull(volunteers.birthDate),
        lt(volunteers.birthDate, adultBirth),
        or(isNull(volunteers.userId), ne(volunteers.userId, demoVolunteerUser.id)),
      ),
    )
    .orderBy(asc(volunteers.sortKey), asc(volunteers.id))
    .limit(30);
  if (people.length < 24) throw new Error('too few adult demo volunteers');
  const [demoVolunteer] = await tx.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, demoVolunteerUser.id));
  if (!demoVolunteer) throw new Error('demo volunteer missing');

  type Registration = typeof trainingRegistrations.$inferInsert;
  const of = (p: (typeof people)[number]) => ({
    volunteerId: p.id,
    participantName: formatPersonName(p.familyName, p.givenName),
    participantEmail: p.email,
    registeredBy: p.userId ?? coordinator.id,
  });
  const registrations: Registration[] = [];
  // The past session: eight completed (qualification granted below), one no-show.
  const completed = people.slice(0, 8);
  const completedAt = budapestTime(now, -40, 14);
  for (const p of completed)
    registrations.push({
      ...of(p),
      sessionId: past.id,
      status: 'completed',
      holdsSeat: true,
      checkedInAt: past.startsAt,
      completedAt,
      completedBy: coordinator.id,
    });
  registrations.push({ ...of(people[8] as (typeof people)[number]), sessionId: past.id, status: 'no_show', holdsSeat: true });
  // The next first-aid session: a few registered, seats left.
  for (const p of people.slice(9, 13)) registrations.push({ ...of(p), sessionId: upcoming.id, status: 'registered', holdsSeat: true });
  // The full session: seven registered, one seat offered (held two days), two waiting, then the demo volunteer.
  for (const p of people.slice(13, 20)) registrations.push({ ...of(p), sessionId: full.id, status: 'registered', holdsSeat: true });
  const waitStart = daysAgo(now, 3).getTime();
  registrations.push({
    ...of(people[20] as (typeof people)[number]),
    sessionId: full.id,
    status: 'offered',
    holdsSeat: true,
    waitlistedAt: new Date(waitStart),
    offerExpiresAt: new Date(now.getTime() + 40 * 3_600_000),
  });
  for (const [i, p] of people.slice(21, 23).entries()) {
    registrations.push({ ...of(p), sessionId: full.id, status: 'waitlisted', waitlistedAt: new Date(waitStart + (i + 1) * 3_600_000) });
  }
  registrations.push({
    volunteerId: demoVolunteer.id,
    participantName: formatPersonName(demoVolunteerUser.familyName, demoVolunteerUser.givenName),
    participantEmail: demoVolunteerUser.email,
    registeredBy: demoVolunteerUser.id,
    sessionId: full.id,
    status: 'waitlisted',
    waitlistedAt: new Date(waitStart + 5 * 3_600_000),
  });
  // The coordinators' course: the demo organization registered its own staff member.
  const [own] = await tx
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, organizationAdmin.id));
  registrations.push({
    userId: organizationAdmin.id,
    organizationId: own?.id ?? null,
    participantName: formatPersonName(organizationAdmin.familyName, organizationAdmin.givenName),
    participantEmail: organizationAdmin.email,
    registeredBy: organizationAdmin.id,
    sessionId: coordinatorCourse.id,
    status: 'registered',
    holdsSeat: true,
  });
  const inserted = await tx.insert(trainingRegistrations).values(registrations).returning({
    id: trainingRegistrations.id,
    sessionId: trainingRegistrations.sessionId,
    volunteerId: trainingRegistrations.volunteerId,
    status: trainingRegistrations.status,
  });
  await tx.execute(
    sql`update training_sessions s set seats_taken = (select count(*) from training_registrations r where r.session_id = s.id and r.holds_seat)
        where s.center_id = ${centerId}`,
  );

  // The qualification each completion granted, valid for 36 months from the session's day.
  const validUntil = addMonths(budapestDay(past.startsAt), courses[0].validityMonths);
  const done = inserted.filter((r) => r.status === 'completed' && r.volunteerId);
  const granted = await tx
    .insert(volunteerQualifications)
    .values(done.map((r) => ({ volunteerId: r.volunteerId as string, name: demoFirstAidQualification, validUntil, recordedBy: coordinator.id })))
    .returning({ id: volunteerQualifications.id, volunteerId: volunteerQualifications.volunteerId });
  for (const g of granted) {
    const registration = done.find((r) => r.volunteerId === g.volunteerId);
    if (registration) await tx.update(trainingRegistrations).set({ qualificationId: g.id }).where(eq(trainingRegistrations.id, registration.id));
  }
}
