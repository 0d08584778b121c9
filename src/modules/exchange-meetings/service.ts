import type { Database, Queryable, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError, parseFormOrThrow } from '../../platform/validation.js';
import { centerChoices } from '../centers/service.js';
import { type FollowUpRow, findFollowUps } from './follow-ups-repo.js';
import { findParticipants, type ParticipantRow } from './participants-repo.js';
import { requireMeetingStaff } from './policy.js';
import {
  countMeetings,
  deleteMeeting as deleteMeetingRow,
  findMeeting,
  findMeetings,
  insertMeeting,
  lockMeeting,
  type MeetingListRow,
  type MeetingReach,
  type MeetingRow,
  updateMeeting as updateMeetingRow,
} from './repo.js';
import { type MeetingFilter, type MeetingSort, meetingFormSchema } from './schema.js';

/**
 * Experience-exchange meetings (tapasztalatcsere, issue 14): the center's training staff hold
 * meetings of host organizations (a day, a theme, a place, notes), invite organizations, record who
 * attended and the follow-ups agreed. Every function starts with its access check
 * (`trainings.manage` in the meeting's center, policy.ts); every write is audited.
 */

const entityType = 'exchange_meeting';

/** The centers a list covers: those the actor holds `trainings.manage` in, narrowed by the center filter. */
export function meetingReachOf(actor: Actor, centerId?: string): MeetingReach {
  const visible = centersVisibleTo(actor, 'trainings.manage');
  if (!centerId) return visible;
  return visible === 'all' || visible.includes(centerId) ? [centerId] : [];
}

/** The centers the actor may hold meetings in (the form's and the filter's choices), in Hungarian order. */
export function meetingCenters(db: Queryable, actor: Actor | null): Promise<{ id: string; name: string }[]> {
  return centerChoices(db, actor, 'trainings.manage');
}

export async function listMeetings(
  db: Queryable,
  actor: Actor | null,
  filter: MeetingFilter,
  params: ListParams<MeetingSort>,
  now = new Date(),
): Promise<{ page: Page<MeetingListRow>; centers: { id: string; name: string }[] }> {
  const a = requirePermission(actor, 'trainings.manage');
  const reach = meetingReachOf(a, filter.centerId);
  const today = budapestDay(now);
  const [rows, total, centers] = await Promise.all([
    findMeetings(db, reach, filter, params, { limit: params.pageSize, offset: offsetOf(params) }, today),
    countMeetings(db, reach, filter, today),
    meetingCenters(db, a),
  ]);
  return { page: pageOf(rows, total, params), centers: centers.length > 1 ? centers : [] };
}

export async function exportMeetings(
  db: Queryable,
  actor: Actor | null,
  filter: MeetingFilter,
  order: Pick<ListParams<MeetingSort>, 'sort' | 'dir'>,
  now = new Date(),
): Promise<MeetingListRow[]> {
  const a = requirePermission(actor, 'trainings.manage');
  return findMeetings(db, meetingReachOf(a, filter.centerId), filter, order, { limit: maxExportRows, offset: 0 }, budapestDay(now));
}

/** A new meeting in a center of the actor's reach: the chosen one, or their only one. */
export async function createMeeting(db: Database, actor: Actor | null, posted: unknown): Promise<string> {
  const a = requirePermission(actor, 'trainings.manage');
  const input = parseFormOrThrow(meetingFormSchema, posted);
  const centers = await meetingCenters(db, a);
  const centerId = input.centerId ?? (centers.length === 1 ? centers[0]?.id : undefined);
  if (!centerId) throw new FieldValidationError({ centerId: { key: 'validation.required' } });
  if (!centers.some((c) => c.id === centerId)) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
  const values = { heldOn: input.heldOn, theme: input.theme, place: input.place, notes: input.notes };
  return db.transaction(async (tx) => {
    const id = await insertMeeting(tx, { ...values, centerId, createdBy: a.userId });
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType, entityId: id, after: values });
    return id;
  });
}

/** The meeting, for the training staff of its center (others: 404). */
export async function getMeeting(db: Queryable, actor: Actor | null, id: string): Promise<MeetingRow> {
  const meeting = await findMeeting(db, id);
  if (!meeting) throw new NotFoundError('exchange meeting');
  requireMeetingStaff(actor, meeting);
  return meeting;
}

/**
 * Runs a change on the locked meeting for the training staff of its center: the access check comes
 * first (a stranger gets 404 before any validation message), the step validates and writes.
 */
export function changeMeeting<T>(
  db: Database,
  actor: Actor | null,
  id: string,
  step: (tx: Tx, meeting: { id: string; centerId: string; heldOn: string }, staff: Actor) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, id);
    if (!meeting) throw new NotFoundError('exchange meeting');
    return step(tx, meeting, requireMeetingStaff(actor, meeting));
  });
}

/** Saves the edited day, theme, place and notes (the center stays), audited before and after. */
export async function updateMeeting(db: Database, actor: Actor | null, id: string, posted: unknown): Promise<void> {
  await changeMeeting(db, actor, id, async (tx, meeting, staff) => {
    const input = parseFormOrThrow(meetingFormSchema, posted);
    const before = await findMeeting(tx, id);
    const after = { heldOn: input.heldOn, theme: input.theme, place: input.place, notes: input.notes };
    await updateMeetingRow(tx, id, after);
    await recordAudit(tx, {
      actorUserId: staff.userId,
      centerId: meeting.centerId,
      action: 'update',
      entityType,
      entityId: id,
      before: before && { heldOn: before.heldOn, theme: before.theme, place: before.place, notes: before.notes },
      after,
    });
  });
}

/** Deletes the meeting with its invitations and follow-ups (after the confirmation page), audited with what was lost. */
export async function deleteMeeting(db: Database, actor: Actor | null, id: string): Promise<void> {
  await changeMeeting(db, actor, id, async (tx, meeting, staff) => {
    const [before, participants, followUps] = await Promise.all([findMeeting(tx, id), findParticipants(tx, id), findFollowUps(tx, id)]);
    await deleteMeetingRow(tx, id);
    await recordAudit(tx, {
      actorUserId: staff.userId,
      centerId: meeting.centerId,
      action: 'delete',
      entityType,
      entityId: id,
      before: {
        heldOn: before?.heldOn,
        theme: before?.theme,
        organizations: participants.map((p) => ({ id: p.organizationId, attended: p.attended })),
        followUps: followUps.map((f) => ({ description: f.description, organizationId: f.organizationId, dueOn: f.dueOn, doneAt: f.doneAt })),
      },
    });
  });
}

export type MeetingPage = {
  meeting: MeetingRow;
  participants: ParticipantRow[];
  followUps: FollowUpRow[];
  /** The Budapest calendar day, for "overdue" and whether attendance can be recorded yet. */
  today: string;
};

/** The meeting's page: its details, the invited organizations with attendance, the follow-ups. */
export async function getMeetingPage(db: Queryable, actor: Actor | null, id: string, now = new Date()): Promise<MeetingPage> {
  const meeting = await getMeeting(db, actor, id);
  const [participants, followUps] = await Promise.all([findParticipants(db, id), findFollowUps(db, id)]);
  return { meeting, participants, followUps, today: budapestDay(now) };
}
