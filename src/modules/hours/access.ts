import type { Queryable } from '../../db/database.js';
import { type Actor, type PlacementSide, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isOrganizationMember, requireForOrganization } from '../organizations/service.js';
import { placementRecordWithSides, placementWithSides } from '../placements/placement-summary.js';
import { findHourEntry, findOrganization, type HourEntryRecord, type Placement } from './repo.js';

/**
 * The data side of hours' access: the placement an hour entry is kept on, and the organization of a
 * review list. Who may log, decide, delete or override is platform/authz.ts's `placementActions`.
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

/** The organization's review list (organizationActions.followPlacements: its members and the coordinators in its reach). */
export async function organizationForReviewer(db: Queryable, actor: Actor | null, organizationId: string) {
  const a = await requireForOrganization(db, actor, 'followPlacements', organizationId);
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  return { organization, member: await isOrganizationMember(db, a.userId, organization.id) };
}
