import { checkInWindow } from '../check-in/code.js';
import type { RosterStatus } from './attendance-repo.js';

/** What staff (or the trainer, but for completion) record for a participant on the roster. */
export const attendanceDecisions = ['attended', 'no_show', 'completed'] as const;
export type AttendanceDecision = (typeof attendanceDecisions)[number];

/** Why one participant's row was left as it was. */
export type AttendanceRefusal = 'completedFirst' | 'noShowFirst' | 'notOnRoster';

/** What a decision does to a row in a status: changes it, leaves it (already so), or is refused with a reason. */
export type Transition = 'change' | 'same' | AttendanceRefusal;

/**
 * The roster's transitions. A completion is undone first (it granted a qualification, which the
 * undo removes) before the row can become anything else; a no-show is marked attended before it
 * can be completed, so a completion always follows attendance or a standing registration.
 */
const transitions: Record<AttendanceDecision, Record<RosterStatus, Transition>> = {
  attended: { registered: 'change', no_show: 'change', attended: 'same', completed: 'completedFirst' },
  no_show: { registered: 'change', attended: 'change', no_show: 'same', completed: 'completedFirst' },
  completed: { registered: 'change', attended: 'change', completed: 'same', no_show: 'noShowFirst' },
};

export function transitionOf(status: string, decision: AttendanceDecision): Transition {
  return (transitions[decision] as Record<string, Transition>)[status] ?? 'notOnRoster';
}

/** A session-wide reason the decision cannot be recorded yet; undefined when it can. */
export type TimingRefusal = 'tooEarly' | 'notStarted';

/**
 * When a decision may be recorded: attendance from the moment QR check-in opens (an hour before the
 * start, check-in/code.ts), a no-show and a completion only once the session has started.
 */
export function timingRefusal(session: { startsAt: Date; endsAt: Date }, decision: AttendanceDecision, now: Date): TimingRefusal | undefined {
  if (decision === 'attended') return checkInWindow(session, now) === 'tooEarly' ? 'tooEarly' : undefined;
  return now.getTime() < session.startsAt.getTime() ? 'notStarted' : undefined;
}
