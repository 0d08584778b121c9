import type { Config } from '../../config.js';
import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import {
  type Actor,
  centersVisibleTo,
  isNationalAdmin,
  mayActOnVolunteer,
  pointGrantsWith,
  pointsVisibleTo,
  refusalFor,
  requirePermission,
} from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { enqueueMail } from '../../platform/mail.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { FieldValidationError } from '../../platform/validation.js';
import { centerChoices, centerNames } from '../centers/service.js';
import { resolvePlace } from '../places/service.js';
import { auditSnapshot, requireVolunteerAccess, volunteerVisibility } from './access.js';
import { adultAge, ageOn } from './age-rules.js';
import { claimLinkValidDays, consentTextVersion } from './choices.js';
import { claimInvitationMail, claimLink } from './mails.js';
import { auditConsents, profileOf, type VolunteerProfile } from './profile-service.js';
import { consentChoiceOf, profileRowValues, recordConsentChanges } from './profile-values.js';
import {
  countVolunteers,
  findPointsOfCenters,
  findVolunteerDetail,
  findVolunteers,
  hasApplicationInCenters,
  insertConsent,
  insertQualification,
  insertVolunteer,
  lockVolunteer,
  recorderNames,
  updateVolunteerRow,
  type VolunteerDetailRow,
  type VolunteerFilter,
} from './repo.js';
import type { ChecksInput, ListFilterInput, QualificationInput, StaffProfileInput, VolunteerSort } from './schema.js';

/** The list filters as the repository reads them; an unknown settlement matches nobody. */
export async function volunteerFilterOf(db: Queryable, input: ListFilterInput, today = new Date()): Promise<VolunteerFilter> {
  let placeId: number | undefined;
  if (input.place) {
    const place = await resolvePlace(db, input.place);
    placeId = place.kind === 'found' ? place.place.id : -1;
  }
  const [y, m, d] = budapestDay(today).split('-');
  return {
    q: input.q || undefined,
    cause: input.cause,
    skill: input.skill,
    placeId,
    bornAfter: input.minors ? `${Number(y) - adultAge}-${m}-${d}` : undefined,
    unplaced: input.unplaced === '1',
  };
}

/** Volunteers of the actor's tenants (center staff: their center; point coordinators: their point). */
export async function listVolunteers(
  db: Queryable,
  actor: Actor | null,
  filter: VolunteerFilter,
  params: ListParams<VolunteerSort>,
): Promise<Page<VolunteerDetailRow>> {
  requirePermission(actor, 'volunteers.view');
  const visible = volunteerVisibility(actor, 'volunteers.view');
  const [rows, total] = await Promise.all([
    findVolunteers(db, visible, filter, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countVolunteers(db, visible, filter),
  ]);
  return pageOf(rows, total, params);
}

export async function exportVolunteers(db: Queryable, actor: Actor | null, filter: VolunteerFilter, order: Pick<ListParams<VolunteerSort>, 'sort' | 'dir'>) {
  requirePermission(actor, 'volunteers.view');
  return findVolunteers(db, volunteerVisibility(actor, 'volunteers.view'), filter, order, { limit: maxExportRows, offset: 0 });
}

/** One volunteer's whole profile, for staff of its tenant. */
export async function getVolunteerForStaff(
  db: Queryable,
  actor: Actor | null,
  volunteerId: string,
  permission: 'volunteers.view' | 'volunteers.manage' = 'volunteers.view',
): Promise<VolunteerProfile> {
  requirePermission(actor, permission);
  const row = await findVolunteerDetail(db, volunteerId);
  if (!row) throw new NotFoundError('volunteer');
  if (mayActOnVolunteer(actor, permission, row)) return profileOf(db, row);
  // Staff of a center the volunteer applied to may read (not change) the profile, to place them.
  const centers = centersVisibleTo(actor, 'volunteers.view');
  const readsAsHost = centers !== 'all' && centers.length > 0 && (await hasApplicationInCenters(db, row.id, centers));
  if (permission === 'volunteers.view' && readsAsHost) return profileOf(db, row);
  // ADR 003: 403 for a profile they may read, 404 (as for an unknown id) for anyone else's volunteer.
  throw refusalFor(readsAsHost || mayActOnVolunteer(actor, 'volunteers.view', row), 'volunteer');
}

/** Names of the staff who recorded the profile's checks and consents (the reader may see the profile). */
export function recordersOf(db: Queryable, profile: VolunteerProfile): Promise<Map<string, string>> {
  return recorderNames(db, [
    profile.healthCheckedBy,
    profile.conductCheckedBy,
    profile.guardianConsentRecordedBy,
    ...[...profile.consents.values()].map((c) => c.recordedBy),
  ]);
}

export type CenterChoice = { id: string; name: string };

/**
 * The centers a new walk-in volunteer may be registered in: every center for a national admin
 * (who must choose), the staff member's own center(s) otherwise.
 */
export async function registrationCenters(db: Queryable, actor: Actor | null): Promise<CenterChoice[]> {
  const a = requirePermission(actor, 'volunteers.manage');
  if (isNationalAdmin(a)) return centerChoices(db, a, 'points.manage');
  const ids = centersVisibleTo(a, 'volunteers.manage');
  const names = await centerNames(db, a, ids === 'all' ? [] : ids);
  return [...names].map(([id, name]) => ({ id, name }));
}

export type PointChoice = { id: string; name: string; centerId: string };

/**
 * The Volunteer Points a new walk-in may be registered at: the points of the staff member's
 * center(s) — every center's for a national admin — or a point coordinator's own point(s).
 */
export async function registrationPoints(db: Queryable, actor: Actor | null): Promise<PointChoice[]> {
  const a = requirePermission(actor, 'volunteers.manage');
  const centers = await registrationCenters(db, a);
  const own = pointsVisibleTo(a, 'volunteers.manage');
  const ownCenters = pointGrantsWith(a, 'volunteers.manage').flatMap((g) => (g.centerId ? [g.centerId] : []));
  const rows = await findPointsOfCenters(db, [...new Set([...centers.map((c) => c.id), ...ownCenters])]);
  return rows.filter((p) => centers.some((c) => c.id === p.centerId) || own.includes(p.id));
}

/** The tenant of a new walk-in: the chosen point (and its center), the chosen center, or the staff member's own point or center. */
async function registrationTenant(
  db: Queryable,
  actor: Actor,
  centerId: string | undefined,
  pointId: string | undefined,
): Promise<{ centerId: string; pointId: string | null }> {
  if (pointId) {
    const point = (await registrationPoints(db, actor)).find((p) => p.id === pointId);
    if (!point) throw new FieldValidationError({ pointId: { key: 'validation.choice' } });
    if (centerId && point.centerId !== centerId) throw new FieldValidationError({ pointId: { key: 'volunteers.error.pointOfOtherCenter' } });
    return { centerId: point.centerId, pointId: point.id };
  }
  const centers = await registrationCenters(db, actor);
  if (centerId) {
    if (!centers.some((c) => c.id === centerId)) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
    return { centerId, pointId: null };
  }
  const [pointGrant] = pointGrantsWith(actor, 'volunteers.manage');
  if (!isNationalAdmin(actor) && centers.length === 1 && centers[0]) return { centerId: centers[0].id, pointId: null };
  if (!isNationalAdmin(actor) && centers.length === 0 && pointGrant?.centerId) return { centerId: pointGrant.centerId, pointId: pointGrant.pointId };
  throw new FieldValidationError({ centerId: { key: 'volunteers.error.centerRequired' } });
}

/** Staff register a walk-in or phone volunteer, who may have no e-mail and no login. */
export async function registerVolunteer(db: Database, actor: Actor | null, input: StaffProfileInput): Promise<string> {
  const a = requirePermission(actor, 'volunteers.manage');
  const tenant = await registrationTenant(db, a, input.centerId, input.pointId);
  requireVolunteerAccess(a, 'volunteers.manage', tenant);
  const { values } = await profileRowValues(db, input);
  return db.transaction(async (tx) => {
    const row = await insertVolunteer(tx, {
      ...values,
      familyName: input.familyName,
      givenName: input.givenName,
      sortKey: values.sortKey as string,
      ...tenant,
      email: input.email,
      createdBy: a.userId,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: row.centerId,
      action: 'create',
      entityType: 'volunteer',
      entityId: row.id,
      after: auditSnapshot(row),
    });
    await auditConsents(tx, a.userId, row.centerId, await recordConsentChanges(tx, row.id, consentChoiceOf(input), a.userId));
    return row.id;
  });
}

/** Runs a change on a locked volunteer row the actor may manage, with the audit entry. */
async function changeVolunteer(
  db: Database,
  actor: Actor | null,
  volunteerId: string,
  action: string,
  change: (tx: Queryable, before: NonNullable<Awaited<ReturnType<typeof lockVolunteer>>>, a: Actor) => Promise<Awaited<ReturnType<typeof updateVolunteerRow>>>,
): Promise<void> {
  const existing = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  const a = requireVolunteerAccess(actor, 'volunteers.manage', existing);
  await db.transaction(async (tx) => {
    const before = await lockVolunteer(tx, volunteerId);
    if (!before) throw new NotFoundError('volunteer');
    const after = await change(tx, before, a);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: after.centerId,
      action,
      entityType: 'volunteer',
      entityId: volunteerId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
  });
}

export async function updateVolunteer(db: Database, actor: Actor | null, volunteerId: string, input: StaffProfileInput): Promise<void> {
  await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  const { values } = await profileRowValues(db, input);
  await changeVolunteer(db, actor, volunteerId, 'update', async (tx, _before, a) => {
    const after = await updateVolunteerRow(tx, volunteerId, { ...values, email: input.email });
    await auditConsents(tx, a.userId, after.centerId, await recordConsentChanges(tx, volunteerId, consentChoiceOf(input), a.userId));
    return after;
  });
}

/**
 * Health fitness and good-conduct certificate: only status, the day checked and who recorded it,
 * never the document (special-category and criminal-record data, GDPR Art. 9–10, HUNGARY.md §4).
 */
export async function recordChecks(db: Database, actor: Actor | null, volunteerId: string, input: ChecksInput): Promise<void> {
  await changeVolunteer(db, actor, volunteerId, 'record_checks', (tx, before, a) => {
    const healthAt = input.healthStatus === 'unknown' ? null : (input.healthCheckedAt ?? null);
    const conductAt = input.conductStatus === 'unknown' ? null : (input.conductCheckedAt ?? null);
    const healthChanged = before.healthStatus !== input.healthStatus || before.healthCheckedAt !== healthAt;
    const conductChanged = before.conductStatus !== input.conductStatus || before.conductCheckedAt !== conductAt;
    return updateVolunteerRow(tx, volunteerId, {
      healthStatus: input.healthStatus,
      healthCheckedAt: healthAt,
      healthCheckedBy: healthChanged ? (healthAt ? a.userId : null) : before.healthCheckedBy,
      conductStatus: input.conductStatus,
      conductCheckedAt: conductAt,
      conductCheckedBy: conductChanged ? (conductAt ? a.userId : null) : before.conductCheckedBy,
    });
  });
}

export async function addQualification(db: Database, actor: Actor | null, volunteerId: string, input: QualificationInput): Promise<void> {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  const a = requireVolunteerAccess(actor, 'volunteers.manage', v);
  await db.transaction(async (tx) => {
    const row = await insertQualification(tx, { volunteerId, name: input.name, validUntil: input.validUntil ?? null, recordedBy: a.userId });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: v.centerId,
      action: 'create',
      entityType: 'volunteer_qualification',
      entityId: row.id,
      after: row,
    });
  });
}

/**
 * Staff record that the guardian consented (in writing). Needed before a volunteer under 16 may
 * apply (GDPR Art. 8 with Hungary's age of 16; Köt. 4. § lets children from 10 volunteer with their
 * legal representative acting or consenting). Only for minors, whose guardian is on the profile.
 */
export async function recordGuardianConsent(db: Database, actor: Actor | null, volunteerId: string, now = new Date()): Promise<void> {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  if (!v.birthDate || ageOn(v.birthDate, now) >= adultAge) throw new FieldValidationError({ _form: { key: 'volunteers.error.notMinor' } });
  if (!v.guardianName) throw new FieldValidationError({ _form: { key: 'volunteers.error.guardianMissing' } });
  await changeVolunteer(db, actor, volunteerId, 'record_guardian_consent', async (tx, _before, a) => {
    const consent = await insertConsent(tx, { volunteerId, kind: 'guardian', granted: true, textVersion: consentTextVersion, recordedBy: a.userId });
    await auditConsents(tx, a.userId, v.centerId, [consent]);
    return updateVolunteerRow(tx, volunteerId, { guardianConsentAt: now, guardianConsentRecordedBy: a.userId });
  });
}

/**
 * E-mails a one-time link with which the volunteer takes over the profile with their own account.
 * Only the hash is stored; a new invitation replaces the previous link.
 */
export async function inviteToClaim(db: Database, config: Pick<Config, 'baseUrl'>, actor: Actor | null, volunteerId: string): Promise<void> {
  const v = await getVolunteerForStaff(db, actor, volunteerId, 'volunteers.manage');
  if (v.userId) throw new FieldValidationError({ _form: { key: 'volunteers.error.alreadyClaimed' } });
  const email = v.email;
  if (!email) throw new FieldValidationError({ _form: { key: 'volunteers.error.noEmail' } });
  const token = newToken();
  await changeVolunteer(db, actor, volunteerId, 'invite_to_claim', async (tx) => {
    const after = await updateVolunteerRow(tx, volunteerId, {
      claimTokenHash: hashToken(token),
      claimExpiresAt: new Date(Date.now() + claimLinkValidDays * 86_400_000),
    });
    await enqueueMail(tx, claimInvitationMail({ ...v, email }, v.centerName, claimLink(config.baseUrl, token)));
    return after;
  });
}
