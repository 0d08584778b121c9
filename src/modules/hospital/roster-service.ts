import type { Database, Queryable } from '../../db/database.js';
import { isUniqueViolation } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { programRequirements } from '../programs/requirements.js';
import { type EligibilityReason, eligibilityReasons } from '../volunteer-law/eligibility.js';
import { isProgramStaff, requireProgramStaff } from './policy.js';
import { findHospitalProgram, findVolunteerFacts, type HospitalProgram, qualificationsOfVolunteers, type VolunteerFacts, volunteerIdOfUser } from './repo.js';
import { type RequirementStatus, requirementStatuses } from './requirement-state.js';
import { programVolunteer } from './requirements-service.js';
import {
  cancelSignupRow,
  countActiveSignups,
  findActiveSignup,
  findProgramSlot,
  findSignupFacts,
  insertSignup,
  lockSlot,
  type ProgramSlotRow,
  signupsOf,
  signupsOfVolunteer,
  slotsOfProgram,
} from './roster-repo.js';
import { rosterWeeks, slotDay, slotOpenForSignUp, slotRunsInWeek, slotShift } from './roster-weeks.js';

/** Why a roster sign-up is refused: a rule of the common eligibility check, or the slot itself. */
export type RosterRefusal = EligibilityReason | { code: 'slot_full' } | { code: 'slot_closed' } | { code: 'already_signed_up' };

export class RosterRefusedError extends Error {
  readonly statusCode = 422;
  constructor(readonly reasons: RosterRefusal[]) {
    super('roster sign-up refused');
  }
}

/** One occurrence of a slot in one of the coming weeks. */
export type RosterOccurrence = {
  slot: ProgramSlotRow;
  weekStart: string;
  day: string;
  taken: number;
  /** The viewer's own active sign-up to it, if any. */
  mySignupId: string | null;
  open: boolean;
};

export type RosterPage = {
  program: HospitalProgram;
  staff: boolean;
  /** Null when the viewer has no volunteer profile. */
  volunteerId: string | null;
  statuses: RequirementStatus[];
  weeks: { weekStart: string; occurrences: RosterOccurrence[] }[];
};

async function eligibilityVolunteer(db: Queryable, volunteer: VolunteerFacts) {
  const qualifications = await qualificationsOfVolunteers(db, [volunteer.id]);
  return { ...volunteer, qualifications };
}

/** The program as a volunteer may see it (published), or as its staff (any status). */
async function visibleProgram(db: Queryable, actor: Actor, programId: string): Promise<{ program: HospitalProgram; staff: boolean }> {
  const program = await findHospitalProgram(db, programId);
  if (!program) throw new NotFoundError('program');
  const staff = isProgramStaff(actor, program);
  if (!staff && program.status !== 'published') throw new NotFoundError('program');
  return { program, staff };
}

/** The program's ward rosters for the coming weeks, with the viewer's own sign-ups and requirement states. */
export async function rosterPage(db: Database, actor: Actor | null, programId: string, now = new Date()): Promise<RosterPage> {
  const a = requireActor(actor);
  const { program, staff } = await visibleProgram(db, a, programId);
  const volunteerId = (await volunteerIdOfUser(db, a.userId)) ?? null;
  const weeks = rosterWeeks(now);
  const slots = await slotsOfProgram(db, program.id);
  const [signups, mine, held] = await Promise.all([
    signupsOf(
      db,
      slots.map((s) => s.id),
      weeks,
    ),
    volunteerId ? signupsOfVolunteer(db, volunteerId, program.id, weeks[0] as string) : Promise.resolve([]),
    volunteerId ? qualificationsOfVolunteers(db, [volunteerId]) : Promise.resolve([]),
  ]);
  return {
    program,
    staff,
    volunteerId,
    statuses: volunteerId ? requirementStatuses(program, held, budapestDay(now)) : [],
    weeks: weeks.map((weekStart) => ({
      weekStart,
      occurrences: slots
        .filter((slot) => slotRunsInWeek(slot, weekStart))
        .map((slot) => ({
          slot,
          weekStart,
          day: slotDay(slot, weekStart),
          taken: signups.filter((r) => r.slotId === slot.id && r.weekStart === weekStart).length,
          mySignupId: mine.find((m) => m.slotId === slot.id && m.weekStart === weekStart)?.id ?? null,
          open: slotOpenForSignUp(slot, weekStart, now),
        }))
        .sort((x, y) => x.day.localeCompare(y.day) || x.slot.startsAt.localeCompare(y.slot.startsAt)),
    })),
  };
}

/**
 * Signs a volunteer up to a slot in one week. The common eligibility check (volunteer-law's
 * eligibilityReasons, the same function every application path uses) with the program's
 * requirements (programs/requirements.ts) and the slot's times as the shift, so the minors' rules
 * apply (Köt. 5. §); an expired or missing induction, health check or declaration refuses. The seat
 * is counted and taken under a row lock on the slot, so the capacity holds for every process.
 */
async function signUpVolunteer(
  db: Database,
  a: Actor,
  program: HospitalProgram,
  volunteer: VolunteerFacts,
  slotId: string,
  weekStart: string,
  now: Date,
): Promise<string> {
  const slot = await findProgramSlot(db, slotId);
  if (!slot || slot.programId !== program.id) throw new NotFoundError('slot');
  if (!rosterWeeks(now).includes(weekStart) || !slotOpenForSignUp(slot, weekStart, now)) throw new RosterRefusedError([{ code: 'slot_closed' }]);
  const shift = slotShift(slot, weekStart);
  const requirements = programRequirements(program);
  const reasons = eligibilityReasons(
    await eligibilityVolunteer(db, volunteer),
    { minAge: requirements.minAge, requiredQualifications: requirements.qualifications, requiresHealth: false, requiresConduct: false },
    shift,
    now,
  );
  if (reasons.length) throw new RosterRefusedError(reasons);
  try {
    return await db.transaction(async (tx) => {
      const locked = await lockSlot(tx, slot.id);
      if (!locked) throw new NotFoundError('slot');
      if (await findActiveSignup(tx, slot.id, volunteer.id, weekStart)) throw new RosterRefusedError([{ code: 'already_signed_up' }]);
      if ((await countActiveSignups(tx, slot.id, weekStart)) >= locked.capacity) throw new RosterRefusedError([{ code: 'slot_full' }]);
      const row = await insertSignup(tx, { slotId: slot.id, volunteerId: volunteer.id, weekStart, createdBy: a.userId });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: program.centerId,
        action: 'create',
        entityType: 'ward_roster_signup',
        entityId: row.id,
        after: row,
      });
      return row.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new RosterRefusedError([{ code: 'already_signed_up' }]);
    throw err;
  }
}

/** The logged-in volunteer signs up for a slot of a published hospital program. */
export async function signUpSelf(db: Database, actor: Actor | null, programId: string, slotId: string, weekStart: string, now = new Date()): Promise<string> {
  const a = requireActor(actor);
  const { program } = await visibleProgram(db, a, programId);
  const volunteerId = await volunteerIdOfUser(db, a.userId);
  const volunteer = volunteerId && (await findVolunteerFacts(db, volunteerId));
  if (!volunteer) throw new NotFoundError('volunteer');
  return signUpVolunteer(db, a, program, volunteer, slotId, weekStart, now);
}

/** Center staff sign a volunteer of the program up (the same check). */
export async function signUpByStaff(
  db: Database,
  actor: Actor | null,
  programId: string,
  volunteerId: string,
  slotId: string,
  weekStart: string,
  now = new Date(),
): Promise<string> {
  const { actor: a, program } = await requireProgramStaff(db, actor, programId);
  const volunteer = await programVolunteer(db, program, volunteerId);
  return signUpVolunteer(db, a, program, volunteer, slotId, weekStart, now);
}

/** Cancels a sign-up before the shift starts: the volunteer their own, the program's staff anyone's. Others: 404. */
export async function cancelSignup(db: Database, actor: Actor | null, signupId: string, now = new Date()): Promise<{ programId: string; own: boolean }> {
  const a = requireActor(actor);
  const facts = await findSignupFacts(db, signupId);
  if (!facts) throw new NotFoundError('signup');
  const own = facts.volunteerUserId === a.userId;
  if (!own && !isProgramStaff(a, { centerId: facts.centerId })) throw new NotFoundError('signup');
  if (facts.cancelledAt) return { programId: facts.programId, own };
  if (slotShift(facts, facts.weekStart).startsAt.getTime() <= now.getTime()) throw new RosterRefusedError([{ code: 'slot_closed' }]);
  await db.transaction(async (tx) => {
    const after = await cancelSignupRow(tx, facts.id, now);
    if (after)
      await recordAudit(tx, { actorUserId: a.userId, centerId: facts.centerId, action: 'cancel', entityType: 'ward_roster_signup', entityId: facts.id, after });
  });
  return { programId: facts.programId, own };
}

/** The slot occurrences staff may sign a volunteer up for (the coming weeks, not yet started, not full). */
export async function openOccurrences(db: Database, actor: Actor | null, programId: string, now = new Date()): Promise<RosterOccurrence[]> {
  const { program } = await requireProgramStaff(db, actor, programId);
  const weeks = rosterWeeks(now);
  const slots = await slotsOfProgram(db, program.id);
  const signups = await signupsOf(
    db,
    slots.map((s) => s.id),
    weeks,
  );
  return weeks.flatMap((weekStart) =>
    slots
      .filter((slot) => slotOpenForSignUp(slot, weekStart, now))
      .map((slot) => ({
        slot,
        weekStart,
        day: slotDay(slot, weekStart),
        taken: signups.filter((r) => r.slotId === slot.id && r.weekStart === weekStart).length,
        mySignupId: null,
        open: true,
      }))
      .filter((o) => o.taken < o.slot.capacity)
      .sort((x, y) => x.day.localeCompare(y.day) || x.slot.startsAt.localeCompare(y.slot.startsAt)),
  );
}
