import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail.js';
import { organizationLink, vettingDecisionMail } from './mails.js';
import { findMembers } from './members-repo.js';
import { requireForOrganization } from './membership.js';
import { insertVettingEvent, lockOrganization, setOrganizationStatus } from './repo.js';
import type { VettingInput } from './schema.js';
import { decisionsAllowed, statusAfterDecision } from './status-rules.js';

/** The decision does not apply to the organization's current status (e.g. someone decided first). */
export class VettingConflictError extends Error {
  readonly statusCode = 409;
  constructor(readonly status: string) {
    super('vetting decision not allowed in this status');
  }
}

/** The actor, if they may vet this organization (a vetter of its center); 403 or 404 otherwise. */
export async function requireVetter(db: Queryable, actor: Actor | null, organizationId: string): Promise<Actor> {
  requirePermission(actor, 'organizations.vet');
  return requireForOrganization(db, actor, 'vet', organizationId);
}

/**
 * The center decides on a submitted organization (or withdraws an approval): approve, return for
 * changes or reject, with a reason for the last two. Every member gets the decision by e-mail, the
 * timeline gets a row and the audit log the before/after, all in one transaction.
 */
export async function vetOrganization(db: Database, actor: Actor | null, organizationId: string, input: VettingInput, baseUrl: string): Promise<string> {
  const a = await requireVetter(db, actor, organizationId);
  return db.transaction(async (tx) => {
    const before = await lockOrganization(tx, organizationId);
    if (!before) throw new NotFoundError('organization');
    if (!decisionsAllowed(before.status).includes(input.decision)) throw new VettingConflictError(before.status);
    const status = statusAfterDecision(input.decision);
    const reason = input.reason;
    const after = await setOrganizationStatus(tx, organizationId, { status, statusReason: reason, vettedBy: a.userId, vettedAt: new Date() });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: `vet.${input.decision}`,
      entityType: 'organization',
      entityId: organizationId,
      before,
      after,
    });
    await insertVettingEvent(tx, { organizationId, fromStatus: before.status, toStatus: status, reason, actorUserId: a.userId });
    const link = organizationLink(baseUrl, organizationId);
    for (const member of await findMembers(tx, organizationId)) {
      if (member.disabledAt) continue;
      await enqueueMail(tx, vettingDecisionMail(member, { name: before.name, link }, status, reason));
    }
    return status;
  });
}
