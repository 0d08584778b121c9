import type { Queryable } from '../../db/database.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { searchForm } from './place-names.js';
import {
  countPlaceRows,
  countyTotalRows,
  distinctCounties,
  distinctDistricts,
  findPlaceById,
  findPlacesByPrefix,
  findPlacesExactly,
  type PlaceOrder,
  type PlaceRow,
  searchPlaceRows,
} from './repo.js';
import type { PlaceSearch } from './schema.js';

/**
 * Settlements are public reference data (KSH Helységnévtár): every function here is open to
 * everyone, so none of them takes an actor or checks a permission.
 */
export type Place = {
  id: number;
  name: string;
  county: string;
  district: string | null;
  postalCodes: string[];
  lat: number;
  lon: number;
};

/** Everything the settlement page shows. */
export type PlaceDetails = Place & {
  officialName: string;
  kshCode: string;
  settlementType: string;
  population: number;
  /** The "Budapest" row that stands for the whole city and overlaps its 23 districts. */
  isSummary: boolean;
};

function toPlace(r: PlaceRow): Place {
  return { id: r.id, name: r.name, county: r.county, district: r.district, postalCodes: r.postal_codes, lat: r.lat, lon: r.lon };
}

function toPlaceDetails(r: PlaceRow): PlaceDetails {
  return {
    ...toPlace(r),
    officialName: r.official_name,
    kshCode: r.ksh_code,
    settlementType: r.settlement_type,
    population: r.population,
    isSummary: r.is_summary,
  };
}

/** Longest text we look at; settlement names are far shorter, and this bounds the work per request. */
const maxInput = 100;

/**
 * Autocomplete: accent-insensitive name prefix ("godollo" → Gödöllő), postal code ("6000" →
 * Kecskemét), Budapest districts ("Budapest XI" → Budapest XI. kerület). Exact matches first, then
 * the largest settlements (so "kecs" offers Kecskemét), shown in Hungarian alphabetical order within;
 * a postal code ranks a Budapest district above "Budapest" ("1113" → Budapest XI. kerület first).
 */
export async function suggestPlaces(db: Queryable, text: string, limit = 10): Promise<Place[]> {
  const q = searchForm(text.slice(0, maxInput));
  if (q.length < 2) return [];
  const rows = await findPlacesByPrefix(db, q, limit);
  const exact = rows.filter((r) => r.exact);
  // By a postal code ("111"), the Budapest districts come before the whole city.
  const summaryLast = /^\d+$/.test(q);
  const rest = rows
    .filter((r) => !r.exact)
    .sort((a, b) => (summaryLast ? Number(a.is_summary) - Number(b.is_summary) : 0) || hungarianCollator.compare(a.name, b.name));
  return [...exact, ...rest].map(toPlace);
}

export type PlaceResolution = { kind: 'found'; place: Place } | { kind: 'ambiguous'; candidates: Place[] } | { kind: 'none' };

/**
 * Turns what a person typed in a settlement field into one place: a name ("Gödöllő", "godollo"),
 * "Name (County)" as the autocomplete offers it, a postal code ("6000"), or both ("6000 Kecskemét").
 * Works without JavaScript: the form posts text, the server resolves it.
 */
export async function resolvePlace(db: Queryable, text: string): Promise<PlaceResolution> {
  const raw = text.trim().slice(0, maxInput + 20);
  if (!raw) return { kind: 'none' };
  const countyMatch = /^(.*)\(([^)]+)\)\s*$/.exec(raw);
  let namePart = (countyMatch ? (countyMatch[1] as string) : raw).trim();
  const county = countyMatch ? searchForm(countyMatch[2] as string) : undefined;
  // "6000 Kecskemét", as in a postal address: the name decides, the code must belong to it.
  const addressMatch = /^(\d{4})\s+(\D.*)$/.exec(namePart);
  const postalCode = addressMatch ? (addressMatch[1] as string) : undefined;
  if (addressMatch) namePart = addressMatch[2] as string;
  const wanted = searchForm(namePart);
  if (!wanted) return { kind: 'none' };

  let rows = await findPlacesExactly(db, wanted);
  if (county) rows = rows.filter((r) => searchForm(r.county) === county);
  if (postalCode) rows = rows.filter((r) => r.postal_codes.includes(postalCode));
  if (rows.length > 1) {
    // "Budapest" alone means the city as a whole (the summary row), not one of the 23 districts.
    const byName = rows.filter((r) => searchForm(r.name) === wanted || searchForm(r.official_name) === wanted);
    if (byName.length === 1) rows = byName;
  }
  if (rows.length > 1) {
    // Names that differ only in accents ("Komoró" and "Kömörő", one county): the accents as typed decide.
    const typed = namePart.trim().toLocaleLowerCase('hu');
    const asTyped = rows.filter((r) => r.name.toLocaleLowerCase('hu') === typed || r.official_name.toLocaleLowerCase('hu') === typed);
    if (asTyped.length === 1) rows = asTyped;
  }
  if (rows.length > 1) {
    // A Budapest postal code (e.g. 1011) belongs both to its district and to the summary row:
    // the district is the precise answer.
    const withoutSummary = rows.filter((r) => !r.is_summary);
    if (withoutSummary.length === 1) rows = withoutSummary;
  }
  if (rows.length === 1 && rows[0]) return { kind: 'found', place: toPlace(rows[0]) };
  if (rows.length > 1) {
    const candidates = rows.map(toPlace).sort((a, b) => hungarianCollator.compare(a.name, b.name));
    return { kind: 'ambiguous', candidates };
  }
  return { kind: 'none' };
}

/**
 * resolvePlace for a form field: the place, or a FieldValidationError with the field's Hungarian
 * message (`places.error.notFound` / `places.error.ambiguous`) that the form shows next to it.
 */
export async function requirePlace(db: Queryable, fieldName: string, text: string): Promise<Place> {
  const result = await resolvePlace(db, text);
  if (result.kind === 'found') return result.place;
  const key = result.kind === 'ambiguous' ? 'places.error.ambiguous' : 'places.error.notFound';
  throw new FieldValidationError({ [fieldName]: { key } });
}

export async function getPlace(db: Queryable, id: number): Promise<Place | undefined> {
  const row = await findPlaceById(db, id);
  return row ? toPlace(row) : undefined;
}

export async function getPlaceDetails(db: Queryable, id: number): Promise<PlaceDetails | undefined> {
  const row = await findPlaceById(db, id);
  return row ? toPlaceDetails(row) : undefined;
}

/** "Kecskemét (Bács-Kiskun)": what a place field shows, and what resolvePlace reads back. */
export function placeLabel(place: Pick<Place, 'name' | 'county'>): string {
  return `${place.name} (${place.county})`;
}

/** Districts (járások) with their counties, in Hungarian order. */
export async function listDistricts(db: Queryable): Promise<{ district: string; county: string }[]> {
  return distinctDistricts(db);
}

/** County names in Hungarian alphabetical order (Bács-Kiskun, Baranya, Békés, …). */
export async function listCounties(db: Queryable): Promise<string[]> {
  return distinctCounties(db);
}

async function orderFor(db: Queryable, search: PlaceSearch): Promise<PlaceOrder> {
  if (search.sort === 'county') return { by: 'county', dir: search.dir, countiesInOrder: await listCounties(db) };
  return { by: search.sort, dir: search.dir };
}

function filterFor(search: PlaceSearch) {
  const prefix = searchForm(search.q);
  return { prefix: prefix || undefined, county: search.county || undefined };
}

/** The settlement search page: name prefix, postal code or district, optionally within a county. */
export async function searchPlaces(db: Queryable, search: PlaceSearch): Promise<Page<PlaceDetails>> {
  const filter = filterFor(search);
  const [total, rows] = await Promise.all([
    countPlaceRows(db, filter),
    orderFor(db, search).then((order) => searchPlaceRows(db, filter, order, { limit: search.pageSize, offset: offsetOf(search) })),
  ]);
  return pageOf(rows.map(toPlaceDetails), total, search);
}

/** Most rows an export may hold: the whole country is 3,178 rows. */
const exportLimit = 10_000;

/** Every settlement matching the search, in the page's order, for CSV/XLSX export. */
export async function searchPlacesForExport(db: Queryable, search: PlaceSearch): Promise<PlaceDetails[]> {
  const rows = await searchPlaceRows(db, filterFor(search), await orderFor(db, search), { limit: exportLimit, offset: 0 });
  return rows.map(toPlaceDetails);
}

export type CountyTotal = { county: string; settlements: number; population: number };
export type CountryTotals = { counties: CountyTotal[]; settlements: number; budapestDistricts: number; population: number };

/**
 * Settlements and population per county in Hungarian order, and for the whole country. The
 * Budapest summary row is excluded (it would count Budapest twice); Budapest's line therefore
 * counts its 23 districts.
 */
export async function countyTotals(db: Queryable): Promise<CountryTotals> {
  const counties = (await countyTotalRows(db))
    .map((r) => ({ county: r.county, settlements: Number(r.settlements), population: Number(r.population) }))
    .sort((a, b) => hungarianCollator.compare(a.county, b.county));
  const budapestDistricts = counties.find((c) => c.county === 'Budapest')?.settlements ?? 0;
  const rows = counties.reduce((n, c) => n + c.settlements, 0);
  return {
    counties,
    // Budapest is one settlement made of 23 districts (KSH: 3,154 + 1 = 3,155 settlements).
    settlements: rows - budapestDistricts + (budapestDistricts > 0 ? 1 : 0),
    budapestDistricts,
    population: counties.reduce((n, c) => n + c.population, 0),
  };
}
