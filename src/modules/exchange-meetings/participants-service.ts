import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { parseFormOrThrow } from '../../platform/validation.js';
import { organizationAccess } from '../organizations/service.js';
import { type FollowUpRow, findFollowUpsOfOrganization, findOrganizationName } from './follow-ups-repo.js';
import {
  addInvitations,
  countMeetingsOfOrganization,
  findInvitable,
  findInvitableIds,
  findMeetingsOfOrganization,
  findParticipants,
  type InvitableRow,
  type InvitedMeetingRow,
  removeInvitations,
  setAttendance,
} from './participants-repo.js';
import type { MeetingRow } from './repo.js';
import { attendanceFormSchema, invitationFormSchema } from './schema.js';
import { changeMeeting, getMeeting } from './service.js';

/** Who is invited to a meeting and who attended; and an organization's own view of its meetings. */

/** How many organizations the invitation page lists at once; a search narrows a large center. */
export const invitablePageSize = 100;

export type InvitationPage = { meeting: MeetingRow; organizations: InvitableRow[]; more: boolean; q: string };

/** The center's organizations matching `q`, each with whether it is invited (the invitation form). */
export async function getInvitationPage(db: Queryable, actor: Actor | null, id: string, q: string): Promise<InvitationPage> {
  const meeting = await getMeeting(db, actor, id);
  const rows = await findInvitable(db, meeting.centerId, id, q, invitablePageSize);
  return { meeting, organizations: rows.slice(0, invitablePageSize), more: rows.length > invitablePageSize, q };
}

/**
 * Saves the invitation form: of the organizations it showed, the ticked ones are invited and the
 * others are not (those not shown, because of the search, stay as they were). Only the center's own
 * organizations can be invited. Audited with who was added and removed.
 */
export async function saveInvitations(db: Database, actor: Actor | null, id: string, posted: unknown): Promise<void> {
  await changeMeeting(db, actor, id, async (tx, meeting, staff) => {
    const input = parseFormOrThrow(invitationFormSchema, posted);
    const shown = new Set(input.shown);
    const ticked = await findInvitableIds(
      tx,
      meeting.centerId,
      input.invited.filter((i) => shown.has(i)),
    );
    const unticked = [...shown].filter((i) => !ticked.includes(i));
    const added = await addInvitations(tx, id, ticked);
    const removed = await removeInvitations(tx, id, unticked);
    if (added.length === 0 && removed.length === 0) return;
    await recordAudit(tx, {
      actorUserId: staff.userId,
      centerId: meeting.centerId,
      action: 'invite',
      entityType: 'exchange_meeting',
      entityId: id,
      after: { invited: added, uninvited: removed },
    });
  });
}

/** Attendance is recorded on the day of the meeting or after it. */
export class AttendanceTooEarlyError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('the meeting has not taken place yet');
  }
}

/** Records which invited organizations attended (the ticked ones; the others did not), audited before and after. */
export async function recordAttendance(db: Database, actor: Actor | null, id: string, posted: unknown, now = new Date()): Promise<void> {
  await changeMeeting(db, actor, id, async (tx, meeting, staff) => {
    const input = parseFormOrThrow(attendanceFormSchema, posted);
    if (meeting.heldOn > budapestDay(now)) throw new AttendanceTooEarlyError();
    const before = await findParticipants(tx, id);
    const attended = before.filter((p) => input.attended.includes(p.organizationId)).map((p) => p.organizationId);
    await setAttendance(tx, id, attended);
    await recordAudit(tx, {
      actorUserId: staff.userId,
      centerId: meeting.centerId,
      action: 'attendance',
      entityType: 'exchange_meeting',
      entityId: id,
      before: { attended: before.filter((p) => p.attended).map((p) => p.organizationId) },
      after: { attended },
    });
  });
}

export type OrganizationMeetingRow = InvitedMeetingRow & { followUps: FollowUpRow[] };

/**
 * The meetings an organization was invited to, newest first (or oldest with `dir=asc`), each with the
 * follow-ups assigned to it: read-only, for its members and the center's staff (organizationActions.view).
 */
export async function listMeetingsOfOrganization(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
  params: Pick<ListParams<string>, 'dir' | 'page' | 'pageSize'>,
): Promise<{ organizationName: string; page: Page<OrganizationMeetingRow> }> {
  await organizationAccess(db, actor, 'view', organizationId);
  const [name, rows, total] = await Promise.all([
    findOrganizationName(db, organizationId),
    findMeetingsOfOrganization(db, organizationId, params.dir, { limit: params.pageSize, offset: offsetOf(params) }),
    countMeetingsOfOrganization(db, organizationId),
  ]);
  const followUps = await findFollowUpsOfOrganization(
    db,
    organizationId,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => ({ ...r, followUps: followUps.filter((f) => f.meetingId === r.id) }));
  return { organizationName: name ?? '', page: pageOf(items, total, params) };
}
