import { and, eq, inArray, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { exchangeMeetingOrganizations } from '../../db/schema/index.js';

/** The organizations invited to meetings, and what the invitation page offers. */

export type ParticipantRow = { organizationId: string; name: string; placeName: string; attended: boolean };

/** The meeting's invited organizations in Hungarian order of their names, with whether they attended. */
export function findParticipants(db: Queryable, meetingId: string): Promise<ParticipantRow[]> {
  return queryRows<ParticipantRow>(
    db,
    sql`select o.id as "organizationId", o.name, p.name as "placeName", i.attended
        from exchange_meeting_organizations i
        join organizations o on o.id = i.organization_id
        join places p on p.id = o.place_id
        where i.meeting_id = ${meetingId}
        order by o.sort_key collate "C", o.id`,
  );
}

export type InvitableRow = { organizationId: string; name: string; placeName: string; invited: boolean };

/**
 * The center's organizations (not rejected) whose name contains `q` (accent- and case-blind), in
 * Hungarian order, with whether they are invited; `limit` + 1 rows tell the page there are more.
 */
export function findInvitable(db: Queryable, centerId: string, meetingId: string, q: string, limit: number): Promise<InvitableRow[]> {
  const byName = q ? sql`and strpos(lower(unaccent(o.name)), lower(unaccent(${q}))) > 0` : sql``;
  return queryRows<InvitableRow>(
    db,
    sql`select o.id as "organizationId", o.name, p.name as "placeName",
          exists (select 1 from exchange_meeting_organizations i where i.meeting_id = ${meetingId} and i.organization_id = o.id) as invited
        from organizations o join places p on p.id = o.place_id
        where o.center_id = ${centerId} and o.status <> 'rejected' ${byName}
        order by o.sort_key collate "C", o.id
        limit ${limit + 1}`,
  );
}

/** Of the ids, those of the center's organizations that may be invited (not rejected). */
export async function findInvitableIds(db: Queryable, centerId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select o.id from organizations o where o.center_id = ${centerId} and o.status <> 'rejected' and o.id = any(${arrayParam(ids, 'uuid')})`,
  );
  return rows.map((r) => r.id);
}

export async function addInvitations(db: Queryable, meetingId: string, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .insert(exchangeMeetingOrganizations)
    .values(organizationIds.map((organizationId) => ({ meetingId, organizationId })))
    .onConflictDoNothing()
    .returning({ id: exchangeMeetingOrganizations.organizationId });
  return rows.map((r) => r.id);
}

export async function removeInvitations(db: Queryable, meetingId: string, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .delete(exchangeMeetingOrganizations)
    .where(and(eq(exchangeMeetingOrganizations.meetingId, meetingId), inArray(exchangeMeetingOrganizations.organizationId, organizationIds)))
    .returning({ id: exchangeMeetingOrganizations.organizationId });
  return rows.map((r) => r.id);
}

/** Every invited organization attended exactly when it is among the ids. */
export async function setAttendance(db: Queryable, meetingId: string, attendedIds: string[]): Promise<void> {
  await db
    .update(exchangeMeetingOrganizations)
    .set({ attended: attendedIds.length ? sql`${exchangeMeetingOrganizations.organizationId} = any(${arrayParam(attendedIds, 'uuid')})` : false })
    .where(eq(exchangeMeetingOrganizations.meetingId, meetingId));
}

export async function isInvited(db: Queryable, meetingId: string, organizationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: exchangeMeetingOrganizations.organizationId })
    .from(exchangeMeetingOrganizations)
    .where(and(eq(exchangeMeetingOrganizations.meetingId, meetingId), eq(exchangeMeetingOrganizations.organizationId, organizationId)));
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------------
// An organization's own view: the meetings it was invited to.

export type InvitedMeetingRow = { id: string; centerName: string; heldOn: string; theme: string; place: string | null; attended: boolean };

export function findMeetingsOfOrganization(
  db: Queryable,
  organizationId: string,
  dir: 'asc' | 'desc',
  page: { limit: number; offset: number },
): Promise<InvitedMeetingRow[]> {
  return queryRows<InvitedMeetingRow>(
    db,
    sql`select m.id, c.name as "centerName", m.held_on::text as "heldOn", m.theme, m.place, i.attended
        from exchange_meeting_organizations i
        join exchange_meetings m on m.id = i.meeting_id
        join centers c on c.id = m.center_id
        where i.organization_id = ${organizationId}
        order by m.held_on ${sql.raw(dir)}, m.id
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countMeetingsOfOrganization(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from exchange_meeting_organizations i where i.organization_id = ${organizationId}`,
  );
  return row?.n ?? 0;
}
