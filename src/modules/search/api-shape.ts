import type { OpportunityHit, SearchOutcome } from './service.js';

/**
 * What GET /api/v1/opportunities returns: `{ items, total, totalCapped, page, pageSize, suggestions }`. A stable, documented
 * shape of its own, so a change in the page's view model never changes the API by accident.
 */
export type ApiOpportunity = {
  id: string;
  url: string;
  title: string;
  kind: string;
  remote: boolean;
  groupFriendly: boolean;
  minAge: number | null;
  causes: { slug: string; name: string }[];
  organization: { id: string; name: string; url: string };
  place: { name: string; county: string } | null;
  lat: number | null;
  lon: number | null;
  distanceKm: number | null;
  nextShiftAt: string | null;
};

/**
 * `total` is exact up to 1,000 matches; beyond that it is 1,000 and `totalCapped` is true.
 * `suggestions`: when a text query found nothing, up to three corrected texts for `q` (the page's
 * "Erre gondoltál: …"), each to be sent again with the same other parameters; otherwise empty.
 */
export type ApiSearchResponse = { items: ApiOpportunity[]; total: number; totalCapped: boolean; page: number; pageSize: number; suggestions: string[] };

function apiOpportunity(hit: OpportunityHit, baseUrl: string): ApiOpportunity {
  return {
    id: hit.id,
    url: `${baseUrl}/opportunities/${hit.id}`,
    title: hit.title,
    kind: hit.kind,
    remote: hit.remote,
    groupFriendly: hit.groupFriendly,
    minAge: hit.minAge,
    causes: hit.causes,
    organization: { ...hit.organization, url: `${baseUrl}/organizations/${hit.organization.id}` },
    place: hit.place,
    lat: hit.lat,
    lon: hit.lon,
    distanceKm: hit.distanceKm,
    nextShiftAt: hit.nextShiftAt ? hit.nextShiftAt.toISOString() : null,
  };
}

export function apiSearchResponse(outcome: SearchOutcome, baseUrl: string): ApiSearchResponse {
  const { page } = outcome;
  return {
    items: page.items.map((h) => apiOpportunity(h, baseUrl)),
    total: page.total,
    totalCapped: outcome.totalCapped,
    page: page.page,
    pageSize: page.pageSize,
    suggestions: outcome.suggestions,
  };
}
