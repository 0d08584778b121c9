import type { Database, Queryable } from '../../db/database.js';
import { benefitTypes } from '../../db/schema/benefits.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, ForbiddenError, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError, RateLimitedError } from '../../platform/errors.js';
import { formatPersonName } from '../../platform/i18n.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { myTrainingHistory } from '../trainings/attendance-history.js';
import { getVolunteerById, getVolunteerByUserId } from '../volunteers/service.js';
import { buildDataArchive, type PersonalData } from './data-archive.js';
import {
  accountOf,
  auditAbout,
  benefitsOf,
  certificatesOf,
  consentsOf,
  contractsOf,
  eventsOf,
  hoursOf,
  inquiriesOf,
  placementsOf,
  qualificationsOf,
  registerEntriesOf,
  trainingRegistrationsOf,
} from './repo.js';
import { benefitSums, hoursByStatus } from './summary.js';

/** Everything recorded on one volunteer that both the page and the download show, read at once. */
async function recordsOf(db: Queryable, volunteerId: string) {
  const [placements, hours, certificates, benefits, consents, qualifications, contracts] = await Promise.all([
    placementsOf(db, volunteerId),
    hoursOf(db, volunteerId),
    certificatesOf(db, volunteerId),
    benefitsOf(db, volunteerId),
    consentsOf(db, volunteerId),
    qualificationsOf(db, volunteerId),
    contractsOf(db, volunteerId),
  ]);
  return { placements, hours, certificates, benefits, consents, qualifications, contracts };
}

/** The "My volunteering" page: only ever the signed-in person's own volunteer record. */
export async function myVolunteering(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return { volunteer: null } as const;
  const [{ placements, hours, certificates, benefits, consents, qualifications, contracts }, trainings] = await Promise.all([
    recordsOf(db, volunteer.id),
    myTrainingHistory(db, a),
  ]);
  // The current state of each consent kind is its latest row (rows come oldest first).
  const currentConsents = [...new Map(consents.map((c) => [c.kind, c])).values()];
  return {
    volunteer: { id: volunteer.id, familyName: volunteer.familyName, givenName: volunteer.givenName },
    placements,
    hours: hoursByStatus(hours),
    certificates,
    benefits: benefitSums(benefits, benefitTypes),
    consents: currentConsents,
    qualifications,
    contracts,
    trainings,
  } as const;
}
export type MyVolunteering = Awaited<ReturnType<typeof myVolunteering>>;

/**
 * One volunteer's applications (with their shifts) and hours by status, read-only. For the guardians
 * service, which has already checked that the actor is the minor's linked guardian (requireGuardianOf).
 */
export async function volunteeringOverviewOf(db: Queryable, volunteerId: string) {
  const [placements, hours] = await Promise.all([placementsOf(db, volunteerId), hoursOf(db, volunteerId)]);
  return { placements, hours: hoursByStatus(hours) };
}
export type VolunteeringOverview = Awaited<ReturnType<typeof volunteeringOverviewOf>>;

/** Ten archives an hour per account: enough for anyone, and it keeps the heavy query bounded. */
export const exportLimit = { limit: 10, windowSeconds: 3600 } as const;

/**
 * Everything Kapocs holds about the signed-in person, as a ZIP; rate-limited per account and
 * audited (action 'export'). The calendar-feed and claim token hashes are secrets, not personal data
 * about the volunteer, and are left out; staff-internal placement notes are left out (see repo.ts).
 */
export async function myDataArchive(db: Database, actor: Actor | null, now = new Date()): Promise<{ zip: Uint8Array; data: PersonalData }> {
  const a = requireActor(actor);
  const limit = await hitRateLimit(db, `my-data.export:${a.userId}`, exportLimit.limit, exportLimit.windowSeconds);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
  const account = await accountOf(db, a.userId);
  if (!account) throw new NotFoundError('user');
  const volunteer = await getVolunteerByUserId(db, a.userId);
  const data = volunteer ? await volunteerSections(db, a.userId, volunteer, now) : await accountOnly(db, a.userId, now);
  const { id: _id, ...accountFields } = account;
  data.account = accountFields;
  return db.transaction(async (tx) => {
    await recordAudit(
      tx,
      volunteer
        ? { actorUserId: a.userId, centerId: volunteer.centerId, action: 'export', entityType: 'volunteer', entityId: volunteer.id }
        : { actorUserId: a.userId, action: 'export', entityType: 'user', entityId: a.userId },
    );
    return { zip: buildDataArchive(data), data };
  });
}

/**
 * The same archive of one volunteer, for a center admin who answers the volunteer's access request
 * (GDPR Art. 15): only the admins who decide the data requests of the volunteer's center (a
 * volunteer outside every center: the national admins). Audited as an 'export' by the admin.
 */
export async function volunteerDataArchiveForCenter(
  db: Database,
  actor: Actor | null,
  volunteerId: string,
  now = new Date(),
): Promise<{ zip: Uint8Array; data: PersonalData }> {
  const a = requirePermission(actor, 'erasure.decide');
  const volunteer = await getVolunteerById(db, volunteerId);
  if (!volunteer) throw new NotFoundError('volunteer');
  const reach = centersVisibleTo(a, 'erasure.decide');
  if (reach !== 'all' && (!volunteer.centerId || !reach.includes(volunteer.centerId))) throw new ForbiddenError('erasure.decide');
  const data = await volunteerSections(db, volunteer.userId, volunteer, now);
  if (volunteer.userId) {
    const account = await accountOf(db, volunteer.userId);
    if (account) {
      const { id: _id, ...accountFields } = account;
      data.account = accountFields;
    }
  }
  return db.transaction(async (tx) => {
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: volunteer.centerId,
      action: 'export',
      entityType: 'volunteer',
      entityId: volunteer.id,
      after: { purpose: 'access_request' },
    });
    return { zip: buildDataArchive(data), data };
  });
}

const emptySections = (now: Date): PersonalData => ({
  generatedAt: now.toISOString(),
  account: {},
  profile: null,
  consents: [],
  qualifications: [],
  certificateChecks: [],
  placements: [],
  hours: [],
  certificates: [],
  benefits: [],
  contracts: [],
  registerEntries: [],
  trainings: [],
  inquiries: [],
  alertSubscription: null,
  auditEntries: [],
});

type AuditRow = Awaited<ReturnType<typeof auditAbout>>[number];
const auditEntry = (r: AuditRow) => ({
  at: r.at,
  action: r.action,
  entityType: r.entityType,
  actor: r.actorFamilyName != null && r.actorGivenName != null ? formatPersonName(r.actorFamilyName, r.actorGivenName) : null,
});

async function accountOnly(db: Queryable, userId: string, now: Date): Promise<PersonalData> {
  const audit = await auditAbout(db, { userId, volunteerId: null, consentIds: [], qualificationIds: [] });
  return { ...emptySections(now), auditEntries: audit.map(auditEntry) };
}

type Volunteer = NonNullable<Awaited<ReturnType<typeof getVolunteerByUserId>>>;

async function volunteerSections(db: Queryable, userId: string | null, volunteer: Volunteer, now: Date): Promise<PersonalData> {
  const { placements, hours, certificates, benefits, consents, qualifications, contracts } = await recordsOf(db, volunteer.id);
  const [events, register, trainings, inquiries] = await Promise.all([
    eventsOf(
      db,
      placements.map((p) => p.id),
    ),
    registerEntriesOf(db, volunteer.id),
    trainingRegistrationsOf(db, volunteer.id),
    inquiriesOf(db, volunteer.id),
  ]);
  const audit = await auditAbout(db, {
    userId,
    volunteerId: volunteer.id,
    consentIds: consents.map((c) => c.id),
    qualificationIds: qualifications.map((q) => q.id),
  });
  const {
    calendarTokenHash: _calendar,
    claimTokenHash: _claim,
    claimExpiresAt: _claimExpires,
    healthStatus,
    healthCheckedAt,
    healthCheckedBy: _healthBy,
    conductStatus,
    conductCheckedAt,
    conductCheckedBy: _conductBy,
    alertFrequency,
    alertsSentAt,
    ...profile
  } = volunteer;
  return {
    ...emptySections(now),
    profile,
    consents,
    qualifications,
    certificateChecks: [
      { check: 'health', status: healthStatus, checkedAt: healthCheckedAt },
      { check: 'conduct', status: conductStatus, checkedAt: conductCheckedAt },
    ],
    placements: placements.map((p) => ({ ...p, events: events.filter((e) => e.applicationId === p.id).map(({ applicationId: _a, ...e }) => e) })),
    hours,
    certificates,
    benefits,
    contracts,
    registerEntries: register,
    trainings,
    inquiries,
    alertSubscription: { frequency: alertFrequency, lastSentAt: alertsSentAt },
    auditEntries: audit.map(auditEntry),
  };
}
