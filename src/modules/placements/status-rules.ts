import type { PlacementSide } from '../../platform/authz.js';

/**
 * The application / placement status machine (pure: no database, unit-tested).
 *
 *   applied ─┐                     ┌─► active ─► completed
 *   proposed ┼─► referred ─► accepted ─┤
 *   invited ─┘        (waitlisted ─┘)   └─► no_show
 *   … and declined (reason required) / withdrawn from any open state.
 *
 * - applied: the volunteer applied; proposed: a coordinator suggested it and waits for the volunteer;
 *   invited: the organization invited the volunteer and waits for their answer;
 *   referred: a coordinator sent the volunteer to the organization, which decides.
 * - waitlisted → offered happens only when a seat frees up (seat-offers.ts, under the shift lock): the
 *   seat is held for the volunteer, who confirms (offered → accepted) or declines (→ withdrawn).
 * - The shift services also make the moves in `shiftChangeMoves` below (no one picks them on the timeline).
 */
import { addDays } from '../../platform/budapest-time.js';

export const applicationStatuses = [
  'applied',
  'proposed',
  'invited',
  'referred',
  'waitlisted',
  'offered',
  'accepted',
  'active',
  'completed',
  'declined',
  'withdrawn',
  'no_show',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Which side of a placement someone acts for (defined with the decisions, in platform/authz.ts). */
export type { PlacementSide };

export const finalStatuses: ReadonlySet<ApplicationStatus> = new Set(['completed', 'declined', 'withdrawn', 'no_show']);

/** Statuses in which the application holds one seat of its shift (an offer holds it until it is answered or expires). */
export const seatHoldingStatuses: ReadonlySet<ApplicationStatus> = new Set(['offered', 'accepted', 'active']);

type Rule = { to: ApplicationStatus; by: readonly PlacementSide[] };

const hosts = ['organization', 'coordinator'] as const;

const transitions: Record<ApplicationStatus, readonly Rule[]> = {
  applied: [
    { to: 'referred', by: ['coordinator'] },
    { to: 'accepted', by: hosts },
    { to: 'declined', by: hosts },
    { to: 'withdrawn', by: ['volunteer'] },
  ],
  // The volunteer agrees (or the coordinator records an agreement given by phone).
  proposed: [
    { to: 'referred', by: ['volunteer', 'coordinator'] },
    { to: 'declined', by: ['volunteer', 'coordinator'] },
    { to: 'withdrawn', by: ['volunteer'] },
  ],
  // The organization asked; the volunteer's "yes" is the acceptance.
  invited: [
    { to: 'accepted', by: ['volunteer'] },
    { to: 'declined', by: ['volunteer', 'organization'] },
  ],
  referred: [
    { to: 'accepted', by: hosts },
    { to: 'declined', by: hosts },
    { to: 'withdrawn', by: ['volunteer'] },
  ],
  waitlisted: [
    { to: 'declined', by: hosts },
    { to: 'withdrawn', by: ['volunteer'] },
  ],
  // A freed seat held for the volunteer: "yes" makes it theirs, "no" passes it on.
  offered: [
    { to: 'accepted', by: ['volunteer'] },
    { to: 'withdrawn', by: ['volunteer'] },
    { to: 'declined', by: hosts },
  ],
  accepted: [
    { to: 'active', by: hosts },
    { to: 'no_show', by: hosts },
    { to: 'withdrawn', by: ['volunteer'] },
  ],
  active: [
    { to: 'completed', by: hosts },
    { to: 'withdrawn', by: ['volunteer'] },
  ],
  completed: [],
  declined: [],
  withdrawn: [],
  no_show: [],
};

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (applicationStatuses as readonly string[]).includes(value);
}

/** May someone acting for these sides move an application from `from` to `to`? */
export function mayTransition(from: ApplicationStatus, to: ApplicationStatus, sides: readonly PlacementSide[]): boolean {
  return transitions[from].some((r) => r.to === to && r.by.some((side) => sides.includes(side)));
}

/** The statuses these sides may move the application to now (for the buttons on the timeline page). */
export function nextStatuses(from: ApplicationStatus, sides: readonly PlacementSide[]): ApplicationStatus[] {
  return transitions[from].filter((r) => r.by.some((side) => sides.includes(side))).map((r) => r.to);
}

/**
 * The moves only the shift services make, never offered as timeline buttons:
 * - waitlisted → offered: a seat freed (withdrawal, removal, more capacity, an expired offer);
 * - offered → withdrawn: the hold expired unanswered (the background job);
 * - accepted/offered → waitlisted: the organization cut the capacity and chose to move the last-accepted;
 * - accepted → declined: the organization took the volunteer off the shift, with a reason;
 * - waitlisted → withdrawn: the organization turned the shift's waitlist off.
 */
const shiftChangeMoves: Partial<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  waitlisted: ['offered', 'withdrawn'],
  offered: ['withdrawn', 'waitlisted'],
  accepted: ['waitlisted', 'declined'],
};

export function isShiftChangeMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return shiftChangeMoves[from]?.includes(to) ?? false;
}

/** A refusal must say why, so the volunteer is not left guessing. */
export function reasonRequired(to: ApplicationStatus): boolean {
  return to === 'declined';
}

/** Follow-up is due two weeks after the placement starts. */
export const followUpAfterDays = 14;

export function followUpDay(startDay: string): string {
  return addDays(startDay, followUpAfterDays);
}
