import ical from 'ical-generator';
import type { SeatedShift } from './calendar-repo.js';

/**
 * An iCalendar (RFC 5545) document of shifts. Times are written in UTC, which every calendar shows
 * in the reader's own zone; the UID is the application's, so a re-imported file updates the event.
 */
export function shiftsCalendar(entries: SeatedShift[], options: { name: string; baseUrl: string }): string {
  const calendar = ical({ name: options.name, prodId: { company: 'Kapocs', product: 'kapocs', language: 'HU' }, ttl: 60 * 60 });
  const host = new URL(options.baseUrl).hostname;
  for (const e of entries) {
    const location = e.remote ? null : [e.placeName, e.address].filter(Boolean).join(', ') || null;
    calendar.createEvent({
      id: `${e.applicationId}@${host}`,
      start: e.startsAt,
      end: e.endsAt,
      summary: `${e.title} – ${e.organizationName}`,
      description: e.description,
      location,
      url: `${options.baseUrl}/applications/${e.applicationId}`,
    });
  }
  return calendar.toString();
}
