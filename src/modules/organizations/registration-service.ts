import type { Database, Queryable, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { enqueueMail } from '../../platform/mail.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { placeLabel, resolvePlace } from '../places/service.js';
import { vettingQueueMail } from './mails.js';
import { findOrgStaffGrant, insertMember, insertOrgStaffGrant } from './members-repo.js';
import { requireForOrganization } from './membership.js';
import {
  findActiveCauses,
  findCenterEmail,
  findCentersOfCounty,
  findOrganizationById,
  findPointCenter,
  findPointChoices,
  insertOrganization,
  insertVettingEvent,
  lockOrganization,
  type OrganizationRow,
  type OrganizationValues,
  setOrganizationStatus,
  updateOrganizationRow,
} from './repo.js';
import type { OrganizationInput } from './schema.js';
import { legalDataChanged, membersMayEdit, membersMayResubmit, statusAfterEdit } from './status-rules.js';

/** What the registration form offers: the causes list and every Volunteer Point (with its center). */
export async function registrationChoices(db: Queryable) {
  const [causes, points] = await Promise.all([findActiveCauses(db), findPointChoices(db)]);
  return { causes, points };
}
export type RegistrationChoices = Awaited<ReturnType<typeof registrationChoices>>;

type RuleInput = { place?: string; pointId?: string | null; causes?: string[] };
type Resolved = { placeId: number; centerId: string };

/**
 * What zod cannot check: the seat is one settlement, a Volunteer Center serves its county (the
 * organization belongs to that center), the chosen point is one of that center's points, and the
 * causes are on the managed list. Runs on whatever is filled in, so a form shows every error at once.
 */
async function ruleCheck(db: Queryable, input: RuleInput): Promise<{ errors: FieldErrors; resolved?: Resolved }> {
  const errors: FieldErrors = {};
  let resolved: Resolved | undefined;
  if (input.place) {
    const place = await resolvePlace(db, input.place);
    if (place.kind === 'none') errors.place = { key: 'places.error.notFound' };
    else if (place.kind === 'ambiguous') errors.place = { key: 'places.error.ambiguous' };
    else {
      const county = place.place.county;
      const centers = await findCentersOfCounty(db, county);
      const point = input.pointId ? await findPointCenter(db, input.pointId) : undefined;
      if (input.pointId && (!point || point.county !== county)) errors.pointId = { key: 'organizations.error.pointOutsideCounty', params: { county } };
      if (centers.length === 0) errors.place = { key: 'organizations.error.noCenter', params: { county } };
      // A county normally has one center; if a second exists, the chosen point's center decides.
      const center = point && point.county === county ? centers.find((c) => c.id === point.centerId) : centers[0];
      if (center && !errors.pointId) resolved = { placeId: place.place.id, centerId: center.id };
    }
  }
  if (input.causes?.length) {
    const known = new Set((await findActiveCauses(db)).map((c) => c.slug));
    if (input.causes.some((c) => !known.has(c))) errors.causes = { key: 'validation.choice' };
  }
  return { errors, resolved };
}

/** The rule errors of a form zod already rejected, to show next to zod's own. */
export async function registrationRuleErrors(db: Queryable, posted: Record<string, string>, postedCauses: string[]): Promise<FieldErrors> {
  const text = (v: string | undefined) => v?.trim() || undefined;
  const pointId = text(posted.pointId);
  const validPoint = pointId && /^[0-9a-f-]{36}$/i.test(pointId) ? pointId : undefined;
  return (await ruleCheck(db, { place: text(posted.place), pointId: validPoint, causes: postedCauses })).errors;
}

/** The row values of a form (or a lead, whose tax number may not be known yet), checked by the rules above. */
export async function valuesOf(db: Queryable, input: Omit<OrganizationInput, 'taxNumber'> & { taxNumber: string | null }): Promise<OrganizationValues> {
  const { errors, resolved } = await ruleCheck(db, input);
  if (Object.keys(errors).length || !resolved) throw new FieldValidationError(errors);
  return {
    centerId: resolved.centerId,
    pointId: input.pointId,
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    hostType: input.hostType,
    taxNumber: input.taxNumber,
    kotRegistrationNumber: input.kotRegistrationNumber,
    placeId: resolved.placeId,
    address: input.address,
    email: input.email,
    phone: input.phone,
    website: input.website,
    causes: [...new Set(input.causes)],
    description: input.description,
  };
}

/** Lets the center know something waits in its vetting queue (if it has an e-mail address). */
async function notifyCenter(tx: Tx, centerId: string, name: string, baseUrl: string) {
  const to = await findCenterEmail(tx, centerId);
  if (to) await enqueueMail(tx, vettingQueueMail(to, { name }, `${baseUrl}/center/organizations?status=submitted`));
}

/** The org_staff role in the organization's center (ADR 003: roles per tenant), unless already held. */
export async function ensureOrgStaffGrant(tx: Tx, actorUserId: string, userId: string, centerId: string) {
  if (await findOrgStaffGrant(tx, userId, centerId)) return;
  const grant = await insertOrgStaffGrant(tx, userId, centerId);
  await recordAudit(tx, { actorUserId, centerId, action: 'grant', entityType: 'role_grant', entityId: grant.id, after: grant });
}

/**
 * Any logged-in user registers a host organization: it starts `submitted` in the center of its
 * seat's county, with the registering user as its admin member.
 */
export async function registerOrganization(db: Database, actor: Actor | null, input: OrganizationInput, baseUrl: string): Promise<string> {
  const a = requireActor(actor);
  const values = await valuesOf(db, input);
  return db.transaction(async (tx) => {
    const row = await insertOrganization(tx, { ...values, createdBy: a.userId });
    await recordAudit(tx, { actorUserId: a.userId, centerId: row.centerId, action: 'create', entityType: 'organization', entityId: row.id, after: row });
    const member = await insertMember(tx, row.id, a.userId, 'admin');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: row.centerId,
      action: 'create',
      entityType: 'organization_member',
      entityId: row.id,
      after: member,
    });
    await ensureOrgStaffGrant(tx, a.userId, a.userId, row.centerId);
    await insertVettingEvent(tx, { organizationId: row.id, fromStatus: null, toStatus: 'submitted', reason: null, actorUserId: a.userId });
    await notifyCenter(tx, row.centerId, row.name, baseUrl);
    return row.id;
  });
}

export type EditableOrganization = OrganizationRow & { placeLabel: string };

/** An organization a member may edit now (not after rejection). */
export async function getOrganizationToEdit(db: Queryable, actor: Actor | null, organizationId: string): Promise<EditableOrganization> {
  await requireForOrganization(db, actor, 'edit', organizationId);
  const org = await findOrganizationById(db, organizationId);
  if (!org) throw new NotFoundError('organization');
  if (!membersMayEdit(org.status)) throw new OrganizationLockedError();
  return { ...org, placeLabel: placeLabel({ name: org.placeName, county: org.placeCounty }) };
}

/** A rejected organization is final: its profile can no longer be edited or resubmitted. */
export class OrganizationLockedError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('organization locked');
  }
}

/**
 * Members save the profile. Changing the vetted legal data (name, host type, tax and Köt.
 * numbers) or moving the seat to another center's county sends an approved organization back to
 * `submitted`; the form says so before saving. Returns the status after the save.
 */
export async function updateOrganization(db: Database, actor: Actor | null, organizationId: string, input: OrganizationInput, baseUrl: string) {
  const a = requireActor(actor);
  await getOrganizationToEdit(db, a, organizationId);
  const values = await valuesOf(db, input);
  return db.transaction(async (tx) => {
    const before = await lockOrganization(tx, organizationId);
    if (!before) throw new NotFoundError('organization');
    if (!membersMayEdit(before.status)) throw new OrganizationLockedError();
    const changed = legalDataChanged(before, values) || before.centerId !== values.centerId;
    const status = statusAfterEdit(before.status, changed);
    const after = await updateOrganizationRow(tx, organizationId, { ...values, status });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: values.centerId,
      action: 'update',
      entityType: 'organization',
      entityId: organizationId,
      before,
      after,
    });
    if (status !== before.status) {
      await insertVettingEvent(tx, { organizationId, fromStatus: before.status, toStatus: status, reason: null, actorUserId: a.userId });
      await notifyCenter(tx, values.centerId, values.name, baseUrl);
    }
    return status;
  });
}

/** After "needs changes", members send the organization back to the center's queue. */
export async function resubmitOrganization(db: Database, actor: Actor | null, organizationId: string, baseUrl: string): Promise<void> {
  const a = await requireForOrganization(db, actor, 'edit', organizationId);
  const org = await findOrganizationById(db, organizationId);
  if (!org) throw new NotFoundError('organization');
  await db.transaction(async (tx) => {
    const before = await lockOrganization(tx, organizationId);
    if (!before) throw new NotFoundError('organization');
    if (!membersMayResubmit(before.status)) throw new OrganizationLockedError();
    const after = await setOrganizationStatus(tx, organizationId, { status: 'submitted', statusReason: null });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: 'submit',
      entityType: 'organization',
      entityId: organizationId,
      before,
      after,
    });
    await insertVettingEvent(tx, { organizationId, fromStatus: before.status, toStatus: 'submitted', reason: null, actorUserId: a.userId });
    await notifyCenter(tx, before.centerId, before.name, baseUrl);
  });
}
