import { addDays, addMonths, budapestDay, dayNumber } from '../../platform/budapest-time.js';

/** How many days before the deadline the center admins are reminded. */
export const reminderDaysBefore = 7;

export type RequestDeadline = {
  /** The last day the center may answer on, a Budapest calendar day ("2026-12-24"). */
  deadlineDay: string;
  /** Whole days from today (Budapest) to the deadline day: 0 = due today, negative = overdue. */
  daysLeft: number;
  /** The day the reminder is due: a week before the deadline day. */
  reminderDay: string;
  /** Today is the reminder day or later. */
  reminderDue: boolean;
};

/**
 * The one-month deadline of a data request. GDPR Art. 12 (3): the controller answers a request
 * under Art. 15–22 "without undue delay and in any event within one month of receipt".
 *
 * A month is counted as Hungarian civil law counts it (Ptk. 6:7. § (3)), which agrees with
 * Regulation 1182/71 Art. 3 (2) c) for EU acts: the period ends on the day of the next month that
 * has the same number as the day of receipt, and when that month has no such day, on its last day
 * (31 January → 28 February, 29 February in a leap year). The day of receipt is the Budapest
 * calendar day of the request, not the UTC one. We do not move a deadline that falls on a weekend
 * or holiday to the next working day (Ptk. 6:7. § (4) would allow it): answering earlier is always
 * lawful, and the center sees the stricter date.
 */
export function requestDeadline(requestedAt: Date, now: Date): RequestDeadline {
  const deadlineDay = addMonths(budapestDay(requestedAt), 1);
  const today = budapestDay(now);
  const reminderDay = addDays(deadlineDay, -reminderDaysBefore);
  return {
    deadlineDay,
    daysLeft: dayNumber(deadlineDay) - dayNumber(today),
    reminderDay,
    reminderDue: dayNumber(today) >= dayNumber(reminderDay),
  };
}

/** The deadline day as an instant the date formatters show as that day (noon, Budapest). */
export function deadlineDate(deadlineDay: string): Date {
  return new Date(`${deadlineDay}T12:00:00Z`);
}
