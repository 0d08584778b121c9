import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { volunteerDataArchiveForCenter } from '../my-volunteering/service.js';
import { anonymiseVolunteer } from './anonymiser.js';
import { notifyAccessDone, notifyErasureDone, notifyRejected, type VolunteerContact } from './notify.js';
import { erasureRefusal } from './refusal.js';
import { accountHoldings, type ErasureRequestRow, findRequestDetail, lockRequest, type RequestKind, updateRequest } from './repo.js';
import { auditView, decidableRequest } from './service.js';

/**
 * The center's answers to a data request: an erasure carried out, a copy handed over, or a refusal
 * with its reason. The volunteer is mailed the result ("te") in the same transaction; a walk-in
 * volunteer without an address gets no mail, and `notified: false` tells the staff to tell them.
 */

export type DecisionResult = { notified: boolean };
type Decision = { action: string; before: unknown; after: Record<string, unknown>; notified: boolean };

/**
 * A decision on a request: the access check, then in one transaction the locked request, the
 * change `decide` makes (which may refuse with a FieldValidationError) and its audit entry.
 */
async function decideOn(
  db: Database,
  actor: Actor | null,
  id: string,
  decide: (tx: Tx, current: ErasureRequestRow, contact: VolunteerContact, a: Actor) => Promise<Decision>,
): Promise<DecisionResult> {
  const { a } = await decidableRequest(db, actor, id);
  return db.transaction(async (tx) => {
    const current = await lockRequest(tx, id);
    const detail = await findRequestDetail(tx, id);
    if (!current || !detail) throw new NotFoundError('erasure request');
    // Read before anything is erased: the address the result goes to.
    const contact = { email: detail.volunteer.email ?? detail.volunteer.accountEmail, locale: detail.volunteer.locale };
    const { action, before, after, notified } = await decide(tx, current, contact, a);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: current.centerId,
      action,
      entityType: 'erasure_request',
      entityId: id,
      before,
      after: { ...after, resultMailed: notified },
    });
    return { notified };
  });
}

function requireOpen(current: ErasureRequestRow, kind?: RequestKind) {
  if (kind && current.kind !== kind) throw new FieldValidationError({ _form: { key: 'erasure.refusal.wrongKind' } });
  if (current.status !== 'requested') throw new FieldValidationError({ _form: { key: 'erasure.refusal.notOpen' } });
}

/**
 * The center confirms an erasure: the volunteer's personal data is anonymised in the same
 * transaction as the status change and the audit entry (ids, counts and the time only). The
 * notice is queued after the anonymiser, which deletes the person's unsent mail.
 */
export async function confirmErasure(db: Database, actor: Actor | null, id: string, now = new Date()): Promise<DecisionResult> {
  return decideOn(db, actor, id, async (tx, current, contact, a) => {
    requireOpen(current, 'erasure');
    const detail = await findRequestDetail(tx, id);
    const userId = detail?.volunteer.userId ?? null;
    const holdings = userId ? await accountHoldings(tx, userId) : { roles: [], organizationMemberships: 0 };
    const refusal = erasureRefusal({ status: current.status, ...holdings });
    if (refusal) throw new FieldValidationError({ _form: { key: refusal } });
    const counts = await anonymiseVolunteer(tx, current.volunteerId, now);
    const after = await updateRequest(tx, id, { status: 'completed', decidedByUserId: a.userId, decidedAt: now, reason: null });
    const notified = await notifyErasureDone(tx, contact);
    return {
      action: 'erasure.completed',
      before: { status: current.status },
      after: { status: after.status, volunteerId: current.volunteerId, userId, erasedAt: now.toISOString(), counts },
      notified,
    };
  });
}

/** The center marks an access request done, once it has handed the volunteer their archive (GDPR Art. 15 (3)). */
export async function completeAccess(db: Database, actor: Actor | null, id: string, baseUrl: string, now = new Date()): Promise<DecisionResult> {
  return decideOn(db, actor, id, async (tx, current, contact, a) => {
    requireOpen(current, 'access');
    const after = await updateRequest(tx, id, { status: 'completed', decidedByUserId: a.userId, decidedAt: now });
    const notified = await notifyAccessDone(tx, contact, baseUrl);
    return { action: 'access.completed', before: auditView(current), after: auditView(after), notified };
  });
}

/** The center rejects a request of either kind with a reason the volunteer reads (e.g. GDPR Art. 17 (3)). */
export async function rejectRequest(db: Database, actor: Actor | null, id: string, reason: string, baseUrl: string, now = new Date()): Promise<DecisionResult> {
  return decideOn(db, actor, id, async (tx, current, contact, a) => {
    requireOpen(current);
    const after = await updateRequest(tx, id, { status: 'rejected', decidedByUserId: a.userId, decidedAt: now, decisionNote: reason });
    const notified = await notifyRejected(tx, contact, current, reason, baseUrl);
    return { action: 'reject', before: auditView(current), after: auditView(after), notified };
  });
}

/**
 * The archive of the volunteer of an open access request, for the admin who answers it: the same
 * ZIP the volunteer downloads themselves (my-volunteering), audited there as an export.
 */
export async function accessRequestArchive(db: Database, actor: Actor | null, id: string, now = new Date()) {
  const { detail } = await decidableRequest(db, actor, id);
  if (detail.request.kind !== 'access' || detail.request.status !== 'requested') throw new NotFoundError('open access request');
  return volunteerDataArchiveForCenter(db, actor, detail.volunteer.id, now);
}
