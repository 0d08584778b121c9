/** Great-circle distance and the bounding box the SQL pre-filter scans (indexed lat/lon range). */
const earthRadiusKm = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
}

export type BoundingBox = { minLat: number; maxLat: number; minLon: number; maxLon: number };

/**
 * A lat/lon box that contains every point within `radiusKm` of the centre (a little larger than the
 * circle; the exact haversine check follows in code). Hungary is far from the poles and the date line.
 */
export function boundingBox(lat: number, lon: number, radiusKm: number): BoundingBox {
  const dLat = (radiusKm / earthRadiusKm) * (180 / Math.PI);
  const dLon = dLat / Math.max(0.01, Math.cos(rad(Math.min(89, Math.abs(lat) + dLat))));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}
