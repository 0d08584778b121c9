import type { Queryable } from '../../db/database.js';
import { type Actor, type PlacementSide, requireActor } from '../../platform/authz.js';
import { placementRecordWithSides, placementWithSides } from '../placements/placement-summary.js';
import { type BenefitRecord, findBenefit, type Placement } from './repo.js';

/**
 * The data side of the benefits ledger's access: the placement a benefit is kept on, with the actor's
 * sides. Every side sees the ledger (the volunteer read-only: it is their own data); recording and
 * correcting is platform/authz.ts's `placementActions.recordBenefits` (the host organization).
 */
export const placementForActor = placementWithSides;

export async function benefitForActor(
  db: Queryable,
  actor: Actor | null,
  benefitId: string,
): Promise<{ benefit: BenefitRecord; placement: Placement; sides: PlacementSide[] }> {
  requireActor(actor);
  const { record: benefit, ...rest } = await placementRecordWithSides(db, actor, await findBenefit(db, benefitId), 'benefit');
  return { benefit, ...rest };
}
