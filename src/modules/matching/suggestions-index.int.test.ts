import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, opportunities, shifts, volunteerQualifications, volunteers } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, placeByName } from '../../test-support/factories.js';
import { seededRandom } from '../../test-support/seeded-random.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { publishedIndexReady } from '../search/published-index-sync.js';
import { matchOpportunitiesForVolunteer } from './service.js';

/**
 * "Opportunities for a volunteer" from the search's in-process index (ADR 022) must suggest exactly
 * what the SQL pre-filter gives: the same opportunities, shifts, scores and reasons in the same
 * order, for every kind of volunteer and every cut (limit, short list), and it must follow writes.
 */
let t: TestApp;
let center: Awaited<ReturnType<typeof createCenter>>;
const volunteerIds: string[] = [];
const hour = 3_600_000;
const base = Math.floor(Date.now() / hour) * hour;

const settlements = ['Kecskemét', 'Lajosmizse', 'Nagykőrös', 'Kiskunfélegyháza', 'Cegléd', 'Szeged', 'Tiszakécske'] as const;
const causes = ['kornyezet', 'oktatas', 'szocialis', 'egeszseg'] as const;
const skills = ['nyelv', 'jogsi', 'it'] as const;
const languages = ['hu', 'en', 'de'] as const;
const slots = ['mon-morning', 'tue-afternoon', 'wed-evening', 'sat-morning', 'sat-afternoon', 'sun-morning'] as const;

async function createData() {
  const r = seededRandom(20261207);
  const some = <T>(items: readonly T[], p: number) => items.filter(() => r.next() < p);
  const approved = await createOrganization(t.db, center.id);
  const other = await createOrganization(t.db, center.id);
  const suspended = await createOrganization(t.db, center.id, { status: 'suspended' });
  const places = await Promise.all(settlements.map((name) => placeByName(t.db, name)));
  // Few publication instants (ties), one without any.
  const publishedAt = [null, ...[0.5, 1, 3, 9, 20].map((d) => new Date(base - d * 86_400_000))];
  const rows = Array.from({ length: 260 }, (_, i) => {
    const place = r.pick(places);
    const remote = r.next() < 0.15;
    return {
      organizationId: r.pick([approved, approved, other, suspended]).id,
      centerId: center.id,
      title: `Javasolt lehetőség ${i}`,
      description: 'Leírás',
      kind: r.pick(['one_off', 'regular', 'ongoing']),
      causes: some(causes, 0.35),
      skills: some(skills, 0.3),
      languages: some(languages, 0.25),
      requiredQualifications: r.next() < 0.1 ? ['Elsősegély'] : [],
      requiresConduct: r.next() < 0.15,
      requiresHealth: r.next() < 0.1,
      placeId: remote ? null : place.id,
      lat: remote ? null : place.lat + (r.next() - 0.5) * 0.1,
      lon: remote ? null : place.lon + (r.next() - 0.5) * 0.1,
      remote,
      groupFriendly: r.next() < 0.4,
      minAge: r.pick([null, null, 14, 16, 18]),
      status: r.next() < 0.9 ? 'published' : 'draft',
      publishedAt: r.pick(publishedAt),
    };
  });
  const created = await t.db.insert(opportunities).values(rows).returning({ id: opportunities.id });
  const shiftRows = created.flatMap(({ id }) =>
    Array.from({ length: Math.floor(r.next() * 7) }, () => {
      const startsAt = new Date(base + Math.floor(r.next() * 40 - 3) * 7 * hour);
      const capacity = 1 + Math.floor(r.next() * 4);
      return {
        opportunityId: id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (1 + Math.floor(r.next() * 8)) * hour),
        capacity,
        seatsTaken: r.next() < 0.3 ? capacity : Math.floor(r.next() * capacity),
        waitlistEnabled: r.next() < 0.3,
        cancelledAt: r.next() < 0.1 ? new Date() : null,
      };
    }),
  );
  await t.db.insert(shifts).values(shiftRows);

  for (let i = 0; i < 14; i++) {
    const place = r.pick(places);
    const minor = i % 5 === 4;
    const [v] = await t.db
      .insert(volunteers)
      .values({
        familyName: 'Javaslat',
        givenName: `Próba ${i}`,
        sortKey: hungarianSortKey(`Javaslat Próba ${i}`),
        birthDate: minor ? '2011-03-01' : r.pick(['1960-01-15', '1990-05-01', '2006-12-30']),
        guardianConsentAt: minor && r.next() < 0.5 ? new Date(base - 86_400_000) : null,
        homePlaceId: place.id,
        lat: place.lat,
        lon: place.lon,
        travelRadiusKm: r.pick([null, 5, 15, 30, 60, 150]),
        remoteOnly: i % 7 === 6,
        causes: some(causes, 0.4),
        skills: some(skills, 0.4),
        languages: some(languages, 0.4),
        availability: r.next() < 0.4 ? [] : some(slots, 0.5),
        groupPreference: r.pick(['any', 'group', 'individual']),
        healthStatus: r.pick(['unknown', 'fit']),
        conductStatus: r.pick(['unknown', 'clear']),
      })
      .returning({ id: volunteers.id });
    const volunteerId = (v as { id: string }).id;
    volunteerIds.push(volunteerId);
    if (r.next() < 0.4) await t.db.insert(volunteerQualifications).values({ volunteerId, name: 'Elsősegély', validUntil: null });
    for (const { id } of created.filter(() => r.next() < 0.05)) {
      await t.db.insert(applications).values({ volunteerId, opportunityId: id, centerId: center.id, origin: 'volunteer', status: 'applied' });
    }
  }
}

beforeAll(async () => {
  t = await createTestApp();
  center = await createCenter(t.db);
  await createData();
  expect(await publishedIndexReady(t.db)).toBeDefined();
}, 60_000);
afterAll(async () => {
  await t.close();
});

const cuts = [
  { limit: 20, shortList: 200 },
  { limit: 5, shortList: 30 },
  { limit: 10, shortList: 8 },
  { limit: 3, shortList: 60 },
];

async function bothWays(volunteerId: string, cut: { limit: number; shortList: number }) {
  const now = new Date();
  const [indexed, sqlOnly] = await Promise.all([
    matchOpportunitiesForVolunteer(t.db, volunteerId, { ...cut, now }),
    matchOpportunitiesForVolunteer(t.db, volunteerId, { ...cut, now, sqlOnly: true }),
  ]);
  return { indexed, sqlOnly };
}

describe('suggestions read from the search index', () => {
  it('are exactly what the SQL pre-filter gives, for every volunteer and cut', async () => {
    let suggested = 0;
    for (const volunteerId of volunteerIds) {
      for (const cut of cuts) {
        const { indexed, sqlOnly } = await bothWays(volunteerId, cut);
        expect(indexed, `volunteer ${volunteerId}, ${JSON.stringify(cut)}`).toEqual(sqlOnly);
        suggested += indexed.length;
      }
    }
    // The data must give the comparison something to compare.
    expect(suggested).toBeGreaterThan(100);
  }, 60_000);

  it('follow a full shift, a new application and an unpublished opportunity at once', async () => {
    const volunteerId = volunteerIds.find((id) => id !== undefined) as string;
    const before = (await bothWays(volunteerId, { limit: 20, shortList: 200 })).indexed;
    const [top, second, third] = before;
    expect(third).toBeDefined();
    if (top?.shift) await t.db.update(shifts).set({ seatsTaken: 99, waitlistEnabled: false }).where(eq(shifts.id, top.shift.id));
    await t.db.insert(applications).values({
      volunteerId,
      opportunityId: second?.opportunityId as string,
      centerId: center.id,
      origin: 'volunteer',
      status: 'applied',
    });
    await t.db
      .update(opportunities)
      .set({ status: 'closed' })
      .where(eq(opportunities.id, third?.opportunityId as string));
    const { indexed, sqlOnly } = await bothWays(volunteerId, { limit: 20, shortList: 200 });
    expect(indexed).toEqual(sqlOnly);
    const ids = indexed.map((s) => s.opportunityId);
    expect(ids).not.toContain(second?.opportunityId);
    expect(ids).not.toContain(third?.opportunityId);
    if (top?.shift) expect(indexed.find((s) => s.opportunityId === top.opportunityId)?.shift?.id).not.toBe(top.shift.id);
  });

  it('asks the database when `now` is in the past (the index holds only shifts upcoming when it read them)', async () => {
    const volunteerId = volunteerIds[1] as string;
    const lastWeek = new Date(base - 7 * 86_400_000);
    const [indexed, sqlOnly] = await Promise.all([
      matchOpportunitiesForVolunteer(t.db, volunteerId, { now: lastWeek }),
      matchOpportunitiesForVolunteer(t.db, volunteerId, { now: lastWeek, sqlOnly: true }),
    ]);
    expect(indexed).toEqual(sqlOnly);
  });
});
