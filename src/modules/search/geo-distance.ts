/** Great-circle distances for "within N km of a settlement", in the same formula as the SQL. */
export const earthRadiusKm = 6371.0088;
const kmPerDegreeLatitude = (Math.PI * earthRadiusKm) / 180;

export type LatLon = { lat: number; lon: number };
export type BoundingBox = { minLat: number; maxLat: number; minLon: number; maxLon: number };

const radians = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const h = Math.sin(radians(b.lat - a.lat) / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box that contains every point within `radiusKm` of the centre. It is
 * the cheap, index-friendly pre-filter (a range scan on opportunities(lat, lon)); the exact
 * haversine distance then decides. A degree of longitude is shortest on the box's edge nearest
 * the pole, so that edge sets the width and no point inside the circle falls outside.
 */
export function boundingBox(centre: LatLon, radiusKm: number): BoundingBox {
  const dLat = radiusKm / kmPerDegreeLatitude;
  const poleward = Math.min(89.9, Math.abs(centre.lat) + dLat);
  const dLon = Math.min(180, radiusKm / (kmPerDegreeLatitude * Math.cos(radians(poleward))));
  return { minLat: centre.lat - dLat, maxLat: centre.lat + dLat, minLon: centre.lon - dLon, maxLon: centre.lon + dLon };
}
