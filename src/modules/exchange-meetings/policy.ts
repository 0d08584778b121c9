import { type Actor, can, refusalFor, requireActor } from '../../platform/authz.js';

/**
 * Who holds a meeting: the training staff of its center (`trainings.manage`: national admins, the
 * center's admins and coordinators). To everyone else the meeting does not exist (404, ADR 003's
 * stranger policy): staff of another center cannot probe its ids.
 */
export function requireMeetingStaff(actor: Actor | null, meeting: { centerId: string }): Actor {
  const a = requireActor(actor);
  if (!can(a, 'trainings.manage', { centerId: meeting.centerId })) throw refusalFor(false, 'exchange meeting');
  return a;
}
