import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, ForbiddenError } from '../../platform/authz.js';
import { addDays, budapestDay, budapestToInstant, parseBudapestLocal } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { enqueueMail } from '../../platform/mail.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { cancelledShiftMailCalendars, releaseApplicationsOfCancelledShift } from '../placements/service.js';
import { loadOpportunity, requireForOpportunity } from './access.js';
import { shiftCancelledMail } from './mails.js';
import {
  cancelShiftRow,
  countShiftsOfOpportunity,
  findShiftById,
  findShiftStartsBetween,
  findShiftsOfOpportunity,
  findShiftVolunteerContacts,
  insertShifts,
  lockOpportunity,
  type OpportunityRow,
  type ShiftRecord,
  updateOpportunityRow,
} from './repo.js';
import type { PatternInput, ShiftInput } from './schema.js';
import { acceptsShifts } from './status-rules.js';
import { planWeeklyShifts, type WeeklySlot, withoutExisting } from './weekly-pattern.js';

export type ShiftList = { opportunity: OpportunityRow; isMember: boolean; page: Page<ShiftRecord>; pattern: WeeklySlot[] };

/** Reads the stored weekly pattern defensively: it is JSON, written only by this module. */
export function weeklyPatternOf(value: unknown): WeeklySlot[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is WeeklySlot =>
      typeof s === 'object' &&
      s !== null &&
      typeof s.day === 'number' &&
      typeof s.start === 'string' &&
      typeof s.end === 'string' &&
      typeof s.capacity === 'number',
  );
}

/** The opportunity's shifts in time order, for its members and its center's staff. */
export async function listShifts(db: Queryable, actor: Actor | null, opportunityId: string, params: { page: number; pageSize: number }): Promise<ShiftList> {
  const opportunity = await loadOpportunity(db, opportunityId);
  const { isMember } = await requireForOpportunity(db, actor, 'view', opportunity);
  const [rows, total] = await Promise.all([
    findShiftsOfOpportunity(db, opportunity.id, { limit: params.pageSize, offset: offsetOf(params) }),
    countShiftsOfOpportunity(db, opportunity.id),
  ]);
  return { opportunity, isMember, page: pageOf(rows, total, params), pattern: weeklyPatternOf(opportunity.weeklyPattern) };
}

export async function exportShifts(db: Queryable, actor: Actor | null, opportunityId: string): Promise<{ opportunity: OpportunityRow; rows: ShiftRecord[] }> {
  const list = await listShifts(db, actor, opportunityId, { page: 1, pageSize: 50_000 });
  return { opportunity: list.opportunity, rows: list.page.items };
}

async function memberOfOpenOpportunity(db: Queryable, actor: Actor | null, opportunityId: string) {
  const opportunity = await loadOpportunity(db, opportunityId);
  const { actor: a } = await requireForOpportunity(db, actor, 'host', opportunity);
  if (!acceptsShifts(opportunity.status)) throw new ForbiddenError('opportunity closed');
  return { opportunity, actor: a };
}

/** Times are Budapest wall-clock; the end must follow the start, and a new shift lies in the future. */
export function shiftTimeErrors(input: { startsAt: string; endsAt: string }, now: Date): { errors: FieldErrors; startsAt?: Date; endsAt?: Date } {
  const errors: FieldErrors = {};
  const startsAt = parseBudapestLocal(input.startsAt);
  const endsAt = parseBudapestLocal(input.endsAt);
  if (!startsAt) errors.startsAt = { key: 'opportunities.error.dateTime' };
  else if (startsAt.getTime() <= now.getTime()) errors.startsAt = { key: 'opportunities.error.startInPast' };
  if (!endsAt) errors.endsAt = { key: 'opportunities.error.dateTime' };
  else if (startsAt && endsAt.getTime() <= startsAt.getTime()) errors.endsAt = { key: 'opportunities.error.endBeforeStart' };
  return { errors, startsAt, endsAt };
}

export async function addShift(db: Database, actor: Actor | null, opportunityId: string, input: ShiftInput, now = new Date()): Promise<string> {
  const { opportunity, actor: a } = await memberOfOpenOpportunity(db, actor, opportunityId);
  const { errors, startsAt, endsAt } = shiftTimeErrors(input, now);
  if (Object.keys(errors).length || !startsAt || !endsAt) throw new FieldValidationError(errors);
  return db.transaction(async (tx) => {
    const [row] = await insertShifts(tx, [
      { opportunityId: opportunity.id, startsAt, endsAt, capacity: input.capacity, waitlistEnabled: input.waitlist, teamCapacity: input.teamCapacity },
    ]);
    if (!row) throw new Error('shift insert returned nothing');
    await recordAudit(tx, { actorUserId: a.userId, centerId: opportunity.centerId, action: 'create', entityType: 'shift', entityId: row.id, after: row });
    return row.id;
  });
}

/**
 * A regular opportunity's weekly pattern is saved and turned into shifts for the next N weeks.
 * Shifts that already start at a planned instant are skipped, so running it again adds only the
 * weeks not yet covered; the opportunity row is locked so two clicks cannot both insert.
 */
export async function generateShifts(
  db: Database,
  actor: Actor | null,
  opportunityId: string,
  input: PatternInput,
  now = new Date(),
): Promise<{ created: number; skipped: number }> {
  const { opportunity, actor: a } = await memberOfOpenOpportunity(db, actor, opportunityId);
  if (opportunity.kind !== 'regular') throw new FieldValidationError({ _form: { key: 'opportunities.error.notRegular' } });
  const planned = planWeeklyShifts(input.slots, input.weeks, now);
  const firstDay = addDays(budapestDay(now), 1);
  const windowStart = budapestToInstant(firstDay, '00:00');
  const windowEnd = budapestToInstant(addDays(firstDay, input.weeks * 7 + 1), '00:00');
  return db.transaction(async (tx) => {
    const before = await lockOpportunity(tx, opportunity.id);
    if (!before) throw new NotFoundError('opportunity');
    const fresh = withoutExisting(planned, await findShiftStartsBetween(tx, opportunity.id, windowStart, windowEnd));
    const rows = await insertShifts(
      tx,
      fresh.map((p) => ({ opportunityId: opportunity.id, startsAt: p.startsAt, endsAt: p.endsAt, capacity: p.capacity, waitlistEnabled: input.waitlist })),
    );
    const after = await updateOpportunityRow(tx, opportunity.id, { weeklyPattern: input.slots });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: opportunity.centerId,
      action: 'generate_shifts',
      entityType: 'opportunity',
      entityId: opportunity.id,
      before: { weeklyPattern: before.weeklyPattern },
      after: { weeklyPattern: after?.weeklyPattern, weeks: input.weeks, created: rows.map((r) => r.id) },
    });
    return { created: rows.length, skipped: planned.length - fresh.length };
  });
}

/**
 * Cancels a shift, ends the applications for it and frees the seats (placements module), and e-mails
 * every volunteer who had applied (seat holders and the waitlist), all in one transaction. A seat
 * holder's mail carries the cancelling .ics of the shift, so a calendar it was imported into drops it.
 */
export async function cancelShift(
  db: Database,
  actor: Actor | null,
  shiftId: string,
  options: { baseUrl: string; mailFrom: string },
): Promise<{ opportunityId: string; notified: number }> {
  const shift = await findShiftById(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  const opportunity = await loadOpportunity(db, shift.opportunityId);
  const { actor: a } = await requireForOpportunity(db, actor, 'host', opportunity);
  return db.transaction(async (tx) => {
    const after = await cancelShiftRow(tx, shiftId);
    if (!after) return { opportunityId: opportunity.id, notified: 0 };
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: opportunity.centerId,
      action: 'cancel',
      entityType: 'shift',
      entityId: shiftId,
      before: shift,
      after,
    });
    const contacts = await findShiftVolunteerContacts(tx, shiftId);
    await releaseApplicationsOfCancelledShift(tx, shiftId, { userId: a.userId, centerId: opportunity.centerId });
    const calendars = await cancelledShiftMailCalendars(tx, shiftId, options);
    for (const contact of contacts) await enqueueMail(tx, shiftCancelledMail(contact, shift, opportunity, calendars.get(contact.email.toLowerCase())));
    return { opportunityId: opportunity.id, notified: contacts.length };
  });
}

/** The shift's opportunity, for the routes that redirect back to the shift list. */
export async function opportunityIdOfShift(db: Queryable, shiftId: string): Promise<string> {
  const shift = await findShiftById(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  return shift.opportunityId;
}
