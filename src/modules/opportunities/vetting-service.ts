import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, centersVisibleTo, refusalFor, requirePermission } from '../../platform/authz.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { enqueueMail } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import { isPublicOpportunity, loadOpportunity, requireApproved, requireForOpportunity } from './access.js';
import { vettingDecisionMail } from './mails.js';
import {
  type CenterListStatus,
  countVettingQueue,
  findMemberEmails,
  findVettingQueue,
  insertVettingEvent,
  lockOpportunity,
  type OpportunityRow,
  type QueueSort,
  updateOpportunityRow,
} from './repo.js';
import { canClose, canSubmit, canVet, statusAfterVet, type VetDecision, vetNeedsReason } from './status-rules.js';

/** Refused because the opportunity is not in a status that allows the step (e.g. vetting a draft). */
export class WrongStatusError extends Error {
  readonly statusCode = 409;
  constructor(readonly status: string) {
    super(`wrong status ${status}`);
  }
}

/** The organization sends a draft (or a returned one) to the center for vetting. */
export async function submitOpportunity(db: Database, actor: Actor | null, opportunityId: string): Promise<void> {
  const opportunity = await loadOpportunity(db, opportunityId);
  const { actor: a } = await requireForOpportunity(db, actor, 'host', opportunity);
  await requireApproved(db, opportunity.organizationId);
  await db.transaction(async (tx) => {
    const before = await lockOpportunity(tx, opportunityId);
    if (!before || !canSubmit(before.status)) throw new WrongStatusError(before?.status ?? 'missing');
    const after = await updateOpportunityRow(tx, opportunityId, { status: 'submitted', statusReason: null });
    await insertVettingEvent(tx, { subjectId: opportunityId, fromStatus: before.status, toStatus: 'submitted', reason: null, actorUserId: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: 'submit',
      entityType: 'opportunity',
      entityId: opportunityId,
      before,
      after,
    });
  });
}

/**
 * The center's decision on a submitted opportunity: approve (published), return for changes or
 * reject, with a reason unless approving. Recorded in the vetting timeline and e-mailed to the
 * organization's staff in the same transaction.
 */
export async function vetOpportunity(
  db: Database,
  actor: Actor | null,
  opportunityId: string,
  decision: { decision: VetDecision; reason: string | null },
  baseUrl: string,
): Promise<void> {
  requirePermission(actor, 'opportunities.vet');
  const opportunity = await loadOpportunity(db, opportunityId);
  // A vetter of another center is a stranger to it: 404 unless the opportunity is public (ADR 003).
  if (!can(actor, 'opportunities.vet', { centerId: opportunity.centerId })) throw refusalFor(isPublicOpportunity(opportunity), 'opportunities.vet');
  const a = requirePermission(actor, 'opportunities.vet', { centerId: opportunity.centerId });
  if (vetNeedsReason(decision.decision) && !decision.reason) {
    throw new FieldValidationError({ reason: { key: 'opportunities.error.reasonRequired' } });
  }
  const to = statusAfterVet(decision.decision);
  await db.transaction(async (tx) => {
    const before = await lockOpportunity(tx, opportunityId);
    if (!before || !canVet(before.status)) throw new WrongStatusError(before?.status ?? 'missing');
    const now = new Date();
    const after = await updateOpportunityRow(tx, opportunityId, {
      status: to,
      statusReason: decision.reason,
      vettedBy: a.userId,
      vettedAt: now,
      ...(to === 'published' ? { publishedAt: now } : {}),
    });
    await insertVettingEvent(tx, { subjectId: opportunityId, fromStatus: before.status, toStatus: to, reason: decision.reason, actorUserId: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: `vet.${decision.decision}`,
      entityType: 'opportunity',
      entityId: opportunityId,
      before,
      after,
    });
    for (const email of await findMemberEmails(tx, before.organizationId)) {
      await enqueueMail(tx, vettingDecisionMail(email, before, decision.decision, decision.reason, baseUrl));
    }
  });
}

/** The organization ends an opportunity: it leaves the search and takes no more shifts. */
export async function closeOpportunity(db: Database, actor: Actor | null, opportunityId: string): Promise<void> {
  const opportunity = await loadOpportunity(db, opportunityId);
  const { actor: a } = await requireForOpportunity(db, actor, 'host', opportunity);
  await db.transaction(async (tx) => {
    const before = await lockOpportunity(tx, opportunityId);
    if (!before || !canClose(before.status)) throw new WrongStatusError(before?.status ?? 'missing');
    const after = await updateOpportunityRow(tx, opportunityId, { status: 'closed' });
    await insertVettingEvent(tx, { subjectId: opportunityId, fromStatus: before.status, toStatus: 'closed', reason: null, actorUserId: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: 'close',
      entityType: 'opportunity',
      entityId: opportunityId,
      before,
      after,
    });
  });
}

/** Submitted (or, on the second tab, published) opportunities of the centers where the actor vets. */
export async function listVettingQueue(
  db: Queryable,
  actor: Actor | null,
  params: ListParams<QueueSort>,
  status: CenterListStatus = 'submitted',
): Promise<Page<OpportunityRow>> {
  requirePermission(actor, 'opportunities.vet');
  const centerIds = centersVisibleTo(actor, 'opportunities.vet');
  const [rows, total] = await Promise.all([
    findVettingQueue(db, centerIds, params, { limit: params.pageSize, offset: offsetOf(params) }, status),
    countVettingQueue(db, centerIds, status),
  ]);
  return pageOf(rows, total, params);
}

export async function exportVettingQueue(
  db: Queryable,
  actor: Actor | null,
  order: Pick<ListParams<QueueSort>, 'sort' | 'dir'>,
  status: CenterListStatus = 'submitted',
): Promise<OpportunityRow[]> {
  requirePermission(actor, 'opportunities.vet');
  return findVettingQueue(db, centersVisibleTo(actor, 'opportunities.vet'), order, { limit: 50_000, offset: 0 }, status);
}
