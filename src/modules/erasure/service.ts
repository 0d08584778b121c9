import { type Database, isUniqueViolation, type Queryable, type Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, centersVisibleTo, ForbiddenError, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import type { MessageKey } from '../../platform/i18n.js';
import { type ListParams, offsetOf, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { getVolunteerByUserId, getVolunteerForStaff } from '../volunteers/service.js';
import { anonymiseVolunteer } from './anonymiser.js';
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
  latestRequestOf,
  listRequests,
  lockRequest,
  openRequestOf,
  recordCountsOf,
  updateRequest,
} from './repo.js';
import type { RequestErasureInput } from './schema.js';

/**
 * Erasure of a volunteer's personal data (GDPR Art. 17): the volunteer asks, the center's admin
 * confirms (then anonymiser.ts runs in one transaction) or rejects with a reason. Only one request
 * may be open per volunteer (a partial unique index backs that up).
 */

/**
 * What the audit trail keeps of a request: ids, status, times and the center's decision note. The
 * volunteer's reason is their own free text: kept on the request (cleared when the erasure runs),
 * never copied into the audit trail.
 */
function auditView(row: ErasureRequestRow, extra: Record<string, unknown> = {}) {
  const { reason, ...rest } = row;
  return { ...rest, reasonGiven: reason != null, ...extra };
}

/** The signed-in volunteer's own erasure page: their latest request and what would be kept. */
export async function myErasure(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return { volunteer: null } as const;
  const [latest, counts] = await Promise.all([latestRequestOf(db, volunteer.id), recordCountsOf(db, volunteer.id)]);
  return { volunteer: { id: volunteer.id }, latest: latest ?? null, open: latest?.status === 'requested' ? latest : null, counts } as const;
}
export type MyErasure = Awaited<ReturnType<typeof myErasure>>;

async function ownVolunteer(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  // Only a volunteer profile can be erased here; an account without one has nothing to ask for.
  if (!volunteer) throw new NotFoundError('volunteer profile');
  return { a, volunteer };
}

type Requestable = { id: string; centerId: string | null; erasedAt: Date | null };

/**
 * Files a request for a volunteer (asked by themselves, or recorded by center staff for a walk-in
 * volunteer); refused while another request is open or once the data is erased.
 */
async function fileRequest(db: Database, volunteer: Requestable, by: Actor, reason: string | null, alreadyOpenKey: MessageKey, now: Date): Promise<string> {
  if (volunteer.erasedAt) throw new FieldValidationError({ _form: { key: 'erasure.error.alreadyErased' } });
  const alreadyOpen = new FieldValidationError({ _form: { key: alreadyOpenKey } });
  try {
    return await db.transaction(async (tx) => {
      if (await openRequestOf(tx, volunteer.id)) throw alreadyOpen;
      const row = await insertRequest(tx, {
        volunteerId: volunteer.id,
        centerId: volunteer.centerId,
        requestedByUserId: by.userId,
        requestedAt: now,
        status: 'requested',
        reason,
      });
      await recordAudit(tx, {
        actorUserId: by.userId,
        centerId: row.centerId,
        action: 'create',
        entityType: 'erasure_request',
        entityId: row.id,
        after: auditView(row),
      });
      return row.id;
    });
  } catch (err) {
    // Two submissions at once: the partial unique index lets only one request stay open.
    if (isUniqueViolation(err)) throw alreadyOpen;
    throw err;
  }
}

/** The volunteer asks for erasure; refused while another request is open. */
export async function requestErasure(db: Database, actor: Actor | null, input: RequestErasureInput, now = new Date()): Promise<string> {
  const { a, volunteer } = await ownVolunteer(db, actor);
  return fileRequest(db, volunteer, a, input.reason, 'erasure.error.alreadyOpen', now);
}

/** What center staff see before recording a request for a volunteer (volunteers.manage in the volunteer's tenant). */
export async function erasureForStaff(db: Queryable, actor: Actor | null, volunteerId: string) {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  const [latest, counts] = await Promise.all([latestRequestOf(db, v.id), recordCountsOf(db, v.id)]);
  const open = latest?.status === 'requested' ? latest : null;
  const reach = centersVisibleTo(actor, 'erasure.decide');
  const mayDecide = !!open && (reach === 'all' || (!!open.centerId && reach.includes(open.centerId)));
  return { volunteer: { id: v.id, familyName: v.familyName, givenName: v.givenName, erasedAt: v.erasedAt }, latest: latest ?? null, open, counts, mayDecide };
}
export type StaffErasure = Awaited<ReturnType<typeof erasureForStaff>>;

/**
 * Center staff record the request of a volunteer who asked in person, by phone or on paper (a
 * walk-in volunteer may have no login at all). The center's admin then decides as on any request.
 */
export async function requestErasureForVolunteer(
  db: Database,
  actor: Actor | null,
  volunteerId: string,
  input: RequestErasureInput,
  now = new Date(),
): Promise<string> {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  return fileRequest(db, v, requireActor(actor), input.reason, 'erasure.error.alreadyOpenForVolunteer', now);
}

/** The volunteer withdraws their open request. */
export async function cancelErasure(db: Database, actor: Actor | null, now = new Date()): Promise<void> {
  const { a, volunteer } = await ownVolunteer(db, actor);
  await db.transaction(async (tx) => {
    const open = await openRequestOf(tx, volunteer.id);
    const current = open ? await lockRequest(tx, open.id) : undefined;
    if (current?.status !== 'requested') throw new FieldValidationError({ _form: { key: 'erasure.error.noOpen' } });
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
function reachOf(actor: Actor) {
  return centersVisibleTo(actor, 'erasure.decide');
}

/** Requests in the actor's centers, filtered by status, paged, sorted. */
export async function listErasureRequests(db: Queryable, actor: Actor | null, params: ListParams<ErasureSort>, status: ErasureStatus | undefined) {
  const a = requirePermission(actor, 'erasure.decide');
  const reach = reachOf(a);
  const [items, total] = await Promise.all([
    listRequests(db, reach, { status }, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countRequests(db, reach, { status }),
  ]);
  return pageOf<ErasureListRow>(items, total, params);
}

/** Every request of the filtered list, for CSV/XLSX. */
export async function exportErasureRequests(db: Queryable, actor: Actor | null, params: ListParams<ErasureSort>, status: ErasureStatus | undefined) {
  const a = requirePermission(actor, 'erasure.decide');
  return listRequests(db, reachOf(a), { status }, params, { limit: maxExportRows, offset: 0 });
}

/** The number of open requests, for the admin start page (undefined: the actor does not decide). */
export async function countOpenErasureRequests(db: Queryable, actor: Actor | null): Promise<number | undefined> {
  if (!can(actor, 'erasure.decide')) return undefined;
  return countRequests(db, reachOf(requireActor(actor)), { status: 'requested' });
}

/** A request the actor decides on: 404 when unknown, 403 when of a center outside their reach. */
async function decidableRequest(db: Queryable, actor: Actor | null, id: string) {
  const a = requirePermission(actor, 'erasure.decide');
  const detail = await findRequestDetail(db, id);
  if (!detail) throw new NotFoundError('erasure request');
  const reach = reachOf(a);
  // A request without a center (a volunteer outside every center) is the national admins' to decide.
  if (reach !== 'all' && (!detail.request.centerId || !reach.includes(detail.request.centerId))) throw new ForbiddenError('erasure.decide');
  return { a, detail };
}

/** The detail page: who asked, when, why, what the erasure will touch, and whether it may run now. */
export async function getErasureRequest(db: Queryable, actor: Actor | null, id: string) {
  const { detail } = await decidableRequest(db, actor, id);
  const counts = await recordCountsOf(db, detail.volunteer.id);
  const holdings = detail.volunteer.userId ? await accountHoldings(db, detail.volunteer.userId) : { roles: [], organizationMemberships: 0 };
  const refusal = detail.request.status === 'requested' ? erasureRefusal({ status: detail.request.status, ...holdings }) : null;
  return { ...detail, counts, refusal };
}
export type ErasureRequestDetail = Awaited<ReturnType<typeof getErasureRequest>>;

type Decision = { action: string; before: unknown; after: unknown };

/**
 * A decision on a request: the access check, then in one transaction the locked request, the
 * change `decide` makes (which may refuse with a FieldValidationError) and its audit entry.
 */
async function decideOn(db: Database, actor: Actor | null, id: string, decide: (tx: Tx, current: ErasureRequestRow, a: Actor) => Promise<Decision>) {
  const { a } = await decidableRequest(db, actor, id);
  await db.transaction(async (tx) => {
    const current = await lockRequest(tx, id);
    if (!current) throw new NotFoundError('erasure request');
    const { action, before, after } = await decide(tx, current, a);
    await recordAudit(tx, { actorUserId: a.userId, centerId: current.centerId, action, entityType: 'erasure_request', entityId: id, before, after });
  });
}

/**
 * The center confirms: the volunteer's personal data is anonymised in the same transaction as the
 * status change and the audit entry. The audit entry holds ids, counts and the time only.
 */
export async function confirmErasure(db: Database, actor: Actor | null, id: string, now = new Date()): Promise<void> {
  await decideOn(db, actor, id, async (tx, current, a) => {
    const detail = await findRequestDetail(tx, id);
    const userId = detail?.volunteer.userId ?? null;
    const holdings = userId ? await accountHoldings(tx, userId) : { roles: [], organizationMemberships: 0 };
    const refusal = erasureRefusal({ status: current.status, ...holdings });
    if (refusal) throw new FieldValidationError({ _form: { key: refusal } });
    const counts = await anonymiseVolunteer(tx, current.volunteerId, now);
    const after = await updateRequest(tx, id, { status: 'completed', decidedByUserId: a.userId, decidedAt: now, reason: null });
    return {
      action: 'erasure.completed',
      before: { status: current.status },
      after: { status: after.status, volunteerId: current.volunteerId, userId, erasedAt: now.toISOString(), counts },
    };
  });
}

/** The center rejects the request with a reason the volunteer will read (e.g. GDPR Art. 17 (3)). */
export async function rejectErasure(db: Database, actor: Actor | null, id: string, reason: string, now = new Date()): Promise<void> {
  await decideOn(db, actor, id, async (tx, current, a) => {
    if (current.status !== 'requested') throw new FieldValidationError({ _form: { key: 'erasure.refusal.notOpen' } });
    const after = await updateRequest(tx, id, { status: 'rejected', decidedByUserId: a.userId, decidedAt: now, decisionNote: reason });
    return { action: 'reject', before: auditView(current), after: auditView(after) };
  });
}
