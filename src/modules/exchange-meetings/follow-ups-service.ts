import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError, parseFormOrThrow } from '../../platform/validation.js';
import { deleteFollowUp, type FollowUpRow, findFollowUp, insertFollowUp, setFollowUpDone } from './follow-ups-repo.js';
import { isInvited } from './participants-repo.js';
import { countOverdueFollowUps, type MeetingRow } from './repo.js';
import { centerAssignee, followUpDoneSchema, followUpFormSchema } from './schema.js';
import { changeMeeting, getMeeting, meetingReachOf } from './service.js';

/** The follow-ups agreed at a meeting: added, marked done (or open again) and deleted by the meeting's staff, each audited. */

const entityType = 'exchange_meeting_follow_up';

/** A new follow-up: for the center, or for an organization invited to the meeting. */
export async function addFollowUp(db: Database, actor: Actor | null, meetingId: string, posted: unknown): Promise<string> {
  return changeMeeting(db, actor, meetingId, async (tx, meeting, staff) => {
    const input = parseFormOrThrow(followUpFormSchema, posted);
    const organizationId = input.assignee === centerAssignee ? null : input.assignee;
    if (organizationId && !(await isInvited(tx, meetingId, organizationId))) {
      throw new FieldValidationError({ assignee: { key: 'exchange.error.assigneeNotInvited' } });
    }
    const values = { meetingId, description: input.description, organizationId, dueOn: input.dueOn };
    const id = await insertFollowUp(tx, values);
    await recordAudit(tx, { actorUserId: staff.userId, centerId: meeting.centerId, action: 'create', entityType, entityId: id, after: values });
    return id;
  });
}

/** The follow-up of the meeting (a follow-up of another meeting is not found there). */
async function followUpOf(db: Queryable, meetingId: string, followUpId: string): Promise<FollowUpRow> {
  const followUp = await findFollowUp(db, followUpId);
  if (!followUp || followUp.meetingId !== meetingId) throw new NotFoundError('exchange meeting follow-up');
  return followUp;
}

/** Marks the follow-up done now (`done=1`) or open again (`done=0`). */
export async function markFollowUp(db: Database, actor: Actor | null, meetingId: string, followUpId: string, posted: unknown, now = new Date()): Promise<void> {
  await changeMeeting(db, actor, meetingId, async (tx, meeting, staff) => {
    const before = await followUpOf(tx, meetingId, followUpId);
    const { done } = parseFormOrThrow(followUpDoneSchema, posted);
    const doneAt = done === '1' ? (before.doneAt ?? now) : null;
    await setFollowUpDone(tx, followUpId, doneAt);
    await recordAudit(tx, {
      actorUserId: staff.userId,
      centerId: meeting.centerId,
      action: done === '1' ? 'done' : 'reopen',
      entityType,
      entityId: followUpId,
      before: { doneAt: before.doneAt },
      after: { doneAt },
    });
  });
}

/** The follow-up and its meeting, for the deletion's confirmation page. */
export async function getFollowUpForDeletion(
  db: Queryable,
  actor: Actor | null,
  meetingId: string,
  followUpId: string,
): Promise<{ meeting: MeetingRow; followUp: FollowUpRow }> {
  const meeting = await getMeeting(db, actor, meetingId);
  return { meeting, followUp: await followUpOf(db, meetingId, followUpId) };
}

export async function removeFollowUp(db: Database, actor: Actor | null, meetingId: string, followUpId: string): Promise<void> {
  await changeMeeting(db, actor, meetingId, async (tx, meeting, staff) => {
    const before = await followUpOf(tx, meetingId, followUpId);
    await deleteFollowUp(tx, meetingId, followUpId);
    await recordAudit(tx, {
      actorUserId: staff.userId,
      centerId: meeting.centerId,
      action: 'delete',
      entityType,
      entityId: followUpId,
      before: { description: before.description, organizationId: before.organizationId, dueOn: before.dueOn, doneAt: before.doneAt },
    });
  });
}

/** Open follow-ups past their day in the meetings the actor holds (0 without `trainings.manage`): the coordinator's next step. */
export async function countOverdueFollowUpsFor(db: Queryable, actor: Actor | null, now = new Date()): Promise<number> {
  if (!actor || !can(actor, 'trainings.manage')) return 0;
  return countOverdueFollowUps(db, meetingReachOf(actor), budapestDay(now));
}
