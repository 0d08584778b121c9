import type { Database, Queryable, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, coordinatesPlacement, ForbiddenError, requireActor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { BadRequestError, NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { FieldValidationError } from '../../platform/validation.js';
import { requireOrganizationMember } from '../organizations/service.js';
import { allOverridable, type EligibilityReason, eligibilityReasons } from '../volunteer-law/eligibility.js';
import { reasonParams } from '../volunteer-law/eligibility-text.js';
import { findQualifications, getVolunteerById, getVolunteerByUserId, type VolunteerRow } from '../volunteers/service.js';
import { applyRefusalReasons } from './eligibility.js';
import { AlreadyAppliedError, ApplyRefusedError, NoVolunteerProfileError } from './errors.js';
import { notifyStatusChange } from './notify.js';
import {
  changeSeatsTaken,
  findApplicationRecord,
  findApplicationView,
  findExistingApplicationId,
  findOpportunityForApply,
  findShift,
  insertApplicationUnlessExists,
  insertEvent,
  lockShift,
  type OpportunityForApply,
  type ShiftRecord,
  updateApplication,
} from './repo.js';
import { minorWeekReasons } from './seating-eligibility.js';
import { queuedForShift } from './shift-queue.js';
import { type ApplicationStatus, followUpDay } from './status-rules.js';

export type PlacementOptions = { baseUrl: string; now?: Date };

/**
 * A seat someone already holds for this volunteer on the shift (a company team's seat, ADR 025 §4),
 * handed over inside the sign-up's transaction and shift lock: `release` gives the held seat back
 * (throwing if there is none), `taken` records what the seat became. A refusal or any error rolls
 * the hand-over back with the sign-up, so the seat is never lost or counted twice.
 */
export type HeldSeat = { release: (tx: Tx) => Promise<void>; taken: (tx: Tx, result: ApplyResult) => Promise<void> };
export type ApplyResult = { applicationId: string; status: ApplicationStatus };

function assertOpen(opportunity: OpportunityForApply | undefined): OpportunityForApply {
  if (!opportunity) throw new NotFoundError('opportunity');
  if (opportunity.status !== 'published' || opportunity.organizationStatus !== 'approved') throw new ApplyRefusedError([{ code: 'not_open' }]);
  return opportunity;
}

/** The volunteer with the qualifications they hold, as the eligibility rules read them. */
async function withQualifications(db: Queryable, volunteer: VolunteerRow) {
  return { ...volunteer, qualifications: await findQualifications(db, volunteer.id) };
}

/**
 * The must-hold rules (volunteer-law's `eligibilityReasons`, the one function matching uses too) on
 * the activity day (the shift's, or today); a closed shift first.
 */
async function assertEligible(db: Queryable, volunteer: VolunteerRow, opportunity: OpportunityForApply, shift: ShiftRecord | null, now: Date) {
  const reasons = applyRefusalReasons(await withQualifications(db, volunteer), opportunity, shift, now);
  if (reasons.length) throw new ApplyRefusedError(reasons);
}

async function myVolunteer(db: Database, actor: Actor | null): Promise<{ actor: Actor; volunteer: VolunteerRow }> {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) throw new NoVolunteerProfileError();
  return { actor: a, volunteer };
}

type NewApplication = {
  volunteer: VolunteerRow;
  opportunity: OpportunityForApply;
  shiftId: string | null;
  origin: 'volunteer' | 'coordinator' | 'organization';
  status: ApplicationStatus;
  actor: Actor;
  extra?: { holdsSeat?: boolean; waitlistedAt?: Date; followUpOn?: string };
  /** On the first timeline event (a coordinator's override). */
  note?: string;
};

/** Insert + event + audit + mails, in the caller's transaction; a duplicate rolls it back. */
async function createApplication(tx: Tx, input: NewApplication, options: PlacementOptions): Promise<ApplyResult> {
  const row = await insertApplicationUnlessExists(tx, {
    volunteerId: input.volunteer.id,
    opportunityId: input.opportunity.id,
    shiftId: input.shiftId,
    centerId: input.opportunity.centerId,
    origin: input.origin,
    status: input.status,
    createdBy: input.actor.userId,
    ...input.extra,
  });
  if (!row) return reopenWithdrawn(tx, input, options);
  await insertEvent(tx, { applicationId: row.id, fromStatus: null, toStatus: input.status, note: input.note ?? null, actorUserId: input.actor.userId });
  await recordAudit(tx, { actorUserId: input.actor.userId, centerId: row.centerId, action: 'create', entityType: 'application', entityId: row.id, after: row });
  const view = await findApplicationView(tx, row.id);
  if (view) await notifyStatusChange(tx, view, { to: input.status, actorEmail: input.actor.email, baseUrl: options.baseUrl });
  return { applicationId: row.id, status: input.status };
}

/**
 * The volunteer already has an application here. One they withdrew themselves comes back to life
 * (changed their mind: same record, so the timeline tells the whole story); any other is "already
 * applied" — a declined one stays declined, an open one is simply shown.
 */
async function reopenWithdrawn(tx: Tx, input: NewApplication, options: PlacementOptions): Promise<ApplyResult> {
  const id = await findExistingApplicationId(tx, input.volunteer.id, input.opportunity.id, input.shiftId);
  const existing = id ? await findApplicationRecord(tx, id, { lock: true }) : undefined;
  if (existing?.status !== 'withdrawn' || input.origin !== 'volunteer') throw new AlreadyAppliedError(existing?.id ?? '');
  const after = await updateApplication(tx, existing.id, {
    status: input.status,
    origin: input.origin,
    holdsSeat: input.extra?.holdsSeat ?? false,
    waitlistedAt: input.extra?.waitlistedAt ?? null,
    followUpOn: input.extra?.followUpOn ?? null,
    declineReason: null,
  });
  await insertEvent(tx, { applicationId: existing.id, fromStatus: existing.status, toStatus: input.status, actorUserId: input.actor.userId });
  await recordAudit(tx, {
    actorUserId: input.actor.userId,
    centerId: existing.centerId,
    action: 'reopen',
    entityType: 'application',
    entityId: existing.id,
    before: existing,
    after,
  });
  const view = await findApplicationView(tx, existing.id);
  if (view) await notifyStatusChange(tx, view, { to: input.status, actorEmail: input.actor.email, baseUrl: options.baseUrl });
  return { applicationId: existing.id, status: input.status };
}

/** Runs the insert; a duplicate becomes AlreadyAppliedError naming the existing application. */
async function insertOrExplain(db: Database, volunteerId: string, opportunityId: string, shiftId: string | null, work: (tx: Tx) => Promise<ApplyResult>) {
  try {
    return await db.transaction(work);
  } catch (err) {
    if (!(err instanceof AlreadyAppliedError) || err.applicationId) throw err;
    throw new AlreadyAppliedError((await findExistingApplicationId(db, volunteerId, opportunityId, shiftId)) ?? '');
  }
}

/** A minor's week (seating-eligibility.ts) must allow the shift, inside the sign-up transaction. */
async function assertMinorScheduleAllows(tx: Tx, volunteer: VolunteerRow, shift: ShiftRecord): Promise<void> {
  const reasons = await minorWeekReasons(tx, volunteer, shift);
  if (reasons.length) throw new ApplyRefusedError(reasons);
}

/**
 * Signs the logged-in volunteer up for a shift. Never overbooks: the shift row is locked
 * (SELECT … FOR UPDATE) for the whole transaction, so the seat check and the increment are one step
 * for every process; a full shift puts the volunteer on its waitlist (if it has one) or refuses.
 */
export async function signUpForShift(
  db: Database,
  actor: Actor | null,
  shiftId: string,
  options: PlacementOptions & { heldSeat?: HeldSeat },
): Promise<ApplyResult> {
  const { actor: a, volunteer } = await myVolunteer(db, actor);
  const now = options.now ?? new Date();
  const shift = await findShift(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  const opportunity = assertOpen(await findOpportunityForApply(db, shift.opportunityId));
  await assertEligible(db, volunteer, opportunity, shift, now);
  const signUp = () =>
    insertOrExplain(db, volunteer.id, opportunity.id, shift.id, async (tx) => {
      const locked = await lockShift(tx, shift.id);
      if (!locked || locked.cancelled_at) throw new ApplyRefusedError([{ code: 'shift_closed' }]);
      await assertMinorScheduleAllows(tx, volunteer, shift);
      const base = { volunteer, opportunity, shiftId: shift.id, origin: 'volunteer' as const, actor: a };
      if (options.heldSeat) await options.heldSeat.release(tx);
      const seatsTaken = locked.seats_taken - (options.heldSeat ? 1 : 0);
      if (seatsTaken < locked.capacity) {
        const followUpOn = followUpDay(budapestDay(shift.startsAt));
        const result = await createApplication(tx, { ...base, status: 'accepted', extra: { holdsSeat: true, followUpOn } }, options);
        await changeSeatsTaken(tx, shift.id, 1);
        await options.heldSeat?.taken(tx, result);
        return result;
      }
      if (!locked.waitlist_enabled) throw new ApplyRefusedError([{ code: 'shift_full' }]);
      return createApplication(tx, { ...base, status: 'waitlisted', extra: { waitlistedAt: new Date() } }, options);
    });
  return queuedForShift(shift.id, signUp);
}

/**
 * Where a signed-in user without a volunteer profile comes back to once they have created it: the
 * opportunity's apply form (`#apply`), with the shift they chose, ready to submit. Public facts only
 * (the public page shows them too), so no access check; null for an unknown shift.
 */
export async function applyFormPath(db: Queryable, target: { opportunityId: string | null; shiftId: string | null }): Promise<string | null> {
  const shift = target.shiftId ? await findShift(db, target.shiftId) : undefined;
  const opportunityId = target.opportunityId ?? shift?.opportunityId;
  if (!opportunityId) return null;
  const chosen = shift && shift.opportunityId === opportunityId ? `?shift=${shift.id}` : '';
  return `/opportunities/${opportunityId}${chosen}#apply`;
}

/** A volunteer applies to an opportunity; with a shift it is a shift sign-up. */
export async function applyToOpportunity(
  db: Database,
  actor: Actor | null,
  opportunityId: string,
  input: { shiftId?: string | null },
  options: PlacementOptions,
): Promise<ApplyResult> {
  if (input.shiftId) {
    const shift = await findShift(db, input.shiftId);
    if (!shift || shift.opportunityId !== opportunityId) throw new NotFoundError('shift');
    return signUpForShift(db, actor, shift.id, options);
  }
  const { actor: a, volunteer } = await myVolunteer(db, actor);
  const opportunity = assertOpen(await findOpportunityForApply(db, opportunityId));
  await assertEligible(db, volunteer, opportunity, null, options.now ?? new Date());
  return insertOrExplain(db, volunteer.id, opportunity.id, null, (tx) =>
    createApplication(tx, { volunteer, opportunity, shiftId: null, origin: 'volunteer', status: 'applied', actor: a }, options),
  );
}

async function volunteerOrNotFound(db: Database, volunteerId: string): Promise<VolunteerRow> {
  const volunteer = await getVolunteerById(db, volunteerId);
  if (!volunteer) throw new NotFoundError('volunteer');
  return volunteer;
}

export type ReferInput = { volunteerId: string; stage: 'proposed' | 'referred'; override: boolean; overrideReason: string | null };

/**
 * The coordinator, the volunteer and the opportunity of a referral, once the coordinator is known
 * to coordinate it: the opportunity's center (or its organization's / the volunteer's point), and
 * the volunteer's own record within reach too (or not yet tied to a center).
 */
async function referralParties(db: Database, actor: Actor | null, opportunityId: string, volunteerId: string | null) {
  const a = requireActor(actor);
  const found = await findOpportunityForApply(db, opportunityId);
  if (!found) throw new NotFoundError('opportunity');
  const volunteer = volunteerId ? await volunteerOrNotFound(db, volunteerId) : null;
  const tenancy = { centerId: found.centerId, organizationPointId: found.organizationPointId, volunteerPointId: volunteer?.pointId ?? null };
  if (!coordinatesPlacement(a, tenancy)) throw new ForbiddenError('placements.coordinate');
  if (
    volunteer?.centerId &&
    volunteer.centerId !== found.centerId &&
    !can(a, 'volunteers.view', { centerId: volunteer.centerId, pointId: volunteer.pointId })
  ) {
    throw new ForbiddenError('volunteers.view');
  }
  return { actor: a, found, volunteer };
}

/** Why this volunteer cannot be referred to the opportunity now (empty: they can), for the referral form. */
export async function referralReasons(db: Database, actor: Actor | null, opportunityId: string, volunteerId: string): Promise<EligibilityReason[]> {
  const { found, volunteer } = await referralParties(db, actor, opportunityId, volunteerId);
  if (!volunteer) throw new NotFoundError('volunteer');
  return eligibilityReasons(await withQualifications(db, volunteer), assertOpen(found), null, new Date());
}

/**
 * A coordinator may set the host's requirements aside (qualifications, minimum age, health,
 * conduct) with a written reason; the law's rules never. Returns the reasons overridden (none when
 * the volunteer is eligible), or refuses.
 */
function overriddenReasons(reasons: EligibilityReason[], input: ReferInput): EligibilityReason[] {
  if (reasons.length === 0) return [];
  if (!input.override || !allOverridable(reasons)) throw new ApplyRefusedError(reasons);
  if (!input.overrideReason) throw new FieldValidationError({ overrideReason: { key: 'placements.error.overrideReasonRequired' } });
  return reasons;
}

/** "szükséges képesítés: Elsősegély; …: <the coordinator's reason>", kept on the timeline in the center's language. */
function overrideNote(reasons: EligibilityReason[], written: string): string {
  const t = translator('hu');
  const named = reasons.map((r) => t(`matching.reason.${r.code}`, reasonParams('hu', r.params))).join('; ');
  return t('placements.referral.overriddenNote', { reasons: named, reason: written });
}

/**
 * A coordinator of the opportunity's center (or of its organization's / the volunteer's point)
 * proposes the opportunity to a volunteer (`proposed`: the volunteer agrees first) or refers the
 * volunteer straight to the organization (`referred`: the agreement was given in person or by phone).
 * The volunteer must meet the same rules as on every other path, unless the coordinator overrides
 * the host's requirements with a written reason (audited, and noted on the timeline).
 */
export async function referVolunteer(
  db: Database,
  actor: Actor | null,
  opportunityId: string,
  /** Null for a form that did not parse: refused (400) only after the actor is known to be allowed. */
  input: ReferInput | null,
  options: PlacementOptions,
): Promise<ApplyResult> {
  const { actor: a, found, volunteer } = await referralParties(db, actor, opportunityId, input?.volunteerId ?? null);
  if (!input || !volunteer) throw new BadRequestError('invalid form');
  const opportunity = assertOpen(found);
  const overridden = overriddenReasons(eligibilityReasons(await withQualifications(db, volunteer), opportunity, null, options.now ?? new Date()), input);
  return insertOrExplain(db, volunteer.id, opportunity.id, null, async (tx) => {
    const base = { volunteer, opportunity, shiftId: null, origin: 'coordinator' as const, status: input.stage, actor: a };
    if (overridden.length === 0 || !input.overrideReason) return createApplication(tx, base, options);
    const result = await createApplication(tx, { ...base, note: overrideNote(overridden, input.overrideReason) }, options);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: opportunity.centerId,
      action: 'override:eligibility',
      entityType: 'application',
      entityId: result.applicationId,
      after: { reason: input.overrideReason, reasons: overridden },
    });
    return result;
  });
}

/** A member of the organization invites a (matched) volunteer; the volunteer answers. */
export async function inviteVolunteer(
  db: Database,
  actor: Actor | null,
  opportunityId: string,
  /** Null for a form that did not parse: refused (400) only after the actor is known to be allowed. */
  input: { volunteerId: string } | null,
  options: PlacementOptions,
): Promise<ApplyResult> {
  requireActor(actor);
  const found = await findOpportunityForApply(db, opportunityId);
  if (!found) throw new NotFoundError('opportunity');
  const a = await requireOrganizationMember(db, actor, found.organizationId);
  if (!input) throw new BadRequestError('invalid form');
  const volunteer = await volunteerOrNotFound(db, input.volunteerId);
  const opportunity = assertOpen(found);
  await assertEligible(db, volunteer, opportunity, null, options.now ?? new Date());
  return insertOrExplain(db, volunteer.id, opportunity.id, null, (tx) =>
    createApplication(tx, { volunteer, opportunity, shiftId: null, origin: 'organization', status: 'invited', actor: a }, options),
  );
}
