import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, ForbiddenError, mayActOnVolunteer, refusalFor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import type { Page } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { isOrganizationMember, requireOrganizationMember } from '../organizations/service.js';
import { getVolunteerById, getVolunteerByUserId } from '../volunteers/service.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { holderInitials } from './certificate-text.js';
import {
  type CertificateRow,
  findCertificate,
  findStandingTrainingCertificates,
  listCertificates,
  markRevoked,
  organizationCenter,
  organizationExists,
} from './repo.js';
import type { CertificateSnapshot, CertificateTraining } from './snapshot.js';
import { normalizeVerificationCode } from './verification-code.js';

export {
  type CompletedTraining,
  certificatePlacementChoices,
  issuePeriodCertificate,
  issuePlacementCertificate,
  issueTrainingCertificate,
} from './issue-service.js';
export type { CertificateRow } from './repo.js';
export type { CertificateSnapshot } from './snapshot.js';

export const snapshotOf = (row: CertificateRow): CertificateSnapshot => row.snapshot as CertificateSnapshot;

/**
 * Who answers for a certificate besides its holder: a placement certificate's organization (its
 * members); a period certificate across organizations, which Kapocs issued from the approved hours,
 * the volunteer's center (staff holding volunteers.manage over the volunteer) — so a wrong period
 * certificate can be revoked too.
 */
function answersFor(a: Actor, found: { certificate: { organizationId: string | null }; centerId: string | null; pointId: string | null }) {
  return (
    found.certificate.organizationId == null && found.centerId != null && can(a, 'volunteers.manage', { centerId: found.centerId, pointId: found.pointId })
  );
}

/** The holder, the members of the certificate's organization and, for a period certificate, the volunteer's center may see it. */
async function loadVisible(db: Queryable, actor: Actor | null, certificateId: string) {
  const a = requireActor(actor);
  const found = await findCertificate(db, { id: certificateId });
  if (!found) throw new NotFoundError('certificate');
  const isHolder = found.holderUserId === a.userId;
  const orgId = found.certificate.organizationId;
  const isMember = orgId ? await isOrganizationMember(db, a.userId, orgId) : false;
  const isCenterStaff = answersFor(a, found);
  // Anyone else learns nothing, not even that it exists.
  if (!isHolder && !isMember && !isCenterStaff) throw new NotFoundError('certificate');
  return { ...found, actor: a, isHolder, isMember, isCenterStaff };
}

/** The PDF of a certificate (revoked ones too: the page that verifies it says it was revoked). */
export async function certificatePdf(db: Queryable, actor: Actor | null, certificateId: string, baseUrl: string) {
  const { certificate } = await loadVisible(db, actor, certificateId);
  const revoked = certificate.revokedAt ? { at: certificate.revokedAt, reason: certificate.revokeReason } : null;
  const pdf = await renderCertificatePdf({ code: certificate.code, issuedAt: certificate.issuedAt, snapshot: snapshotOf(certificate), baseUrl, revoked });
  return { certificate, pdf };
}

/** The volunteer's own certificates, newest first. */
export async function listMyCertificates(db: Queryable, actor: Actor | null, params: { page: number; pageSize: number }): Promise<Page<CertificateRow>> {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return { items: [], total: 0, page: 1, pageSize: params.pageSize, pages: 1 };
  return listCertificates(db, { volunteerId: volunteer.id }, params);
}

/** The certificates an organization issued, for its members. */
export async function listOrganizationCertificates(db: Queryable, actor: Actor | null, organizationId: string, params: { page: number; pageSize: number }) {
  if (!(await organizationExists(db, organizationId))) throw new NotFoundError('organization');
  await requireOrganizationMember(db, actor, organizationId);
  return listCertificates(db, { organizationId }, params);
}

/** The whole list of the organization's certificates, for CSV/XLSX export. */
export async function exportOrganizationCertificates(db: Queryable, actor: Actor | null, organizationId: string): Promise<CertificateRow[]> {
  return (await listOrganizationCertificates(db, actor, organizationId, { page: 1, pageSize: maxExportRows })).items;
}

/** The revoke confirmation page's certificate: only who answers for it (its organization, or for a period certificate the center) gets it. */
export async function certificateToRevoke(db: Queryable, actor: Actor | null, certificateId: string): Promise<CertificateRow> {
  const { certificate, isMember, isCenterStaff } = await loadVisible(db, actor, certificateId);
  if (!isMember && !isCenterStaff) throw new ForbiddenError('only the organization (or, for a period certificate, the center) revokes a certificate');
  return certificate;
}

/** A volunteer's certificates for the center's staff (volunteers.manage over the volunteer), newest first. */
export async function listVolunteerCertificates(db: Queryable, actor: Actor | null, volunteerId: string, params: { page: number; pageSize: number }) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerById(db, volunteerId);
  if (!volunteer) throw new NotFoundError('volunteer');
  // The engine's tenancy rule (a volunteer without a center is the national admins' alone); another
  // tenant's volunteer answers 404, as an unknown id would (ADR 003).
  if (!mayActOnVolunteer(a, 'volunteers.manage', volunteer)) throw refusalFor(mayActOnVolunteer(a, 'volunteers.view', volunteer), 'volunteer');
  return { volunteer, page: await listCertificates(db, { volunteerId }, params) };
}

/** An organization member withdraws a certificate, with a written reason; audited. */
export async function revokeCertificate(db: Database, actor: Actor | null, certificateId: string, reason: string, now = new Date()): Promise<CertificateRow> {
  const certificate = await certificateToRevoke(db, actor, certificateId);
  const a = requireActor(actor);
  if (certificate.revokedAt) throw new FieldValidationError({ _form: { key: 'certificates.error.alreadyRevoked' } });
  // Audited under the organization's center, or for a period certificate the volunteer's.
  const centerId = certificate.organizationId
    ? await organizationCenter(db, certificate.organizationId)
    : ((await findCertificate(db, { id: certificate.id }))?.centerId ?? null);
  return db.transaction(async (tx) => {
    const after = await markRevoked(tx, certificate.id, a.userId, reason, now);
    if (!after) throw new FieldValidationError({ _form: { key: 'certificates.error.alreadyRevoked' } });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'revoke',
      entityType: 'certificate',
      entityId: certificate.id,
      before: certificate,
      after,
    });
    return after;
  });
}

/**
 * Revokes the standing certificates of a training registration whose completion was undone, inside
 * the caller's transaction (the trainings module, which has checked that the actor may undo it): a
 * certificate of a completion that no longer stands must not verify. Audited; returns how many.
 */
export async function revokeTrainingCertificates(
  tx: Queryable,
  actor: Actor,
  trainingRegistrationId: string,
  audit: { centerId: string; reason: string; now: Date },
): Promise<number> {
  let revoked = 0;
  for (const certificate of await findStandingTrainingCertificates(tx, trainingRegistrationId)) {
    const after = await markRevoked(tx, certificate.id, actor.userId, audit.reason, audit.now);
    if (!after) continue;
    revoked++;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      centerId: audit.centerId,
      action: 'revoke',
      entityType: 'certificate',
      entityId: certificate.id,
      before: certificate,
      after,
    });
  }
  return revoked;
}

export type Verification = {
  code: string;
  initials: string;
  organizations: string[];
  totalMinutes: number;
  period: { from: string; to: string };
  issuedAt: Date;
  revokedAt: Date | null;
  /** A training certificate's course, trainer and qualification; null on an hours certificate. */
  training: CertificateTraining | null;
};

/**
 * Public: what anyone holding the paper may confirm — initials only, the organizations, hours,
 * period, issue date and whether it still stands. Null for a code that names no certificate.
 */
export async function verifyCertificate(db: Queryable, typedCode: string): Promise<Verification | null> {
  const code = normalizeVerificationCode(typedCode);
  if (!code) return null;
  const found = await findCertificate(db, { code });
  if (!found) return null;
  const snapshot = snapshotOf(found.certificate);
  return {
    code,
    initials: holderInitials(snapshot.holder.familyName, snapshot.holder.givenName),
    organizations: snapshot.organizations.map((o) => o.name),
    totalMinutes: found.certificate.totalMinutes,
    period: snapshot.period,
    issuedAt: found.certificate.issuedAt,
    revokedAt: found.certificate.revokedAt,
    training: snapshot.training ?? null,
  };
}
