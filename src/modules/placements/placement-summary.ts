import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/database.js';
import { applications, opportunities, organizations, users, volunteers } from '../../db/schema/index.js';
import { type Actor, type PlacementFacts, type PlacementSide, placementSidesOf, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { isOrganizationMember } from '../organizations/service.js';
import { placementSpan } from './placement-span.js';
import { findPlacementSpanFacts } from './repo.js';

const volunteerUser = alias(users, 'volunteer_user');

/**
 * The sides the actor acts for on one placement (none = may not see it). This loads the one fact the
 * placement row does not carry, the actor's membership of the host; platform/authz.ts decides.
 */
export async function sidesOf(
  db: Queryable,
  actor: Actor | null,
  placement: Omit<PlacementFacts, 'actorIsHostMember'> & { organizationId: string },
): Promise<PlacementSide[]> {
  if (!actor) return [];
  return placementSidesOf(actor, { ...placement, actorIsHostMember: await isOrganizationMember(db, actor.userId, placement.organizationId) });
}

/**
 * One placement with what the modules built on placements (hours, benefits) need: its tenancy for
 * the access check, the volunteer (birth date for the minors' rules, address and language for
 * mails), the organization and the opportunity's title.
 */
export async function findPlacementSummary(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({
      id: applications.id,
      status: applications.status,
      centerId: applications.centerId,
      shiftId: applications.shiftId,
      volunteerId: applications.volunteerId,
      volunteerUserId: volunteers.userId,
      volunteerPointId: volunteers.pointId,
      volunteerBirthDate: volunteers.birthDate,
      volunteerFamilyName: volunteers.familyName,
      volunteerGivenName: volunteers.givenName,
      volunteerEmail: sql<string | null>`coalesce(${volunteers.email}, ${volunteerUser.email})`,
      volunteerLocale: volunteerUser.locale,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationPointId: organizations.pointId,
      opportunityTitle: opportunities.title,
    })
    .from(applications)
    .innerJoin(volunteers, eq(volunteers.id, applications.volunteerId))
    .leftJoin(volunteerUser, eq(volunteerUser.id, volunteers.userId))
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(eq(applications.id, applicationId))
    .limit(1);
  return row;
}
export type PlacementSummary = NonNullable<Awaited<ReturnType<typeof findPlacementSummary>>>;

/** The placement and the actor's sides on it; someone outside it learns nothing, not even that it exists (404). */
export async function placementWithSides(
  db: Queryable,
  actor: Actor | null,
  applicationId: string,
): Promise<{ placement: PlacementSummary; sides: PlacementSide[] }> {
  requireActor(actor);
  const placement = await findPlacementSummary(db, applicationId);
  if (!placement) throw new NotFoundError('application');
  const sides = await sidesOf(db, actor, placement);
  if (sides.length === 0) throw new NotFoundError('application');
  return { placement, sides };
}

/**
 * A record kept on a placement (an hour entry, a benefit) with the placement and the actor's sides;
 * missing, or outside the actor's reach, it is a 404 under the record's own name.
 */
export async function placementRecordWithSides<R extends { applicationId: string }>(
  db: Queryable,
  actor: Actor | null,
  record: R | undefined,
  entity: string,
): Promise<{ record: R; placement: PlacementSummary; sides: PlacementSide[] }> {
  requireActor(actor);
  if (!record) throw new NotFoundError(entity);
  try {
    return { record, ...(await placementWithSides(db, actor, record.applicationId)) };
  } catch (err) {
    if (err instanceof NotFoundError) throw new NotFoundError(entity);
    throw err;
  }
}

/** The days a placement covers (placement-span.ts), from its start to its end or today while open. */
export async function placementSpanOf(db: Queryable, applicationId: string, now: Date): Promise<{ from: string; to: string }> {
  const facts = await findPlacementSpanFacts(db, applicationId);
  if (!facts) throw new NotFoundError('application');
  return placementSpan(facts, now);
}
