import { type Actor, can } from '../../platform/authz.js';

/** What the attendance rules need to know about a session: its center and its trainer's account. */
export type AttendanceSessionFacts = { centerId: string; trainerUserId: string | null };

/** What the actor may do on a session's attendance. */
export type AttendanceRights = {
  /** See the roster and sign-in sheet, show the QR code, mark attended and no-show. */
  attendance: boolean;
  /** Mark completion and undo it: completion grants a qualification, a center's decision. */
  completion: boolean;
};

/**
 * Who runs a session's attendance: the staff holding 'trainings.manage' in the session's center
 * (national admins everywhere; center admins and coordinators there), and the session's trainer,
 * whose account is on the session (`trainer_user_id`). The trainer takes attendance (they are in the
 * room) but does not grant qualifications: a completion puts a qualification on the volunteer's
 * record that opportunities rely on, so it is the center's staff who mark it, and undo it.
 * A point's coordinator holds no 'trainings.manage': the center trains, the point refers people.
 */
export function attendanceRightsOf(actor: Actor | null, session: AttendanceSessionFacts): AttendanceRights {
  const staff = can(actor, 'trainings.manage', { centerId: session.centerId });
  const trainer = actor != null && session.trainerUserId != null && session.trainerUserId === actor.userId;
  return { attendance: staff || trainer, completion: staff };
}
