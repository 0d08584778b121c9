import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { opportunities, organizationMembers, organizations, shifts, volunteers } from '../db/schema/index.js';
import { hungarianSortKey } from '../platform/hungarian-sort-key.js';
import { placeByName } from './factories.js';

/** Builders for brokering rows (volunteers, organizations, opportunities, shifts) with unique names. */
const unique = () => randomBytes(4).toString('hex');

export async function createVolunteer(db: Database, attrs: Partial<typeof volunteers.$inferInsert> & { homePlace?: string } = {}) {
  const { homePlace = 'Kecskemét', ...rest } = attrs;
  const place = await placeByName(db, homePlace);
  const familyName = rest.familyName ?? 'Önkéntes';
  const givenName = rest.givenName ?? `Teszt ${unique()}`;
  const [row] = await db
    .insert(volunteers)
    .values({
      birthDate: '1990-05-01',
      homePlaceId: place.id,
      lat: place.lat,
      lon: place.lon,
      travelRadiusKm: 30,
      ...rest,
      familyName,
      givenName,
      sortKey: hungarianSortKey(`${familyName} ${givenName}`),
    })
    .returning();
  return row as typeof volunteers.$inferSelect;
}

export async function createOrganization(
  db: Database,
  centerId: string,
  attrs: Partial<typeof organizations.$inferInsert> & { seat?: string; memberUserIds?: string[] } = {},
) {
  const { seat = 'Kecskemét', memberUserIds = [], ...rest } = attrs;
  const place = await placeByName(db, seat);
  const name = rest.name ?? `Teszt Egyesület ${unique()}`;
  const [row] = await db
    .insert(organizations)
    .values({ hostType: 'civil', placeId: place.id, status: 'approved', ...rest, centerId, name, sortKey: hungarianSortKey(name) })
    .returning();
  const org = row as typeof organizations.$inferSelect;
  for (const userId of memberUserIds) {
    await db.insert(organizationMembers).values({ organizationId: org.id, userId, role: 'admin' });
  }
  return org;
}

export async function createOpportunity(
  db: Database,
  organization: { id: string; centerId: string },
  attrs: Partial<typeof opportunities.$inferInsert> & { place?: string } = {},
) {
  const { place: placeName = 'Kecskemét', ...rest } = attrs;
  const place = await placeByName(db, placeName);
  const [row] = await db
    .insert(opportunities)
    .values({
      title: `Teszt lehetőség ${unique()}`,
      description: 'Önkéntes segítség a helyi közösségnek.',
      kind: 'one_off',
      placeId: place.id,
      lat: place.lat,
      lon: place.lon,
      status: 'published',
      publishedAt: new Date(),
      ...rest,
      organizationId: organization.id,
      centerId: organization.centerId,
    })
    .returning();
  return row as typeof opportunities.$inferSelect;
}

export async function createShift(db: Database, opportunityId: string, attrs: Partial<typeof shifts.$inferInsert> = {}) {
  const start = attrs.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const [row] = await db
    .insert(shifts)
    .values({
      capacity: 10,
      ...attrs,
      startsAt: start,
      endsAt: attrs.endsAt ?? new Date(start.getTime() + 3 * 3_600_000),
      opportunityId,
    })
    .returning();
  return row as typeof shifts.$inferSelect;
}
