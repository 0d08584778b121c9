import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor, requireOnPlacement } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { formatPersonName } from '../../platform/i18n.js';
import { FieldValidationError } from '../../platform/validation.js';
import { placementWithSides } from '../placements/placement-summary.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import {
  type ApprovedHoursFilter,
  approvedHoursByActivity,
  type CertificateRow,
  findStandingTrainingCertificates,
  insertCertificate,
  latestApprover,
  placementsWithApprovedHours,
} from './repo.js';
import type { CertificateOrganization, CertificateSnapshot, CertificateTraining } from './snapshot.js';
import { newVerificationCode } from './verification-code.js';

/** How the signer of a placement certificate is described on it. */
export const placementSignerRole = 'a fogadó szervezet képviselője';

/** The approved hours a certificate would print, grouped by organization and activity. */
async function approvedHours(db: Queryable, filter: ApprovedHoursFilter) {
  const rows = await approvedHoursByActivity(db, filter);
  const organizations = new Map<string, CertificateOrganization>();
  for (const r of rows) {
    const org = organizations.get(r.organizationId) ?? { id: r.organizationId, name: r.organizationName, seat: r.seat, taxNumber: r.taxNumber, minutes: 0 };
    org.minutes += r.minutes;
    organizations.set(r.organizationId, org);
  }
  const days = rows
    .flatMap((r) => [r.firstDay, r.lastDay])
    .filter((d): d is string => !!d)
    .sort();
  return {
    organizations: [...organizations.values()],
    activities: rows.map((r) => ({ organizationId: r.organizationId, activity: r.activity, minutes: r.minutes })),
    totalMinutes: rows.reduce((acc, r) => acc + r.minutes, 0),
    firstDay: days[0],
    lastDay: days.at(-1),
  };
}

async function store(
  db: Database,
  actor: Actor,
  centerId: string | null,
  values: Omit<Parameters<typeof insertCertificate>[1], 'code'>,
): Promise<CertificateRow> {
  return db.transaction(async (tx) => {
    const row = await insertCertificate(tx, { ...values, code: newVerificationCode() });
    await recordAudit(tx, { actorUserId: actor.userId, centerId, action: 'issue', entityType: 'certificate', entityId: row.id, after: row });
    return row;
  });
}

/**
 * A certificate of one placement, asked for by the volunteer themself, once the organization has
 * approved hours on it. It is signed (named) by the member who approved the latest hours.
 */
export async function issuePlacementCertificate(db: Database, actor: Actor | null, applicationId: string): Promise<CertificateRow> {
  const a = requireActor(actor);
  const { placement, sides } = await placementWithSides(db, a, applicationId);
  requireOnPlacement(sides, 'requestCertificate');
  const hours = await approvedHours(db, { applicationId });
  if (hours.totalMinutes === 0 || !hours.firstDay || !hours.lastDay) {
    throw new FieldValidationError({ applicationId: { key: 'certificates.error.noApprovedHours' } });
  }
  const approver = await latestApprover(db, applicationId);
  const snapshot: CertificateSnapshot = {
    kind: 'placement',
    holder: { familyName: placement.volunteerFamilyName, givenName: placement.volunteerGivenName },
    organizations: hours.organizations,
    activities: hours.activities,
    opportunityTitle: placement.opportunityTitle,
    period: { from: hours.firstDay, to: hours.lastDay },
    signer: approver ? { name: formatPersonName(approver.familyName, approver.givenName), role: placementSignerRole } : null,
    totalMinutes: hours.totalMinutes,
  };
  return store(db, a, placement.centerId, {
    volunteerId: placement.volunteerId,
    applicationId,
    organizationId: placement.organizationId,
    periodFrom: hours.firstDay,
    periodTo: hours.lastDay,
    totalMinutes: hours.totalMinutes,
    snapshot,
    signerUserId: approver?.userId ?? null,
  });
}

/**
 * A certificate of a period (inclusive days) across all the volunteer's organizations.
 * No person signs it: Kapocs generates it from the hours each organization approved, and the
 * certificate lists which organization approved how many hours — each organization vouches for
 * its own part, and no one at the center has checked the sum by hand.
 */
export async function issuePeriodCertificate(db: Database, actor: Actor | null, period: { from: string; to: string }): Promise<CertificateRow> {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) throw new FieldValidationError({ from: { key: 'certificates.error.noApprovedHoursInPeriod' } });
  const hours = await approvedHours(db, { volunteerId: volunteer.id, ...period });
  if (hours.totalMinutes === 0) throw new FieldValidationError({ from: { key: 'certificates.error.noApprovedHoursInPeriod' } });
  const snapshot: CertificateSnapshot = {
    kind: 'period',
    holder: { familyName: volunteer.familyName, givenName: volunteer.givenName },
    organizations: hours.organizations,
    activities: hours.activities,
    opportunityTitle: null,
    period,
    signer: null,
    totalMinutes: hours.totalMinutes,
  };
  const onlyOrganization = hours.organizations.length === 1 ? (hours.organizations[0]?.id ?? null) : null;
  return store(db, a, volunteer.centerId, {
    volunteerId: volunteer.id,
    applicationId: null,
    // A period within one organization is that organization's to see and revoke too.
    organizationId: onlyOrganization,
    periodFrom: period.from,
    periodTo: period.to,
    totalMinutes: hours.totalMinutes,
    snapshot,
    signerUserId: null,
  });
}

/** A completed training as its certificate states it; the trainings module reads it for a completed registration. */
export type CompletedTraining = CertificateTraining & {
  registrationId: string;
  volunteerId: string;
  /** The holder's account: only they ask for the certificate. */
  holderUserId: string | null;
  holder: { familyName: string; givenName: string };
  /** The center that held the session (the certificate is audited under it). */
  centerId: string;
  /** The session's Budapest day. */
  day: string;
  durationMinutes: number;
};

/**
 * A certificate of a completed training (issue 14), asked for by the volunteer themself: one per
 * registration (asking again returns the one that stands). It states the course, its day and
 * duration, the trainer and the qualification granted with its validity; no person signs it.
 * The caller (trainings) has checked that the registration is completed, under its lock.
 */
export async function issueTrainingCertificate(db: Database, actor: Actor | null, training: CompletedTraining): Promise<CertificateRow> {
  const a = requireActor(actor);
  if (training.holderUserId !== a.userId) throw new NotFoundError('certificate');
  const [standing] = await findStandingTrainingCertificates(db, training.registrationId);
  if (standing) return standing;
  const snapshot: CertificateSnapshot = {
    kind: 'training',
    holder: training.holder,
    organizations: [],
    activities: [{ organizationId: training.centerId, activity: training.courseTitle, minutes: training.durationMinutes }],
    opportunityTitle: null,
    period: { from: training.day, to: training.day },
    signer: null,
    totalMinutes: training.durationMinutes,
    training: {
      courseTitle: training.courseTitle,
      centerName: training.centerName,
      trainer: training.trainer,
      qualification: training.qualification,
      validUntil: training.validUntil,
    },
  };
  return store(db, a, training.centerId, {
    volunteerId: training.volunteerId,
    applicationId: null,
    organizationId: null,
    trainingRegistrationId: training.registrationId,
    periodFrom: training.day,
    periodTo: training.day,
    totalMinutes: training.durationMinutes,
    snapshot,
    signerUserId: null,
  });
}

/** The placements the volunteer may ask a certificate for (those with approved hours). */
export async function certificatePlacementChoices(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return { volunteerId: null, placements: [] };
  return { volunteerId: volunteer.id, placements: await placementsWithApprovedHours(db, volunteer.id) };
}
