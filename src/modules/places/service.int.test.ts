import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { appMeta, places } from '../../db/schema/index.js';
import { FieldValidationError } from '../../platform/validation.js';
import { prepareDatabase } from '../../startup/prepare-database.js';
import { placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ensurePlacesImported } from './import.js';
import { parsePlaceSearch } from './schema.js';
import {
  countyTotals,
  getPlace,
  getPlaceDetails,
  listCounties,
  placeLabel,
  requirePlace,
  resolvePlace,
  searchPlaces,
  searchPlacesForExport,
  suggestPlaces,
} from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const collator = new Intl.Collator('hu');
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('suggestPlaces (autocomplete and API)', () => {
  it('finds Kecskemét accent-insensitively, first', async () => {
    expect(names(await suggestPlaces(t.db, 'kecskemet'))[0]).toBe('Kecskemét');
    expect(names(await suggestPlaces(t.db, 'KECSKEMÉT'))[0]).toBe('Kecskemét');
  });

  it('finds Gödöllő from "godollo"', async () => {
    expect(names(await suggestPlaces(t.db, 'godollo'))).toContain('Gödöllő');
    expect(names(await suggestPlaces(t.db, 'godollo'))[0]).toBe('Gödöllő');
  });

  it('finds Kecskemét by its postal code 6000', async () => {
    expect(names(await suggestPlaces(t.db, '6000'))[0]).toBe('Kecskemét');
  });

  it('finds "Budapest XI. kerület" first for "Budapest XI" and "budapest 11"', async () => {
    for (const q of ['Budapest XI', 'budapest 11', 'Bp. XI.', 'XI. kerület', 'budapest xi ker']) {
      expect(names(await suggestPlaces(t.db, q))[0], q).toBe('Budapest XI. kerület');
    }
    // XII, XIII, XIV and XIX also start with "XI": they follow, in Hungarian order.
    expect(names(await suggestPlaces(t.db, 'Budapest XI'))).toEqual([
      'Budapest XI. kerület',
      'Budapest XII. kerület',
      'Budapest XIII. kerület',
      'Budapest XIV. kerület',
      'Budapest XIX. kerület',
    ]);
  });

  it('offers the largest settlements for a short prefix, in Hungarian order after exact matches', async () => {
    const result = names(await suggestPlaces(t.db, 'kecs', 5));
    expect(result).toContain('Kecskemét');
    expect(result).toEqual([...result].sort(collator.compare));
    const pecs = names(await suggestPlaces(t.db, 'pecs'));
    expect(pecs[0]).toBe('Pécs');
    expect(pecs.slice(1)).toEqual(pecs.slice(1).sort(collator.compare));
  });

  it('honours the limit, needs two characters, and treats LIKE wildcards as text', async () => {
    expect(await suggestPlaces(t.db, 'ba', 3)).toHaveLength(3);
    expect(await suggestPlaces(t.db, 'k')).toEqual([]);
    expect(await suggestPlaces(t.db, '   ')).toEqual([]);
    expect(await suggestPlaces(t.db, '%%')).toEqual([]);
    expect(await suggestPlaces(t.db, '__')).toEqual([]);
    expect(await suggestPlaces(t.db, "'; drop table places; --")).toEqual([]);
  });

  it('returns the API shape', async () => {
    const [kecskemet] = await suggestPlaces(t.db, 'kecskemet', 1);
    expect(kecskemet).toEqual({
      id: expect.any(Number),
      name: 'Kecskemét',
      county: 'Bács-Kiskun',
      district: 'Kecskeméti járás',
      postalCodes: expect.arrayContaining(['6000']),
      lat: expect.any(Number),
      lon: expect.any(Number),
    });
    expect(kecskemet?.lat).toBeCloseTo(46.9, 0);
    expect(kecskemet?.lon).toBeCloseTo(19.7, 0);
  });
});

describe('resolvePlace (the server side of the place field)', () => {
  it('finds a settlement by its exact name, with or without accents', async () => {
    const gödöllő = await placeByName(t.db, 'Gödöllő');
    for (const text of ['Gödöllő', 'godollo', '  GÖDÖLLŐ ', 'Gödöllő\u0000']) {
      expect(await resolvePlace(t.db, text), text).toMatchObject({ kind: 'found', place: { id: gödöllő.id } });
    }
  });

  it('reads back "Name (County)" as the autocomplete writes it, and checks the county', async () => {
    const kecskemet = await placeByName(t.db, 'Kecskemét');
    const label = placeLabel(kecskemet);
    expect(label).toBe('Kecskemét (Bács-Kiskun)');
    expect(await resolvePlace(t.db, label)).toMatchObject({ kind: 'found', place: { id: kecskemet.id } });
    expect(await resolvePlace(t.db, 'kecskemet (bacs-kiskun)')).toMatchObject({ kind: 'found', place: { id: kecskemet.id } });
    expect(await resolvePlace(t.db, 'Kecskemét (Baranya)')).toEqual({ kind: 'none' });
  });

  it('finds a settlement by a postal code of its own', async () => {
    const kecskemet = await placeByName(t.db, 'Kecskemét');
    expect(await resolvePlace(t.db, '6000')).toMatchObject({ kind: 'found', place: { id: kecskemet.id } });
    expect(await resolvePlace(t.db, '6000 Kecskemét')).toMatchObject({ kind: 'found', place: { id: kecskemet.id } });
    expect(await resolvePlace(t.db, '6000 Baja')).toEqual({ kind: 'none' });
  });

  it('reports a postal code shared by two settlements as ambiguous (3882: Abaújalpár, Abaújkér)', async () => {
    const result = await resolvePlace(t.db, '3882');
    expect(result.kind).toBe('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(names(result.candidates)).toEqual(['Abaújalpár', 'Abaújkér']);
    // Either name, or the code with the name, settles it.
    expect(await resolvePlace(t.db, '3882 Abaújkér')).toMatchObject({ kind: 'found', place: { name: 'Abaújkér' } });
  });

  it('tells apart names that differ only in accents by the accents typed (Komoró, Kömörő), and offers both without them', async () => {
    expect(await resolvePlace(t.db, 'Komoró (Szabolcs-Szatmár-Bereg)')).toMatchObject({ kind: 'found', place: { name: 'Komoró' } });
    expect(await resolvePlace(t.db, 'Kömörő')).toMatchObject({ kind: 'found', place: { name: 'Kömörő' } });
    const unaccented = await resolvePlace(t.db, 'komoro');
    expect(unaccented.kind).toBe('ambiguous');
    if (unaccented.kind === 'ambiguous') expect(names(unaccented.candidates)).toEqual(['Komoró', 'Kömörő']);
  });

  it('gives "none" for unknown or empty text', async () => {
    for (const text of ['Nincsilyenfalva', '', '   ', '()', '\u0000', '9999', 'Kecs', '<script>alert(1)</script>', 'x'.repeat(10_000)]) {
      expect(await resolvePlace(t.db, text), text.slice(0, 20)).toEqual({ kind: 'none' });
    }
  });

  it('reads "Budapest" as the summary row for the whole city, and districts precisely', async () => {
    const budapest = await resolvePlace(t.db, 'Budapest');
    expect(budapest).toMatchObject({ kind: 'found', place: { name: 'Budapest', district: null } });
    if (budapest.kind !== 'found') return;
    expect((await getPlaceDetails(t.db, budapest.place.id))?.isSummary).toBe(true);
    expect(await resolvePlace(t.db, 'Budapest (Budapest)')).toMatchObject({ kind: 'found', place: { id: budapest.place.id } });
    for (const text of ['Budapest XI. kerület', 'Budapest XI', 'budapest 11', 'Budapest XI. kerület (Budapest)', '1117']) {
      expect(await resolvePlace(t.db, text), text).toMatchObject({ kind: 'found', place: { name: 'Budapest XI. kerület' } });
    }
  });

  it('requirePlace throws a field error with the Hungarian message key', async () => {
    await expect(requirePlace(t.db, 'seat', 'Gödöllő')).resolves.toMatchObject({ name: 'Gödöllő' });
    await expect(requirePlace(t.db, 'seat', 'Nincsilyenfalva')).rejects.toMatchObject({
      errors: { seat: { key: 'places.error.notFound' } },
    });
    const ambiguous = await requirePlace(t.db, 'place', '3882').catch((e: unknown) => e);
    expect(ambiguous).toBeInstanceOf(FieldValidationError);
    expect((ambiguous as FieldValidationError).errors).toEqual({ place: { key: 'places.error.ambiguous' } });
  });
});

describe('getPlace', () => {
  it('returns a place by id, undefined for an unknown id', async () => {
    const baja = await placeByName(t.db, 'Baja');
    expect(await getPlace(t.db, baja.id)).toMatchObject({ name: 'Baja', county: 'Bács-Kiskun' });
    expect(await getPlace(t.db, 2_000_000_000)).toBeUndefined();
    expect(await getPlaceDetails(t.db, baja.id)).toMatchObject({ settlementType: 'megyei jogú város', isSummary: false, kshCode: baja.kshCode });
  });
});

describe('countyTotals', () => {
  it('lists the 19 counties and Budapest in Hungarian order', async () => {
    const { counties } = await countyTotals(t.db);
    expect(counties).toHaveLength(20);
    expect(counties.map((c) => c.county)).toEqual(counties.map((c) => c.county).sort(collator.compare));
    expect(counties.slice(0, 3).map((c) => c.county)).toEqual(['Bács-Kiskun', 'Baranya', 'Békés']);
    expect(await listCounties(t.db)).toEqual(counties.map((c) => c.county));
  });

  it('leaves out the Budapest summary row: 23 districts, population = sum of the districts', async () => {
    const totals = await countyTotals(t.db);
    const budapest = totals.counties.find((c) => c.county === 'Budapest');
    const [districts] = await queryRows<{ n: number; population: number }>(
      t.db,
      sql`select count(*)::int as n, sum(population)::int as population from places where county = 'Budapest' and name <> 'Budapest'`,
    );
    const summary = await placeByName(t.db, 'Budapest');
    expect(budapest).toEqual({ county: 'Budapest', settlements: 23, population: districts?.population });
    // The data set's summary row is the sum of its districts: counting it too would double Budapest.
    expect(summary.population).toBe(districts?.population);
    expect(totals.budapestDistricts).toBe(23);
  });

  it('counts the country as 3,155 settlements (3,154 + Budapest) and sums population once', async () => {
    const totals = await countyTotals(t.db);
    expect(totals.settlements).toBe(3155);
    expect(totals.counties.reduce((n, c) => n + c.settlements, 0)).toBe(3177);
    const [all] = await queryRows<{ population: number }>(t.db, sql`select sum(population)::int as population from places where not is_summary`);
    expect(totals.population).toBe(all?.population);
    const pest = totals.counties.find((c) => c.county === 'Pest');
    expect(pest?.settlements).toBe(187);
  });
});

describe('searchPlaces (the search page)', () => {
  it('pages through a county in Hungarian order, the same order as the collator', async () => {
    const search = parsePlaceSearch({ county: 'Baranya', pageSize: '100' });
    const first = await searchPlaces(t.db, search);
    expect(first.total).toBe(301);
    expect(first.pages).toBe(4);
    const all = [...first.items];
    for (let page = 2; page <= first.pages; page++) all.push(...(await searchPlaces(t.db, { ...search, page })).items);
    expect(all).toHaveLength(301);
    expect(names(all)).toEqual(names(all).sort(collator.compare));
  });

  it('sorts by population descending and by county, names breaking ties', async () => {
    const byPopulation = await searchPlaces(t.db, parsePlaceSearch({ q: 'kecs', sort: 'population', dir: 'desc' }));
    expect(byPopulation.items[0]?.name).toBe('Kecskemét');
    const pops = byPopulation.items.map((p) => p.population);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));

    const byCounty = await searchPlaces(t.db, parsePlaceSearch({ q: 'kis', sort: 'county', pageSize: '200' }));
    const counties = await listCounties(t.db);
    const positions = byCounty.items.map((p) => counties.indexOf(p.county));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const desc = await searchPlaces(t.db, parsePlaceSearch({ q: 'kis', sort: 'county', dir: 'desc' }));
    expect(desc.items[0]?.county).toBe('Zala');
  });

  it('matches name prefixes, postal codes and districts, within a county when asked', async () => {
    expect(names((await searchPlaces(t.db, parsePlaceSearch({ q: 'kecskemet' }))).items)).toEqual(['Kecskemét']);
    expect(names((await searchPlaces(t.db, parsePlaceSearch({ q: '6000' }))).items)).toEqual(['Kecskemét']);
    expect(names((await searchPlaces(t.db, parsePlaceSearch({ q: 'Budapest XI' }))).items)[0]).toBe('Budapest XI. kerület');
    expect(names((await searchPlaces(t.db, parsePlaceSearch({ q: 'budapest 11' }))).items)).toEqual(['Budapest XI. kerület']);
    const inPest = await searchPlaces(t.db, parsePlaceSearch({ q: 'god', county: 'Pest' }));
    expect(inPest.items.every((p) => p.county === 'Pest')).toBe(true);
    expect(names(inPest.items)).toContain('Gödöllő');
    const nothing = await searchPlaces(t.db, parsePlaceSearch({ q: 'qqqq' }));
    expect(nothing).toMatchObject({ total: 0, items: [], pages: 1 });
  });

  it('exports every match, not only the page', async () => {
    const rows = await searchPlacesForExport(t.db, parsePlaceSearch({ county: 'Pest', page: '3' }));
    expect(rows).toHaveLength(187);
  });
});

describe('ensurePlacesImported', () => {
  it('does nothing when the data is unchanged', async () => {
    expect(await ensurePlacesImported(t.db)).toBe(0);
  });

  it('refreshes changed rows by KSH code and keeps their ids', async () => {
    const before = await placeByName(t.db, 'Baja');
    await t.db
      .update(places)
      .set({ searchKeys: ['elavult'], name: 'Baja régi' })
      .where(eq(places.id, before.id));
    await t.db.update(appMeta).set({ value: 'stale' }).where(eq(appMeta.key, 'places_fingerprint'));
    expect(await ensurePlacesImported(t.db)).toBe(3178);
    const after = await placeByName(t.db, 'Baja');
    expect(after.id).toBe(before.id);
    expect(after.searchKeys).toEqual(['baja']);
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from places`);
    expect(n).toBe(3178);
    expect(await ensurePlacesImported(t.db)).toBe(0);
  });

  it('is left for after the start when asked (deferPlacesCheck) and the table has settlements', async () => {
    const before = await placeByName(t.db, 'Baja');
    await t.db.update(places).set({ name: 'Baja régi' }).where(eq(places.id, before.id));
    await t.db.update(appMeta).set({ value: 'stale' }).where(eq(appMeta.key, 'places_fingerprint'));
    const prepared = await prepareDatabase(t.handle, { seedDemo: 'never', deferPlacesCheck: true });
    expect(prepared.placesImported).toBe(0);
    const [unchanged] = await t.db.select({ name: places.name }).from(places).where(eq(places.id, before.id));
    expect(unchanged?.name).toBe('Baja régi');
    expect(await prepared.checkPlaces?.()).toBe(3178);
    expect((await placeByName(t.db, 'Baja')).id).toBe(before.id);
    expect((await prepareDatabase(t.handle, { seedDemo: 'never' })).checkPlaces).toBeUndefined();
  });
});
