import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { addressOf, type MailAttachment } from '../../platform/mail.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { cancelledShiftCalendar, shiftsCalendar, updatedShiftCalendar } from './calendar.js';
import {
  calendarEntryOfApplication,
  cancelledShiftEntries,
  findVolunteerIdByCalendarTokenHash,
  type SeatedShift,
  seatedEntriesOfShift,
  seatedShiftsOfVolunteer,
  setCalendarTokenHash,
} from './calendar-repo.js';
import { NoVolunteerProfileError } from './errors.js';

/**
 * The .ics of one shift the logged-in volunteer holds a seat on (anyone else: 404). Once the shift is
 * cancelled, the volunteers who held its seats get the cancelling version of the same event instead,
 * so the calendar they imported it into can remove it.
 */
export async function shiftCalendarFile(db: Queryable, actor: Actor | null, shiftId: string, baseUrl: string): Promise<string> {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) throw new NotFoundError('shift');
  const [live] = await seatedShiftsOfVolunteer(db, volunteer.id, { shiftId });
  if (live) return shiftsCalendar([live], { name: live.title, baseUrl });
  const [cancelled] = await cancelledShiftEntries(db, shiftId, { volunteerId: volunteer.id });
  if (cancelled) return cancelledShiftCalendar(cancelled, { name: cancelled.title, baseUrl });
  throw new NotFoundError('shift');
}

/** The file name of the .ics a cancellation mail carries (ASCII, so every client shows it as it is). */
const cancelledShiftFileName = 'kapocs-muszak-elmarad.ics';

/**
 * The .ics each cancellation mail of a cancelled shift attaches, by the recipient's address (lower
 * case): for every volunteer who held a seat on it, the same event (same UID) as their live .ics and
 * feed entry, cancelled (METHOD:CANCEL, STATUS:CANCELLED, higher SEQUENCE), with the host organization
 * as ORGANIZER under the system's From address and the volunteer as ATTENDEE (see CancellationParties).
 * Volunteers who never held a seat (waitlist, pending sign-ups) had no event, so get none. Call it in
 * the cancelling transaction after releaseApplicationsOfCancelledShift, whose timeline note marks them.
 */
export async function cancelledShiftMailCalendars(
  db: Queryable,
  shiftId: string,
  options: { baseUrl: string; mailFrom: string },
): Promise<Map<string, MailAttachment>> {
  const files = new Map<string, MailAttachment>();
  for (const entry of await cancelledShiftEntries(db, shiftId)) {
    const file = entryMailCalendar(entry, 'cancel', options);
    if (file && entry.volunteerEmail && !files.has(entry.volunteerEmail.toLowerCase())) files.set(entry.volunteerEmail.toLowerCase(), file);
  }
  return files;
}

/** The file name of the .ics a time-change mail carries. */
const updatedShiftFileName = 'kapocs-muszak-modosul.ics';

/**
 * The .ics a mail about one volunteer's entry carries: 'cancel' (taken off the shift, moved to the
 * waitlist: the event goes) or 'update' (the shift's new time: the event moves), addressed as the
 * shift cancellation's (see CancellationParties). Undefined for a volunteer without an address.
 */
export function entryMailCalendar(entry: SeatedShift, kind: 'cancel' | 'update', options: { baseUrl: string; mailFrom: string }): MailAttachment | undefined {
  const attendee = entry.volunteerEmail;
  if (!attendee) return undefined;
  const parties = { organizer: { name: entry.organizationName, email: addressOf(options.mailFrom) }, attendee };
  const calendarOptions = { name: entry.title, baseUrl: options.baseUrl, parties };
  return kind === 'cancel'
    ? { filename: cancelledShiftFileName, contentType: 'text/calendar; method=CANCEL; charset=utf-8', content: cancelledShiftCalendar(entry, calendarOptions) }
    : { filename: updatedShiftFileName, contentType: 'text/calendar; method=REQUEST; charset=utf-8', content: updatedShiftCalendar(entry, calendarOptions) };
}

/** After a time change: each seat holder's updated .ics (same UID, higher SEQUENCE), by their address (lower case). */
export async function updatedShiftMailCalendars(
  db: Queryable,
  shiftId: string,
  options: { baseUrl: string; mailFrom: string },
): Promise<Map<string, MailAttachment>> {
  const files = new Map<string, MailAttachment>();
  for (const entry of await seatedEntriesOfShift(db, shiftId)) {
    const file = entryMailCalendar(entry, 'update', options);
    if (file && entry.volunteerEmail) files.set(entry.volunteerEmail.toLowerCase(), file);
  }
  return files;
}

/** The mail .ics of one application's entry, read now (call it before the shift's revision moves on). */
export async function applicationMailCalendar(
  db: Queryable,
  applicationId: string,
  kind: 'cancel' | 'update',
  options: { baseUrl: string; mailFrom: string },
): Promise<MailAttachment | undefined> {
  const entry = await calendarEntryOfApplication(db, applicationId);
  return entry ? entryMailCalendar(entry, kind, options) : undefined;
}

/** Feeds keep a month of history, so a just-finished shift does not vanish from the calendar. */
const feedHistoryDays = 30;

/**
 * The personal feed behind a secret URL (calendar apps cannot log in). Only the token's hash is
 * stored, so a database leak does not reveal feed URLs; an unknown token is a plain 404.
 */
export async function personalCalendarFeed(db: Queryable, token: string, baseUrl: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFoundError('calendar');
  const volunteerId = await findVolunteerIdByCalendarTokenHash(db, hashToken(token));
  if (!volunteerId) throw new NotFoundError('calendar');
  const since = new Date(Date.now() - feedHistoryDays * 86_400_000);
  return shiftsCalendar(await seatedShiftsOfVolunteer(db, volunteerId, { since }), { name: 'Kapocs', baseUrl });
}

/** Creates or replaces the volunteer's feed token; the old URL stops working at once. */
export async function rotateCalendarToken(db: Database, actor: Actor | null): Promise<string> {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) throw new NoVolunteerProfileError();
  const token = newToken();
  await db.transaction(async (tx) => {
    await setCalendarTokenHash(tx, volunteer.id, hashToken(token));
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: volunteer.centerId,
      action: volunteer.calendarTokenHash ? 'rotate_calendar_token' : 'create_calendar_token',
      entityType: 'volunteer',
      entityId: volunteer.id,
    });
  });
  return token;
}
