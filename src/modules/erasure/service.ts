import { type Database, isUniqueViolation, type Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, centersVisibleTo, ForbiddenError, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import type { MessageKey } from '../../platform/i18n.js';
import { type ListParams, offsetOf, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { getVolunteerByUserId, getVolunteerForStaff } from '../volunteers/service.js';
import { requestDeadline } from './deadline.js';
import { notifyAdminsOfNewRequest } from './notify.js';
import { erasureRefusal } from './refusal.js';
import {
  accountHoldings,
  countRequests,
  type ErasureListRow,
  type ErasureRequestRow,
  type ErasureSort,
  type ErasureStatus,
  findRequestDetail,
  insertRequest,
  latestRequestOfKind,
  listRequests,
  lockRequest,
  openRequestOf,
  type RequestKind,
  recordCountsOf,
  updateRequest,
} from './repo.js';
import type { RequestErasureInput } from './schema.js';

/**
 * A volunteer's data requests to the center: erasure of their personal data (GDPR Art. 17) or a
 * copy of it (Art. 15). The volunteer asks (or staff record it for a walk-in), the center's admins
 * are mailed at once, and the center answers within one month (Art. 12 (3), deadline.ts): see
 * decision-service.ts. Only one request of each kind may be open per volunteer (a partial unique
 * index backs that up).
 */

/**
 * What the audit trail keeps of a request: ids, status, times and the center's decision note. The
 * volunteer's reason is their own free text: kept on the request (cleared when the erasure runs),
 * never copied into the audit trail.
 */
export function auditView(row: ErasureRequestRow, extra: Record<string, unknown> = {}) {
  const { reason, ...rest } = row;
  return { ...rest, reasonGiven: reason != null, ...extra };
}

/** A request with its deadline (GDPR Art. 12 (3)) as of now. */
function withDeadline<R extends { requestedAt: Date }>(row: R | undefined, now: Date) {
  return row ? { ...row, deadline: requestDeadline(row.requestedAt, now) } : null;
}

/** The latest request of each kind, and the open one with its deadline. */
async function requestsOfVolunteer(db: Queryable, volunteerId: string, now: Date) {
  const [erasure, access] = await Promise.all([latestRequestOfKind(db, volunteerId, 'erasure'), latestRequestOfKind(db, volunteerId, 'access')]);
  const openOf = (row: ErasureRequestRow | undefined) => (row?.status === 'requested' ? withDeadline(row, now) : null);
  return {
    latest: erasure ?? null,
    open: openOf(erasure),
    access: { latest: access ?? null, open: openOf(access) },
  };
}

/** The signed-in volunteer's own data page: their latest requests of each kind and what an erasure would touch. */
export async function myErasure(db: Queryable, actor: Actor | null, now = new Date()) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return { volunteer: null } as const;
  const [requests, counts] = await Promise.all([requestsOfVolunteer(db, volunteer.id, now), recordCountsOf(db, volunteer.id)]);
  return { volunteer: { id: volunteer.id }, ...requests, counts } as const;
}
export type MyErasure = Awaited<ReturnType<typeof myErasure>>;

async function ownVolunteer(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  // Only a volunteer profile can be asked about here; an account without one has nothing to ask for.
  if (!volunteer) throw new NotFoundError('volunteer profile');
  return { a, volunteer };
}

type Requestable = { id: string; centerId: string | null; erasedAt: Date | null };
type Filing = { kind: RequestKind; reason: string | null; alreadyOpenKey: MessageKey; baseUrl: string; now: Date };

/**
 * Files a request for a volunteer (asked by themselves, or recorded by center staff for a walk-in
 * volunteer); refused while another request of the kind is open or once the data is erased. The
 * center's admins are mailed in the same transaction: the deadline runs from now.
 */
async function fileRequest(db: Database, volunteer: Requestable, by: Actor, filing: Filing): Promise<string> {
  if (volunteer.erasedAt) throw new FieldValidationError({ _form: { key: 'erasure.error.alreadyErased' } });
  const alreadyOpen = new FieldValidationError({ _form: { key: filing.alreadyOpenKey } });
  try {
    return await db.transaction(async (tx) => {
      if (await openRequestOf(tx, volunteer.id, filing.kind)) throw alreadyOpen;
      const row = await insertRequest(tx, {
        kind: filing.kind,
        volunteerId: volunteer.id,
        centerId: volunteer.centerId,
        requestedByUserId: by.userId,
        requestedAt: filing.now,
        status: 'requested',
        reason: filing.reason,
      });
      const notified = await notifyAdminsOfNewRequest(tx, row, await centerNameOf(tx, row.id), filing.baseUrl, filing.now);
      await recordAudit(tx, {
        actorUserId: by.userId,
        centerId: row.centerId,
        action: 'create',
        entityType: 'erasure_request',
        entityId: row.id,
        after: auditView(row, { adminsNotified: notified }),
      });
      return row.id;
    });
  } catch (err) {
    // Two submissions at once: the partial unique index lets only one request of a kind stay open.
    if (isUniqueViolation(err)) throw alreadyOpen;
    throw err;
  }
}

async function centerNameOf(tx: Queryable, requestId: string) {
  return (await findRequestDetail(tx, requestId))?.centerName ?? null;
}

const alreadyOpenKeys = {
  own: { erasure: 'erasure.error.alreadyOpen', access: 'erasure.error.accessAlreadyOpen' },
  staff: { erasure: 'erasure.error.alreadyOpenForVolunteer', access: 'erasure.error.accessAlreadyOpenForVolunteer' },
} as const satisfies Record<string, Record<RequestKind, MessageKey>>;

/** The volunteer asks for erasure (GDPR Art. 17); refused while another erasure request is open. */
export async function requestErasure(db: Database, actor: Actor | null, input: RequestErasureInput, baseUrl: string, now = new Date()): Promise<string> {
  const { a, volunteer } = await ownVolunteer(db, actor);
  return fileRequest(db, volunteer, a, { kind: 'erasure', reason: input.reason, alreadyOpenKey: alreadyOpenKeys.own.erasure, baseUrl, now });
}

/** The volunteer asks the center for a copy of their data (GDPR Art. 15), besides the instant self-service download. */
export async function requestAccess(db: Database, actor: Actor | null, baseUrl: string, now = new Date()): Promise<string> {
  const { a, volunteer } = await ownVolunteer(db, actor);
  return fileRequest(db, volunteer, a, { kind: 'access', reason: null, alreadyOpenKey: alreadyOpenKeys.own.access, baseUrl, now });
}

/** What center staff see before recording a request for a volunteer (volunteers.manage in the volunteer's tenant). */
export async function erasureForStaff(db: Queryable, actor: Actor | null, volunteerId: string, now = new Date()) {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  const [requests, counts] = await Promise.all([requestsOfVolunteer(db, v.id, now), recordCountsOf(db, v.id)]);
  const reach = centersVisibleTo(actor, 'erasure.decide');
  const mayDecideOn = (centerId: string | null) => reach === 'all' || (!!centerId && reach.includes(centerId));
  return {
    volunteer: { id: v.id, familyName: v.familyName, givenName: v.givenName, erasedAt: v.erasedAt, hasEmail: !!v.email },
    ...requests,
    counts,
    mayDecide: !!requests.open && mayDecideOn(requests.open.centerId),
    mayDecideAccess: !!requests.access.open && mayDecideOn(requests.access.open.centerId),
  };
}
export type StaffErasure = Awaited<ReturnType<typeof erasureForStaff>>;

/**
 * Center staff record the request of a volunteer who asked in person, by phone or on paper (a
 * walk-in volunteer may have no login at all). The center's admin then decides as on any request.
 */
export async function requestForVolunteer(
  db: Database,
  actor: Actor | null,
  volunteerId: string,
  request: { kind: RequestKind; reason: string | null },
  baseUrl: string,
  now = new Date(),
): Promise<string> {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  return fileRequest(db, v, requireActor(actor), { ...request, alreadyOpenKey: alreadyOpenKeys.staff[request.kind], baseUrl, now });
}

/** The volunteer withdraws their open request of the kind. */
export async function cancelRequest(db: Database, actor: Actor | null, kind: RequestKind, now = new Date()): Promise<void> {
  const { a, volunteer } = await ownVolunteer(db, actor);
  await db.transaction(async (tx) => {
    const open = await openRequestOf(tx, volunteer.id, kind);
    const current = open ? await lockRequest(tx, open.id) : undefined;
    if (current?.status !== 'requested')
      throw new FieldValidationError({ _form: { key: kind === 'access' ? 'erasure.error.noOpenAccess' : 'erasure.error.noOpen' } });
    const after = await updateRequest(tx, current.id, { status: 'cancelled', decidedByUserId: a.userId, decidedAt: now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: current.centerId,
      action: 'cancel',
      entityType: 'erasure_request',
      entityId: current.id,
      before: auditView(current),
      after: auditView(after),
    });
  });
}

/** The centers whose requests the actor decides on (national admin: all). */
export function reachOf(actor: Actor) {
  return centersVisibleTo(actor, 'erasure.decide');
}

/** A list row with its deadline; the deadline of a decided request no longer counts down. */
const listRowWithDeadline = (now: Date) => (row: ErasureListRow) => ({
  ...row,
  deadline: row.request.status === 'requested' ? requestDeadline(row.request.requestedAt, now) : null,
});
export type DataRequestListRow = ReturnType<ReturnType<typeof listRowWithDeadline>>;

/** Requests in the actor's centers, filtered by status, paged, sorted (by default: open ones, soonest deadline first). */
export async function listErasureRequests(
  db: Queryable,
  actor: Actor | null,
  params: ListParams<ErasureSort>,
  status: ErasureStatus | undefined,
  now = new Date(),
) {
  const a = requirePermission(actor, 'erasure.decide');
  const reach = reachOf(a);
  const [items, total] = await Promise.all([
    listRequests(db, reach, { status }, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countRequests(db, reach, { status }),
  ]);
  return pageOf<DataRequestListRow>(items.map(listRowWithDeadline(now)), total, params);
}

/** Every request of the filtered list, for CSV/XLSX. */
export async function exportErasureRequests(
  db: Queryable,
  actor: Actor | null,
  params: ListParams<ErasureSort>,
  status: ErasureStatus | undefined,
  now = new Date(),
) {
  const a = requirePermission(actor, 'erasure.decide');
  return (await listRequests(db, reachOf(a), { status }, params, { limit: maxExportRows, offset: 0 })).map(listRowWithDeadline(now));
}

/** How many requests the admin start page lists by their deadline. */
export const dashboardDeadlineCount = 5;

/**
 * The open requests for the admin start page: how many, and the ones whose deadline comes first,
 * with the days left (undefined: the actor does not decide data requests).
 */
export async function openRequestsSummary(db: Queryable, actor: Actor | null, now = new Date()) {
  if (!can(actor, 'erasure.decide')) return undefined;
  const reach = reachOf(requireActor(actor));
  const [count, soonest] = await Promise.all([
    countRequests(db, reach, { status: 'requested' }),
    listRequests(db, reach, { status: 'requested' }, { sort: 'deadline', dir: 'asc' }, { limit: dashboardDeadlineCount, offset: 0 }),
  ]);
  return { count, soonest: soonest.map(listRowWithDeadline(now)) };
}
export type OpenRequestsSummary = NonNullable<Awaited<ReturnType<typeof openRequestsSummary>>>;

/** A request the actor decides on: 404 when unknown, 403 when of a center outside their reach. */
export async function decidableRequest(db: Queryable, actor: Actor | null, id: string) {
  const a = requirePermission(actor, 'erasure.decide');
  const detail = await findRequestDetail(db, id);
  if (!detail) throw new NotFoundError('erasure request');
  const reach = reachOf(a);
  // A request without a center (a volunteer outside every center) is the national admins' to decide.
  if (reach !== 'all' && (!detail.request.centerId || !reach.includes(detail.request.centerId))) throw new ForbiddenError('erasure.decide');
  return { a, detail };
}

/** The detail page: who asked, when, why, the deadline, what the erasure will touch, and whether it may run now. */
export async function getErasureRequest(db: Queryable, actor: Actor | null, id: string, now = new Date()) {
  const { detail } = await decidableRequest(db, actor, id);
  const open = detail.request.status === 'requested';
  const erasure = detail.request.kind === 'erasure';
  const counts = await recordCountsOf(db, detail.volunteer.id);
  const holdings = erasure && detail.volunteer.userId ? await accountHoldings(db, detail.volunteer.userId) : { roles: [], organizationMemberships: 0 };
  const refusal = erasure && open ? erasureRefusal({ status: detail.request.status, ...holdings }) : null;
  return { ...detail, counts, refusal, deadline: open ? requestDeadline(detail.request.requestedAt, now) : null };
}
export type ErasureRequestDetail = Awaited<ReturnType<typeof getErasureRequest>>;
