import { and, asc, eq, gt, inArray, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { organizations, places, trainingCourses, trainingRegistrations, trainingSessions, users } from '../../db/schema/index.js';
import { maxExportRows } from '../../platform/export.js';
import { type RegistrationRecord, waitlistPosition } from './registration-repo.js';
import type { RegistrationSort } from './schema.js';

/** Who a registration is for, in words: a volunteer, an organization's staff member, or a walk-in. */
export type ParticipantKind = 'volunteer' | 'staff' | 'walkIn';

export type ParticipantRow = Pick<
  RegistrationRecord,
  'id' | 'volunteerId' | 'userId' | 'participantName' | 'participantEmail' | 'status' | 'offerExpiresAt' | 'createdAt' | 'checkedInAt' | 'completedAt'
> & { organizationName: string | null; waitlistPosition: number | null };

const participantColumns = {
  id: trainingRegistrations.id,
  volunteerId: trainingRegistrations.volunteerId,
  userId: trainingRegistrations.userId,
  participantName: trainingRegistrations.participantName,
  participantEmail: trainingRegistrations.participantEmail,
  status: trainingRegistrations.status,
  offerExpiresAt: trainingRegistrations.offerExpiresAt,
  createdAt: trainingRegistrations.createdAt,
  checkedInAt: trainingRegistrations.checkedInAt,
  completedAt: trainingRegistrations.completedAt,
  organizationName: organizations.name,
  waitlistPosition,
};

/** Seat holders first, then the waitlist in its order, then the released (cancelled, declined). */
const statusGroup = sql`case when ${trainingRegistrations.status} = 'waitlisted' then 1 when ${trainingRegistrations.status} in ('cancelled', 'declined') then 2 else 0 end`;

/**
 * The session's registrations (those `only` names, when given) in the roster's order: seat holders,
 * the waitlist in its order, the released. A session has at most a thousand seats and its waitlist,
 * so the service sorts other ways (names in Hungarian order) and pages in memory.
 */
export async function findParticipants(db: Queryable, sessionId: string, only?: SQL): Promise<ParticipantRow[]> {
  const rows = await db
    .select(participantColumns)
    .from(trainingRegistrations)
    .leftJoin(organizations, eq(organizations.id, trainingRegistrations.organizationId))
    .where(and(eq(trainingRegistrations.sessionId, sessionId), only))
    .orderBy(statusGroup, trainingRegistrations.waitlistedAt, trainingRegistrations.createdAt, trainingRegistrations.id)
    .limit(maxExportRows);
  return rows as ParticipantRow[];
}

/** The registrations an organization member or a point's coordinator made or answers for: theirs to follow. */
export function registeredByOrFor(userId: string, organizationIds: string[]): SQL {
  const byOrganization = organizationIds.length ? inArray(trainingRegistrations.organizationId, organizationIds) : undefined;
  return or(eq(trainingRegistrations.registeredBy, userId), byOrganization) as SQL;
}

export type MyRegistrationRow = ParticipantRow & {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  online: boolean;
  placeName: string | null;
  address: string | null;
  courseTitle: string;
  courseSlug: string;
};

function myOrder(sort: RegistrationSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  if (sort === 'course') return [sql`${trainingCourses.sortKey} collate "C" ${d}`, sql`${trainingSessions.startsAt}`, sql`${trainingRegistrations.id}`];
  return [sql`${trainingSessions.startsAt} ${d}`, sql`${trainingRegistrations.id}`];
}

/** The person's registrations: as a volunteer (`volunteerId`) and as a staff member (their own account). */
function mineWhere(person: { volunteerId: string | null; userId: string }): SQL {
  const asVolunteer = person.volunteerId ? eq(trainingRegistrations.volunteerId, person.volunteerId) : undefined;
  return or(asVolunteer, eq(trainingRegistrations.userId, person.userId)) as SQL;
}

export async function findMyRegistrations(
  db: Queryable,
  person: { volunteerId: string | null; userId: string },
  order: { sort: RegistrationSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<MyRegistrationRow[]> {
  const rows = await db
    .select({
      ...participantColumns,
      sessionId: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      cancelledAt: trainingSessions.cancelledAt,
      online: trainingSessions.online,
      placeName: places.name,
      address: trainingSessions.address,
      courseTitle: trainingCourses.title,
      courseSlug: trainingCourses.slug,
    })
    .from(trainingRegistrations)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .leftJoin(places, eq(places.id, trainingSessions.placeId))
    .leftJoin(organizations, eq(organizations.id, trainingRegistrations.organizationId))
    .where(mineWhere(person))
    .orderBy(...myOrder(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
  return rows as MyRegistrationRow[];
}

/** The person's registrations that still count for these sessions, with their waitlist places (the course page). */
export async function findMineForSessions(
  db: Queryable,
  sessionIds: string[],
  person: { volunteerId: string | null; userId: string },
): Promise<(ParticipantRow & { sessionId: string })[]> {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .select({ ...participantColumns, sessionId: trainingRegistrations.sessionId })
    .from(trainingRegistrations)
    .leftJoin(organizations, eq(organizations.id, trainingRegistrations.organizationId))
    .where(and(inArray(trainingRegistrations.sessionId, sessionIds), mineWhere(person), notInArray(trainingRegistrations.status, ['cancelled', 'declined'])));
  return rows as (ParticipantRow & { sessionId: string })[];
}

export async function countMyRegistrations(db: Queryable, person: { volunteerId: string | null; userId: string }): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(trainingRegistrations).where(mineWhere(person));
  return row?.n ?? 0;
}

/** An organization's people: the volunteers placed with it (accepted, active or completed) and its members. */
export type OrganizationPerson = { key: string; name: string; kind: 'volunteer' | 'member' };

export async function findPeopleOfOrganization(db: Queryable, organizationId: string): Promise<OrganizationPerson[]> {
  const rows = await queryRows<{ key: string; name: string; kind: 'volunteer' | 'member'; sort_key: string }>(
    db,
    sql`select * from (
          select 'v:' || v.id as key, v.family_name || ' ' || v.given_name as name, 'volunteer' as kind, v.sort_key
            from applications a join opportunities o on o.id = a.opportunity_id join volunteers v on v.id = a.volunteer_id
            where o.organization_id = ${organizationId} and a.status in ('accepted', 'active', 'completed') and v.erased_at is null
          union
          select 'u:' || u.id, u.family_name || ' ' || u.given_name, 'member', u.sort_key
            from organization_members m join users u on u.id = m.user_id
            where m.organization_id = ${organizationId}
        ) people
        order by sort_key collate "C", key
        limit 500`,
  );
  return rows.map(({ sort_key: _s, ...person }) => person);
}

/** Whether the volunteer has a placement with the organization (accepted, active or completed). */
export async function isPlacedWith(db: Queryable, volunteerId: string, organizationId: string): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select 1 from applications a join opportunities o on o.id = a.opportunity_id
        where a.volunteer_id = ${volunteerId} and o.organization_id = ${organizationId} and a.status in ('accepted', 'active', 'completed') limit 1`,
  );
  return rows.length > 0;
}

/** A user's name (family first) and address, for a registration made for them. */
export async function findUserContact(db: Queryable, userId: string): Promise<{ name: string; email: string } | undefined> {
  const [row] = await db.select({ familyName: users.familyName, givenName: users.givenName, email: users.email }).from(users).where(eq(users.id, userId));
  return row && { name: `${row.familyName} ${row.givenName}`, email: row.email };
}

/** The account with this address (a session's trainer), if any. */
export async function findUserByEmail(db: Queryable, email: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: users.id, familyName: users.familyName, givenName: users.givenName })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row && { id: row.id, name: `${row.familyName} ${row.givenName}` };
}

/** The organizations of these ids with their names (the enrolment page's groups). */
export async function findOrganizationNames(db: Queryable, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(sql`${organizations.sortKey} collate "C"`);
}

/** A registration of the person for a session still ahead: the dashboard's "my trainings". */
export type UpcomingTrainingRow = {
  id: string;
  status: string;
  offerExpiresAt: Date | null;
  waitlistPosition: number | null;
  startsAt: Date;
  courseTitle: string;
};

/** The person's registrations, waitlist places and offers for sessions that have not started, soonest first. */
export async function findUpcomingOfPerson(
  db: Queryable,
  person: { volunteerId: string | null; userId: string },
  now: Date,
  limit: number,
): Promise<UpcomingTrainingRow[]> {
  return db
    .select({
      id: trainingRegistrations.id,
      status: trainingRegistrations.status,
      offerExpiresAt: trainingRegistrations.offerExpiresAt,
      waitlistPosition,
      startsAt: trainingSessions.startsAt,
      courseTitle: trainingCourses.title,
    })
    .from(trainingRegistrations)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(
      and(
        mineWhere(person),
        inArray(trainingRegistrations.status, ['registered', 'offered', 'waitlisted']),
        gt(trainingSessions.startsAt, now),
        isNull(trainingSessions.cancelledAt),
      ),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingRegistrations.id))
    .limit(limit) as Promise<UpcomingTrainingRow[]>;
}
