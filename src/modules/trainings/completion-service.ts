import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { addMonths, budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import { revokeTrainingCertificates } from '../certificates/service.js';
import { type AttendanceSession, findRegistration, type LockedRegistration, lockRegistration, updateRegistration } from './attendance-repo.js';
import { undoCompletionSchema } from './attendance-schema.js';
import { sessionForAttendance } from './attendance-session.js';
import { mailCompletion } from './completion-mail.js';
import { deleteGrantedQualification, findGrantedQualification, type GrantedQualification, insertGrantedQualification } from './completion-repo.js';

/**
 * Completion (issue 14): marking a participant completed grants the course's qualification — a
 * volunteer_qualifications row, the one record sign-up, apply and matching read through
 * volunteer-law/eligibility.ts, so the volunteer is eligible from the moment the transaction commits
 * (nothing caches a volunteer's qualifications: matching and apply read them per request). Undoing
 * it removes that row and revokes a certificate issued for it. Both audited, each in one transaction.
 */

/** The qualification's last valid day: the session's Budapest day plus the course's validity in months; null: no expiry. */
export function qualificationValidUntil(session: Pick<AttendanceSession, 'startsAt' | 'validityMonths'>): string | null {
  return session.validityMonths ? addMonths(budapestDay(session.startsAt), session.validityMonths) : null;
}

/** The registration fields an audit entry of these steps records. */
function auditView(r: LockedRegistration) {
  return { status: r.status, checkedInAt: r.checkedInAt, completedAt: r.completedAt, completedBy: r.completedBy, qualificationId: r.qualificationId };
}

/**
 * Completes a registration that the caller has locked and found registered or attended, inside its
 * transaction: the qualification (for a volunteer, when the course grants one), the registration's
 * completion, both audit entries and the participant's mail.
 */
export async function completeLockedRegistration(
  tx: Queryable,
  actor: Actor,
  session: AttendanceSession,
  registration: LockedRegistration,
  options: { now: Date; baseUrl: string },
): Promise<LockedRegistration> {
  const validUntil = qualificationValidUntil(session);
  let qualificationId: string | null = null;
  if (registration.volunteerId && session.qualificationName) {
    const granted = await insertGrantedQualification(tx, {
      volunteerId: registration.volunteerId,
      name: session.qualificationName,
      validUntil,
      recordedBy: actor.userId,
    });
    qualificationId = granted.id;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      centerId: session.centerId,
      action: 'create',
      entityType: 'volunteer_qualification',
      entityId: granted.id,
      after: { ...granted, trainingRegistrationId: registration.id, courseId: session.courseId },
    });
  }
  const after = await updateRegistration(tx, registration.id, { status: 'completed', completedAt: options.now, completedBy: actor.userId, qualificationId });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    centerId: session.centerId,
    action: 'complete',
    entityType: 'training_registration',
    entityId: registration.id,
    before: auditView(registration),
    after: auditView(after),
  });
  await mailCompletion(tx, session, after, validUntil, options.baseUrl);
  return after;
}

/** A completed registration as the undo confirmation shows it. */
export type CompletionToUndo = {
  actor: Actor;
  session: AttendanceSession;
  registration: LockedRegistration;
  /** The qualification the completion granted, while it stands. */
  qualification: GrantedQualification | undefined;
};

/** The registration whose completion staff are about to undo (only the staff who may complete it). */
export async function completionToUndo(db: Queryable, actor: Actor | null, registrationId: string): Promise<CompletionToUndo> {
  const registration = await findRegistration(db, registrationId);
  if (!registration) throw new NotFoundError('training registration');
  const { actor: a, session } = await sessionForAttendance(db, actor, registration.sessionId, 'completion');
  const qualification = registration.qualificationId ? await findGrantedQualification(db, registration.qualificationId) : undefined;
  return { actor: a, session, registration, qualification };
}

/**
 * Undoes a completion: the registration goes back to attended, the qualification it granted is
 * removed (a volunteer who relied on it is no longer eligible), and a training certificate issued
 * for it is revoked. `confirmation` is the confirmation form (its box ticked). Refused (422) when
 * the registration is not completed (e.g. undone meanwhile).
 */
export async function undoCompletion(
  db: Database,
  actor: Actor | null,
  registrationId: string,
  confirmation: unknown,
  now = new Date(),
): Promise<LockedRegistration> {
  const { actor: a, session } = await completionToUndo(db, actor, registrationId);
  // Asked after access: who may not undo it learns nothing from a message about the form.
  const confirmed = parseForm(undoCompletionSchema, confirmation);
  if (!confirmed.ok) throw new FieldValidationError(confirmed.errors);
  return db.transaction(async (tx) => {
    const locked = await lockRegistration(tx, registrationId);
    if (locked?.status !== 'completed') throw new FieldValidationError({ _form: { key: 'trainingAttendance.error.notCompleted' } });
    if (locked.qualificationId) {
      const removed = await deleteGrantedQualification(tx, locked.qualificationId);
      if (removed) {
        await recordAudit(tx, {
          actorUserId: a.userId,
          centerId: session.centerId,
          action: 'delete',
          entityType: 'volunteer_qualification',
          entityId: removed.id,
          before: { ...removed, trainingRegistrationId: registrationId },
        });
      }
    }
    const after = await updateRegistration(tx, registrationId, { status: 'attended', completedAt: null, completedBy: null, qualificationId: null });
    const reason = translator('hu')('trainingAttendance.undo.certificateReason');
    await revokeTrainingCertificates(tx, a, registrationId, { centerId: session.centerId, reason, now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: session.centerId,
      action: 'undo_completion',
      entityType: 'training_registration',
      entityId: registrationId,
      before: auditView(locked),
      after: auditView(after),
    });
    return after;
  });
}
