import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { organizationMembers, users, wardRosterSignups, wardRosterSlots, wards } from '../../db/schema/index.js';

export type WardRow = {
  id: string;
  programId: string;
  organizationId: string;
  organizationName: string;
  name: string;
  supervisorUserId: string | null;
  supervisorName: string | null;
  supervisorAccountName: string | null;
  slotCount: number;
};

const wardSelect = sql`select w.id, w.program_id as "programId", w.organization_id as "organizationId", o.name as "organizationName",
         w.name, w.supervisor_user_id as "supervisorUserId", w.supervisor_name as "supervisorName",
         case when u.id is null then null else u.family_name || ' ' || u.given_name end as "supervisorAccountName",
         (select count(*)::int from ward_roster_slots s where s.ward_id = w.id) as "slotCount"
       from wards w join organizations o on o.id = w.organization_id left join users u on u.id = w.supervisor_user_id`;

/** The program's wards, by name (Hungarian order). */
export async function wardsOfProgram(db: Queryable, programId: string): Promise<WardRow[]> {
  return queryRows<WardRow>(db, sql`${wardSelect} where w.program_id = ${programId} order by o.sort_key collate "C", w.name, w.id`);
}

export type SupervisedWard = { id: string; name: string; organizationName: string; signedUp: number; seats: number };

/**
 * The wards the user supervises, with the sign-ups and seats of the week starting `weekStart`: the
 * slots that run that week, i.e. whose own day falls within active from … until (roster-weeks.ts, slotRunsInWeek).
 */
export async function wardsSupervisedBy(db: Queryable, userId: string, weekStart: string): Promise<SupervisedWard[]> {
  return queryRows<SupervisedWard>(
    db,
    sql`select w.id, w.name, o.name as "organizationName",
          (select count(*)::int from ward_roster_signups g join ward_roster_slots s on s.id = g.slot_id
            where s.ward_id = w.id and g.week_start = ${weekStart} and g.cancelled_at is null) as "signedUp",
          (select coalesce(sum(s.capacity), 0)::int from ward_roster_slots s
            where s.ward_id = w.id and (${weekStart}::date + s.weekday - 1) between s.active_from and coalesce(s.active_until, 'infinity'::date)) as "seats"
        from wards w join organizations o on o.id = w.organization_id
        where w.supervisor_user_id = ${userId}
        order by w.name, w.id`,
  );
}

export async function findWard(db: Queryable, id: string): Promise<WardRow | undefined> {
  const [row] = await queryRows<WardRow>(db, sql`${wardSelect} where w.id = ${id}`);
  return row;
}

/**
 * The host organizations a ward may belong to: the program's partner organizations, and those
 * whose opportunities are in the program.
 */
export async function programOrganizations(db: Queryable, programId: string): Promise<{ id: string; name: string }[]> {
  return queryRows(
    db,
    sql`select o.id, o.name from organizations o
        where o.id in (select partner_id from program_partners where program_id = ${programId} and partner_kind = 'organization'
                       union select op.organization_id from program_opportunities po join opportunities op on op.id = po.opportunity_id
                             where po.program_id = ${programId})
        order by o.sort_key collate "C", o.id`,
  );
}

export async function userIdByEmail(db: Queryable, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return row?.id;
}

export async function insertWard(tx: Queryable, values: typeof wards.$inferInsert) {
  const [row] = await tx.insert(wards).values(values).returning();
  if (!row) throw new Error('ward insert returned nothing');
  return row;
}

export async function isOrganizationMember(db: Queryable, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
    .limit(1);
  return !!row;
}

export type SlotRow = typeof wardRosterSlots.$inferSelect;

export async function slotsOfWard(db: Queryable, wardId: string): Promise<SlotRow[]> {
  return db
    .select()
    .from(wardRosterSlots)
    .where(eq(wardRosterSlots.wardId, wardId))
    .orderBy(wardRosterSlots.weekday, wardRosterSlots.startsAt, wardRosterSlots.id);
}

export async function findSlot(db: Queryable, id: string): Promise<SlotRow | undefined> {
  const [row] = await db.select().from(wardRosterSlots).where(eq(wardRosterSlots.id, id)).limit(1);
  return row;
}

export async function insertSlot(tx: Queryable, values: typeof wardRosterSlots.$inferInsert): Promise<SlotRow> {
  const [row] = await tx.insert(wardRosterSlots).values(values).returning();
  if (!row) throw new Error('slot insert returned nothing');
  return row;
}

export async function setSlotActiveUntil(tx: Queryable, id: string, activeUntil: string): Promise<SlotRow | undefined> {
  const [row] = await tx.update(wardRosterSlots).set({ activeUntil }).where(eq(wardRosterSlots.id, id)).returning();
  return row;
}

/** Cancels the slot's sign-ups of weeks after `weekStart` (the slot no longer runs then). */
export async function cancelSignupsAfter(tx: Queryable, slotId: string, weekStart: string, at: Date) {
  return tx
    .update(wardRosterSignups)
    .set({ cancelledAt: at })
    .where(and(eq(wardRosterSignups.slotId, slotId), gt(wardRosterSignups.weekStart, weekStart), isNull(wardRosterSignups.cancelledAt)))
    .returning({ id: wardRosterSignups.id });
}
