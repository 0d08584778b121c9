import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import { opportunities, organizationMembers, organizations, shifts, vettingEvents } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { demoOpportunityTemplates, demoOrganizations } from './brokering-texts.js';
import { budapestTime, budapestWeekday, daysAgo } from './demo-clock.js';
import { demoFamilyNames, demoGivenNames } from './demo-people-texts.js';
import type { SeededRandom } from './seeded-random.js';

export type DemoPlace = { id: number; name: string; lat: number; lon: number };
export type DemoContext = {
  tx: Tx;
  rng: SeededRandom;
  now: Date;
  centerId: string;
  pointIds: string[];
  places: DemoPlace[];
  coordinatorUserId: string;
  organizationAdminUserId: string;
};
export type SeededOpportunity = { id: string; organizationId: string; status: string; minAge: number | null; shiftIds: string[] };

/**
 * ~30 host organizations of every Köt. host type (most approved, a few waiting for vetting), and
 * ~80 opportunities of the approved ones with shifts over the next 8 weeks. The demo
 * organization account (szervezet@kapocs.example) is admin of the first organization.
 */
export async function seedOrganizationsAndOpportunities(ctx: DemoContext): Promise<SeededOpportunity[]> {
  const { tx, rng, now } = ctx;
  const orgRows = demoOrganizations.map((o, i) => {
    const place = ctx.places[i % Math.min(ctx.places.length, 15)] as DemoPlace;
    const status = o.status ?? 'approved';
    const approved = status === 'approved';
    return {
      id: randomUUID(),
      centerId: ctx.centerId,
      pointId: i % 3 === 0 ? null : (ctx.pointIds[i % ctx.pointIds.length] ?? null),
      name: o.name,
      sortKey: hungarianSortKey(o.name),
      hostType: o.hostType,
      taxNumber: `${String(18_000_000 + i * 7_919).slice(0, 8)}-${(i % 2) + 1}-03`,
      kotRegistrationNumber: o.hostType === 'other' ? null : `KOT-${2015 + (i % 10)}-${String(100 + i * 13).padStart(5, '0')}`,
      placeId: place.id,
      address: `${rng.pick(['Fő', 'Petőfi Sándor', 'Kossuth Lajos', 'Rákóczi', 'Béke', 'Szabadság'])} utca ${rng.int(1, 90)}.`,
      email: `szervezet${i + 1}@demo.kapocs.example`,
      phone: `+36 76 ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
      causes: o.causes,
      description: o.description,
      status,
      statusReason: status === 'needs_changes' ? 'Kérjük, adja meg a Köt. szerinti nyilvántartási számot és a kapcsolattartót.' : null,
      vettedBy: status === 'submitted' ? null : ctx.coordinatorUserId,
      vettedAt: status === 'submitted' ? null : daysAgo(now, 60 - i),
      createdAt: daysAgo(now, 90 - i),
      updatedAt: daysAgo(now, 60 - i),
      approved,
    };
  });
  await tx.insert(organizations).values(orgRows.map(({ approved: _, ...row }) => row));
  await tx.insert(vettingEvents).values(
    orgRows.flatMap((o) => [
      { subjectType: 'organization', subjectId: o.id, fromStatus: null, toStatus: 'submitted', actorUserId: ctx.organizationAdminUserId, at: o.createdAt },
      ...(o.status === 'submitted'
        ? []
        : [
            {
              subjectType: 'organization',
              subjectId: o.id,
              fromStatus: 'submitted',
              toStatus: o.status,
              reason: o.statusReason,
              actorUserId: ctx.coordinatorUserId,
              at: o.updatedAt,
            },
          ]),
    ]),
  );
  const first = orgRows[0];
  if (!first) throw new Error('no demo organizations');
  await tx.insert(organizationMembers).values({ organizationId: first.id, userId: ctx.organizationAdminUserId, role: 'admin' });

  const approved = orgRows.filter((o) => o.approved);
  const opportunityRows = Array.from({ length: 80 }, (_, i) => {
    const org = approved[i % approved.length] as (typeof approved)[number];
    const fitting = demoOpportunityTemplates.filter((t) => t.causes.some((c) => org.causes.includes(c)));
    const template = rng.pick(fitting.length > 0 ? fitting : demoOpportunityTemplates);
    // Mostly at the organization's seat, sometimes at another settlement of the county.
    const place = rng.chance(0.7) ? (ctx.places.find((p) => p.id === org.placeId) as DemoPlace) : rng.pick(ctx.places);
    const status = i % 16 === 5 ? 'draft' : i % 16 === 11 ? 'submitted' : 'published';
    const remote = template.remote ?? false;
    // A regular opportunity starts within the week (8 weekly shifts then fit in 8 weeks).
    const startDay = template.kind === 'regular' ? rng.int(1, 7) : rng.int(2, 20);
    const pattern =
      template.kind === 'regular'
        ? [{ day: budapestWeekday(budapestTime(now, startDay, 12)), start: rng.pick(['09:00', '14:00', '16:00']), end: '', capacity: rng.int(3, 8) }]
        : null;
    if (pattern?.[0]) pattern[0].end = `${String(Number(pattern[0].start.slice(0, 2)) + 3).padStart(2, '0')}:00`;
    const publishedAt = status === 'published' ? daysAgo(now, rng.int(0, 30) + rng.next()) : null;
    return {
      id: randomUUID(),
      organizationId: org.id,
      centerId: ctx.centerId,
      title: remote ? template.title : `${template.title} – ${place.name}`,
      description: template.description,
      causes: template.causes,
      skills: template.skills,
      placeId: remote ? null : place.id,
      address: remote ? null : org.address,
      lat: remote ? null : place.lat,
      lon: remote ? null : place.lon,
      remote,
      kind: template.kind,
      groupFriendly: template.groupFriendly ?? false,
      minAge: template.minAge ?? null,
      requiredQualifications: template.requiredQualifications ?? [],
      requiresConduct: template.requiresConduct ?? false,
      requiresHealth: template.requiresHealth ?? false,
      languages: template.languages ?? ['hu'],
      contactName: `${rng.pick(demoFamilyNames)} ${rng.pick(demoGivenNames)}`,
      contactEmail: org.email,
      contactPhone: org.phone,
      weeklyPattern: pattern,
      status,
      vettedBy: status === 'published' ? ctx.coordinatorUserId : null,
      vettedAt: publishedAt,
      publishedAt,
      createdBy: ctx.organizationAdminUserId,
      createdAt: daysAgo(now, 40),
      updatedAt: publishedAt ?? daysAgo(now, 10),
      startDay,
    };
  });
  await tx.insert(opportunities).values(opportunityRows.map(({ startDay: _, ...row }) => row));

  const seeded: SeededOpportunity[] = [];
  const shiftRows: (typeof shifts.$inferInsert)[] = [];
  for (const o of opportunityRows) {
    const shiftIds: string[] = [];
    const add = (startsAt: Date, hours: number, capacity: number) => {
      const id = randomUUID();
      shiftIds.push(id);
      shiftRows.push({ id, opportunityId: o.id, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), capacity, waitlistEnabled: capacity > 3 });
    };
    const slot = o.weeklyPattern?.[0];
    if (slot) {
      // Regular: the weekly pattern for the next 8 weeks.
      for (let week = 0; week < 8; week++) add(budapestTime(now, o.startDay + week * 7, Number(slot.start.slice(0, 2))), 3, slot.capacity);
    } else if (o.kind === 'one_off') {
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) add(budapestTime(now, o.startDay + k * rng.int(7, 21), rng.pick([8, 9, 10, 14])), rng.int(3, 6), rng.int(5, 25));
    }
    seeded.push({ id: o.id, organizationId: o.organizationId, status: o.status, minAge: o.minAge, shiftIds });
  }
  if (shiftRows.length > 0) await tx.insert(shifts).values(shiftRows);
  return seeded;
}
