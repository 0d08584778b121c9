import { and, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { organizations, trainingRegistrations, users, volunteers } from '../../db/schema/index.js';
import { type RegistrationStatus, releasedStatuses } from './registration-rules.js';

export type RegistrationRecord = Omit<typeof trainingRegistrations.$inferSelect, 'status'> & { status: RegistrationStatus };
export type RegistrationInsert = typeof trainingRegistrations.$inferInsert & { status: RegistrationStatus };

/** Stored as text; the schema's check keeps it to these values. */
const asRecord = <R extends { status: string }>(row: R) => row as R & { status: RegistrationStatus };

export async function insertRegistration(db: Queryable, values: RegistrationInsert): Promise<RegistrationRecord> {
  const [row] = await db.insert(trainingRegistrations).values(values).returning();
  if (!row) throw new Error('registration insert returned nothing');
  return asRecord(row);
}

export async function findRegistrationRecord(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<RegistrationRecord | undefined> {
  const query = db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row && asRecord(row);
}

export async function updateRegistrationRow(
  tx: Queryable,
  id: string,
  patch: Partial<Pick<RegistrationInsert, 'status' | 'holdsSeat' | 'waitlistedAt' | 'offerExpiresAt'>>,
): Promise<RegistrationRecord> {
  const [row] = await tx
    .update(trainingRegistrations)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(trainingRegistrations.id, id))
    .returning();
  if (!row) throw new Error('registration update returned nothing');
  return asRecord(row);
}

/** Who a registration is for: a volunteer, a staff member's account, or a walk-in's e-mail address. */
export type Participant = { volunteerId: string } | { userId: string } | { email: string };

function participantIs(who: Participant): SQL {
  if ('volunteerId' in who) return eq(trainingRegistrations.volunteerId, who.volunteerId);
  if ('userId' in who) return eq(trainingRegistrations.userId, who.userId);
  return sql`${trainingRegistrations.volunteerId} is null and ${trainingRegistrations.userId} is null and lower(${trainingRegistrations.participantEmail}) = ${who.email.toLowerCase()}`;
}

/** The person's registration for the session that still counts (not cancelled or declined), if any. */
export async function findActiveRegistration(db: Queryable, sessionId: string, who: Participant): Promise<RegistrationRecord | undefined> {
  const [row] = await db
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.sessionId, sessionId), participantIs(who), notInArray(trainingRegistrations.status, [...releasedStatuses])))
    .limit(1);
  return row && asRecord(row);
}

/** The waitlist's first (earliest waitlisted, then registered, then id), locked; `passedOver` are skipped. */
export async function firstWaitlisted(tx: Queryable, sessionId: string, passedOver: readonly string[]): Promise<RegistrationRecord | undefined> {
  const [row] = await tx
    .select()
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.sessionId, sessionId),
        eq(trainingRegistrations.status, 'waitlisted'),
        passedOver.length ? notInArray(trainingRegistrations.id, [...passedOver]) : undefined,
      ),
    )
    .orderBy(trainingRegistrations.waitlistedAt, trainingRegistrations.createdAt, trainingRegistrations.id)
    .limit(1)
    .for('update');
  return row && asRecord(row);
}

/** The 1-based place on the waitlist (earlier waitlisted_at, then created_at, then id go first). */
export const waitlistPosition = sql<number | null>`case when ${trainingRegistrations.status} = 'waitlisted' then (
  select count(*) + 1 from training_registrations w
  where w.session_id = ${trainingRegistrations.sessionId} and w.status = 'waitlisted'
    and (w.waitlisted_at, w.created_at, w.id) < (${trainingRegistrations.waitlistedAt}, ${trainingRegistrations.createdAt}, ${trainingRegistrations.id}))::int end`;

/** The registrations still open on a session (a cancellation ends them), locked. */
export async function lockOpenRegistrations(tx: Queryable, sessionId: string): Promise<RegistrationRecord[]> {
  const rows = await tx
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.sessionId, sessionId), inArray(trainingRegistrations.status, ['registered', 'waitlisted', 'offered'])))
    .orderBy(trainingRegistrations.id)
    .for('update');
  return rows.map(asRecord);
}

/** The account of the person a registration is for: the volunteer's login, or the staff member's own. */
export const participantUserId = sql<string | null>`coalesce(${trainingRegistrations.userId}, ${volunteers.userId})`;

export type RegistrationFactsRow = RegistrationRecord & {
  participantUserId: string | null;
  volunteerCenterId: string | null;
  volunteerPointId: string | null;
  volunteerBirthDate: string | null;
  organizationName: string | null;
};

/** A registration with who it is for (their account, their tenant) and the organization it was made for. */
export async function findRegistrationFacts(db: Queryable, id: string): Promise<RegistrationFactsRow | undefined> {
  const [row] = await db
    .select({
      registration: trainingRegistrations,
      participantUserId,
      volunteerCenterId: volunteers.centerId,
      volunteerPointId: volunteers.pointId,
      volunteerBirthDate: volunteers.birthDate,
      organizationName: organizations.name,
    })
    .from(trainingRegistrations)
    .leftJoin(volunteers, eq(volunteers.id, trainingRegistrations.volunteerId))
    .leftJoin(organizations, eq(organizations.id, trainingRegistrations.organizationId))
    .where(eq(trainingRegistrations.id, id));
  if (!row) return undefined;
  const { registration, ...facts } = row;
  return { ...asRecord(registration), ...facts };
}

/** The sessions with an offer whose hold ended (the background job's batch). */
export async function sessionsWithLapsedOffers(db: Queryable, now: Date): Promise<string[]> {
  const rows = await queryRows<{ session_id: string }>(
    db,
    sql`select distinct session_id from training_registrations where status = 'offered' and offer_expires_at <= ${now} limit 200`,
  );
  return rows.map((r) => r.session_id);
}

/** The session's lapsed offers, locked (read again under the session's lock). */
export async function lapsedOffersOf(tx: Queryable, sessionId: string, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from training_registrations where session_id = ${sessionId} and status = 'offered' and offer_expires_at <= ${now}
        order by offer_expires_at, id for update`,
  );
  return rows.map((r) => r.id);
}

/** The account's preferred language for a mail to this address (null: none, or no account). */
export async function localeOfAddress(db: Queryable, email: string): Promise<string | null> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return row?.locale ?? null;
}
