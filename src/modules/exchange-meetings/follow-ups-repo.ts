import { and, eq, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { exchangeMeetingActions, organizations } from '../../db/schema/index.js';

/** The follow-ups agreed at meetings (exchange_meeting_actions): what, who (an organization or the center), by when, done when. */

export type FollowUpRow = {
  id: string;
  meetingId: string;
  description: string;
  organizationId: string | null;
  organizationName: string | null;
  dueOn: string | null;
  doneAt: Date | null;
};

const followUpColumns = sql`a.id, a.meeting_id as "meetingId", a.description, a.organization_id as "organizationId", o.name as "organizationName",
  a.due_on::text as "dueOn", a.done_at as "doneAt"`;

/** Raw queries get timestamps as text or as Date, depending on the driver: always a Date here. */
function withDoneAt(rows: FollowUpRow[]): FollowUpRow[] {
  return rows.map((r) => ({ ...r, doneAt: r.doneAt == null ? null : new Date(r.doneAt) }));
}

/** The meeting's follow-ups by due day (open ones first within a day), then as agreed. */
export async function findFollowUps(db: Queryable, meetingId: string): Promise<FollowUpRow[]> {
  const rows = await queryRows<FollowUpRow>(
    db,
    sql`select ${followUpColumns}
        from exchange_meeting_actions a left join organizations o on o.id = a.organization_id
        where a.meeting_id = ${meetingId}
        order by a.due_on nulls last, a.done_at is not null, a.created_at, a.id`,
  );
  return withDoneAt(rows);
}

export async function findFollowUp(db: Queryable, id: string): Promise<FollowUpRow | undefined> {
  const rows = await queryRows<FollowUpRow>(
    db,
    sql`select ${followUpColumns} from exchange_meeting_actions a left join organizations o on o.id = a.organization_id where a.id = ${id}`,
  );
  return withDoneAt(rows)[0];
}

/** The follow-ups of the meetings assigned to the organization, for its own view. */
export async function findFollowUpsOfOrganization(db: Queryable, organizationId: string, meetingIds: string[]): Promise<FollowUpRow[]> {
  if (meetingIds.length === 0) return [];
  const rows = await queryRows<FollowUpRow>(
    db,
    sql`select ${followUpColumns}
        from exchange_meeting_actions a left join organizations o on o.id = a.organization_id
        where a.organization_id = ${organizationId} and a.meeting_id = any(${arrayParam(meetingIds, 'uuid')})
        order by a.due_on nulls last, a.created_at, a.id`,
  );
  return withDoneAt(rows);
}

export async function insertFollowUp(
  db: Queryable,
  values: { meetingId: string; description: string; organizationId: string | null; dueOn: string },
): Promise<string> {
  const [row] = await db.insert(exchangeMeetingActions).values(values).returning({ id: exchangeMeetingActions.id });
  if (!row) throw new Error('follow-up insert returned nothing');
  return row.id;
}

export async function setFollowUpDone(db: Queryable, id: string, doneAt: Date | null): Promise<void> {
  await db.update(exchangeMeetingActions).set({ doneAt }).where(eq(exchangeMeetingActions.id, id));
}

export async function deleteFollowUp(db: Queryable, meetingId: string, id: string): Promise<void> {
  await db.delete(exchangeMeetingActions).where(and(eq(exchangeMeetingActions.meetingId, meetingId), eq(exchangeMeetingActions.id, id)));
}

/** The organization's name (for its own meetings page). */
export async function findOrganizationName(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id));
  return row?.name;
}
