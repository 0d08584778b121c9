import { sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { qualificationReminders } from '../../db/schema/index.js';
import { withDates } from './attendance-repo.js';

/** A qualification about to expire, with whom to tell and in which language. */
export type ExpiringQualification = {
  id: string;
  name: string;
  validUntil: string;
  volunteerId: string;
  centerId: string | null;
  givenName: string;
  email: string;
  locale: string | null;
};

/** The same qualification name however it was typed, in SQL (eligibility.ts's normalisation, as far as SQL's lower() goes). */
const sameName = (column: string) => sql.raw(`lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`);

/**
 * Claims up to `limit` qualifications that expire between `from` and `until` (inclusive days) and
 * have had no reminder, SKIP LOCKED so two processes never take the same one. Left out: an erased
 * volunteer, one without an address, and one who already holds the same qualification for longer
 * (renewed: nothing to remind of).
 */
export function claimExpiringQualifications(tx: Queryable, from: string, until: string, limit: number): Promise<ExpiringQualification[]> {
  return queryRows<ExpiringQualification>(
    tx,
    sql`select q.id, q.name, q.valid_until::text as "validUntil", v.id as "volunteerId", v.center_id as "centerId",
               v.given_name as "givenName", coalesce(v.email, u.email) as email, u.locale
          from volunteer_qualifications q
          join volunteers v on v.id = q.volunteer_id
          left join users u on u.id = v.user_id
         where q.valid_until between ${from}::date and ${until}::date
           and v.erased_at is null
           and coalesce(v.email, u.email) is not null
           and not exists (select 1 from qualification_reminders r where r.qualification_id = q.id)
           and not exists (
             select 1 from volunteer_qualifications later
              where later.volunteer_id = q.volunteer_id and later.id <> q.id
                and ${sameName('later.name')} = ${sameName('q.name')}
                and (later.valid_until is null or later.valid_until > q.valid_until))
         order by q.valid_until, q.id
         limit ${limit}
         for update of q skip locked`,
  );
}

/** Remembers that the volunteer was told (the one reminder per qualification). */
export async function markReminded(tx: Queryable, qualificationId: string, at: Date): Promise<void> {
  await tx.insert(qualificationReminders).values({ qualificationId, sentAt: at }).onConflictDoNothing();
}

/** A session a reminder offers: upcoming, not cancelled, with a free seat. */
export type OpenSession = { courseId: string; startsAt: Date; online: boolean; placeName: string | null; freeSeats: number };

/** The next `perCourse` open sessions of each of these courses, earliest first. */
export async function nextOpenSessions(db: Queryable, courseIds: readonly string[], now: Date, perCourse: number): Promise<OpenSession[]> {
  if (courseIds.length === 0) return [];
  const rows = await queryRows<OpenSession>(
    db,
    sql`select "courseId", "startsAt", online, "placeName", "freeSeats" from (
          select s.course_id as "courseId", s.starts_at as "startsAt", s.online, p.name as "placeName",
                 s.capacity - s.seats_taken as "freeSeats",
                 row_number() over (partition by s.course_id order by s.starts_at, s.id) as n
            from training_sessions s
            left join places p on p.id = s.place_id
           where s.course_id = any(${arrayParam(courseIds, 'uuid')})
             and s.starts_at > ${now.toISOString()}::timestamptz
             and s.cancelled_at is null
             and s.seats_taken < s.capacity) open
         where n <= ${perCourse}
         order by "startsAt"`,
  );
  return withDates(rows, 'startsAt');
}
