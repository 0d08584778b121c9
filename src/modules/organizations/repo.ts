import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { causes, centers, organizations, places, points } from '../../db/schema/index.js';
import { findVettingEvents as findTimeline, recordVettingEvent, type VettingEventInput, type VettingEventRow } from '../../platform/vetting-timeline.js';
import { responsivenessTable } from './host-answer-repo.js';
import type { ResponsivenessWindow } from './responsiveness.js';
import type { OrganizationFilter, OrganizationSort } from './schema.js';

export type OrganizationRow = {
  id: string;
  centerId: string;
  centerName: string;
  pointId: string | null;
  pointName: string | null;
  name: string;
  hostType: string;
  taxNumber: string | null;
  kotRegistrationNumber: string | null;
  placeId: number;
  placeName: string;
  placeCounty: string;
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  causes: string[];
  description: string | null;
  status: string;
  statusReason: string | null;
  vettedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

const organizationColumns = {
  id: organizations.id,
  centerId: organizations.centerId,
  centerName: centers.name,
  pointId: organizations.pointId,
  pointName: points.name,
  name: organizations.name,
  hostType: organizations.hostType,
  taxNumber: organizations.taxNumber,
  kotRegistrationNumber: organizations.kotRegistrationNumber,
  placeId: organizations.placeId,
  placeName: places.name,
  placeCounty: places.county,
  address: organizations.address,
  email: organizations.email,
  phone: organizations.phone,
  website: organizations.website,
  causes: organizations.causes,
  description: organizations.description,
  status: organizations.status,
  statusReason: organizations.statusReason,
  vettedAt: organizations.vettedAt,
  createdAt: organizations.createdAt,
  updatedAt: organizations.updatedAt,
};

/** The coordinators' figures of each listed organization (host-answer-repo.ts), as columns to sort by. */
export type OrganizationListRow = OrganizationRow & { responseMedianHours: number | null; responseWithinShare: number | null; responseCounted: number | null };

/** Without a window (a single organization's page, the queue) the figures are null and cost nothing. */
function responsivenessColumns(window?: ResponsivenessWindow) {
  const of = (column: string) =>
    window ? sql`(select r.${sql.raw(`"${column}"`)} from ${responsivenessTable(window, sql`o.id = ${organizations.id}`)} r)` : sql`null`;
  return {
    responseMedianHours: sql<number | null>`${of('medianHours')}::float8`.mapWith((v) => (v == null ? null : Number(v))).as('responseMedianHours'),
    responseWithinShare: sql<number | null>`${of('withinShare')}::float8`.mapWith((v) => (v == null ? null : Number(v))).as('responseWithinShare'),
    responseCounted: sql<number | null>`${of('counted')}`.mapWith((v) => (v == null ? null : Number(v))).as('responseCounted'),
  };
}

/** The organizations with their center, place and point; with a window, also the coordinators' figures. */
function selectOrganizations(db: Queryable, window?: ResponsivenessWindow) {
  return db
    .select({ ...organizationColumns, ...responsivenessColumns(window) })
    .from(organizations)
    .innerJoin(centers, eq(centers.id, organizations.centerId))
    .innerJoin(places, eq(places.id, organizations.placeId))
    .leftJoin(points, eq(points.id, organizations.pointId));
}

export async function findOrganizationById(db: Queryable, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await selectOrganizations(db).where(eq(organizations.id, id));
  return row;
}

/** The stored row as it is, for the audit trail's "before". */
export async function findOrganizationRecord(db: Queryable, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Locks the row for a status change, so two vetters (or a vetter and an editor) cannot interleave. */
export async function lockOrganization(db: Queryable, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

export async function findOrganizationStatus(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, id));
  return row?.status;
}

export type OrganizationValues = {
  centerId: string;
  pointId: string | null;
  name: string;
  sortKey: string;
  hostType: string;
  taxNumber: string | null;
  kotRegistrationNumber: string | null;
  placeId: number;
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  causes: string[];
  description: string | null;
};

export async function insertOrganization(db: Queryable, values: OrganizationValues & { createdBy: string }) {
  const [row] = await db
    .insert(organizations)
    .values({ ...values, status: 'submitted' })
    .returning();
  if (!row) throw new Error('organization insert returned nothing');
  return row;
}

export async function updateOrganizationRow(db: Queryable, id: string, values: OrganizationValues & { status: string }) {
  const [row] = await db
    .update(organizations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row;
}

export async function setOrganizationStatus(
  db: Queryable,
  id: string,
  change: { status: string; statusReason: string | null; vettedBy?: string; vettedAt?: Date },
) {
  const [row] = await db
    .update(organizations)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row;
}

/** Which organizations a list shows: those of whole centers, and those attached to some points. */
export type OrganizationScope = { centerIds: 'all' | string[]; pointIds: string[] };

function whereOf(scope: OrganizationScope, filter: OrganizationFilter): SQL | undefined {
  const reach: SQL[] = [];
  if (scope.centerIds === 'all') reach.push(sql`true`);
  else if (scope.centerIds.length) reach.push(inArray(organizations.centerId, scope.centerIds));
  if (scope.pointIds.length) reach.push(inArray(organizations.pointId, scope.pointIds));
  const conditions: SQL[] = [reach.length ? sql`(${sql.join(reach, sql` or `)})` : sql`false`];
  if (filter.status) conditions.push(eq(organizations.status, filter.status));
  if (filter.q) {
    // Accent- and case-blind substring of the name, or the tax number's digits.
    const digits = filter.q.replace(/\D/g, '');
    const byName = sql`strpos(lower(unaccent(${organizations.name})), lower(unaccent(${filter.q}))) > 0`;
    conditions.push(digits.length >= 4 ? sql`(${byName} or strpos(replace(coalesce(${organizations.taxNumber}, ''), '-', ''), ${digits}) > 0)` : byName);
  }
  return and(...conditions);
}

function orderOf(sort: OrganizationSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  // The figures are the selected columns' aliases; organizations without any count go last either way.
  if (sort === 'responseMedian') return [sql`"responseMedianHours" ${d} nulls last`, sql`${organizations.sortKey} collate "C"`, sql`${organizations.id}`];
  if (sort === 'responseShare') return [sql`"responseWithinShare" ${d} nulls last`, sql`${organizations.sortKey} collate "C"`, sql`${organizations.id}`];
  // sort_key in the "C" collation is Hungarian alphabetical order on both engines (ADR 005).
  const byName = sql`${organizations.sortKey} collate "C" ${d}`;
  if (sort === 'status') return [sql`${organizations.status} ${d}`, sql`${organizations.sortKey} collate "C"`, sql`${organizations.id}`];
  if (sort === 'place') return [sql`${places.sortKey} collate "C" ${d}`, sql`${organizations.sortKey} collate "C"`, sql`${organizations.id}`];
  if (sort === 'created') return [sql`${organizations.createdAt} ${d}`, sql`${organizations.id}`];
  return [byName, sql`${organizations.id}`];
}

export async function findOrganizations(
  db: Queryable,
  scope: OrganizationScope,
  filter: OrganizationFilter,
  order: { sort: OrganizationSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
  window: ResponsivenessWindow,
): Promise<OrganizationListRow[]> {
  return selectOrganizations(db, window)
    .where(whereOf(scope, filter))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countOrganizations(db: Queryable, scope: OrganizationScope, filter: OrganizationFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organizations).where(whereOf(scope, filter));
  return row?.n ?? 0;
}

/** Submitted organizations waiting for a decision, oldest first (the vetting queue). */
export async function findSubmitted(db: Queryable, scope: OrganizationScope, limit: number): Promise<OrganizationRow[]> {
  return selectOrganizations(db)
    .where(whereOf(scope, { q: '', status: 'submitted' }))
    .orderBy(asc(organizations.updatedAt), asc(organizations.id))
    .limit(limit);
}

/** The centers of a county, oldest first: a county normally has exactly one Volunteer Center. */
export async function findCentersOfCounty(db: Queryable, county: string) {
  return db
    .select({ id: centers.id, name: centers.name, county: centers.county, email: centers.email })
    .from(centers)
    .where(eq(centers.county, county))
    .orderBy(asc(centers.createdAt), asc(centers.id));
}

export type PointChoiceRow = { id: string; name: string; centerId: string; centerName: string; county: string };

/** Every active Volunteer Point with its center, in Hungarian order of county, center and point. */
export async function findPointChoices(db: Queryable): Promise<PointChoiceRow[]> {
  return db
    .select({ id: points.id, name: points.name, centerId: centers.id, centerName: centers.name, county: centers.county })
    .from(points)
    .innerJoin(centers, eq(centers.id, points.centerId))
    .where(eq(points.status, 'active'))
    .orderBy(asc(centers.county), sql`${centers.sortKey} collate "C"`, sql`${points.sortKey} collate "C"`);
}

export async function findPointCenter(db: Queryable, pointId: string): Promise<{ id: string; centerId: string; county: string } | undefined> {
  const [row] = await db
    .select({ id: points.id, centerId: points.centerId, county: centers.county })
    .from(points)
    .innerJoin(centers, eq(centers.id, points.centerId))
    .where(eq(points.id, pointId));
  return row;
}

export async function findActiveCauses(db: Queryable) {
  return db
    .select({ slug: causes.slug, nameHu: causes.nameHu, nameEn: causes.nameEn })
    .from(causes)
    .where(eq(causes.active, true))
    .orderBy(asc(causes.position), asc(causes.slug));
}

export async function findCenterEmail(db: Queryable, centerId: string): Promise<string | null> {
  const [row] = await db.select({ email: centers.email }).from(centers).where(eq(centers.id, centerId));
  return row?.email ?? null;
}

/** The organization's vetting timeline lives in the shared table (platform/vetting-timeline.ts). */
export type { VettingEventRow } from '../../platform/vetting-timeline.js';

export function insertVettingEvent(db: Queryable, event: Omit<VettingEventInput, 'subjectId'> & { organizationId: string }): Promise<void> {
  const { organizationId, ...rest } = event;
  return recordVettingEvent(db, 'organization', { subjectId: organizationId, ...rest });
}

export function findVettingEvents(db: Queryable, organizationId: string): Promise<VettingEventRow[]> {
  return findTimeline(db, 'organization', organizationId);
}
