import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { applicationEvents, applications, volunteerConsents, volunteerQualifications, volunteers } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { daysAgo } from './demo-clock.js';
import type { DemoContext, DemoPlace, SeededOpportunity } from './demo-organizations.js';
import { demoBios, demoFamilyNames, demoGivenNames } from './demo-people-texts.js';
import { causeSlugs, skillSlugs } from './demo-vocabulary.js';

/** Weekly availability slot codes as stored on volunteers ("mon-morning" … "sun-evening"). */
const availabilitySlots = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) => ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`));
/** The consent text version the demo consents were given to. */
const consentTextVersion = '2026-11';

export const demoVolunteerCount = 300;
export const demoMinorCount = 30;

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * ~300 volunteers across the county: 30 minors (the under-16s half with guardian consent),
 * walk-ins without e-mail registered by staff, varied causes, skills, availability and radius,
 * consent history, a few qualifications; the demo volunteer account gets the first profile.
 */
export async function seedVolunteers(ctx: DemoContext & { volunteerUser: { id: string; email: string; familyName: string; givenName: string } }) {
  const { tx, rng, now } = ctx;
  const thisYear = Number(now.toISOString().slice(0, 4));
  // Bigger settlements get more volunteers: the first places (by population) are picked more often.
  const homePlace = (): DemoPlace => ctx.places[Math.floor(rng.next() ** 2 * ctx.places.length)] as DemoPlace;
  const rows = Array.from({ length: demoVolunteerCount }, (_, i) => {
    const isDemo = i === 0;
    const minor = i >= 1 && i <= demoMinorCount;
    const walkIn = !isDemo && !minor && i % 12 === 0;
    const familyName = isDemo ? ctx.volunteerUser.familyName : rng.pick(demoFamilyNames);
    const givenName = isDemo ? ctx.volunteerUser.givenName : rng.pick(demoGivenNames);
    const age = minor ? rng.int(12, 17) : isDemo ? 24 : rng.int(18, 78);
    // Between `age` years + 15 days and `age` years + 340 days ago: exactly `age` years old today.
    const birthDate = daysAgo(now, Math.floor(age * 365.25) + rng.int(15, 340))
      .toISOString()
      .slice(0, 10);
    const place = isDemo ? (ctx.places[0] as DemoPlace) : homePlace();
    const under16 = minor && age < 16;
    const guardianConsent = minor && (!under16 || i % 2 === 0);
    const contact = isDemo || (!walkIn && rng.chance(0.6));
    const checked = rng.chance(0.3);
    return {
      id: randomUUID(),
      userId: isDemo ? ctx.volunteerUser.id : null,
      centerId: ctx.centerId,
      pointId: rng.chance(0.5) ? (rng.pick(ctx.pointIds) ?? null) : null,
      familyName,
      givenName,
      sortKey: hungarianSortKey(`${familyName} ${givenName}`),
      birthDate,
      email: isDemo ? ctx.volunteerUser.email : walkIn ? null : `${ascii(givenName)}.${ascii(familyName)}.${i}@posta.example`,
      phone: walkIn || rng.chance(0.5) ? `+36 30 ${rng.int(100, 999)} ${rng.int(1000, 9999)}` : null,
      homePlaceId: place.id,
      lat: place.lat,
      lon: place.lon,
      travelRadiusKm: rng.pick([5, 10, 15, 25, 40]),
      remoteOnly: !isDemo && rng.chance(0.05),
      causes: rng.sample(causeSlugs, rng.int(1, 3)),
      skills: rng.sample(skillSlugs, rng.int(0, 3)),
      languages: ['hu', ...(rng.chance(0.35) ? ['en'] : []), ...(rng.chance(0.1) ? ['de'] : [])],
      availability: rng.sample(availabilitySlots, rng.int(2, 7)),
      groupPreference: rng.pick(['any', 'any', 'individual', 'group']),
      bio: rng.pick(demoBios) || null,
      guardianName: minor ? `${familyName} ${rng.pick(demoGivenNames)}` : null,
      guardianEmail: minor ? `gondviselo.${ascii(familyName)}.${i}@posta.example` : null,
      guardianPhone: minor ? `+36 20 ${rng.int(100, 999)} ${rng.int(1000, 9999)}` : null,
      guardianConsentAt: guardianConsent ? daysAgo(now, rng.int(5, 60)) : null,
      guardianConsentRecordedBy: guardianConsent ? ctx.coordinatorUserId : null,
      healthStatus: checked ? 'fit' : 'unknown',
      healthCheckedAt: checked ? daysAgo(now, rng.int(10, 300)).toISOString().slice(0, 10) : null,
      healthCheckedBy: checked ? ctx.coordinatorUserId : null,
      conductStatus: checked && !minor ? 'clear' : 'unknown',
      conductCheckedAt: checked && !minor ? daysAgo(now, rng.int(10, 300)).toISOString().slice(0, 10) : null,
      conductCheckedBy: checked && !minor ? ctx.coordinatorUserId : null,
      alertFrequency: isDemo ? 'weekly' : contact && rng.chance(0.5) ? rng.pick(['daily', 'weekly']) : 'none',
      createdBy: walkIn ? ctx.coordinatorUserId : null,
      createdAt: daysAgo(now, rng.int(1, 120)),
      contact,
    };
  });
  await tx.insert(volunteers).values(rows.map(({ contact: _, ...row }) => row));
  await tx.insert(volunteerConsents).values(
    rows.flatMap((v) => {
      const base = { volunteerId: v.id, textVersion: consentTextVersion, recordedBy: v.createdBy, at: v.createdAt };
      return [
        { ...base, kind: 'data_processing', granted: true },
        ...(v.contact ? [{ ...base, kind: 'contact', granted: true }] : []),
        ...(v.contact && v.bio ? [{ ...base, kind: 'newsletter', granted: true }] : []),
        ...(v.guardianConsentAt ? [{ ...base, kind: 'guardian', granted: true, recordedBy: ctx.coordinatorUserId, at: v.guardianConsentAt }] : []),
      ];
    }),
  );
  const qualified = rows.filter((v) => v.skills.includes('elsosegely'));
  if (qualified.length > 0) {
    await tx
      .insert(volunteerQualifications)
      .values(
        qualified.map((v) => ({ volunteerId: v.id, name: 'Elsősegély-tanfolyam', validUntil: `${thisYear + 2}-06-30`, recordedBy: ctx.coordinatorUserId })),
      );
  }
  return rows.map((v) => ({ id: v.id, birthDate: v.birthDate, minor: v.guardianName != null }));
}

type Step = { status: string; origin: 'volunteer' | 'coordinator' | 'organization'; path: string[]; seat: boolean; reason?: string };
const storylines: Step[] = [
  { status: 'applied', origin: 'volunteer', path: ['applied'], seat: false },
  { status: 'accepted', origin: 'volunteer', path: ['applied', 'accepted'], seat: true },
  { status: 'active', origin: 'volunteer', path: ['applied', 'accepted', 'active'], seat: true },
  { status: 'referred', origin: 'coordinator', path: ['proposed', 'referred'], seat: false },
  { status: 'invited', origin: 'organization', path: ['invited'], seat: false },
  { status: 'declined', origin: 'volunteer', path: ['applied', 'declined'], seat: false, reason: 'Erre az időpontra már betelt a csapat.' },
  { status: 'withdrawn', origin: 'volunteer', path: ['applied', 'withdrawn'], seat: false },
  { status: 'completed', origin: 'coordinator', path: ['proposed', 'referred', 'accepted', 'active', 'completed'], seat: false },
];

/**
 * A few applications in every state with their timelines. Seats are counted on the shifts
 * (seats_taken) exactly as the placements module would, so capacity stays consistent.
 */
export async function seedApplications(ctx: DemoContext, people: { id: string; minor: boolean }[], opportunityList: SeededOpportunity[]) {
  const { tx, now } = ctx;
  const adults = people.filter((p) => !p.minor);
  const open = opportunityList.filter((o) => o.status === 'published' && o.shiftIds.length > 0 && (o.minAge ?? 0) <= 18);
  const appRows: (typeof applications.$inferInsert)[] = [];
  const eventRows: (typeof applicationEvents.$inferInsert)[] = [];
  const seatCounts = new Map<string, number>();
  for (let i = 0; i < 32; i++) {
    const story = storylines[i % storylines.length] as Step;
    const volunteer = i < 2 ? (people[0] as { id: string }) : (adults[(i * 7) % adults.length] as { id: string });
    const opportunity = open[(i * 5) % open.length] as SeededOpportunity;
    const shiftId = story.status === 'completed' || story.status === 'referred' ? null : (opportunity.shiftIds[0] ?? null);
    const id = randomUUID();
    const holdsSeat = story.seat && shiftId != null;
    if (holdsSeat && shiftId) seatCounts.set(shiftId, (seatCounts.get(shiftId) ?? 0) + 1);
    const started = daysAgo(now, 20 - (i % 10));
    const actorOf = (status: string) =>
      status === 'proposed' || status === 'referred' || status === 'completed'
        ? ctx.coordinatorUserId
        : status === 'accepted' || status === 'active' || status === 'declined' || status === 'invited'
          ? ctx.organizationAdminUserId
          : null;
    appRows.push({
      id,
      volunteerId: volunteer.id,
      opportunityId: opportunity.id,
      shiftId,
      centerId: ctx.centerId,
      origin: story.origin,
      status: story.status,
      holdsSeat,
      declineReason: story.reason ?? null,
      followUpOn: story.status === 'active' ? daysAgo(now, -14).toISOString().slice(0, 10) : null,
      createdBy: actorOf(story.path[0] as string),
      createdAt: started,
      updatedAt: daysAgo(now, 20 - (i % 10) - story.path.length + 1),
    });
    story.path.forEach((status, k) => {
      eventRows.push({
        applicationId: id,
        fromStatus: k === 0 ? null : (story.path[k - 1] as string),
        toStatus: status,
        note: status === 'declined' ? (story.reason ?? null) : null,
        actorUserId: actorOf(status),
        at: daysAgo(now, 20 - (i % 10) - k),
      });
    });
  }
  // The first two are the demo volunteer's: keep them on different opportunities.
  if (appRows[1] && appRows[0] && appRows[1].opportunityId === appRows[0].opportunityId) {
    const other = open.find((o) => o.id !== appRows[0]?.opportunityId) as SeededOpportunity;
    appRows[1].opportunityId = other.id;
    appRows[1].shiftId = other.shiftIds[0] ?? null;
    if (appRows[1].holdsSeat) {
      seatCounts.clear();
      for (const a of appRows) if (a.holdsSeat && a.shiftId) seatCounts.set(a.shiftId, (seatCounts.get(a.shiftId) ?? 0) + 1);
    }
  }
  await tx.insert(applications).values(appRows);
  await tx.insert(applicationEvents).values(eventRows);
  for (const [shiftId, taken] of seatCounts) {
    await tx.execute(sql`update shifts set seats_taken = ${taken}, capacity = greatest(capacity, ${taken}) where id = ${shiftId}`);
  }
}
