import { offerHoldEnd as heldUntil } from '../../platform/held-offers.js';

/**
 * The pure rules of shift changes (no database, unit-tested): how long a freed seat is held for the
 * first on the waitlist, and who moves to the waitlist when the organization cuts a shift's capacity.
 */

/**
 * How long an offered seat is held. A constant: centers have no per-center settings table yet, and
 * one day is what volunteers are told in the offer mail.
 */
export const offerHoldHours = 24;

/** An offer holds the seat for `offerHoldHours`, but never past the shift's start (the rule trainings share). */
export function offerHoldEnd(now: Date, shiftStartsAt: Date, holdHours = offerHoldHours): Date {
  return heldUntil(now, shiftStartsAt, holdHours);
}

/** A seat holder of a shift: `seatSince` is when the seat became theirs (or was offered to them). */
export type SeatHolder = { id: string; status: string; seatSince: Date };

/**
 * Who gives up a seat when the capacity drops by `excess`: pending offers first (not yet anyone's
 * seat), then the last-accepted, in reverse order (the latest first). Checked-in ('active')
 * volunteers never move. Returns them in the order they move; fewer than `excess` when not enough
 * can move (the caller refuses then).
 */
export function whoMovesToWaitlist(holders: readonly SeatHolder[], excess: number): SeatHolder[] {
  if (excess <= 0) return [];
  const latestFirst = (a: SeatHolder, b: SeatHolder) => b.seatSince.getTime() - a.seatSince.getTime() || (a.id < b.id ? 1 : -1);
  const offers = holders.filter((h) => h.status === 'offered').sort(latestFirst);
  const accepted = holders.filter((h) => h.status === 'accepted').sort(latestFirst);
  return [...offers, ...accepted].slice(0, excess);
}

/**
 * Where the moved volunteers go on the waitlist: at its top, ahead of everyone waiting (the waitlist
 * is read in waitlisted_at order), keeping among themselves the order in which they got their seats
 * (so the earliest of them is offered the next free seat). `top` is the earliest waitlisted_at now
 * (or the current time for an empty waitlist); each moved one gets a millisecond before it.
 */
export function waitlistTopPositions(moved: readonly SeatHolder[], top: Date): Map<string, Date> {
  const earliestFirst = [...moved].sort((a, b) => a.seatSince.getTime() - b.seatSince.getTime() || (a.id < b.id ? -1 : 1));
  return new Map(earliestFirst.map((h, i) => [h.id, new Date(top.getTime() - (earliestFirst.length - i))]));
}
