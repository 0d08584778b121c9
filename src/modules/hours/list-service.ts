import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, mayOnPlacement, pointsVisibleTo, requirePermission } from '../../platform/authz.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { organizationForReviewer, placementForActor } from './access.js';
import { loggableStatuses } from './log-service.js';
import {
  countReviewRows,
  findReviewRows,
  type HourEntryListRow,
  type HoursReach,
  listEntriesOfPlacement,
  type ReviewRow,
  type ReviewSort,
  staleInReach,
  submittedOfOrganization,
  totalsOfPlacement,
} from './repo.js';

export const entryStatuses = ['submitted', 'approved', 'rejected'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/** The hours page of one placement: its entries (paged), totals by status, and what the actor may do. */
export async function getPlacementHours(db: Queryable, actor: Actor | null, applicationId: string, page: { page: number; pageSize: number }) {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const [items, totals] = await Promise.all([
    listEntriesOfPlacement(db, placement.id, { limit: page.pageSize, offset: offsetOf(page) }),
    totalsOfPlacement(db, placement.id),
  ]);
  const byStatus = Object.fromEntries(entryStatuses.map((s) => [s, { entries: 0, minutes: 0 }])) as Record<EntryStatus, { entries: number; minutes: number }>;
  for (const row of totals) if (row.status in byStatus) byStatus[row.status as EntryStatus] = { entries: row.entries, minutes: row.minutes };
  const total = entryStatuses.reduce((n, s) => n + byStatus[s].entries, 0);
  return {
    placement,
    sides,
    entries: pageOf<HourEntryListRow>(items, total, page),
    totals: byStatus,
    may: {
      log: loggableStatuses.has(placement.status),
      decide: mayOnPlacement(sides, 'decideHours'),
      deleteOwn: mayOnPlacement(sides, 'deleteOwnHours'),
      override: mayOnPlacement(sides, 'overrideMinorLimit'),
    },
  };
}
export type PlacementHours = Awaited<ReturnType<typeof getPlacementHours>>;

/** The organization's entries waiting for its decision, across placements. */
export async function listOrganizationSubmitted(db: Queryable, actor: Actor | null, organizationId: string, params: ListParams<ReviewSort>) {
  const { organization, member } = await organizationForReviewer(db, actor, organizationId);
  const where = submittedOfOrganization(organization.id);
  const [rows, total] = await Promise.all([
    findReviewRows(db, where, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countReviewRows(db, where),
  ]);
  return { organization, mayDecide: member, page: pageOf(rows, total, params) };
}
export type OrganizationHours = Awaited<ReturnType<typeof listOrganizationSubmitted>>;

/** Entries waiting longer than this for the organization's decision appear on the coordinators' list. */
export const staleAfterDays = 14;

function reachOf(actor: Actor): HoursReach {
  return { centers: centersVisibleTo(actor, 'hours.review'), points: pointsVisibleTo(actor, 'hours.review') };
}

const cutoffOf = (now: Date) => new Date(now.getTime() - staleAfterDays * 86_400_000);

/**
 * The coordinators' list: entries still submitted more than 14 days after they were logged, in
 * their reach (a center's staff: all its organizations; a point coordinator: the organizations of
 * their Volunteer Point; a national admin: everywhere).
 */
export async function listStaleHours(db: Queryable, actor: Actor | null, params: ListParams<ReviewSort>, now = new Date()): Promise<Page<ReviewRow>> {
  const a = requirePermission(actor, 'hours.review');
  const where = staleInReach(reachOf(a), cutoffOf(now));
  const [rows, total] = await Promise.all([
    findReviewRows(db, where, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countReviewRows(db, where),
  ]);
  return pageOf(rows, total, params);
}

export async function exportStaleHours(db: Queryable, actor: Actor | null, order: Pick<ListParams<ReviewSort>, 'sort' | 'dir'>, now = new Date()) {
  const a = requirePermission(actor, 'hours.review');
  return findReviewRows(db, staleInReach(reachOf(a), cutoffOf(now)), order, { limit: maxExportRows, offset: 0 });
}

/**
 * For the coordinator dashboard: entries waiting for their organization's decision in the actor's
 * reach, and how many of them wait longer than 14 days (the list above shows those).
 */
export async function countWaitingHours(db: Queryable, actor: Actor | null, now = new Date()): Promise<{ waiting: number; stale: number }> {
  const reach = reachOf(requirePermission(actor, 'hours.review'));
  const [waiting, stale] = await Promise.all([countReviewRows(db, staleInReach(reach, now)), countReviewRows(db, staleInReach(reach, cutoffOf(now)))]);
  return { waiting, stale };
}
