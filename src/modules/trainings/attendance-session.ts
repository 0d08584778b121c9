import type { Queryable } from '../../db/database.js';
import { type Actor, ForbiddenError, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type AttendanceRights, attendanceRightsOf } from './attendance-policy.js';
import { type AttendanceSession, findAttendanceSession } from './attendance-repo.js';

export type SessionForAttendance = { actor: Actor; session: AttendanceSession; rights: AttendanceRights };

/**
 * The session, for someone who runs its attendance (attendance-policy.ts). Anyone else learns
 * nothing about it here (404, as for an unknown id: ADR 003); a trainer who asks for a completion
 * step sees the session but may not take it (403).
 */
export async function sessionForAttendance(
  db: Queryable,
  actor: Actor | null,
  sessionId: string,
  need: keyof AttendanceRights = 'attendance',
): Promise<SessionForAttendance> {
  const a = requireActor(actor);
  const session = await findAttendanceSession(db, sessionId);
  if (!session) throw new NotFoundError('training session');
  const rights = attendanceRightsOf(a, session);
  if (!rights.attendance) throw new NotFoundError('training session');
  if (!rights[need]) throw new ForbiddenError('trainings.manage');
  return { actor: a, session, rights };
}
