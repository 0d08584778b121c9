import type { Queryable } from '../../db/database.js';
import { type Actor, mayActForOrganization, requireActor } from '../../platform/authz.js';
import { organizationAccess } from '../organizations/service.js';
import { placementRecordWithSides, placementWithSides } from '../placements/placement-summary.js';
import { type ContractRecord, findContract } from './repo.js';

/**
 * The data side of contracts' access: the placement a contract is kept on (with the actor's sides),
 * and the organization of a template. The decisions are platform/authz.ts's: every side of a
 * placement sees its contracts, the host manages them (`placementActions.manageContracts`); every
 * member reads the template, its admins edit it (`organizationActions.*ContractTemplate`).
 */
export const placementForActor = placementWithSides;

export async function contractForActor(db: Queryable, actor: Actor | null, contractId: string) {
  requireActor(actor);
  const { record: contract, ...rest } = await placementRecordWithSides<ContractRecord>(db, actor, await findContract(db, contractId), 'contract');
  return { contract, ...rest };
}

/** A member of the organization (403 or 404 otherwise, ADR 003), and whether they may edit the template. */
export async function templateAccess(db: Queryable, actor: Actor | null, organizationId: string): Promise<{ actor: Actor; mayEdit: boolean }> {
  const { actor: a, facts } = await organizationAccess(db, actor, 'readContractTemplate', organizationId);
  return { actor: a, mayEdit: mayActForOrganization(a, 'editContractTemplate', facts) };
}
