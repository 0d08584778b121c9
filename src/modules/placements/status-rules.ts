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
 * - waitlisted → accepted happens only when a seat frees up (the service does it under the shift lock).
 */
import { addDays } from '../../platform/budapest-time.js';

export const applicationStatuses = [
  'applied',
  'proposed',
  'invited',
  'referred',
  'waitlisted',
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

/** Statuses in which the application holds one seat of its shift. */
export const seatHoldingStatuses: ReadonlySet<ApplicationStatus> = new Set(['accepted', 'active']);

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

/** A refusal must say why, so the volunteer is not left guessing. */
export function reasonRequired(to: ApplicationStatus): boolean {
  return to === 'declined';
}

/** Follow-up is due two weeks after the placement starts. */
export const followUpAfterDays = 14;

export function followUpDay(startDay: string): string {
  return addDays(startDay, followUpAfterDays);
}
