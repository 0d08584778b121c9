import type { Queryable } from '../../db/database.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { searchForm } from './place-names.js';
import { findPlaceById, findPlacesByPrefix, findPlacesExactly, type PlaceRow } from './repo.js';

export type Place = {
  id: number;
  name: string;
  county: string;
  district: string | null;
  postalCodes: string[];
  lat: number;
  lon: number;
};

function toPlace(r: PlaceRow): Place {
  return { id: r.id, name: r.name, county: r.county, district: r.district, postalCodes: r.postal_codes, lat: r.lat, lon: r.lon };
}

/**
 * Autocomplete: accent-insensitive name prefix ("godollo" → Gödöllő), postal code ("6000" →
 * Kecskemét), Budapest districts ("Budapest XI" → Budapest XI. kerület). Exact matches first, then
 * the largest settlements (so "kecs" offers Kecskemét), shown in Hungarian alphabetical order within.
 */
export async function suggestPlaces(db: Queryable, text: string, limit = 10): Promise<Place[]> {
  const q = searchForm(text.slice(0, 100));
  if (q.length < 2) return [];
  const rows = await findPlacesByPrefix(db, q, limit);
  const exact = rows.filter((r) => r.exact);
  const rest = rows.filter((r) => !r.exact).sort((a, b) => hungarianCollator.compare(a.name, b.name));
  return [...exact, ...rest].map(toPlace);
}

export type PlaceResolution = { kind: 'found'; place: Place } | { kind: 'ambiguous'; candidates: Place[] } | { kind: 'none' };

/**
 * Turns what a person typed in a settlement field (name, "Name (County)", or postal code) into one
 * place. Works without JavaScript: the form posts text, the server resolves it.
 */
export async function resolvePlace(db: Queryable, text: string): Promise<PlaceResolution> {
  const raw = text.trim().slice(0, 120);
  if (!raw) return { kind: 'none' };
  const countyMatch = /^(.*)\(([^)]+)\)\s*$/.exec(raw);
  const namePart = countyMatch ? (countyMatch[1] as string) : raw;
  const county = countyMatch ? searchForm(countyMatch[2] as string) : undefined;
  let rows = await findPlacesExactly(db, searchForm(namePart));
  if (county) rows = rows.filter((r) => searchForm(r.county) === county);
  // "Budapest" alone means the city as a whole (the summary row), not one of the 23 districts.
  if (rows.length > 1 && rows[0] && searchForm(rows[0].name) === searchForm(namePart)) {
    const byName = rows.filter((r) => searchForm(r.name) === searchForm(namePart));
    if (byName.length === 1) rows = byName;
  }
  if (rows.length === 1 && rows[0]) return { kind: 'found', place: toPlace(rows[0]) };
  if (rows.length > 1) return { kind: 'ambiguous', candidates: rows.map(toPlace) };
  return { kind: 'none' };
}

export async function getPlace(db: Queryable, id: number): Promise<Place | undefined> {
  const row = await findPlaceById(db, id);
  return row ? toPlace(row) : undefined;
}

/** "Kecskemét (Bács-Kiskun)": what a place field shows, and what resolvePlace reads back. */
export function placeLabel(place: Pick<Place, 'name' | 'county'>): string {
  return `${place.name} (${place.county})`;
}
