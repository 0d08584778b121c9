import type { Queryable } from '../../db/database.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isOrganizationMember } from '../organizations/service.js';
import { coordinates } from '../placements/access.js';
import type { PlacementSide } from '../placements/status-rules.js';
import { placementRecordWithSides, placementWithSides } from '../placements/placement-summary.js';
import { type HourEntryRecord, type Placement, findHourEntry, findOrganization } from './repo.js';

/**
 * Who may do what with hours. The sides of a placement come from the placements module's access
 * rules (volunteer, host organization member, coordinator in the placement's tenant); on top:
 * - log: any side (the volunteer, the organization on their behalf, a coordinator);
 * - approve / reject: the host organization only;
 * - delete: the volunteer, while the entry is still submitted;
 * - override a minors' limit: a coordinator only, with a written reason.
 */
export type HoursSide = PlacementSide;

/** The placement and the actor's sides on it; someone outside it learns nothing (404). */
export const placementForActor = placementWithSides;

export async function entryForActor(
  db: Queryable,
  actor: Actor | null,
  hourEntryId: string,
): Promise<{ entry: HourEntryRecord; placement: Placement; sides: HoursSide[] }> {
  requireActor(actor);
  const { record: entry, ...rest } = await placementRecordWithSides(db, actor, await findHourEntry(db, hourEntryId), 'hour entry');
  return { entry, ...rest };
}

/** The organization's review list: its members, and coordinators of its center or Volunteer Point. */
export async function organizationForReviewer(db: Queryable, actor: Actor | null, organizationId: string) {
  const a = requireActor(actor);
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  const member = await isOrganizationMember(db, a.userId, organization.id);
  const coordinator = coordinates(a, { centerId: organization.centerId, organizationPointId: organization.pointId, volunteerPointId: null });
  if (!member && !coordinator) throw new NotFoundError('organization');
  return { organization, member };
}
