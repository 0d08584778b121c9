import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor, requireOnPlacement } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { entryForActor, placementForActor } from './access.js';
import { notifyRejection } from './notify.js';
import { deleteHourEntry, findHourEntry, lockSubmittedOfPlacement, updateHourEntry } from './repo.js';

const alreadyDecided = () => new FieldValidationError({ _form: { key: 'hours.error.alreadyDecided' } });

/** Locks the entry and checks it is still waiting for a decision (it may have moved since the page was shown). */
async function lockSubmitted(tx: Tx, hourEntryId: string) {
  const current = await findHourEntry(tx, hourEntryId, { lock: true });
  if (!current) throw new NotFoundError('hour entry');
  if (current.status !== 'submitted') throw alreadyDecided();
  return current;
}

/** The host organization approves one submitted entry. Returns the placement's id. */
export async function approveHourEntry(db: Database, actor: Actor | null, hourEntryId: string): Promise<string> {
  const { entry, placement, sides } = await entryForActor(db, actor, hourEntryId);
  requireOnPlacement(sides, 'decideHours');
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const before = await lockSubmitted(tx, entry.id);
    const after = await updateHourEntry(tx, entry.id, { status: 'approved', decidedByUserId: a.userId, decidedAt: new Date(), decisionReason: null });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: placement.centerId,
      action: 'approve',
      entityType: 'hour_entry',
      entityId: entry.id,
      before,
      after,
    });
  });
  return placement.id;
}

/** The host organization rejects one submitted entry with a reason; the volunteer gets an e-mail. */
export async function rejectHourEntry(db: Database, actor: Actor | null, hourEntryId: string, reason: string, options: { baseUrl: string }): Promise<string> {
  const { entry, placement, sides } = await entryForActor(db, actor, hourEntryId);
  requireOnPlacement(sides, 'decideHours');
  const a = requireActor(actor);
  if (!reason.trim()) throw new FieldValidationError({ reason: { key: 'hours.error.reasonRequired' } });
  await db.transaction(async (tx) => {
    const before = await lockSubmitted(tx, entry.id);
    const after = await updateHourEntry(tx, entry.id, { status: 'rejected', decidedByUserId: a.userId, decidedAt: new Date(), decisionReason: reason.trim() });
    if (!after) throw new NotFoundError('hour entry');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: placement.centerId,
      action: 'reject',
      entityType: 'hour_entry',
      entityId: entry.id,
      before,
      after,
    });
    await notifyRejection(tx, placement, after, options.baseUrl);
  });
  return placement.id;
}

/** The host organization approves every still-submitted entry of one placement at once. Returns how many. */
export async function approveAllOfPlacement(db: Database, actor: Actor | null, applicationId: string): Promise<number> {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  requireOnPlacement(sides, 'decideHours');
  const a = requireActor(actor);
  return db.transaction(async (tx) => {
    const ids = await lockSubmittedOfPlacement(tx, placement.id);
    const decidedAt = new Date();
    for (const id of ids) {
      const before = await findHourEntry(tx, id);
      const after = await updateHourEntry(tx, id, { status: 'approved', decidedByUserId: a.userId, decidedAt, decisionReason: null });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: placement.centerId,
        action: 'approve:bulk',
        entityType: 'hour_entry',
        entityId: id,
        before,
        after,
      });
    }
    return ids.length;
  });
}

/** The volunteer takes back their own entry while it is still submitted (decided ones stay on record). */
export async function deleteOwnHourEntry(db: Database, actor: Actor | null, hourEntryId: string): Promise<string> {
  const { entry, placement, sides } = await entryForActor(db, actor, hourEntryId);
  requireOnPlacement(sides, 'deleteOwnHours');
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const before = await lockSubmitted(tx, entry.id);
    await deleteHourEntry(tx, entry.id);
    await recordAudit(tx, { actorUserId: a.userId, centerId: placement.centerId, action: 'delete', entityType: 'hour_entry', entityId: entry.id, before });
  });
  return placement.id;
}

/**
 * An entry for a page about it: any side of its placement may view it; rejecting needs the host
 * organization's side, deleting the volunteer's.
 */
export async function getEntryForAction(db: Database, actor: Actor | null, hourEntryId: string, action: 'view' | 'reject' | 'delete') {
  const found = await entryForActor(db, actor, hourEntryId);
  if (action === 'reject') requireOnPlacement(found.sides, 'decideHours');
  if (action === 'delete') requireOnPlacement(found.sides, 'deleteOwnHours');
  return found;
}
