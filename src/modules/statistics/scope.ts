import { type SQL, sql } from 'drizzle-orm';

/**
 * Which approved hours a figure counts (ADR 024). Every field narrows:
 * - `centerIds`: the tenants the reader may see ('all' only for national staff, decided by the caller's service);
 * - `pointId`: hours at organizations of that Volunteer Point;
 * - `place`: where the work happened (the opportunity's settlement, else its organization's): one
 *   settlement, a district (járás) or a county;
 * - `cause`: a cause slug of the opportunity;
 * - `from`..`to`: Budapest calendar days, both included; counted by whole months (the summary's grain),
 *   so `from` is read as its month's first day and `to` as its month's last.
 */
export type PlaceScope = { kind: 'settlement'; placeId: number } | { kind: 'district'; district: string; county: string } | { kind: 'county'; county: string };

export type FigureScope = {
  centerIds: readonly string[] | 'all';
  pointId?: string | null;
  place?: PlaceScope | null;
  cause?: string | null;
  from: string;
  to: string;
};

export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The scope as a condition on approved_hour_months aliased `m`. */
export function scopeCondition(scope: FigureScope): SQL {
  const parts: SQL[] = [sql`m.month >= ${monthOf(scope.from)}::date`, sql`m.month <= ${monthOf(scope.to)}::date`];
  if (scope.centerIds !== 'all') {
    if (scope.centerIds.length === 0) return sql`false`;
    parts.push(
      sql`m.center_id in (${sql.join(
        scope.centerIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  if (scope.pointId) parts.push(sql`m.point_id = ${scope.pointId}::uuid`);
  if (scope.cause) parts.push(sql`m.causes @> array[${scope.cause}]::text[]`);
  const place = scope.place;
  if (place?.kind === 'settlement') parts.push(sql`m.place_id = ${place.placeId}`);
  if (place?.kind === 'district')
    parts.push(sql`m.place_id = any(array(select id from places where county = ${place.county} and district = ${place.district} and not is_summary))`);
  // `= any(array(…))`: the planner then reads the (place_id, month) index for each settlement instead of scanning the table.
  if (place?.kind === 'county') parts.push(sql`m.place_id = any(array(select id from places where county = ${place.county} and not is_summary))`);
  return sql.join(parts, sql` and `);
}

/** The year's first and last day. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
