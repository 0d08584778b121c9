import type { Queryable } from '../../db/database.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import type { PlacementSide } from '../placements/status-rules.js';
import { placementRecordWithSides, placementWithSides } from '../placements/placement-summary.js';
import { type BenefitRecord, type Placement, findBenefit } from './repo.js';

/**
 * Who may do what with a placement's benefits ledger. The sides come from the placements module
 * (volunteer, host organization member, coordinator in the placement's tenant):
 * - see: every side (the volunteer read-only: it is their own data);
 * - record and correct: the host organization only — it gives the benefit and keeps the register
 *   (Köt. 14. §, HUNGARY.md §1.5 item 8).
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

export const mayRecord = (sides: readonly PlacementSide[]) => sides.includes('organization');
