import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, mayOnPlacement, requireActor } from '../../platform/authz.js';
import { budapestDay, budapestToInstant } from '../../platform/budapest-time.js';
import { FieldValidationError } from '../../platform/validation.js';
import { countedHourEntriesBetween } from '../placements/repo.js';
import { loadSchoolCalendar } from '../volunteer-law/legal-data-service.js';
import { minorRulesWindow } from '../volunteer-law/minor-rules-window.js';
import { type MinorActivity, minorTimeViolations } from '../volunteer-law/minor-time-limits.js';
import { isMinorOn, lockVolunteerRow } from '../volunteers/service.js';
import { placementForActor } from './access.js';
import { MinorLimitError } from './errors.js';
import { insertHourEntry } from './repo.js';
import type { HoursSpan, LogHoursInput } from './schema.js';

/** Hours are logged on a placement that has been agreed: accepted, running or completed. */
export const loggableStatuses: ReadonlySet<string> = new Set(['accepted', 'active', 'completed']);

/** A coordinator's reason for saving an entry despite a minors' limit must say something. */
export const minOverrideReasonLength = 10;

/** Start and end as instants (Budapest wall clock on the day, DST-aware) and the minutes between. */
function activityOf(day: string, span: HoursSpan): MinorActivity {
  if (span.kind === 'duration') return { day, minutes: span.minutes };
  const startsAt = budapestToInstant(day, span.start);
  const endsAt = budapestToInstant(day, span.end);
  return { day, minutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000), startsAt, endsAt };
}

/**
 * Logs hours on a placement: by the volunteer, by a member of the host organization on the
 * volunteer's behalf, or by a coordinator of the placement's tenant. Every entry starts as
 * 'submitted'; the organization decides it separately. For a volunteer under 18 the Köt. 5. §
 * limits are checked against their other entries of the week and the days around it (volunteer-law
 * module); a coordinator may override them with a written reason, which is stored and audited.
 */
export async function logHours(db: Database, actor: Actor | null, applicationId: string, input: LogHoursInput, options: { now?: Date } = {}): Promise<string> {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const a = requireActor(actor);
  if (!loggableStatuses.has(placement.status)) throw new FieldValidationError({ _form: { key: 'hours.error.placementNotAgreed' } });
  const now = options.now ?? new Date();
  if (input.day > budapestDay(now)) throw new FieldValidationError({ day: { key: 'hours.error.futureDay' } });
  const activity = activityOf(input.day, input.span);
  if (activity.endsAt && activity.endsAt.getTime() > now.getTime()) throw new FieldValidationError({ endTime: { key: 'hours.error.futureTime' } });
  if (activity.minutes <= 0 || activity.minutes > 24 * 60) throw new FieldValidationError({ endTime: { key: 'hours.error.endBeforeStart' } });
  return saveEntry(db, a, placement, sides, input, activity, placement.shiftId);
}

/**
 * Logs a start–end entry given as instants (a QR check-out: start = check-in, end = check-out) on
 * the placement, for the shift checked in to. Same rules as logHours: status 'submitted', the
 * Köt. 5. § minors' limits (no override here), audited.
 */
export async function logTimedHours(
  db: Queryable,
  actor: Actor | null,
  applicationId: string,
  input: { startsAt: Date; endsAt: Date; activity: string; shiftId: string | null },
): Promise<string> {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const a = requireActor(actor);
  if (!loggableStatuses.has(placement.status)) throw new FieldValidationError({ _form: { key: 'hours.error.placementNotAgreed' } });
  const minutes = Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000);
  if (minutes <= 0 || minutes > 24 * 60) throw new FieldValidationError({ endTime: { key: 'hours.error.endBeforeStart' } });
  const day = budapestDay(input.startsAt);
  const activity: MinorActivity = { day, minutes, startsAt: input.startsAt, endsAt: input.endsAt };
  return saveEntry(db, a, placement, sides, { day, activity: input.activity, note: null, overrideReason: null }, activity, input.shiftId ?? placement.shiftId);
}

async function saveEntry(
  db: Queryable,
  a: Actor,
  placement: Awaited<ReturnType<typeof placementForActor>>['placement'],
  sides: Awaited<ReturnType<typeof placementForActor>>['sides'],
  input: { day: string; activity: string; note: string | null; overrideReason: string | null },
  activity: MinorActivity,
  shiftId: string | null,
): Promise<string> {
  return db.transaction(async (tx) => {
    let overrideReason: string | null = null;
    let violations: ReturnType<typeof minorTimeViolations> = [];
    // Without a birth date there is nothing to check; adults (18+ on the day) have no such limits.
    if (placement.volunteerBirthDate && isMinorOn(placement.volunteerBirthDate, new Date(`${input.day}T12:00:00Z`))) {
      // Serialises hour logging per volunteer, so two entries saved at once cannot both slip under a weekly cap.
      await lockVolunteerRow(tx, placement.volunteerId);
      const window = minorRulesWindow(input.day);
      const others = (await countedHourEntriesBetween(tx, placement.volunteerId, window.from, window.to)).map(
        (e): MinorActivity => ({ day: e.day, minutes: e.minutes, ...(e.startsAt && e.endsAt ? { startsAt: e.startsAt, endsAt: e.endsAt } : {}) }),
      );
      violations = minorTimeViolations({ birthDate: placement.volunteerBirthDate, activity, others }, await loadSchoolCalendar(tx));
      if (violations.length > 0) {
        const mayOverride = mayOnPlacement(sides, 'overrideMinorLimit');
        if (!mayOverride || !input.overrideReason) throw new MinorLimitError(violations, mayOverride);
        if (input.overrideReason.length < minOverrideReasonLength) {
          throw new MinorLimitError(violations, true, { overrideReason: { key: 'validation.tooShort', params: { min: minOverrideReasonLength } } });
        }
        overrideReason = input.overrideReason;
      }
    }
    const entry = await insertHourEntry(tx, {
      applicationId: placement.id,
      volunteerId: placement.volunteerId,
      organizationId: placement.organizationId,
      centerId: placement.centerId,
      shiftId,
      activityDay: input.day,
      startsAt: activity.startsAt ?? null,
      endsAt: activity.endsAt ?? null,
      minutes: activity.minutes,
      activity: input.activity,
      note: input.note,
      status: 'submitted',
      loggedByUserId: a.userId,
      minorRuleOverrideReason: overrideReason,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: placement.centerId,
      action: 'create',
      entityType: 'hour_entry',
      entityId: entry.id,
      after: entry,
    });
    if (overrideReason) {
      // The override is its own audit record: which rules were set aside, by whom and why.
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: placement.centerId,
        action: 'override:minor_rules',
        entityType: 'hour_entry',
        entityId: entry.id,
        after: { reason: overrideReason, violations },
      });
    }
    return entry.id;
  });
}
