import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, opportunities, shifts as shiftsTable, volunteerConsents, volunteerQualifications, volunteers } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { brokenRules } from './hard-rule-oracle.js';
import { opportunityArb, propertyNow, shiftArb, volunteerArb } from './matching-arbitraries.js';
import { matchOpportunitiesForVolunteer, matchVolunteersForOpportunity } from './service.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer } from './types.js';

/**
 * The whole engine over a real database: random opportunities, shifts and one volunteer are
 * stored, then matched. Sound: every match passes the independent oracle. Complete: every stored
 * opportunity the oracle accepts through some shift is matched — so the SQL pre-filter (bounding
 * box, age bound, status, "not applied") never drops an eligible one.
 */
let t: TestApp;
let centerId: string;
let approved: { id: string; centerId: string };
let pending: { id: string; centerId: string };
beforeAll(async () => {
  t = await createTestApp();
  const center = await createCenter(t.db);
  centerId = center.id;
  approved = await createOrganization(t.db, center.id);
  pending = await createOrganization(t.db, center.id, { status: 'submitted' });
});
afterAll(async () => {
  await t?.close();
});

const scenarioArb = fc.uniqueArray(fc.uuid({ version: 4 }), { minLength: 1, maxLength: 6 }).chain((ids) =>
  fc.record({
    opportunities: fc.tuple(...ids.map((id) => fc.record({ opportunity: opportunityArb(id), shifts: fc.array(shiftArb, { maxLength: 3 }) }))),
    volunteer: volunteerArb(ids),
  }),
);

async function storeVolunteer(volunteer: MatchVolunteer): Promise<string> {
  const [v] = await t.db
    .insert(volunteers)
    .values({
      familyName: 'Próba',
      givenName: 'Tulajdonság',
      sortKey: hungarianSortKey('Próba Tulajdonság'),
      birthDate: volunteer.birthDate,
      guardianConsentAt: volunteer.guardianConsentAt,
      lat: volunteer.lat,
      lon: volunteer.lon,
      travelRadiusKm: volunteer.travelRadiusKm,
      remoteOnly: volunteer.remoteOnly,
      causes: volunteer.causes,
      skills: volunteer.skills,
      languages: volunteer.languages,
      availability: volunteer.availability,
      groupPreference: volunteer.groupPreference,
      healthStatus: volunteer.healthStatus,
      conductStatus: volunteer.conductStatus,
    })
    .returning({ id: volunteers.id });
  const volunteerId = (v as { id: string }).id;
  for (const q of volunteer.qualifications) await t.db.insert(volunteerQualifications).values({ volunteerId, name: q.name, validUntil: q.validUntil });
  // Organizations see only volunteers who agreed to be contacted.
  await t.db.insert(volunteerConsents).values({ volunteerId, kind: 'contact', granted: true, textVersion: 'property' });
  return volunteerId;
}

async function store(volunteer: MatchVolunteer, items: { opportunity: MatchOpportunity; shifts: MatchShift[] }[]) {
  const volunteerId = await storeVolunteer(volunteer);
  for (const { opportunity: o, shifts } of items) {
    const organization = o.organizationStatus === 'approved' ? approved : pending;
    await t.db.insert(opportunities).values({
      id: o.id,
      organizationId: organization.id,
      centerId,
      title: 'Tulajdonságpróba',
      description: 'Véletlen lehetőség a tulajdonságteszthez.',
      status: o.status,
      lat: o.lat,
      lon: o.lon,
      remote: o.remote,
      minAge: o.minAge,
      requiredQualifications: o.requiredQualifications,
      requiresConduct: o.requiresConduct,
      requiresHealth: o.requiresHealth,
      causes: o.causes,
      skills: o.skills,
      languages: o.languages,
      groupFriendly: o.groupFriendly,
      publishedAt: o.publishedAt,
      kind: o.kind,
    });
    for (const s of shifts) {
      await t.db.insert(shiftsTable).values({
        opportunityId: o.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        capacity: s.capacity,
        seatsTaken: s.seatsTaken,
        waitlistEnabled: s.waitlistEnabled,
        cancelledAt: s.cancelledAt,
      });
    }
    if (volunteer.appliedOpportunityIds.has(o.id)) {
      await t.db.insert(applications).values({ volunteerId, opportunityId: o.id, centerId, origin: 'volunteer', status: 'applied' });
    }
  }
  return volunteerId;
}

const upcoming = (shifts: MatchShift[]) => shifts.some((s) => !s.cancelledAt && s.startsAt > propertyNow);

/** Change it (or set FC_SEED) to explore other cases locally. */
const propertySeed = Number(process.env.FC_SEED ?? 20261125);

describe('matching over the database (property)', () => {
  it('returns exactly the stored opportunities the oracle accepts', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ volunteer, opportunities: list }) => {
        const volunteerId = await store(volunteer, list);
        const matches = await matchOpportunitiesForVolunteer(t.db, volunteerId, { limit: 10_000, shortList: 10_000, now: propertyNow });
        const mine = new Map(list.map((i) => [i.opportunity.id, i]));
        const matched = new Set(matches.map((m) => m.opportunityId).filter((id) => mine.has(id)));
        for (const { opportunity, shifts } of list) {
          const candidates = upcoming(shifts) ? shifts : [...shifts, null];
          const acceptable = candidates.some((s) => brokenRules(volunteer, opportunity, s, propertyNow).length === 0);
          if (acceptable) accepted += 1;
          expect(matched.has(opportunity.id), `opportunity ${JSON.stringify(opportunity)} shifts ${JSON.stringify(shifts)}`).toBe(acceptable);
        }
        for (const m of matches.filter((x) => mine.has(x.opportunityId))) {
          const { opportunity, shifts } = mine.get(m.opportunityId) as (typeof list)[number];
          const shift = m.shift ? (shifts.find((s) => s.startsAt.getTime() === m.shift?.startsAt.getTime()) ?? null) : null;
          expect(brokenRules(volunteer, opportunity, shift, propertyNow)).toEqual([]);
        }
      }),
      // A fixed seed keeps CI deterministic (the guard below needs at least one acceptable pair).
      { numRuns: 40, seed: propertySeed },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it('returns exactly the stored volunteers the oracle accepts for an opportunity', async () => {
    let accepted = 0;
    const crowdArb = fc.uuid({ version: 4 }).chain((id) =>
      fc.record({
        opportunity: opportunityArb(id),
        shifts: fc.array(shiftArb, { maxLength: 3 }),
        volunteers: fc.array(volunteerArb([]), { minLength: 1, maxLength: 6 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(crowdArb, async ({ opportunity, shifts, volunteers: crowd }) => {
        // The first volunteer's store() also stores the opportunity with its shifts.
        const stored = new Map<string, MatchVolunteer>();
        stored.set(await store(crowd[0] as MatchVolunteer, [{ opportunity, shifts }]), crowd[0] as MatchVolunteer);
        for (const v of crowd.slice(1)) stored.set(await storeVolunteer(v), v);
        const found = await matchVolunteersForOpportunity(t.db, opportunity.id, { limit: 10_000, shortList: 10_000, now: propertyNow });
        const matched = new Set(found.map((c) => c.volunteerId));
        const candidates = upcoming(shifts) ? shifts : [...shifts, null];
        for (const [id, volunteer] of stored) {
          const acceptable = candidates.some((s) => brokenRules(volunteer, opportunity, s, propertyNow).length === 0);
          if (acceptable) accepted += 1;
          expect(matched.has(id), `volunteer ${JSON.stringify(volunteer)} opportunity ${JSON.stringify(opportunity)}`).toBe(acceptable);
        }
      }),
      { numRuns: 30, seed: propertySeed },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
