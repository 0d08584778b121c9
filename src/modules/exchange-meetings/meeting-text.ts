import { formatDate, type Locale, type MessageKey } from '../../platform/i18n.js';

/** A calendar day ("2026-11-24") as the reader writes dates: "2026. 11. 24." in Hungarian. */
export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** An invited organization's attendance in words: invited (the meeting is still ahead), attended, or did not attend. */
export function attendanceKey(meeting: { heldOn: string; attended: boolean }, today: string): MessageKey {
  if (meeting.heldOn > today) return 'exchange.attendance.invited';
  return meeting.attended ? 'exchange.attendance.attended' : 'exchange.attendance.absent';
}
