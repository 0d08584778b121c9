/** The organizations module's entry point for other modules, and the read side for its own routes. */
import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, mayActForOrganization, pointsVisibleTo, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { placeLabel } from '../places/service.js';
import { findMembers, findOrganizationsOfUser, type MemberRow } from './members-repo.js';
import { organizationFacts } from './membership.js';
import {
  countOrganizations,
  findActiveCauses,
  findOrganizationById,
  findOrganizationStatus,
  findOrganizations,
  findSubmitted,
  findVettingEvents,
  type OrganizationListRow,
  type OrganizationRow,
  type VettingEventRow,
} from './repo.js';
import { type Responsiveness, responsivenessOfOrganization, responsivenessWindow } from './responsiveness.js';
import type { OrganizationFilter, OrganizationSort, VettingDecision } from './schema.js';
import { decisionsAllowed, isPublicStatus, membersMayEdit, membersMayResubmit } from './status-rules.js';

export { budapestDateOf, findHostResponseSettings, waitingStatuses, waitStartedAt } from './host-answer-repo.js';
export { hostTypeLabel, hostTypes, isKotHost } from './host-types.js';
export { findMembership } from './members-repo.js';
export {
  isOrganizationMember,
  organizationAccess,
  organizationFacts,
  organizationIdsOfUser,
  requireForOrganization,
  requireOrganizationMember,
} from './membership.js';

export type Organization = OrganizationRow & { placeLabel: string };
const toOrganization = <R extends OrganizationRow>(row: R): R & { placeLabel: string } => ({
  ...row,
  placeLabel: placeLabel({ name: row.placeName, county: row.placeCounty }),
});
/** A row of the coordinators' list: also the host's responsiveness (median hours, share within the deadline). */
export type ListedOrganization = OrganizationListRow & { placeLabel: string };
export type { Responsiveness } from './responsiveness.js';

/** Only approved organizations are public and may publish opportunities (for the opportunities module). */
export async function isOrganizationApproved(db: Queryable, organizationId: string): Promise<boolean> {
  return isPublicStatus((await findOrganizationStatus(db, organizationId)) ?? '');
}

export type OrganizationProfile = {
  org: Organization;
  causeNames: string[];
  /** Status, vetting timeline and members: only for members and the center's staff. */
  internals?: { timeline: VettingEventRow[]; members: MemberRow[] };
  /** How fast the host answers: for the coordinators of its tenant only, not its members. */
  responsiveness?: Responsiveness;
  /** member: the organization's own tools (contract template, Köt. 14. § register) are for members only. */
  can: { edit: boolean; resubmit: boolean; manageMembers: boolean; member: boolean; decisions: readonly VettingDecision[] };
};

/**
 * The organization's page. Anyone sees an approved organization's public profile; members and the
 * center's staff also see its status, vetting timeline and members. To everyone else an
 * organization that is not approved does not exist (404), so its name does not leak.
 */
export async function getOrganizationProfile(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
  locale: 'hu' | 'en',
  now = new Date(),
): Promise<OrganizationProfile> {
  const row = await findOrganizationById(db, organizationId);
  if (!row) throw new NotFoundError('organization');
  const facts = await organizationFacts(db, actor, row);
  const inside = mayActForOrganization(actor, 'view', facts);
  if (!inside && !isPublicStatus(row.status)) throw new NotFoundError('organization');
  const causeList = await findActiveCauses(db);
  const causeNames = row.causes.map((slug) => {
    const cause = causeList.find((c) => c.slug === slug);
    return cause ? (locale === 'en' ? cause.nameEn : cause.nameHu) : slug;
  });
  const internals = inside ? { timeline: await findVettingEvents(db, organizationId), members: await findMembers(db, organizationId) } : undefined;
  const responsiveness = mayActForOrganization(actor, 'seeResponsiveness', facts) ? await responsivenessOfOrganization(db, organizationId, now) : undefined;
  return {
    org: toOrganization(row),
    causeNames,
    internals,
    responsiveness,
    can: {
      edit: mayActForOrganization(actor, 'edit', facts) && membersMayEdit(row.status),
      resubmit: mayActForOrganization(actor, 'edit', facts) && membersMayResubmit(row.status),
      manageMembers: mayActForOrganization(actor, 'manageMembers', facts),
      member: facts.membership != null,
      decisions: mayActForOrganization(actor, 'vet', facts) ? decisionsAllowed(row.status) : [],
    },
  };
}

/** The coordinators' list: their centers' (or point's) organizations, filtered, sorted, paged. */
export async function listCenterOrganizations(
  db: Queryable,
  actor: Actor | null,
  filter: OrganizationFilter,
  params: ListParams<OrganizationSort>,
  now = new Date(),
): Promise<Page<ListedOrganization>> {
  const a = requirePermission(actor, 'organizations.view');
  const scope = { centerIds: centersVisibleTo(a, 'organizations.view'), pointIds: pointsVisibleTo(a, 'organizations.view') };
  const window = await responsivenessWindow(db, now);
  const [rows, total] = await Promise.all([
    findOrganizations(db, scope, filter, params, { limit: params.pageSize, offset: offsetOf(params) }, window),
    countOrganizations(db, scope, filter),
  ]);
  return pageOf(rows.map(toOrganization), total, params);
}

export async function exportCenterOrganizations(
  db: Queryable,
  actor: Actor | null,
  filter: OrganizationFilter,
  order: Pick<ListParams<OrganizationSort>, 'sort' | 'dir'>,
  now = new Date(),
): Promise<ListedOrganization[]> {
  const a = requirePermission(actor, 'organizations.view');
  const scope = { centerIds: centersVisibleTo(a, 'organizations.view'), pointIds: pointsVisibleTo(a, 'organizations.view') };
  const window = await responsivenessWindow(db, now);
  return (await findOrganizations(db, scope, filter, order, { limit: maxExportRows, offset: 0 }, window)).map(toOrganization);
}

/** Submitted organizations the actor may decide on, oldest first (vetters only; others get none). */
export async function vettingQueue(db: Queryable, actor: Actor | null, limit = 20): Promise<Organization[]> {
  requirePermission(actor, 'organizations.view');
  const centerIds = centersVisibleTo(actor, 'organizations.vet');
  if (centerIds !== 'all' && centerIds.length === 0) return [];
  return (await findSubmitted(db, { centerIds, pointIds: [] }, limit)).map(toOrganization);
}

/** The logged-in user's organizations with their status and the user's role. */
export async function myOrganizations(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  return findOrganizationsOfUser(db, a.userId);
}
