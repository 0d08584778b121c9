import type { Queryable } from '../../db/database.js';
import type { Locale } from '../../platform/i18n.js';
import { offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { type Place, requirePlace, resolvePlace, suggestPlaces } from '../places/service.js';
import { boundingBox } from './geo-distance.js';
import { type CountyShape, countyShapes } from './hungary-map.js';
import { searchPublishedIndex } from './indexed-search.js';
import { currentPublishedIndex } from './published-index-sync.js';
import {
  countDatedHits,
  countSearchHits,
  findActiveListEntries,
  findDatedHitIds,
  findHitDetails,
  findPublishedOpportunity,
  findRankedHitIds,
  findSettlementPoints,
  findUndatedHitIds,
  findUpcomingShifts,
  type ListEntryRow,
  type SearchFilter,
  type SearchHitRow,
} from './repo.js';
import type { SearchResultCache } from './result-cache.js';
import { defaultRadiusKm, type OpportunitySearch, type SearchSort } from './schema.js';
import { suggestSearchTexts } from './term-suggestions.js';
import { prefixTsQuery } from './text-query.js';

/** The in-process index of published opportunities (ADR 021): matching reads its pre-filter from it. */
export {
  cellsInBox,
  firstShiftIn,
  type IndexedOpportunity,
  type PublishedIndex,
  publishedAtAtLeast,
  shiftIdAt,
  shiftStartUs,
  unpublishedUs,
} from './published-index.js';
export { currentPublishedIndex } from './published-index-sync.js';

/**
 * The public side of brokering: anyone may search published opportunities and read them, so
 * nothing here takes an actor. What is public is decided in one place, the repository's
 * condition "published, and the organization approved".
 */

export type ListEntry = { slug: string; name: string };
export type SearchChoices = { causes: ListEntry[]; skills: ListEntry[] };

export type OpportunityHit = {
  id: string;
  title: string;
  kind: string;
  remote: boolean;
  groupFriendly: boolean;
  minAge: number | null;
  causes: ListEntry[];
  lat: number | null;
  lon: number | null;
  organization: { id: string; name: string };
  place: { name: string; county: string } | null;
  /** Rounded to 0.1 km; only when the search named a settlement. */
  distanceKm: number | null;
  /** The next shift in the searched window (from now on when no dates were given). */
  nextShiftAt: Date | null;
};

export type SearchOutcome = {
  page: Page<OpportunityHit>;
  /** The settlement the distances are measured from, when one was given. */
  place?: Place;
  radiusKm?: number;
  /** The sort applied: a distance sort without a settlement falls back to relevance. */
  sort: SearchSort;
  /** More than `countCap` matched; `page.total` is then the cap. */
  totalCapped: boolean;
  /** Markup already rendered from this result, shared while the result is cached (see search-results-markup). */
  rendered: Map<string, string>;
  /** "Erre gondoltál: …": corrected texts to search for, when the text query found nothing. */
  suggestions: string[];
};

/** Matches are counted up to this many; beyond it the page says "more than 1,000". */
export const countCap = 1000;

type CachedLists = { at: number; rows: { causes: ListEntryRow[]; skills: ListEntryRow[] } };
const listCache = new WeakMap<Queryable, CachedLists>();
/** The lists change rarely (an administrator's edit); a minute's delay spares every search two queries. */
const listCacheMs = 60_000;

async function activeLists(db: Queryable): Promise<CachedLists['rows']> {
  const cached = listCache.get(db);
  if (cached && Date.now() - cached.at < listCacheMs) return cached.rows;
  const [causes, skills] = await Promise.all([findActiveListEntries(db, 'causes'), findActiveListEntries(db, 'skills')]);
  const rows = { causes, skills };
  listCache.set(db, { at: Date.now(), rows });
  return rows;
}

const entryOf =
  (locale: Locale) =>
  (r: ListEntryRow): ListEntry => ({ slug: r.slug, name: locale === 'en' ? r.name_en : r.name_hu });

/** Causes and skills for the filter form, in the reader's language. */
export async function searchChoices(db: Queryable, locale: Locale): Promise<SearchChoices> {
  const lists = await activeLists(db);
  return { causes: lists.causes.map(entryOf(locale)), skills: lists.skills.map(entryOf(locale)) };
}

/** Names of the given slugs in list order; a slug no longer on the list is shown as it is. */
function namesOf(slugs: string[], entries: ListEntry[]): ListEntry[] {
  const known = entries.filter((e) => slugs.includes(e.slug));
  const unknown = slugs.filter((s) => !entries.some((e) => e.slug === s)).map((s) => ({ slug: s, name: s }));
  return [...known, ...unknown];
}

/**
 * The settlement field's error, if its text names no single place: shown together with the
 * schema's errors, so a visitor fixes every filter in one round.
 */
export async function placeFilterErrors(db: Queryable, placeText: string | undefined): Promise<FieldErrors> {
  const text = placeText?.trim();
  if (!text) return {};
  try {
    await requirePlace(db, 'place', text.slice(0, 120));
    return {};
  } catch (err) {
    if (err instanceof FieldValidationError) return err.errors;
    throw err;
  }
}

/** Most settlements offered to choose from when the typed one is partial or ambiguous. */
const maxPlaceChoices = 10;

/**
 * The settlements a partial or ambiguous place text may mean ("kiskun", "Szent", "Szentgyörgy"),
 * for the page to offer as links when the text names no single place; empty when it names one or
 * nothing like it exists.
 */
export async function placeChoices(db: Queryable, placeText: string | undefined): Promise<Place[]> {
  const text = placeText?.trim().slice(0, 120);
  if (!text) return [];
  const resolved = await resolvePlace(db, text);
  if (resolved.kind === 'ambiguous') return resolved.candidates.slice(0, maxPlaceChoices);
  if (resolved.kind === 'none') return suggestPlaces(db, text, maxPlaceChoices);
  return [];
}

/**
 * The database filter of a search the schema accepted, with its settlement resolved. A cause or
 * skill not on the lists, or a settlement that names no single place, is a FieldValidationError.
 */
async function filterOf(db: Queryable, search: OpportunitySearch): Promise<{ filter: SearchFilter; place?: Place; radiusKm?: number }> {
  const lists = await activeLists(db);
  const errors: FieldErrors = {};
  if (search.cause.some((c) => !lists.causes.some((e) => e.slug === c))) errors.cause = { key: 'validation.choice' };
  if (search.skill.some((s) => !lists.skills.some((e) => e.slug === s))) errors.skill = { key: 'validation.choice' };
  const resolved = search.place ? await resolvePlace(db, search.place) : undefined;
  if (resolved && resolved.kind !== 'found') errors.place = { key: resolved.kind === 'ambiguous' ? 'places.error.ambiguous' : 'places.error.notFound' };
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
  const place = resolved?.kind === 'found' ? resolved.place : undefined;
  const radiusKm = place ? (search.radius ?? defaultRadiusKm) : undefined;
  const filter: SearchFilter = {
    tsQuery: search.q ? prefixTsQuery(search.q) : undefined,
    causes: search.cause,
    skills: search.skill,
    near: place && radiusKm ? { lat: place.lat, lon: place.lon, radiusKm, box: boundingBox(place, radiusKm) } : undefined,
    fromDay: search.from,
    toDay: search.to,
    remote: search.remote,
    age: search.age,
    groupFriendly: search.group,
  };
  return { filter, place, radiusKm };
}

const asDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * The ids of one page in order. By date, the matches with a shift in the window come first (by
 * their next shift), then the undated ones (newest first); the second query runs only on the
 * page where the dated ones run out.
 */
async function hitIdsOf(db: Queryable, filter: SearchFilter, sort: SearchSort, paging: { page: number; pageSize: number }) {
  const page = { limit: paging.pageSize, offset: offsetOf(paging) };
  if (sort !== 'date') return findRankedHitIds(db, filter, sort, page);
  const dated = await findDatedHitIds(db, filter, page);
  if (dated.length === page.limit) return dated;
  const datedTotal = dated.length > 0 || page.offset === 0 ? page.offset + dated.length : await countDatedHits(db, filter);
  const undated = await findUndatedHitIds(db, filter, { limit: page.limit - dated.length, offset: Math.max(0, page.offset - datedTotal) });
  return [...dated, ...undated];
}

type FoundHits = {
  rows: SearchHitRow[];
  /** Markup rendered from these rows (by locale and URL), kept exactly as long as they are. */
  rendered: Map<string, string>;
  counted: number;
  place?: Place;
  radiusKm?: number;
  sort: SearchSort;
  suggestions: string[];
};

/** One page's rows in order and the matches counted up to the cap. */
export type PageOfHits = { rows: SearchHitRow[]; counted: number };

/** The page from the database alone: text searches, and any search while the index is being built. */
export async function searchWithSql(db: Queryable, filter: SearchFilter, sort: SearchSort, paging: { page: number; pageSize: number }): Promise<PageOfHits> {
  const [ids, counted] = await Promise.all([hitIdsOf(db, filter, sort, paging), countSearchHits(db, filter, countCap)]);
  const byId = new Map((await findHitDetails(db, filter, ids)).map((r) => [r.id, r]));
  return { rows: ids.map((id) => byId.get(id)).filter((r) => r !== undefined), counted };
}

/**
 * The locale-free part of a search: the page's rows in order and the capped count. Without a text
 * query the in-process index answers (ADR 021), unless it is still being built.
 */
async function findHits(db: Queryable, search: OpportunitySearch): Promise<FoundHits> {
  const { filter, place, radiusKm } = await filterOf(db, search);
  const sort: SearchSort = search.sort === 'distance' && !filter.near ? 'relevance' : search.sort;
  const paging = { page: search.page, pageSize: search.pageSize };
  const index = filter.tsQuery ? undefined : await currentPublishedIndex(db);
  const { rows, counted } = index
    ? searchPublishedIndex(index, filter, sort, { limit: paging.pageSize, offset: offsetOf(paging) }, countCap, Date.now())
    : await searchWithSql(db, filter, sort, paging);
  const suggestions = counted === 0 && search.q ? await suggestSearchTexts(db, filter, search.q) : [];
  return { rows, rendered: new Map(), counted, place, radiusKm, sort, suggestions };
}

const hitOf =
  (choices: SearchChoices) =>
  (r: SearchHitRow): OpportunityHit => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    remote: r.remote,
    groupFriendly: r.group_friendly,
    minAge: r.min_age,
    causes: namesOf(r.causes, choices.causes),
    lat: r.lat,
    lon: r.lon,
    organization: { id: r.organization_id, name: r.organization_name },
    place: r.place_name && r.place_county ? { name: r.place_name, county: r.place_county } : null,
    distanceKm: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 10) / 10,
    nextShiftAt: asDate(r.next_shift_at),
  });

/**
 * One page of published opportunities for the search page and the API. Throws a
 * FieldValidationError (field `place`, `cause` or `skill`) for filters that name nothing. With a
 * cache, the same search within its TTL is answered from memory (the names are still localized
 * per request).
 */
export async function searchOpportunities(db: Queryable, search: OpportunitySearch, locale: Locale, cache?: SearchResultCache): Promise<SearchOutcome> {
  const [found, choices] = await Promise.all([
    cache ? cache.get(JSON.stringify(search), () => findHits(db, search)) : findHits(db, search),
    searchChoices(db, locale),
  ]);
  const paging = { page: search.page, pageSize: search.pageSize };
  const total = Math.min(found.counted, countCap);
  return {
    page: pageOf(found.rows.map(hitOf(choices)), total, paging),
    place: found.place,
    radiusKm: found.radiusKm,
    sort: found.sort,
    totalCapped: found.counted > countCap,
    rendered: found.rendered,
    suggestions: found.suggestions,
  };
}

export type UpcomingShift = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  seatsLeft: number;
  waitlistEnabled: boolean;
};

export type PublicOpportunity = {
  id: string;
  /** The areas of 133. § (2) when the opportunity is suitable for school community service (issue 16), else null. */
  ikszAreas?: string[] | null;
  title: string;
  description: string;
  kind: string;
  causes: ListEntry[];
  skills: ListEntry[];
  remote: boolean;
  groupFriendly: boolean;
  minAge: number | null;
  requiredQualifications: string[];
  requiresConduct: boolean;
  requiresHealth: boolean;
  languages: string[];
  accessibilityNotes: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  address: string | null;
  lat: number | null;
  lon: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  organization: { id: string; name: string; website: string | null };
  place: { name: string; county: string; postalCode: string | null } | null;
  shifts: UpcomingShift[];
};

/** How many upcoming shifts the detail page lists (a regular opportunity may have a year of them). */
const shownShifts = 50;

/** A published opportunity with its upcoming shifts; 404 for anything not public. */
export async function getPublicOpportunity(db: Queryable, id: string, locale: Locale): Promise<PublicOpportunity | undefined> {
  const row = await findPublishedOpportunity(db, id);
  if (!row) return undefined;
  const [shiftRows, choices] = await Promise.all([findUpcomingShifts(db, id, shownShifts), searchChoices(db, locale)]);
  return {
    id: row.id,
    ikszAreas: row.iksz_eligible ? row.iksz_areas : null,
    title: row.title,
    description: row.description,
    kind: row.kind,
    causes: namesOf(row.causes, choices.causes),
    skills: namesOf(row.skills, choices.skills),
    remote: row.remote,
    groupFriendly: row.group_friendly,
    minAge: row.min_age,
    requiredQualifications: row.required_qualifications,
    requiresConduct: row.requires_conduct,
    requiresHealth: row.requires_health,
    languages: row.languages,
    accessibilityNotes: row.accessibility_notes,
    contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    publishedAt: asDate(row.published_at),
    updatedAt: asDate(row.updated_at) as Date,
    organization: { id: row.organization_id, name: row.organization_name, website: row.organization_website },
    place: row.place_name && row.place_county ? { name: row.place_name, county: row.place_county, postalCode: row.place_postal_codes?.[0] ?? null } : null,
    shifts: shiftRows.map((s) => ({
      id: s.id,
      startsAt: asDate(s.starts_at) as Date,
      endsAt: asDate(s.ends_at) as Date,
      capacity: s.capacity,
      // Never below zero, even if capacity was lowered under the seats already taken.
      seatsLeft: Math.max(0, s.capacity - s.seats_taken),
      waitlistEnabled: s.waitlist_enabled,
    })),
  };
}

const shapeCache = new WeakMap<Queryable, Promise<CountyShape[]>>();

/** County shapes of the offline map, computed once per database from the settlements. */
export function hungaryCountyShapes(db: Queryable): Promise<CountyShape[]> {
  let shapes = shapeCache.get(db);
  if (!shapes) {
    shapes = findSettlementPoints(db).then((points) => countyShapes(points.map((p) => ({ ...p, lat: Number(p.lat), lon: Number(p.lon) }))));
    // A failed load must not stick: the next page asks again.
    shapes.catch(() => shapeCache.delete(db));
    shapeCache.set(db, shapes);
  }
  return shapes;
}
