import type { Queryable } from '../../db/database.js';
import { type Actor, ForbiddenError, requireActor } from '../../platform/authz.js';
import { placementRecordWithSides, placementWithSides } from '../placements/placement-summary.js';
import type { PlacementSide } from '../placements/status-rules.js';
import { findMembership, requireOrganizationMember } from '../organizations/service.js';
import { type ContractRecord, findContract } from './repo.js';

/**
 * Who may do what with volunteer contracts:
 * - a placement's contracts: every side sees them and downloads the PDF (volunteer, host
 *   organization member, coordinator in the placement's tenant; see placements/placement-summary.ts);
 *   only the host organization generates, records the signature and voids (it is the contracting party);
 * - the organization's template: every member reads it, the organization's admins edit it.
 */
export const placementForActor = placementWithSides;

export async function contractForActor(db: Queryable, actor: Actor | null, contractId: string) {
  requireActor(actor);
  const { record: contract, ...rest } = await placementRecordWithSides<ContractRecord>(db, actor, await findContract(db, contractId), 'contract');
  return { contract, ...rest };
}

export const mayManage = (sides: readonly PlacementSide[]) => sides.includes('organization');

export function requireManage(sides: readonly PlacementSide[]): void {
  if (!mayManage(sides)) throw new ForbiddenError('only the host organization manages its contracts');
}

/** A member of the organization (403 otherwise), and whether they may edit the template (admin role). */
export async function templateAccess(db: Queryable, actor: Actor | null, organizationId: string): Promise<{ actor: Actor; mayEdit: boolean }> {
  const a = await requireOrganizationMember(db, actor, organizationId);
  return { actor: a, mayEdit: (await findMembership(db, organizationId, a.userId))?.role === 'admin' };
}
