import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, ForbiddenError, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { formatPersonName } from '../../platform/i18n.js';
import { queuedForRow } from '../../platform/row-queue.js';
import { FieldValidationError, parseForm, parseFormOrThrow } from '../../platform/validation.js';
import { isOrganizationMember, organizationIdsOfUser, requireForOrganization } from '../organizations/service.js';
import { getVolunteerById, getVolunteerByUserId, type VolunteerRow } from '../volunteers/service.js';
import { RegistrationRefusedError } from './errors.js';
import { findUserContact, isPlacedWith } from './participants-repo.js';
import { mayRegisterInCenter, mayRegisterVolunteer } from './policy.js';
import { findActiveRegistration, insertRegistration, type Participant, type RegistrationInsert } from './registration-repo.js';
import { hasFreeSeat, isOpenForRegistration, type RegistrationStatus, trainingRefusalReasons } from './registration-rules.js';
import { organizationEnrolSchema, volunteerEnrolSchema, walkInEnrolSchema } from './schema.js';
import { changeSeatsTaken, findSession, lockSession, type SessionRow } from './session-repo.js';
import { mailParticipant } from './training-mails.js';

/**
 * Registering for a training session (issue 14): a volunteer for themself, an organization's staff
 * for their people, the center's or a point's staff for walk-ins. Every path checks who may register
 * whom first, then the same age and guardian rules as for opportunities (registration-rules.ts), then
 * takes a seat or a waitlist place under the session's row lock — so concurrent registrations never
 * exceed the capacity — and is idempotent: a person already registered gets their registration back.
 */
export type RegistrationOptions = { baseUrl: string; now?: Date };
export type RegistrationResult = { registrationId: string; status: RegistrationStatus; existing: boolean };

/** The session's work, one at a time in this process (platform/row-queue.ts), under its row lock across processes. */
export function queuedForSession<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
  return queuedForRow(`training-session:${sessionId}`, work);
}

async function sessionOrNotFound(db: Queryable, sessionId: string): Promise<SessionRow> {
  const session = await findSession(db, sessionId);
  if (!session) throw new NotFoundError('session');
  return session;
}

function assertOpen(session: SessionRow, options: RegistrationOptions): void {
  if (!isOpenForRegistration(session, session.courseStatus, options.now ?? new Date())) throw new RegistrationRefusedError([{ code: 'closed' }]);
}

/** The age and guardian rules on the session's day, for a volunteer (their birth date is known). */
function assertEligible(volunteer: VolunteerRow, session: SessionRow, now: Date): void {
  const reasons = trainingRefusalReasons({ ...volunteer, qualifications: [] }, { minAge: session.courseMinAge }, session, now);
  if (reasons.length) throw new RegistrationRefusedError(reasons);
}

/** A volunteer's name and address for the registration: their profile's address, else their account's. */
async function volunteerParticipant(db: Queryable, volunteer: VolunteerRow) {
  const account = !volunteer.email && volunteer.userId ? await findUserContact(db, volunteer.userId) : undefined;
  return {
    volunteerId: volunteer.id,
    participantName: formatPersonName(volunteer.familyName, volunteer.givenName),
    participantEmail: volunteer.email ?? account?.email ?? null,
  };
}

type NewRegistration = {
  who: Participant;
  values: Pick<RegistrationInsert, 'volunteerId' | 'userId' | 'organizationId' | 'participantName' | 'participantEmail'>;
  actor: Actor;
};

/**
 * Under the session's lock: the person's registration if they have one (idempotent), else a seat
 * while there is one, else the end of the waitlist (its time taken from the clock inside the lock,
 * so the waitlist keeps the order the lock let them in). Audited; the person gets a mail.
 */
function takeSeatOrWaitlist(db: Database, session: SessionRow, input: NewRegistration, options: RegistrationOptions): Promise<RegistrationResult> {
  const now = options.now ?? new Date();
  return queuedForSession(session.id, () =>
    db.transaction(async (tx) => {
      const locked = await lockSession(tx, session.id);
      if (!locked || !isOpenForRegistration(locked, session.courseStatus, now)) throw new RegistrationRefusedError([{ code: 'closed' }]);
      const existing = await findActiveRegistration(tx, session.id, input.who);
      if (existing) return { registrationId: existing.id, status: existing.status, existing: true };
      const free = hasFreeSeat(locked);
      const row = await insertRegistration(tx, {
        ...input.values,
        sessionId: session.id,
        status: free ? 'registered' : 'waitlisted',
        holdsSeat: free,
        waitlistedAt: free ? null : sql`clock_timestamp()`,
        registeredBy: input.actor.userId,
      } as RegistrationInsert);
      if (free) await changeSeatsTaken(tx, session.id, 1);
      await recordAudit(tx, {
        actorUserId: input.actor.userId,
        centerId: session.centerId,
        action: 'create',
        entityType: 'training_registration',
        entityId: row.id,
        after: row,
      });
      await mailParticipant(tx, row, free ? 'registered' : 'waitlisted', { baseUrl: options.baseUrl });
      return { registrationId: row.id, status: row.status, existing: false };
    }),
  );
}

/**
 * A volunteer's registration on any path: the age and guardian rules from their profile on the
 * session's day, then a seat or the waitlist (for an organization: made for it).
 */
async function registerVolunteer(
  db: Database,
  session: SessionRow,
  volunteer: VolunteerRow,
  by: { actor: Actor; organizationId?: string },
  options: RegistrationOptions,
): Promise<RegistrationResult> {
  assertEligible(volunteer, session, options.now ?? new Date());
  const values = { ...(await volunteerParticipant(db, volunteer)), organizationId: by.organizationId ?? null };
  return takeSeatOrWaitlist(db, session, { who: { volunteerId: volunteer.id }, values, actor: by.actor }, options);
}

/** The logged-in volunteer registers themself (their volunteer profile: its birth date decides the age rules). */
export async function registerSelf(db: Database, actor: Actor | null, sessionId: string, options: RegistrationOptions): Promise<RegistrationResult> {
  const a = requireActor(actor);
  const session = await sessionOrNotFound(db, sessionId);
  assertOpen(session, options);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) throw new RegistrationRefusedError([{ code: 'no_profile' }]);
  return registerVolunteer(db, session, volunteer, { actor: a }, options);
}

/**
 * A member of an organization registers one of its people: a volunteer placed with it (the age and
 * guardian rules from their profile), or a fellow member, confirmed as an adult of the course's age.
 * Who may act for the organization is decided first (ADR 003: no probing by form errors).
 */
export async function registerForOrganization(
  db: Database,
  actor: Actor | null,
  sessionId: string,
  input: unknown,
  options: RegistrationOptions,
): Promise<RegistrationResult> {
  const a = requireActor(actor);
  const session = await sessionOrNotFound(db, sessionId);
  const form = parseForm(organizationEnrolSchema, input);
  if (!form.ok) {
    if ((await organizationIdsOfUser(db, a.userId)).length === 0) throw new ForbiddenError('organization member');
    throw new FieldValidationError(form.errors);
  }
  const { organizationId, person, adultConfirmed } = form.data;
  await requireForOrganization(db, a, 'host', organizationId);
  assertOpen(session, options);
  const id = person.slice(2);
  const notTheirs = () => new FieldValidationError({ person: { key: 'trainings.error.notOrganizationPerson' } });
  if (person.startsWith('v:')) {
    const volunteer = await getVolunteerById(db, id);
    if (!volunteer || !(await isPlacedWith(db, volunteer.id, organizationId))) throw notTheirs();
    return registerVolunteer(db, session, volunteer, { actor: a, organizationId }, options);
  }
  const contact = (await isOrganizationMember(db, id, organizationId)) ? await findUserContact(db, id) : undefined;
  if (!contact) throw notTheirs();
  if (!adultConfirmed) throw new FieldValidationError({ adultConfirmed: { key: 'trainings.error.adultConfirm' } });
  const values = { userId: id, organizationId, participantName: contact.name, participantEmail: contact.email };
  return takeSeatOrWaitlist(db, session, { who: { userId: id }, values, actor: a }, options);
}

/** Staff who may register people for the session: its center's staff, its points' coordinators (403: the session is public). */
function requireSessionRegistrar(actor: Actor | null, session: SessionRow): Actor {
  const a = requireActor(actor);
  if (!mayRegisterInCenter(a, session.centerId)) throw new ForbiddenError('trainings.register');
  return a;
}

/**
 * The center's (or a point's) staff register an existing volunteer of their tenant (`volunteerId`
 * posted); a broken id names nobody, like a volunteer out of their reach (404).
 */
export async function registerVolunteerByStaff(
  db: Database,
  actor: Actor | null,
  sessionId: string,
  input: unknown,
  options: RegistrationOptions,
): Promise<RegistrationResult> {
  const session = await sessionOrNotFound(db, sessionId);
  const a = requireSessionRegistrar(actor, session);
  const form = parseForm(volunteerEnrolSchema, input);
  const volunteer = form.ok ? await getVolunteerById(db, form.data.volunteerId) : undefined;
  if (!volunteer || !mayRegisterVolunteer(a, volunteer)) throw new NotFoundError('volunteer');
  assertOpen(session, options);
  return registerVolunteer(db, session, volunteer, { actor: a }, options);
}

/**
 * The center's (or a point's) staff register a walk-in without a profile: a name and an address,
 * confirmed as an adult of the course's age (minors are registered as volunteers, with a birth date,
 * so their rules can be checked). Idempotent by the address.
 */
export async function registerWalkIn(
  db: Database,
  actor: Actor | null,
  sessionId: string,
  input: unknown,
  options: RegistrationOptions,
): Promise<RegistrationResult> {
  const session = await sessionOrNotFound(db, sessionId);
  const a = requireSessionRegistrar(actor, session);
  const { familyName, givenName, email } = parseFormOrThrow(walkInEnrolSchema, input);
  assertOpen(session, options);
  const values = { participantName: formatPersonName(familyName, givenName), participantEmail: email };
  return takeSeatOrWaitlist(db, session, { who: { email }, values, actor: a }, options);
}
