import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import type { AlertFrequency } from './alert-periods.js';

export type DueVolunteer = {
  id: string;
  center_id: string | null;
  given_name: string;
  email: string;
  locale: string;
  alert_frequency: AlertFrequency;
  alerts_sent_at: Date | string | null;
  birth_date: string | null;
};

/**
 * Claims up to `limit` volunteers whose digest is due, locking their rows until the caller's
 * transaction ends. SKIP LOCKED lets a second process take other rows instead of waiting; once
 * the first commits, the re-checked WHERE (alerts_sent_at now in this period) excludes them.
 * Only volunteers whose latest `contact` consent is a grant, who have an e-mail address.
 * `afterId` walks the table in primary-key order, so a run over a million volunteers reads each
 * row once instead of rescanning from the start for every batch.
 */
export async function claimDueVolunteers(
  tx: Queryable,
  bounds: { dayStart: Date; weekStart: Date },
  limit: number,
  afterId: string | null,
): Promise<DueVolunteer[]> {
  return queryRows<DueVolunteer>(
    tx,
    sql`select v.id, v.center_id, v.given_name, coalesce(v.email, u.email) as email, coalesce(u.locale, 'hu') as locale,
               v.alert_frequency, v.alerts_sent_at, v.birth_date::text as birth_date
        from volunteers v
        left join users u on u.id = v.user_id
        where (   (v.alert_frequency = 'daily' and (v.alerts_sent_at is null or v.alerts_sent_at < ${bounds.dayStart.toISOString()}::timestamptz))
               or (v.alert_frequency = 'weekly' and (v.alerts_sent_at is null or v.alerts_sent_at < ${bounds.weekStart.toISOString()}::timestamptz)))
          and coalesce(v.email, u.email) is not null
          and (${afterId}::uuid is null or v.id > ${afterId}::uuid)
          and (select c.granted from volunteer_consents c
               where c.volunteer_id = v.id and c.kind = 'contact'
               order by c.at desc, c.id desc limit 1) is true
        order by v.id
        limit ${limit}
        for update of v skip locked`,
  );
}

export type DigestOpportunity = {
  id: string;
  title: string;
  organization_name: string;
  place_name: string | null;
  remote: boolean;
  next_shift_at: Date | string | null;
};

/**
 * Published opportunities new since `since` that fit the volunteer: remote, or (unless the
 * volunteer is remote-only) in the home settlement or within the travel radius (bounding box
 * first so the geo index helps, then an equirectangular distance, accurate to well under 1 %
 * at Hungarian latitudes); causes overlap when the volunteer chose any; the minimum age is met
 * today; not applied to already. The matching engine ranks properly; this only picks news.
 */
export async function fittingNewOpportunities(
  tx: Queryable,
  volunteerId: string,
  window: { since: Date; until: Date },
  ageToday: number | null,
  limit: number,
): Promise<DigestOpportunity[]> {
  return queryRows<DigestOpportunity>(
    tx,
    sql`select o.id, o.title, org.name as organization_name, p.name as place_name, o.remote,
               (select min(s.starts_at) from shifts s
                where s.opportunity_id = o.id and s.cancelled_at is null and s.starts_at > ${window.until.toISOString()}::timestamptz) as next_shift_at
        from volunteers v
        join opportunities o on o.status = 'published'
             and o.published_at > ${window.since.toISOString()}::timestamptz
             and o.published_at <= ${window.until.toISOString()}::timestamptz
        join organizations org on org.id = o.organization_id
        left join places p on p.id = o.place_id
        where v.id = ${volunteerId}
          and (cardinality(v.causes) = 0 or o.causes && v.causes)
          and (o.min_age is null or ${ageToday}::int is null or ${ageToday}::int >= o.min_age)
          and (o.remote or (not v.remote_only and v.lat is not null and (
                 o.place_id = v.home_place_id
                 or (o.lat between v.lat - coalesce(v.travel_radius_km, 0) / 111.0 and v.lat + coalesce(v.travel_radius_km, 0) / 111.0
                     and o.lon between v.lon - coalesce(v.travel_radius_km, 0) / 70.0 and v.lon + coalesce(v.travel_radius_km, 0) / 70.0
                     and 111.2 * sqrt(power(o.lat - v.lat, 2) + power(cos(radians(v.lat)) * (o.lon - v.lon), 2)) <= coalesce(v.travel_radius_km, 0)))))
          and not exists (select 1 from applications a where a.volunteer_id = v.id and a.opportunity_id = o.id)
        order by o.published_at desc, o.id
        limit ${limit}`,
  );
}

export async function markDigestSent(tx: Queryable, volunteerId: string, at: Date): Promise<void> {
  await tx.execute(sql`update volunteers set alerts_sent_at = ${at.toISOString()}::timestamptz where id = ${volunteerId}`);
}

export type AlertSubscription = { id: string; center_id: string | null; alert_frequency: string };

export async function findSubscription(db: Queryable, volunteerId: string): Promise<AlertSubscription | undefined> {
  const [row] = await queryRows<AlertSubscription>(db, sql`select id, center_id, alert_frequency from volunteers where id = ${volunteerId}`);
  return row;
}

/** Turns alerts off; returns the previous frequency, or undefined when the volunteer is gone. */
export async function turnAlertsOff(tx: Queryable, volunteerId: string): Promise<AlertSubscription | undefined> {
  const [row] = await queryRows<AlertSubscription>(
    tx,
    sql`update volunteers v set alert_frequency = 'none', updated_at = now()
        from (select id, alert_frequency from volunteers where id = ${volunteerId} for update) old
        where v.id = old.id
        returning v.id, v.center_id, old.alert_frequency`,
  );
  return row;
}
