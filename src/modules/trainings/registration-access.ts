import type { Queryable } from '../../db/database.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isOrganizationMember } from '../organizations/service.js';
import { type RegistrationSide, registrationSidesOf } from './policy.js';
import { findRegistrationFacts, type RegistrationFactsRow } from './registration-repo.js';
import { findSession, type SessionRow } from './session-repo.js';

export type RegistrationAccess = { actor: Actor; registration: RegistrationFactsRow; session: SessionRow; sides: RegistrationSide[] };

/**
 * A registration with the sides the actor acts for on it (policy.ts): the person registered, the
 * organization that registered them, the session center's staff. Anyone else gets 404, exactly as
 * for a registration that does not exist (ADR 003).
 */
export async function registrationAccess(db: Queryable, actor: Actor | null, registrationId: string): Promise<RegistrationAccess> {
  const a = requireActor(actor);
  const registration = await findRegistrationFacts(db, registrationId);
  const session = registration && (await findSession(db, registration.sessionId));
  if (!registration || !session) throw new NotFoundError('registration');
  const sides = registrationSidesOf(a, {
    sessionCenterId: session.centerId,
    participantUserId: registration.participantUserId,
    volunteerPointId: registration.volunteerPointId,
    actorIsOrganizationMember: registration.organizationId ? await isOrganizationMember(db, a.userId, registration.organizationId) : false,
    registeredBy: registration.registeredBy,
  });
  if (sides.length === 0) throw new NotFoundError('registration');
  return { actor: a, registration, session, sides };
}
