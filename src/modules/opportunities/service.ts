import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, ForbiddenError } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { placeLabel, resolvePlace } from '../places/service.js';
import { reapplyProgramRules } from '../programs/rules.js';
import { loadOpportunity, loadOrganization, requireApproved, requireForOpportunity, requireForOrganizationRef } from './access.js';
import {
  type CenterListStatus,
  findActiveCauses,
  findActiveSkills,
  findOpportunitiesOfOrganization,
  findVettingEvents,
  insertOpportunity,
  insertVettingEvent,
  type ListChoice,
  lockOpportunity,
  type OpportunityRecord,
  type OpportunityRow,
  type OpportunityValues,
  type OrganizationRef,
  updateOpportunityRow,
  type VettingEventRow,
} from './repo.js';
import type { FormValues, OpportunityInput, OpportunitySort } from './schema.js';
import { canEdit, statusAfterEdit } from './status-rules.js';

export { centerListStatuses } from './repo.js';
export type { CenterListStatus, OpportunityRow, OrganizationRef, VettingEventRow };
export type Choices = { causes: ListChoice[]; skills: ListChoice[] };

export async function listChoices(db: Queryable): Promise<Choices> {
  const [causes, skills] = await Promise.all([findActiveCauses(db), findActiveSkills(db)]);
  return { causes, skills };
}

/** The organization a member is about to add an opportunity to (approved organizations only). */
export async function getOrganizationForNewOpportunity(db: Queryable, actor: Actor | null, organizationId: string): Promise<OrganizationRef> {
  const organization = await loadOrganization(db, organizationId);
  await requireForOrganizationRef(db, actor, 'host', organization);
  await requireApproved(db, organization.id);
  return organization;
}

type Posted = { place?: string; remote?: boolean; causes?: string[]; skills?: string[] };

/**
 * Rules zod cannot check: the settlement must resolve to one place, causes and skills must be
 * active entries of the managed lists. Runs on whatever was posted, so one round shows every error.
 */
async function ruleCheck(db: Queryable, input: Posted): Promise<{ errors: FieldErrors; place?: { id: number; lat: number; lon: number } }> {
  const errors: FieldErrors = {};
  let place: { id: number; lat: number; lon: number } | undefined;
  if (input.place) {
    const resolved = await resolvePlace(db, input.place);
    if (resolved.kind === 'found') place = resolved.place;
    else errors.place = { key: resolved.kind === 'ambiguous' ? 'places.error.ambiguous' : 'places.error.notFound' };
  }
  const { causes, skills } = await listChoices(db);
  const known = (list: ListChoice[], slugs: string[] | undefined) => (slugs ?? []).every((s) => list.some((c) => c.slug === s));
  if (!known(causes, input.causes)) errors.causes = { key: 'validation.choice' };
  if (!known(skills, input.skills)) errors.skills = { key: 'validation.choice' };
  return { errors, place };
}

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Rule errors of a form zod already rejected, shown next to zod's own. */
export async function opportunityRuleErrors(db: Queryable, posted: FormValues): Promise<FieldErrors> {
  const place = typeof posted.place === 'string' ? posted.place.trim() : '';
  return (await ruleCheck(db, { place: place || undefined, causes: asList(posted.causes), skills: asList(posted.skills) })).errors;
}

async function valuesOf(db: Queryable, input: OpportunityInput): Promise<OpportunityValues> {
  const { errors, place } = await ruleCheck(db, input);
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
  return {
    title: input.title,
    description: input.description,
    causes: input.causes,
    skills: input.skills,
    // A remote opportunity may still name a base settlement; its coordinates feed the map and distance.
    placeId: place?.id ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    address: input.address,
    remote: input.remote,
    kind: input.kind,
    groupFriendly: input.groupFriendly,
    minAge: input.minAge ?? null,
    requiredQualifications: input.requiredQualifications,
    requiresConduct: input.requiresConduct,
    requiresHealth: input.requiresHealth,
    languages: input.languages,
    accessibilityNotes: input.accessibilityNotes,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    ikszEligible: input.ikszEligible,
    ikszAreas: input.ikszEligible ? input.ikszAreas : [],
  };
}

/** A member of an approved organization creates a draft; the center sees it once it is submitted. */
export async function createOpportunity(db: Database, actor: Actor | null, organizationId: string, input: OpportunityInput): Promise<string> {
  const organization = await getOrganizationForNewOpportunity(db, actor, organizationId);
  const { actor: a } = await requireForOrganizationRef(db, actor, 'host', organization);
  const values = await valuesOf(db, input);
  return db.transaction(async (tx) => {
    const row = await insertOpportunity(tx, { ...values, organizationId: organization.id, centerId: organization.centerId, createdBy: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: organization.centerId,
      action: 'create',
      entityType: 'opportunity',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
}

export type ManagedOpportunity = OpportunityRow & { placeLabel: string | null; events: VettingEventRow[]; isMember: boolean };

/** An opportunity with its vetting timeline, for its organization's members and its center's staff. */
export async function getManagedOpportunity(db: Queryable, actor: Actor | null, opportunityId: string): Promise<ManagedOpportunity> {
  const opportunity = await loadOpportunity(db, opportunityId);
  const { isMember } = await requireForOpportunity(db, actor, 'view', opportunity);
  const events = await findVettingEvents(db, opportunity.id);
  const label = opportunity.placeName && opportunity.placeCounty ? placeLabel({ name: opportunity.placeName, county: opportunity.placeCounty }) : null;
  return { ...opportunity, placeLabel: label, events, isMember };
}

/** Fields whose change must be vetted again; the contact person may change without it. */
const substanceFields = [
  'title',
  'description',
  'causes',
  'skills',
  'placeId',
  'address',
  'remote',
  'kind',
  'groupFriendly',
  'minAge',
  'requiredQualifications',
  'requiresConduct',
  'requiresHealth',
  'languages',
  'accessibilityNotes',
  'ikszEligible',
  'ikszAreas',
] as const satisfies readonly (keyof OpportunityValues)[];

export function substanceChanged(before: OpportunityRecord, after: OpportunityValues): boolean {
  return substanceFields.some((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}

/**
 * Saves the member's edit. A published opportunity whose substance changed goes back to the
 * center (submitted) and leaves the public search until it is approved again.
 */
export async function updateOpportunity(db: Database, actor: Actor | null, opportunityId: string, input: OpportunityInput): Promise<{ resubmitted: boolean }> {
  const opportunity = await loadOpportunity(db, opportunityId);
  const { actor: a } = await requireForOpportunity(db, actor, 'host', opportunity);
  await requireApproved(db, opportunity.organizationId);
  const values = await valuesOf(db, input);
  return db.transaction(async (tx) => {
    const before = await lockOpportunity(tx, opportunityId);
    if (!before) throw new NotFoundError('opportunity');
    if (!canEdit(before.status)) throw new ForbiddenError('opportunity closed');
    const status = statusAfterEdit(before.status, substanceChanged(before, values));
    const after = await updateOpportunityRow(tx, opportunityId, { ...values, status });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: 'update',
      entityType: 'opportunity',
      entityId: opportunityId,
      before,
      after,
    });
    // A host's edit cannot drop what the opportunity's programs require (ADR 025).
    await reapplyProgramRules(tx, opportunityId, a.userId);
    if (status !== before.status) {
      await insertVettingEvent(tx, { subjectId: opportunityId, fromStatus: before.status, toStatus: status, reason: null, actorUserId: a.userId });
    }
    return { resubmitted: status !== before.status };
  });
}

export type OrganizationOpportunities = { organization: OrganizationRef; isMember: boolean; page: Page<OpportunityRow> };

function compareBy(sort: OpportunitySort): (a: OpportunityRow, b: OpportunityRow) => number {
  if (sort === 'title') return (a, b) => hungarianCollator.compare(a.title, b.title);
  if (sort === 'status') return (a, b) => a.status.localeCompare(b.status) || hungarianCollator.compare(a.title, b.title);
  if (sort === 'created') return (a, b) => a.createdAt.getTime() - b.createdAt.getTime();
  return (a, b) => a.updatedAt.getTime() - b.updatedAt.getTime();
}

async function sortedOfOrganization(db: Queryable, actor: Actor | null, organizationId: string, order: Pick<ListParams<OpportunitySort>, 'sort' | 'dir'>) {
  const organization = await loadOrganization(db, organizationId);
  const { isMember } = await requireForOrganizationRef(db, actor, 'view', organization);
  const rows = await findOpportunitiesOfOrganization(db, organization.id, maxExportRows);
  // Titles have no sort key column; an organization's list is short, so Hungarian order is applied here.
  const compare = compareBy(order.sort);
  rows.sort((a, b) => (order.dir === 'asc' ? compare(a, b) : compare(b, a)) || a.id.localeCompare(b.id));
  return { organization, isMember, rows };
}

/** The organization's own opportunities with status, for its members and its center's staff. */
export async function listOrganizationOpportunities(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
  params: ListParams<OpportunitySort>,
): Promise<OrganizationOpportunities> {
  const { organization, isMember, rows } = await sortedOfOrganization(db, actor, organizationId, params);
  const start = offsetOf(params);
  return { organization, isMember, page: pageOf(rows.slice(start, start + params.pageSize), rows.length, params) };
}

export async function exportOrganizationOpportunities(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
  order: Pick<ListParams<OpportunitySort>, 'sort' | 'dir'>,
): Promise<{ organization: OrganizationRef; rows: OpportunityRow[] }> {
  const { organization, rows } = await sortedOfOrganization(db, actor, organizationId, order);
  return { organization, rows };
}

/** What the edit form starts from. */
export function opportunityFormValues(o: ManagedOpportunity): FormValues {
  const flag = (b: boolean) => (b ? 'on' : '');
  return {
    title: o.title,
    description: o.description,
    causes: o.causes,
    skills: o.skills,
    place: o.placeLabel ?? '',
    address: o.address ?? '',
    remote: flag(o.remote),
    kind: o.kind,
    groupFriendly: flag(o.groupFriendly),
    minAge: o.minAge == null ? '' : String(o.minAge),
    requiredQualifications: o.requiredQualifications.join('\n'),
    requiresConduct: flag(o.requiresConduct),
    requiresHealth: flag(o.requiresHealth),
    languages: o.languages,
    accessibilityNotes: o.accessibilityNotes ?? '',
    contactName: o.contactName ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
    ikszEligible: flag(o.ikszEligible),
    ikszAreas: o.ikszAreas,
  };
}
