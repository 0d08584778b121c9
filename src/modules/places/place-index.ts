import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { hungarianCollator } from '../../platform/i18n.js';
import type { PlaceRow } from './repo.js';

/**
 * Every settlement in memory (3,178 rows, a few MB): prefix, exact and list searches without a
 * database round trip (issue 13). The index is built from the database and keyed by the import's
 * fingerprint (`app_meta.places_fingerprint`, written by import.ts whenever the settlements change),
 * which each database handle re-reads at most once a minute, so a new import reaches every process
 * within a minute. A database without an import has no index, and the SQL in repo.ts answers.
 */
export type IndexedPlace = PlaceRow & { sortKey: string; searchKeys: string[] };
export type PlaceIndex = {
  rows: IndexedPlace[];
  byId: Map<number, IndexedPlace>;
  /** Every name form and postal code with its settlement, in code-unit order: a prefix is one range. */
  keys: { key: string; place: IndexedPlace }[];
  /** The county names in Hungarian alphabetical order, sorted once here rather than on every page. */
  counties: string[];
};

export const placesFingerprintKey = 'places_fingerprint';
const recheckMs = 60_000;

const indexes = new Map<string, Promise<PlaceIndex>>();
const fingerprints = new WeakMap<object, { fingerprint: string | null; at: number }>();

async function buildIndex(db: Queryable): Promise<PlaceIndex> {
  const rows = await queryRows<PlaceRow & { sort_key: string; search_keys: string[] }>(
    db,
    sql`select id, ksh_code, name, official_name, county, district, postal_codes, lat, lon, settlement_type, population, is_summary,
          sort_key, search_keys
        from places`,
  );
  const indexed: IndexedPlace[] = rows.map(({ sort_key, search_keys, ...row }) => ({ ...row, sortKey: sort_key, searchKeys: search_keys }));
  const keys = indexed
    .flatMap((place) => [...place.searchKeys, ...place.postal_codes].map((key) => ({ key, place })))
    .sort((a, b) => compareSortKeys(a.key, b.key));
  return {
    rows: indexed,
    byId: new Map(indexed.map((r) => [r.id, r])),
    keys,
    counties: [...new Set(indexed.map((p) => p.county))].sort(hungarianCollator.compare),
  };
}

/** Position of the first key not below `key`. */
function firstKeyFrom(index: PlaceIndex, key: string): number {
  let low = 0;
  let high = index.keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((index.keys[mid]?.key ?? '') < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The settlements with a name form or postal code starting with the text (each once, in index order). */
export function placesWithKeyPrefix(index: PlaceIndex, prefix: string): IndexedPlace[] {
  const found = new Set<IndexedPlace>();
  for (let i = firstKeyFrom(index, prefix); i < index.keys.length; i++) {
    const entry = index.keys[i];
    if (!entry?.key.startsWith(prefix)) break;
    found.add(entry.place);
  }
  return [...found];
}

/** The settlements with exactly this name form or postal code (each once, in index order). */
export function placesWithKey(index: PlaceIndex, key: string): IndexedPlace[] {
  const found = new Set<IndexedPlace>();
  for (let i = firstKeyFrom(index, key); i < index.keys.length && index.keys[i]?.key === key; i++) found.add((index.keys[i] as { place: IndexedPlace }).place);
  return [...found];
}

async function fingerprintOf(db: Queryable): Promise<string | null> {
  const known = fingerprints.get(db);
  if (known && Date.now() - known.at < recheckMs) return known.fingerprint;
  const [row] = await queryRows<{ value: string }>(db, sql`select value from app_meta where key = ${placesFingerprintKey}`);
  const fingerprint = row?.value ?? null;
  fingerprints.set(db, { fingerprint, at: Date.now() });
  return fingerprint;
}

/** The index for this database's settlements, or undefined when they were never imported. */
export async function placeIndexOf(db: Queryable): Promise<PlaceIndex | undefined> {
  const fingerprint = await fingerprintOf(db);
  if (!fingerprint) return undefined;
  let index = indexes.get(fingerprint);
  if (!index) {
    index = buildIndex(db);
    indexes.set(fingerprint, index);
    index.catch(() => indexes.delete(fingerprint));
  }
  return index;
}

/** After an import in this process: the next search reads the fingerprint again at once. */
export function forgetPlaceFingerprint(db: Queryable): void {
  fingerprints.delete(db);
}

/** Byte order of the sort keys, as `collate "C"` compares them (ADR 005). */
export function compareSortKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
