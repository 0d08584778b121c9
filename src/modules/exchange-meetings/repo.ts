import { eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { centers, exchangeMeetings } from '../../db/schema/index.js';
import type { MeetingFilter, MeetingSort } from './schema.js';

/** An experience-exchange meeting as its pages show it. */
export type MeetingRow = {
  id: string;
  centerId: string;
  centerName: string;
  heldOn: string;
  theme: string;
  place: string | null;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const meetingColumns = {
  id: exchangeMeetings.id,
  centerId: exchangeMeetings.centerId,
  centerName: centers.name,
  heldOn: exchangeMeetings.heldOn,
  theme: exchangeMeetings.theme,
  place: exchangeMeetings.place,
  notes: exchangeMeetings.notes,
  createdAt: exchangeMeetings.createdAt,
  updatedAt: exchangeMeetings.updatedAt,
};

export async function findMeeting(db: Queryable, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select(meetingColumns)
    .from(exchangeMeetings)
    .innerJoin(centers, eq(centers.id, exchangeMeetings.centerId))
    .where(eq(exchangeMeetings.id, id));
  return row;
}

/** The meeting locked until the transaction ends: two edits (or an edit and a deletion) take turns. */
export async function lockMeeting(db: Queryable, id: string): Promise<{ id: string; centerId: string; heldOn: string } | undefined> {
  const [row] = await db
    .select({ id: exchangeMeetings.id, centerId: exchangeMeetings.centerId, heldOn: exchangeMeetings.heldOn })
    .from(exchangeMeetings)
    .where(eq(exchangeMeetings.id, id))
    .for('update');
  return row;
}

export type MeetingValues = { heldOn: string; theme: string; place: string | null; notes: string | null };

export async function insertMeeting(db: Queryable, values: MeetingValues & { centerId: string; createdBy: string }): Promise<string> {
  const [row] = await db.insert(exchangeMeetings).values(values).returning({ id: exchangeMeetings.id });
  if (!row) throw new Error('meeting insert returned nothing');
  return row.id;
}

export async function updateMeeting(db: Queryable, id: string, values: MeetingValues): Promise<void> {
  await db
    .update(exchangeMeetings)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(exchangeMeetings.id, id));
}

/** Deletes the meeting with its invitations and follow-ups (the foreign keys cascade). */
export async function deleteMeeting(db: Queryable, id: string): Promise<void> {
  await db.delete(exchangeMeetings).where(eq(exchangeMeetings.id, id));
}

// ---------------------------------------------------------------------------------------------------
// The staff list.

/** Whose meetings: every center's, or those of the listed centers. */
export type MeetingReach = 'all' | string[];

export type MeetingListRow = {
  id: string;
  centerName: string;
  heldOn: string;
  theme: string;
  place: string | null;
  invited: number;
  attended: number;
  openFollowUps: number;
  overdueFollowUps: number;
};

export function reachCondition(reach: MeetingReach, column: SQL): SQL {
  if (reach === 'all') return sql`true`;
  return reach.length ? sql`${column} = any(${arrayParam(reach, 'uuid')})` : sql`false`;
}

/** An open follow-up whose day has passed (Budapest calendar day `today`). */
const overdue = (today: string) => sql`a.done_at is null and a.due_on < ${today}::date`;

function whereOf(reach: MeetingReach, filter: Omit<MeetingFilter, 'centerId'>, today: string): SQL {
  const conditions: SQL[] = [reachCondition(reach, sql`m.center_id`)];
  if (filter.when === 'upcoming') conditions.push(sql`m.held_on >= ${today}::date`);
  if (filter.when === 'past') conditions.push(sql`m.held_on < ${today}::date`);
  if (filter.followUps === 'overdue') conditions.push(sql`exists (select 1 from exchange_meeting_actions a where a.meeting_id = m.id and ${overdue(today)})`);
  return sql`where ${sql.join(conditions, sql` and `)}`;
}

const orderColumn: Record<MeetingSort, SQL> = {
  date: sql`m.held_on`,
  invited: sql`"invited"`,
  attended: sql`"attended"`,
  open: sql`"openFollowUps"`,
};

export function findMeetings(
  db: Queryable,
  reach: MeetingReach,
  filter: Omit<MeetingFilter, 'centerId'>,
  order: { sort: MeetingSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
  today: string,
): Promise<MeetingListRow[]> {
  const dir = sql.raw(order.dir);
  return queryRows<MeetingListRow>(
    db,
    sql`select m.id, c.name as "centerName", m.held_on::text as "heldOn", m.theme, m.place,
          (select count(*)::int from exchange_meeting_organizations i where i.meeting_id = m.id) as "invited",
          (select count(*)::int from exchange_meeting_organizations i where i.meeting_id = m.id and i.attended) as "attended",
          (select count(*)::int from exchange_meeting_actions a where a.meeting_id = m.id and a.done_at is null) as "openFollowUps",
          (select count(*)::int from exchange_meeting_actions a where a.meeting_id = m.id and ${overdue(today)}) as "overdueFollowUps"
        from exchange_meetings m join centers c on c.id = m.center_id
        ${whereOf(reach, filter, today)}
        order by ${orderColumn[order.sort]} ${dir}, m.held_on desc, m.id
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countMeetings(db: Queryable, reach: MeetingReach, filter: Omit<MeetingFilter, 'centerId'>, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from exchange_meetings m ${whereOf(reach, filter, today)}`);
  return row?.n ?? 0;
}

/** Open follow-ups past their day in the reach's meetings (the coordinator's next step). */
export async function countOverdueFollowUps(db: Queryable, reach: MeetingReach, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from exchange_meeting_actions a join exchange_meetings m on m.id = a.meeting_id
        where ${reachCondition(reach, sql`m.center_id`)} and ${overdue(today)}`,
  );
  return row?.n ?? 0;
}
