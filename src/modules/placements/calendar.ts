import ical, { ICalAttendeeRole, type ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { SeatedShift } from './calendar-repo.js';

/**
 * SEQUENCE of a shift's event (RFC 5545 3.8.7.4): a client replaces its copy only with a higher one.
 * The shift's `revision` goes up when its time changes and after a volunteer's entry is cancelled
 * (taken off, moved to the waitlist); the live event is 2 × revision and its cancellation one more,
 * so every later version (a new time, a seat got back) outranks every earlier one.
 */
export function liveShiftSequence(revision: number): number {
  return 2 * revision;
}
function cancelledShiftSequence(revision: number): number {
  return 2 * revision + 1;
}

type CalendarOptions = { name: string; baseUrl: string };

/**
 * An iCalendar (RFC 5545) document of shifts. Times are written in UTC, which every calendar shows
 * in the reader's own zone; the UID is the application's, so a re-imported file updates the event.
 * ical-generator ends lines with CRLF and folds them at 75 octets, as the RFC asks; see icsText for the last line.
 */
export function shiftsCalendar(entries: SeatedShift[], options: CalendarOptions): string {
  const calendar = newCalendar(options.name);
  for (const e of entries) calendar.createEvent({ ...eventOf(e, options.baseUrl), sequence: liveShiftSequence(e.revision) });
  return icsText(calendar);
}

/**
 * The event at its new time, sent by e-mail when the shift's time changes: the same UID with a higher
 * SEQUENCE in a METHOD:REQUEST calendar (RFC 5546 3.2.2), so the calendar moves the entry it has.
 */
export function updatedShiftCalendar(entry: SeatedShift, options: CalendarOptions & { parties: CancellationParties }): string {
  const calendar = newCalendar(options.name);
  calendar.method(ICalCalendarMethod.REQUEST);
  const event = calendar.createEvent({ ...eventOf(entry, options.baseUrl), sequence: liveShiftSequence(entry.revision) });
  event.organizer(options.parties.organizer);
  event.createAttendee({ email: options.parties.attendee, role: ICalAttendeeRole.REQ, rsvp: false });
  return icsText(calendar);
}

/**
 * Who a cancellation sent by e-mail is from and to. RFC 5546 3.2.5 has the organizer send a CANCEL
 * (ORGANIZER is required) to the attendees it removes, and Outlook ignores a CANCEL without an
 * ORGANIZER. The shift's host organization is the organizer in name, but its members' addresses are
 * not the sender's: the ORGANIZER is the organization's name (CN) with the system's From address
 * (mailto), so the organizer is the address the mail really comes from, which clients check. The one
 * ATTENDEE is the volunteer the mail goes to (no name: the address is what clients match).
 */
export type CancellationParties = { organizer: { name: string; email: string }; attendee: string };

/**
 * The same event as the live .ics (same UID), marked cancelled with a higher SEQUENCE, in a
 * METHOD:CANCEL calendar (RFC 5546 3.2.5), so a calendar that imported the shift removes it.
 * Sent by e-mail it also names its organizer and attendee (`parties`).
 */
export function cancelledShiftCalendar(entry: SeatedShift, options: CalendarOptions & { parties?: CancellationParties }): string {
  const calendar = newCalendar(options.name);
  calendar.method(ICalCalendarMethod.CANCEL);
  const event = calendar.createEvent({
    ...eventOf(entry, options.baseUrl),
    sequence: cancelledShiftSequence(entry.revision),
    status: ICalEventStatus.CANCELLED,
  });
  if (options.parties) {
    event.organizer(options.parties.organizer);
    event.createAttendee({ email: options.parties.attendee, role: ICalAttendeeRole.REQ, rsvp: false });
  }
  return icsText(calendar);
}

function newCalendar(name: string): ICalCalendar {
  return ical({ name, prodId: { company: 'Kapocs', product: 'kapocs', language: 'HU' }, ttl: 60 * 60 });
}

/**
 * ical-generator (10.2) leaves the CRLF off the last line, END:VCALENDAR; RFC 5545 3.1 ends every
 * content line with one, and strict parsers (and clients concatenating files) trip over the bare end.
 */
function icsText(calendar: ICalCalendar): string {
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

function eventOf(e: SeatedShift, baseUrl: string) {
  const host = new URL(baseUrl).hostname;
  return {
    id: `${e.applicationId}@${host}`,
    start: e.startsAt,
    end: e.endsAt,
    summary: `${e.title} – ${e.organizationName}`,
    description: e.description,
    location: e.remote ? null : [e.placeName, e.address].filter(Boolean).join(', ') || null,
    url: `${baseUrl}/applications/${e.applicationId}`,
  };
}
