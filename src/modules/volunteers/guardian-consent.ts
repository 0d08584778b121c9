import type { Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { NotFoundError } from '../../platform/errors.js';
import { auditSnapshot } from './access.js';
import { consentTextVersion } from './choices.js';
import { auditConsents } from './profile-service.js';
import { insertConsent, lockVolunteer, updateVolunteerRow } from './repo.js';

/**
 * A linked guardian gives (granted) or withdraws their consent with their own account (issue 12): a
 * `guardian` consent row with the text version, and guardian_consent_at / _recorded_by set or cleared,
 * audited, in the caller's transaction. The guardians service has checked the link (requireGuardianOf)
 * first; staff record a written consent with recordGuardianConsent instead.
 */
export async function recordGuardianDecision(
  tx: Queryable,
  volunteerId: string,
  decision: { granted: boolean; guardianUserId: string; now: Date },
): Promise<{ centerId: string | null }> {
  const before = await lockVolunteer(tx, volunteerId);
  if (!before) throw new NotFoundError('volunteer');
  const consent = await insertConsent(tx, {
    volunteerId,
    kind: 'guardian',
    granted: decision.granted,
    textVersion: consentTextVersion,
    recordedBy: decision.guardianUserId,
  });
  await auditConsents(tx, decision.guardianUserId, before.centerId, [consent]);
  const after = await updateVolunteerRow(
    tx,
    volunteerId,
    decision.granted
      ? { guardianConsentAt: decision.now, guardianConsentRecordedBy: decision.guardianUserId }
      : { guardianConsentAt: null, guardianConsentRecordedBy: null },
  );
  await recordAudit(tx, {
    actorUserId: decision.guardianUserId,
    centerId: after.centerId,
    action: decision.granted ? 'guardian_consent_given' : 'guardian_consent_withdrawn',
    entityType: 'volunteer',
    entityId: volunteerId,
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  return { centerId: after.centerId };
}
