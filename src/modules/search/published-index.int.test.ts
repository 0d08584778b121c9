import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { opportunities, organizations, shifts } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createShift } from '../../test-support/brokering-factories.js';
import { createCenter, placeByName } from '../../test-support/factories.js';
import { seededRandom } from '../../test-support/seeded-random.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { boundingBox } from './geo-distance.js';
import { searchPublishedIndex } from './indexed-search.js';
import { type IndexedOpportunity, shiftStartsOf } from './published-index.js';
import { currentPublishedIndex, publishedIndexReady } from './published-index-sync.js';
import type { SearchFilter, SearchHitRow } from './repo.js';
import type { SearchSort } from './schema.js';
import { dayFromNow } from './search-test-data.js';
import { countCap, searchWithSql } from './service.js';

/**
 * The in-process index (ADR 021) must answer exactly as the SQL does: the same rows in the same
 * order, the same capped count, for every filter and sort, and it must follow every write.
 */
let t: TestApp;
let center: Awaited<ReturnType<typeof createCenter>>;
beforeAll(async () => {
  t = await createTestApp();
  center = await createCenter(t.db);
});
afterAll(async () => {
  await t.close();
});

const settlements = ['Kecskemét', 'Lajosmizse', 'Nagykőrös', 'Kiskunfélegyháza', 'Szeged', 'Baja', 'Cegléd', 'Tiszakécske'] as const;
const causeSlugs = ['kornyezet', 'oktatas', 'szocialis', 'egeszseg'] as const;
const skillSlugs = ['nyelv', 'jogsi', 'it'] as const;
const hour = 3_600_000;
const base = Math.floor(Date.now() / hour) * hour;

/** 200 opportunities with ties everywhere: a few publication instants, shifts at shared hours, some cancelled or past. */
async function createVariedData() {
  const r = seededRandom(20261206);
  const approved = await createOrganization(t.db, center.id);
  const other = await createOrganization(t.db, center.id);
  const suspended = await createOrganization(t.db, center.id, { status: 'suspended' });
  const places = await Promise.all(settlements.map((name) => placeByName(t.db, name)));
  const publishedAt = [1, 2, 3, 4].map((d) => new Date(base - d * 86_400_000));
  const rows = Array.from({ length: 200 }, (_, i) => {
    const place = r.pick(places);
    const remote = r.next() < 0.1;
    return {
      organizationId: r.pick([approved, approved, other, suspended]).id,
      centerId: center.id,
      title: `Összehasonlított lehetőség ${i}`,
      description: 'Leírás',
      kind: r.pick(['one_off', 'regular', 'ongoing']),
      causes: causeSlugs.filter(() => r.next() < 0.35),
      skills: skillSlugs.filter(() => r.next() < 0.3),
      placeId: remote ? null : place.id,
      lat: remote ? null : place.lat + (r.next() - 0.5) * 0.2,
      lon: remote ? null : place.lon + (r.next() - 0.5) * 0.2,
      remote,
      groupFriendly: r.next() < 0.4,
      minAge: r.pick([null, null, 14, 16, 18]),
      status: r.next() < 0.9 ? 'published' : 'draft',
      publishedAt: r.pick(publishedAt),
    };
  });
  const created = await t.db.insert(opportunities).values(rows).returning({ id: opportunities.id });
  const shiftRows = created.flatMap(({ id }) =>
    Array.from({ length: Math.floor(r.next() * 5) }, () => {
      const startsAt = new Date(base + Math.floor(r.next() * 30 - 2) * 12 * hour);
      return { opportunityId: id, startsAt, endsAt: new Date(startsAt.getTime() + 2 * hour), capacity: 5, cancelledAt: r.next() < 0.15 ? new Date() : null };
    }),
  );
  await t.db.insert(shifts).values(shiftRows);
}

/** A row as both paths report it, with floats compared to 9 decimals. */
const comparable = (row: SearchHitRow) => ({
  ...row,
  lat: row.lat === null ? null : Number(row.lat),
  lon: row.lon === null ? null : Number(row.lon),
  distance_km: row.distance_km === null ? null : Number(row.distance_km).toFixed(9),
  next_shift_at: row.next_shift_at === null ? null : new Date(row.next_shift_at).toISOString(),
});

async function filtersToCompare(count: number): Promise<SearchFilter[]> {
  const r = seededRandom(42);
  const centres = await Promise.all(['Kecskemét', 'Szeged', 'Cegléd'].map((name) => placeByName(t.db, name)));
  return Array.from({ length: count }, () => {
    const centre = r.next() < 0.7 ? r.pick(centres) : undefined;
    const radiusKm = r.pick([5, 10, 25, 50, 100]);
    const dates = r.pick(['none', 'from', 'to', 'both'] as const);
    return {
      causes: r.next() < 0.4 ? causeSlugs.filter(() => r.next() < 0.5) : [],
      skills: r.next() < 0.3 ? [r.pick(skillSlugs)] : [],
      near: centre ? { lat: centre.lat, lon: centre.lon, radiusKm, box: boundingBox(centre, radiusKm) } : undefined,
      fromDay: dates === 'from' || dates === 'both' ? dayFromNow(3) : undefined,
      toDay: dates === 'to' || dates === 'both' ? dayFromNow(8) : undefined,
      remote: r.next() < 0.1,
      age: r.next() < 0.3 ? r.pick([12, 15, 16, 30]) : undefined,
      groupFriendly: r.next() < 0.2,
    };
  });
}

describe('the index answers as the SQL does', () => {
  it('for every filter, sort and page: the same rows in the same order and the same capped count', async () => {
    await createVariedData();
    const index = await publishedIndexReady(t.db);
    if (!index) throw new Error('the index was not built');
    let compared = 0;
    for (const filter of await filtersToCompare(60)) {
      for (const sort of ['relevance', 'distance', 'date'] as SearchSort[]) {
        if (sort === 'distance' && !filter.near) continue;
        for (const paging of [
          { page: 1, pageSize: 7 },
          { page: 3, pageSize: 7 },
          { page: 1, pageSize: 100 },
        ]) {
          const now = Date.now();
          const bySql = await searchWithSql(t.db, filter, sort, paging);
          const byIndex = searchPublishedIndex(index, filter, sort, { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize }, countCap, now);
          expect({ filter, sort, paging, counted: byIndex.counted, rows: byIndex.rows.map(comparable) }).toEqual({
            filter,
            sort,
            paging,
            counted: bySql.counted,
            rows: bySql.rows.map(comparable),
          });
          compared += bySql.rows.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('with a small cap, so the reads stop early (newest first: the merge of the cells; by distance: the nearest cells first): the same page', async () => {
    const index = await publishedIndexReady(t.db);
    if (!index) throw new Error('the index was not built');
    let compared = 0;
    for (const filter of await filtersToCompare(60)) {
      for (const sort of ['relevance', 'distance'] as SearchSort[]) {
        if (sort === 'distance' && !filter.near) continue;
        for (const paging of [
          { page: 1, pageSize: 7 },
          { page: 3, pageSize: 7 },
        ]) {
          const bySql = await searchWithSql(t.db, filter, sort, paging);
          // A cap of 2 makes stopping early possible for any filter with more than a few matches.
          const byIndex = searchPublishedIndex(index, filter, sort, { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize }, 2, Date.now());
          expect({ filter, sort, paging, rows: byIndex.rows.map(comparable) }).toEqual({ filter, sort, paging, rows: bySql.rows.map(comparable) });
          expect(byIndex.counted).toBe(Math.min(bySql.counted, 3));
          compared += byIndex.rows.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('counts up to the cap and stops, as countSearchHits does', async () => {
    const index = await publishedIndexReady(t.db);
    if (!index) throw new Error('the index was not built');
    const filter: SearchFilter = { causes: [], skills: [], remote: false, groupFriendly: false };
    const bySql = await searchWithSql(t.db, filter, 'relevance', { page: 2, pageSize: 20 });
    const byIndex = searchPublishedIndex(index, filter, 'relevance', { limit: 20, offset: 20 }, 5, Date.now());
    expect(byIndex.rows.map((r) => r.id)).toEqual(bySql.rows.map((r) => r.id));
    expect(byIndex.counted).toBe(6);
  });
});

const indexedIds = async () => [...((await currentPublishedIndex(t.db))?.byId.keys() ?? [])];
const entry = async (id: string) => (await currentPublishedIndex(t.db))?.byId.get(id);

describe('the index follows every write before the next search', () => {
  it('a new publication, an unpublished one and an edited title', async () => {
    await publishedIndexReady(t.db);
    const organization = await createOrganization(t.db, center.id);
    const created = await createOpportunity(t.db, organization, { title: 'Frissen közzétett' });
    expect(await indexedIds()).toContain(created.id);
    await t.db.update(opportunities).set({ title: 'Átírt cím' }).where(eq(opportunities.id, created.id));
    expect((await entry(created.id))?.title).toBe('Átírt cím');
    await t.db.update(opportunities).set({ status: 'closed' }).where(eq(opportunities.id, created.id));
    expect(await indexedIds()).not.toContain(created.id);
  });

  it('an organization suspended, approved again and renamed: all of its opportunities', async () => {
    await publishedIndexReady(t.db);
    const organization = await createOrganization(t.db, center.id);
    const [a, b] = [await createOpportunity(t.db, organization), await createOpportunity(t.db, organization)];
    await t.db.update(organizations).set({ status: 'suspended' }).where(eq(organizations.id, organization.id));
    expect(await indexedIds()).not.toContain(a.id);
    expect(await indexedIds()).not.toContain(b.id);
    await t.db.update(organizations).set({ status: 'approved', name: 'Új Név Alapítvány' }).where(eq(organizations.id, organization.id));
    expect((await entry(a.id))?.organizationName).toBe('Új Név Alapítvány');
    expect((await entry(b.id))?.organizationName).toBe('Új Név Alapítvány');
  });

  it('shifts added, moved and cancelled; a seat taken writes no change', async () => {
    await publishedIndexReady(t.db);
    const organization = await createOrganization(t.db, center.id);
    const opportunity = await createOpportunity(t.db, organization);
    const shift = await createShift(t.db, opportunity.id, { startsAt: new Date(base + 48 * hour) });
    expect(shiftStartsOf((await entry(opportunity.id)) as IndexedOpportunity)).toEqual([(base + 48 * hour) * 1000]);
    await t.db
      .update(shifts)
      .set({ startsAt: new Date(base + 72 * hour) })
      .where(eq(shifts.id, shift.id));
    expect(shiftStartsOf((await entry(opportunity.id)) as IndexedOpportunity)).toEqual([(base + 72 * hour) * 1000]);
    const logged = async () => (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from search_changes`))[0]?.n;
    const before = await logged();
    await t.db.update(shifts).set({ seatsTaken: 1 }).where(eq(shifts.id, shift.id));
    expect(await logged()).toBe(before);
    await t.db.update(shifts).set({ cancelledAt: new Date() }).where(eq(shifts.id, shift.id));
    expect(shiftStartsOf((await entry(opportunity.id)) as IndexedOpportunity)).toEqual([]);
  });

  it('a bulk change is read by building the index again; the SQL answers meanwhile', async () => {
    await publishedIndexReady(t.db);
    const organization = await createOrganization(t.db, center.id);
    const place = await placeByName(t.db, 'Kecskemét');
    const created = await t.db
      .insert(opportunities)
      .values(
        Array.from({ length: 1001 }, (_, i) => ({
          organizationId: organization.id,
          centerId: center.id,
          title: `Tömegesen betöltött ${i}`,
          description: 'Leírás',
          kind: 'ongoing',
          placeId: place.id,
          lat: place.lat,
          lon: place.lon,
          status: 'published',
          publishedAt: new Date(),
        })),
      )
      .returning({ id: opportunities.id });
    expect(await currentPublishedIndex(t.db)).toBeUndefined();
    const rebuilt = await publishedIndexReady(t.db);
    for (const { id } of created) expect(rebuilt?.byId.has(id)).toBe(true);
  });
});

describe('a transaction that commits after a later one (PostgreSQL, several connections)', () => {
  it('is still read: its skipped change number is asked for again until it appears', async (ctx) => {
    if (t.handle.kind !== 'postgres') ctx.skip();
    await publishedIndexReady(t.db);
    const organization = await createOrganization(t.db, center.id);
    let commit: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let slowId = '';
    const slow = t.db.transaction(async (tx) => {
      slowId = (await createOpportunity(tx as never, organization, { title: 'Lassú tranzakció' })).id;
      await held;
    });
    while (!slowId) await new Promise((resolve) => setTimeout(resolve, 10));
    const fast = await createOpportunity(t.db, organization, { title: 'Gyors tranzakció' });
    expect(await indexedIds()).toContain(fast.id);
    expect(await indexedIds()).not.toContain(slowId);
    commit();
    await slow;
    expect(await indexedIds()).toContain(slowId);
  });
});
