import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Queryable, queryRows } from '../../db/database.js';
import {
  applicationEvents,
  applications,
  hourEntries,
  opportunities,
  organizationMembers,
  organizations,
  placementNotes,
  places,
  shifts,
  users,
  volunteers,
} from '../../db/schema/index.js';

export type ApplicationRecord = typeof applications.$inferSelect;
export type ApplicationInsert = typeof applications.$inferInsert;

/** The opportunity with what the apply rules need from its organization. */
export async function findOpportunityForApply(db: Queryable, opportunityId: string) {
  const [row] = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      status: opportunities.status,
      centerId: opportunities.centerId,
      organizationId: opportunities.organizationId,
      organizationStatus: organizations.status,
      organizationPointId: organizations.pointId,
      minAge: opportunities.minAge,
      requiredQualifications: opportunities.requiredQualifications,
      requiresHealth: opportunities.requiresHealth,
      requiresConduct: opportunities.requiresConduct,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(eq(opportunities.id, opportunityId))
    .limit(1);
  return row;
}
export type OpportunityForApply = NonNullable<Awaited<ReturnType<typeof findOpportunityForApply>>>;

export async function findShift(db: Queryable, shiftId: string) {
  const [row] = await db.select().from(shifts).where(eq(shifts.id, shiftId)).limit(1);
  return row;
}
export type ShiftRecord = typeof shifts.$inferSelect;

/**
 * Locks the shift row until the transaction ends: every seat change goes through this lock, so
 * concurrent sign-ups from any number of processes are serialised on the one row (no overbooking).
 */
export async function lockShift(tx: Queryable, shiftId: string) {
  const [row] = await queryRows<LockedShift>(
    tx,
    sql`select id, capacity, seats_taken, waitlist_enabled, cancelled_at, starts_at from shifts where id = ${shiftId} for update`,
  );
  return row ? { ...row, starts_at: new Date(row.starts_at) } : undefined;
}
export type LockedShift = { id: string; capacity: number; seats_taken: number; waitlist_enabled: boolean; cancelled_at: Date | null; starts_at: Date };

export async function changeSeatsTaken(tx: Queryable, shiftId: string, delta: number): Promise<void> {
  await tx.execute(sql`update shifts set seats_taken = greatest(seats_taken + ${delta}, 0) where id = ${shiftId}`);
}

/** Inserts unless the volunteer already has one for the same opportunity and shift (then undefined). */
export async function insertApplicationUnlessExists(tx: Queryable, values: ApplicationInsert): Promise<ApplicationRecord | undefined> {
  const [row] = await tx.insert(applications).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findExistingApplicationId(db: Queryable, volunteerId: string, opportunityId: string, shiftId: string | null) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.volunteerId, volunteerId),
        eq(applications.opportunityId, opportunityId),
        shiftId ? eq(applications.shiftId, shiftId) : sql`${applications.shiftId} is null`,
      ),
    )
    .limit(1);
  return row?.id;
}

export async function findApplicationRecord(db: Queryable, id: string, options: { lock?: boolean } = {}) {
  if (options.lock) {
    const [row] = await queryRows<{ id: string }>(db, sql`select id from applications where id = ${id} for update`);
    if (!row) return undefined;
  }
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).limit(1);
  return row;
}

export async function updateApplication(tx: Queryable, id: string, patch: Partial<ApplicationInsert>) {
  const [row] = await tx
    .update(applications)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(applications.id, id))
    .returning();
  return row;
}

/** The first on the shift's waitlist (earliest), locked so two freed seats never promote the same one. */
/** The first on the shift's waitlist, leaving out `passedOver` (found ineligible in this round). */
export async function firstWaitlisted(tx: Queryable, shiftId: string, passedOver: readonly string[] = []) {
  const except = passedOver.length
    ? sql`and id not in (${sql.join(
        passedOver.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select id from applications where shift_id = ${shiftId} and status = 'waitlisted' ${except}
        order by waitlisted_at, created_at, id limit 1 for update`,
  );
  return row?.id;
}

export async function insertEvent(
  tx: Queryable,
  event: { applicationId: string; fromStatus: string | null; toStatus: string; note?: string | null; actorUserId: string | null },
) {
  await tx.insert(applicationEvents).values({ ...event, note: event.note ?? null });
}

const actorUser = alias(users, 'actor_user');
const volunteerUser = alias(users, 'volunteer_user');
const creatorUser = alias(users, 'creator_user');

/**
 * One application with the names, addresses and tenancy the timeline page and the e-mails need, and
 * what the placement's documents (contract, Köt. 14. § register entry) are prefilled from: the
 * opportunity, its place, the shift, the guardian's name.
 */
export async function findApplicationView(db: Queryable, id: string) {
  const [row] = await db
    .select({
      application: applications,
      volunteerFamilyName: volunteers.familyName,
      volunteerGivenName: volunteers.givenName,
      volunteerUserId: volunteers.userId,
      volunteerPointId: volunteers.pointId,
      volunteerEmail: sql<string | null>`coalesce(${volunteers.email}, ${volunteerUser.email})`,
      volunteerGuardianName: volunteers.guardianName,
      opportunityTitle: opportunities.title,
      opportunityDescription: opportunities.description,
      opportunityKind: opportunities.kind,
      opportunityRemote: opportunities.remote,
      opportunityAddress: opportunities.address,
      opportunitySettlement: places.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationPointId: organizations.pointId,
      shiftStartsAt: shifts.startsAt,
      shiftEndsAt: shifts.endsAt,
      creatorEmail: creatorUser.email,
    })
    .from(applications)
    .innerJoin(volunteers, eq(volunteers.id, applications.volunteerId))
    .leftJoin(volunteerUser, eq(volunteerUser.id, volunteers.userId))
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .leftJoin(places, eq(places.id, opportunities.placeId))
    .leftJoin(shifts, eq(shifts.id, applications.shiftId))
    .leftJoin(creatorUser, eq(creatorUser.id, applications.createdBy))
    .where(eq(applications.id, id))
    .limit(1);
  return row;
}
export type ApplicationView = NonNullable<Awaited<ReturnType<typeof findApplicationView>>>;

export async function listEvents(db: Queryable, applicationId: string) {
  return db
    .select({
      id: applicationEvents.id,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      note: applicationEvents.note,
      at: applicationEvents.at,
      actorFamilyName: actorUser.familyName,
      actorGivenName: actorUser.givenName,
    })
    .from(applicationEvents)
    .leftJoin(actorUser, eq(actorUser.id, applicationEvents.actorUserId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
}

export async function organizationMemberEmails(db: Queryable, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(eq(organizationMembers.organizationId, organizationId), sql`${users.disabledAt} is null`));
  return rows.map((r) => r.email);
}

/** The language of each address's account (lower-cased address → locale); addresses without an account are left out. */
export async function accountLocalesByEmail(db: Queryable, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const lowered = [...new Set(emails.map((e) => e.toLowerCase()))];
  const rows = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, lowered));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.locale]));
}

export async function insertNote(tx: Queryable, note: { applicationId: string; authorUserId: string; text: string }) {
  const [row] = await tx.insert(placementNotes).values(note).returning();
  return row;
}

export async function listNotes(db: Queryable, applicationId: string) {
  return db
    .select({ id: placementNotes.id, text: placementNotes.text, at: placementNotes.at, familyName: actorUser.familyName, givenName: actorUser.givenName })
    .from(placementNotes)
    .leftJoin(actorUser, eq(actorUser.id, placementNotes.authorUserId))
    .where(eq(placementNotes.applicationId, applicationId))
    .orderBy(asc(placementNotes.at), asc(placementNotes.id));
}

/** The volunteer's hour entries (all placements) that still count: not rejected, between two days inclusive. */
export async function countedHourEntriesBetween(db: Queryable, volunteerId: string, from: string, to: string) {
  return db
    .select({ day: hourEntries.activityDay, minutes: hourEntries.minutes, startsAt: hourEntries.startsAt, endsAt: hourEntries.endsAt })
    .from(hourEntries)
    .where(
      and(
        eq(hourEntries.volunteerId, volunteerId),
        sql`${hourEntries.activityDay} between ${from}::date and ${to}::date`,
        sql`${hourEntries.status} <> 'rejected'`,
      ),
    );
}

/**
 * What a minor already has around a day, for the Köt. 5. § checks at shift sign-up: the shifts they
 * hold a seat on (not cancelled, other than `exceptShiftId`, and not yet covered by an hour entry of
 * theirs — once logged, the entry counts instead) and their hour entries that still count, from
 * `from` to `to` (Budapest days). The caller locks the volunteer row first, as hour logging does.
 */
export async function minorScheduleAround(tx: Queryable, volunteerId: string, window: { from: string; to: string }, exceptShiftId: string) {
  const shiftsHeld = await tx
    .select({ startsAt: shifts.startsAt, endsAt: shifts.endsAt })
    .from(applications)
    .innerJoin(shifts, eq(shifts.id, applications.shiftId))
    .where(
      and(
        eq(applications.volunteerId, volunteerId),
        eq(applications.holdsSeat, true),
        sql`${shifts.cancelledAt} is null and ${shifts.id} <> ${exceptShiftId}`,
        sql`${shifts.startsAt} >= ${window.from}::date - 1 and ${shifts.startsAt} < ${window.to}::date + 2`,
        sql`not exists (select 1 from hour_entries h where h.shift_id = ${shifts.id} and h.volunteer_id = ${applications.volunteerId} and h.status <> 'rejected')`,
      ),
    );
  return { shiftsHeld, entries: await countedHourEntriesBetween(tx, volunteerId, window.from, window.to) };
}

/** What dates a placement (placement-span.ts): its status, creation, timeline and the days worked on it. */
export async function findPlacementSpanFacts(db: Queryable, applicationId: string) {
  const [application] = await db
    .select({ status: applications.status, createdAt: applications.createdAt })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .limit(1);
  if (!application) return undefined;
  const events = await db
    .select({ toStatus: applicationEvents.toStatus, at: applicationEvents.at })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
  const worked = await db
    .selectDistinct({ day: hourEntries.activityDay })
    .from(hourEntries)
    .where(and(eq(hourEntries.applicationId, applicationId), ne(hourEntries.status, 'rejected')));
  return { ...application, events, workedDays: worked.map((w) => w.day) };
}

/**
 * A volunteer's applications that are still open and not yet under way: not final, and either without
 * a shift or with a shift that starts after `now` (a shift already begun keeps its record for the hours).
 */
export async function futureOpenApplicationIds(db: Queryable, volunteerId: string, finalStatuses: readonly string[], now: Date) {
  const rows = await queryRows<{ id: string; shift_id: string | null }>(
    db,
    sql`select a.id, a.shift_id from applications a left join shifts s on s.id = a.shift_id
        where a.volunteer_id = ${volunteerId}
          and a.status not in (${sql.join(
            finalStatuses.map((s) => sql`${s}`),
            sql`, `,
          )})
          and (a.shift_id is null or s.starts_at > ${now.toISOString()})
        order by a.id`,
  );
  return rows.map((r) => ({ id: r.id, shiftId: r.shift_id }));
}

/**
 * The eligibility codes a coordinator overrode on this application (the referral's audit entry
 * `override:eligibility`, whose `after.reasons` lists them): they keep counting at acceptance.
 */
export async function findOverriddenEligibility(db: Queryable, applicationId: string): Promise<string[]> {
  const rows = await queryRows<{ code: string | null }>(
    db,
    sql`select r.value ->> 'code' as code from audit_log l, jsonb_array_elements(coalesce(l.after -> 'reasons', '[]'::jsonb)) r
        where l.entity_type = 'application' and l.entity_id = ${applicationId} and l.action = 'override:eligibility'`,
  );
  return rows.flatMap((r) => (r.code ? [r.code] : []));
}
