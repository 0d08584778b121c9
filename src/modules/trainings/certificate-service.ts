import type { Database } from '../../db/database.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { type CertificateRow, issueTrainingCertificate } from '../certificates/service.js';
import { lockRegistration } from './attendance-repo.js';
import { findRegistrationForCertificate } from './certificate-repo.js';

/**
 * The certificate of a completed training, through the certificates module (its PDF, verification
 * code and public verification page): only the volunteer who completed it asks for it, once a
 * completion stands; asking again gives the same certificate. Anyone else: 404.
 */
export async function certificateOfTraining(db: Database, actor: Actor | null, registrationId: string): Promise<CertificateRow> {
  const a = requireActor(actor);
  const found = await findRegistrationForCertificate(db, registrationId);
  if (!found || found.holderUserId !== a.userId) throw new NotFoundError('training registration');
  return db.transaction(async (tx) => {
    // Under the registration's lock: an undo at the same moment waits, and no certificate outlives it.
    const locked = await lockRegistration(tx, registrationId);
    if (locked?.status !== 'completed') throw new FieldValidationError({ _form: { key: 'trainingAttendance.error.notCompleted' } });
    const current = (await findRegistrationForCertificate(tx, registrationId)) ?? found;
    return issueTrainingCertificate(tx, a, {
      registrationId,
      volunteerId: current.volunteerId,
      holderUserId: current.holderUserId,
      holder: { familyName: current.familyName, givenName: current.givenName },
      centerId: current.centerId,
      centerName: current.centerName,
      day: budapestDay(current.startsAt),
      courseTitle: current.courseTitle,
      trainer: current.trainer,
      durationMinutes: current.durationMinutes,
      qualification: current.qualification,
      validUntil: current.validUntil,
    });
  });
}
