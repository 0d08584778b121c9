import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { companyTeamMembers, teamSignupMembers, teamSignups, users, volunteers } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import { type HeldSeat, signUpForShift } from '../placements/apply-service.js';
import { AlreadyAppliedError, ApplyRefusedError } from '../placements/errors.js';
import { changeSeatsTaken, lockShift } from '../placements/repo.js';
import { queuedForShift } from '../placements/shift-queue.js';
import { refusalText } from '../placements/views/refusal-text.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { requireCompany } from './facts.js';
import {
  countActiveTeamSignups,
  findAnswerOfVolunteer,
  findShiftForTeam,
  findSignup,
  findSignupMembers,
  findSignupSummary,
  findSignupsOfCompany,
  findTeam,
  findTeamShifts,
} from './repo.js';
import type { SignupInput } from './schema.js';

/**
 * Team days (ADR 025 §4): a shift with `team_capacity` holds company teams. A team's sign-up takes
 * `seats` of the shift's seats under the shift's row lock (placements' lockShift/changeSeatsTaken,
 * the one way seats change); each member then confirms, and their application is made by the
 * placements module's own sign-up (signUpForShift), so age, guardian, qualification and minors'
 * rules apply to each member. The team's seats: held for members who have not confirmed yet
 * (`seats` − confirmed); a confirming member's held seat is released and taken by their own sign-up.
 */

export type TeamDayOptions = { baseUrl: string; now?: Date };

/** Upcoming team shifts of the company's center, and the company's sign-ups. */
export async function getTeamDays(db: Queryable, actor: Actor | null, companyId: string, now = new Date()) {
  const company = await requireCompany(db, actor, 'view', companyId);
  const [shifts, signups] = await Promise.all([findTeamShifts(db, company.centerId, now), findSignupsOfCompany(db, companyId)]);
  return { company, shifts, signups };
}

async function joinedMembers(db: Queryable, teamId: string) {
  return db
    .select({ id: companyTeamMembers.id, email: sql<string | null>`coalesce(${users.email}, ${volunteers.email})` })
    .from(companyTeamMembers)
    .innerJoin(volunteers, eq(volunteers.id, companyTeamMembers.volunteerId))
    .leftJoin(users, eq(users.id, volunteers.userId))
    .where(and(eq(companyTeamMembers.teamId, teamId), isNotNull(companyTeamMembers.joinedAt), isNull(companyTeamMembers.removedAt)));
}

/**
 * The coordinator signs a team up for a team shift with a number of seats. Under the shift's row
 * lock: at most `team_capacity` active team sign-ups, and no more seats than are free. Every joined
 * member is asked to confirm (by e-mail, through the outbox).
 */
export async function signUpTeam(db: Database, actor: Actor | null, companyId: string, input: SignupInput, options: TeamDayOptions): Promise<string> {
  const company = await requireCompany(db, actor, 'manage', companyId);
  const a = requireActor(actor);
  const now = options.now ?? new Date();
  const team = await findTeam(db, input.teamId);
  if (!team || team.companyId !== companyId) throw new FieldValidationError({ teamId: { key: 'validation.choice' } });
  const shift = await findShiftForTeam(db, input.shiftId);
  if (!shift || shift.center_id !== company.centerId || shift.team_capacity == null || shift.status !== 'published' || shift.cancelled_at) {
    throw new FieldValidationError({ shiftId: { key: 'validation.choice' } });
  }
  if (new Date(shift.starts_at) <= now) throw new FieldValidationError({ shiftId: { key: 'companies.error.shiftPast' } });
  const members = await joinedMembers(db, team.id);
  if (members.length === 0) throw new FieldValidationError({ teamId: { key: 'companies.error.teamEmpty' } });
  if (input.seats > members.length) throw new FieldValidationError({ seats: { key: 'companies.error.seatsOverMembers', params: { members: members.length } } });
  const teamCapacity = shift.team_capacity;

  return queuedForShift(shift.id, () =>
    db.transaction(async (tx) => {
      const locked = await lockShift(tx, shift.id);
      if (!locked || locked.cancelled_at) throw new FieldValidationError({ shiftId: { key: 'validation.choice' } });
      if ((await countActiveTeamSignups(tx, shift.id)) >= teamCapacity)
        throw new FieldValidationError({ shiftId: { key: 'companies.error.teamCapacityFull' } });
      const free = locked.capacity - locked.seats_taken;
      if (input.seats > free) throw new FieldValidationError({ seats: { key: 'companies.error.seatsFree', params: { free: Math.max(0, free) } } });
      const [signup] = await tx
        .insert(teamSignups)
        .values({ teamId: team.id, shiftId: shift.id, seats: input.seats, signedUpBy: a.userId })
        .onConflictDoNothing()
        .returning();
      if (!signup) throw new FieldValidationError({ teamId: { key: 'companies.error.alreadySignedUp' } });
      await changeSeatsTaken(tx, shift.id, input.seats);
      await tx.insert(teamSignupMembers).values(members.map((m) => ({ signupId: signup.id, memberId: m.id })));
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: company.centerId,
        action: 'create',
        entityType: 'team_signup',
        entityId: signup.id,
        after: signup,
      });
      const t = translator('hu');
      for (const m of members) {
        if (!m.email) continue;
        await enqueueMail(tx, {
          to: m.email,
          subject: t('companies.mail.signup.subject', { team: team.name }),
          text: t('companies.mail.signup.body', { company: company.name, team: team.name, link: `${options.baseUrl}/companies/signups/${signup.id}` }),
        });
      }
      return signup.id;
    }),
  );
}

/** A sign-up of the company with its members' answers; names only of members who consented. */
export async function getSignupForCompany(db: Queryable, actor: Actor | null, companyId: string, signupId: string) {
  const company = await requireCompany(db, actor, 'view', companyId);
  const summary = await findSignupSummary(db, signupId);
  if (!summary || summary.company_id !== companyId) throw new NotFoundError('signup');
  const rows = await findSignupMembers(db, signupId);
  const members = rows.map((r) => ({
    memberId: r.answer.memberId,
    status: r.answer.status,
    reason: r.answer.reason,
    name: r.namesConsentAt && r.familyName ? { familyName: r.familyName, givenName: r.givenName ?? '' } : null,
  }));
  return { company, summary, members };
}

async function lockedHeld(tx: Queryable, signupId: string) {
  const signup = await findSignup(tx, signupId, { lock: true });
  if (!signup) throw new NotFoundError('signup');
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(teamSignupMembers)
    .where(and(eq(teamSignupMembers.signupId, signupId), eq(teamSignupMembers.status, 'confirmed')));
  return { signup, held: signup.seats - (row?.n ?? 0) };
}

/** One of the team's held seats goes back to the shift (the caller holds the shift's lock); false when none is left. */
async function releaseHeldSeat(tx: Queryable, signupId: string, shiftId: string): Promise<boolean> {
  const { held } = await lockedHeld(tx, signupId);
  if (held <= 0) return false;
  await changeSeatsTaken(tx, shiftId, -1);
  return true;
}

/** Cancels the team's sign-up (confirmed first on the page): the seats still held go back to the shift. Members who confirmed keep their own applications. */
export async function cancelSignup(db: Database, actor: Actor | null, companyId: string, signupId: string): Promise<void> {
  const company = await requireCompany(db, actor, 'manage', companyId);
  const a = requireActor(actor);
  const summary = await findSignupSummary(db, signupId);
  if (!summary || summary.company_id !== companyId) throw new NotFoundError('signup');
  if (summary.status !== 'active') return;
  await queuedForShift(summary.shift_id, () =>
    db.transaction(async (tx) => {
      await lockShift(tx, summary.shift_id);
      const { signup, held } = await lockedHeld(tx, signupId);
      if (signup.status !== 'active') return;
      if (held > 0) await changeSeatsTaken(tx, summary.shift_id, -held);
      const [after] = await tx.update(teamSignups).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(teamSignups.id, signupId)).returning();
      await tx
        .update(teamSignupMembers)
        .set({ status: 'declined', answeredAt: new Date() })
        .where(and(eq(teamSignupMembers.signupId, signupId), eq(teamSignupMembers.status, 'invited')));
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: company.centerId,
        action: 'cancel',
        entityType: 'team_signup',
        entityId: signupId,
        before: signup,
        after,
      });
    }),
  );
}

/** The member's own view of a sign-up they were asked about (anyone else: 404). */
export async function getSignupForMember(db: Queryable, actor: Actor | null, signupId: string) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  const answer = volunteer ? await findAnswerOfVolunteer(db, signupId, volunteer.id) : undefined;
  const summary = answer ? await findSignupSummary(db, signupId) : undefined;
  if (!volunteer || !answer || !summary) throw new NotFoundError('signup');
  return { summary, answer, volunteer };
}

async function recordAnswer(
  tx: Queryable,
  answer: { signupId: string; memberId: string },
  values: Partial<typeof teamSignupMembers.$inferInsert>,
  actor: Actor,
  centerId: string | null,
) {
  const [after] = await tx
    .update(teamSignupMembers)
    .set({ ...values, answeredAt: new Date() })
    .where(and(eq(teamSignupMembers.signupId, answer.signupId), eq(teamSignupMembers.memberId, answer.memberId)))
    .returning();
  await recordAudit(tx, {
    actorUserId: actor.userId,
    centerId,
    action: `answer_${values.status}`,
    entityType: 'team_signup_member',
    entityId: answer.signupId,
    after,
  });
}

export type AnswerResult = { status: 'confirmed' | 'declined' | 'refused'; applicationId?: string; reason?: string };

/**
 * The member confirms or declines. Confirming releases one of the team's held seats and makes the
 * member's application through placements' signUpForShift (every per-member rule checked there);
 * a member a rule refuses gets 'refused' with the reason, and the seat goes back to the team.
 */
export async function answerSignup(
  db: Database,
  actor: Actor | null,
  signupId: string,
  answer: 'confirm' | 'decline',
  options: TeamDayOptions,
): Promise<AnswerResult> {
  const a = requireActor(actor);
  const { summary, answer: row, volunteer } = await getSignupForMember(db, a, signupId);
  const now = options.now ?? new Date();
  if (summary.status !== 'active' || new Date(summary.starts_at) <= now) throw new FieldValidationError({ answer: { key: 'companies.error.signupClosed' } });
  if (row.status === 'confirmed' || row.status === 'refused') throw new FieldValidationError({ answer: { key: 'companies.error.alreadyAnswered' } });
  if (answer === 'decline') {
    await db.transaction((tx) => recordAnswer(tx, row, { status: 'declined' }, a, volunteer.centerId));
    return { status: 'declined' };
  }
  const shiftId = summary.shift_id;
  // The team's held seat becomes the member's own, in the placements module's sign-up transaction
  // under the shift's lock (every per-member rule checked there); a refusal rolls the hand-over back.
  const heldSeat: HeldSeat = {
    release: async (tx) => {
      if (!(await releaseHeldSeat(tx, signupId, shiftId))) throw new FieldValidationError({ answer: { key: 'companies.error.noSeatLeft' } });
    },
    taken: (tx, result) => recordAnswer(tx, row, { status: 'confirmed', applicationId: result.applicationId, reason: null }, a, volunteer.centerId),
  };
  try {
    const result = await signUpForShift(db, a, shiftId, { baseUrl: options.baseUrl, now, heldSeat });
    return { status: 'confirmed', applicationId: result.applicationId };
  } catch (err) {
    if (err instanceof AlreadyAppliedError && err.applicationId) {
      await confirmWithOwnSeat(db, row, shiftId, err.applicationId, a, volunteer.centerId);
      return { status: 'confirmed', applicationId: err.applicationId };
    }
    if (err instanceof ApplyRefusedError) {
      const t = translator('hu');
      const reason = err.reasons.map((r) => refusalText(t, 'hu', r, 'volunteer')).join(' ');
      await db.transaction((tx) => recordAnswer(tx, row, { status: 'refused', reason }, a, volunteer.centerId));
      return { status: 'refused', reason };
    }
    throw err;
  }
}

/**
 * The member already has their own seat on the shift: that application is the confirmation, and the
 * seat the team held for them goes back to the shift (under the shift's lock, in one transaction).
 */
async function confirmWithOwnSeat(
  db: Database,
  answer: { signupId: string; memberId: string },
  shiftId: string,
  applicationId: string,
  actor: Actor,
  centerId: string | null,
): Promise<void> {
  await queuedForShift(shiftId, () =>
    db.transaction(async (tx) => {
      await lockShift(tx, shiftId);
      await releaseHeldSeat(tx, answer.signupId, shiftId);
      await recordAnswer(tx, answer, { status: 'confirmed', applicationId, reason: null }, actor, centerId);
    }),
  );
}
