import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMeta } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { forgetPlaceFingerprint, placesFingerprintKey } from './place-index.js';
import { searchForm } from './place-names.js';
import {
  countPlaceRows,
  countyTotalRows,
  distinctCounties,
  findPlaceById,
  findPlacesByPrefix,
  findPlacesExactly,
  type PlaceFilter,
  type PlaceOrder,
  searchPlaceRows,
} from './repo.js';

/**
 * The in-memory settlement index answers exactly as the SQL it replaces: every query of repo.ts,
 * over prefixes, postal codes, counties, orders and pages, once from the index and once from the
 * database (the import's fingerprint taken away, so no index is used).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const prefixes = ['kecs', 'b', 'budapest', 'budapest xi', '1113', '11', '6000', 'szent', 'pest', 'gyor', 'ujb', 'o', 'zz', 'a%', 'a_b', 'x|y'].map(searchForm);
const filters: PlaceFilter[] = [
  {},
  { prefix: searchForm('sz') },
  { county: 'Pest' },
  { prefix: searchForm('ba'), county: 'Bács-Kiskun' },
  { county: 'Nincs ilyen' },
];

async function everyAnswer(counties: string[]) {
  const orders: PlaceOrder[] = [
    { by: 'name', dir: 'asc' },
    { by: 'name', dir: 'desc' },
    { by: 'population', dir: 'asc' },
    { by: 'population', dir: 'desc' },
    { by: 'county', dir: 'asc', countiesInOrder: counties },
    { by: 'county', dir: 'desc', countiesInOrder: counties.slice(0, 5) },
  ];
  const answers: Record<string, unknown> = {};
  for (const p of prefixes) {
    answers[`prefix ${p}`] = await findPlacesByPrefix(t.db, p, 50);
    answers[`exact ${p}`] = await findPlacesExactly(t.db, p);
  }
  for (const [i, filter] of filters.entries()) {
    answers[`count ${i}`] = await countPlaceRows(t.db, filter);
    for (const [j, order] of orders.entries()) {
      for (const offset of [0, 25, 3150]) answers[`list ${i} ${j} ${offset}`] = await searchPlaceRows(t.db, filter, order, { limit: 25, offset });
    }
  }
  answers.byId = await Promise.all([1, 2, 500, 3178, 99999].map((id) => findPlaceById(t.db, id)));
  answers.countyTotals = (await countyTotalRows(t.db))
    .map((r) => ({ ...r, population: Number(r.population) }))
    .sort((a, b) => a.county.localeCompare(b.county));
  answers.counties = (await distinctCounties(t.db)).sort();
  return answers;
}

describe('the in-memory settlement index', () => {
  it('gives the same rows in the same order as the SQL', async () => {
    const counties = (await distinctCounties(t.db)).sort((a, b) => a.localeCompare(b, 'hu'));
    const fromIndex = await everyAnswer(counties);
    const [fingerprint] = await t.db.select().from(appMeta).where(eq(appMeta.key, placesFingerprintKey));
    expect(fingerprint).toBeDefined();
    await t.db.delete(appMeta).where(eq(appMeta.key, placesFingerprintKey));
    forgetPlaceFingerprint(t.db);
    try {
      const fromSql = await everyAnswer(counties);
      expect(fromIndex).toEqual(fromSql);
      expect((fromIndex['list 0 0 0'] as unknown[]).length).toBe(25);
      expect((fromIndex['prefix kecs'] as { name: string }[])[0]?.name).toBe('Kecskemét');
    } finally {
      await t.db.insert(appMeta).values({ key: placesFingerprintKey, value: fingerprint?.value as string });
      forgetPlaceFingerprint(t.db);
    }
  }, 120_000);
});
