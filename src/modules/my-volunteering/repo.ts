import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/database.js';
import {
  applicationEvents,
  applications,
  auditLog,
  benefits,
  certificates,
  hourEntries,
  inquiries,
  opportunities,
  organizations,
  registerEntries,
  shifts,
  trainingCourses,
  trainingFeedback,
  trainingRegistrations,
  trainingSessions,
  users,
  volunteerConsents,
  volunteerContracts,
  volunteerQualifications,
} from '../../db/schema/index.js';

/**
 * Reads of one volunteer's own records, always by their volunteer id (or user id): nothing here
 * reads another person's rows. Staff-internal coordinator follow-up notes (`placement_notes`) are
 * deliberately NOT read: they are the center's working notes about the placement, not shown to the
 * volunteer anywhere in Kapocs. The status timeline (`application_events`, with its notes) is shown
 * to the volunteer on the placement page, so it is included.
 */

export type AccountRow = { id: string; email: string; familyName: string; givenName: string; locale: string; createdAt: Date; emailConfirmedAt: Date | null };

export async function accountOf(db: Queryable, userId: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      familyName: users.familyName,
      givenName: users.givenName,
      locale: users.locale,
      createdAt: users.createdAt,
      emailConfirmedAt: users.emailConfirmedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export type PlacementRow = Awaited<ReturnType<typeof placementsOf>>[number];

/** The volunteer's applications and placements with the opportunity, organization and shift, newest first. */
export function placementsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: applications.id,
      status: applications.status,
      origin: applications.origin,
      opportunityTitle: opportunities.title,
      organizationName: organizations.name,
      shiftStartsAt: shifts.startsAt,
      shiftEndsAt: shifts.endsAt,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .leftJoin(shifts, eq(shifts.id, applications.shiftId))
    .where(eq(applications.volunteerId, volunteerId))
    .orderBy(sql`${applications.createdAt} desc`, applications.id);
}

export function eventsOf(db: Queryable, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      applicationId: applicationEvents.applicationId,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      note: applicationEvents.note,
      at: applicationEvents.at,
    })
    .from(applicationEvents)
    .where(inArray(applicationEvents.applicationId, applicationIds))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
}

export function hoursOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: hourEntries.id,
      applicationId: hourEntries.applicationId,
      activityDay: hourEntries.activityDay,
      startsAt: hourEntries.startsAt,
      endsAt: hourEntries.endsAt,
      minutes: hourEntries.minutes,
      activity: hourEntries.activity,
      note: hourEntries.note,
      status: hourEntries.status,
      decidedAt: hourEntries.decidedAt,
      decisionReason: hourEntries.decisionReason,
      createdAt: hourEntries.createdAt,
    })
    .from(hourEntries)
    .where(eq(hourEntries.volunteerId, volunteerId))
    .orderBy(asc(hourEntries.activityDay), asc(hourEntries.createdAt));
}

export function certificatesOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: certificates.id,
      code: certificates.code,
      applicationId: certificates.applicationId,
      organizationName: organizations.name,
      periodFrom: certificates.periodFrom,
      periodTo: certificates.periodTo,
      totalMinutes: certificates.totalMinutes,
      issuedAt: certificates.issuedAt,
      revokedAt: certificates.revokedAt,
      revokeReason: certificates.revokeReason,
    })
    .from(certificates)
    .leftJoin(organizations, eq(organizations.id, certificates.organizationId))
    .where(eq(certificates.volunteerId, volunteerId))
    .orderBy(sql`${certificates.issuedAt} desc`);
}

/** Benefits still in the ledger (soft-deleted corrections are left out, as in every total). */
export function benefitsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: benefits.id,
      applicationId: benefits.applicationId,
      organizationName: organizations.name,
      type: benefits.type,
      givenOn: benefits.givenOn,
      amountHuf: benefits.amountHuf,
      description: benefits.description,
      reimbursement: benefits.reimbursement,
      createdAt: benefits.createdAt,
    })
    .from(benefits)
    .innerJoin(organizations, eq(organizations.id, benefits.organizationId))
    .where(and(eq(benefits.volunteerId, volunteerId), isNull(benefits.deletedAt)))
    .orderBy(asc(benefits.givenOn));
}

/** The volunteer's contracts (önkéntes szerződés) with the opportunity and organization, newest first; void ones included. */
export function contractsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: volunteerContracts.id,
      applicationId: volunteerContracts.applicationId,
      opportunityTitle: opportunities.title,
      organizationName: organizations.name,
      status: volunteerContracts.status,
      startsOn: volunteerContracts.startsOn,
      endsOn: volunteerContracts.endsOn,
      activity: volunteerContracts.activity,
      place: volunteerContracts.place,
      timeAndRest: volunteerContracts.timeAndRest,
      benefits: volunteerContracts.benefits,
      benefitsOnEnd: volunteerContracts.benefitsOnEnd,
      guardianRequired: volunteerContracts.guardianRequired,
      signedOn: volunteerContracts.signedOn,
      volunteerSignatory: volunteerContracts.volunteerSignatory,
      guardianSignatory: volunteerContracts.guardianSignatory,
      organizationSignatory: volunteerContracts.organizationSignatory,
      voidedAt: volunteerContracts.voidedAt,
      voidReason: volunteerContracts.voidReason,
      createdAt: volunteerContracts.createdAt,
    })
    .from(volunteerContracts)
    .innerJoin(applications, eq(applications.id, volunteerContracts.applicationId))
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, volunteerContracts.organizationId))
    .where(eq(volunteerContracts.volunteerId, volunteerId))
    .orderBy(sql`${volunteerContracts.createdAt} desc`, volunteerContracts.id);
}

/**
 * What host organizations recorded about the volunteer in their Köt. 14. § register (items 1–6, as
 * stored), with the organization's name: personal data the volunteer has the right to see (GDPR Art. 15).
 */
export function registerEntriesOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      organizationName: organizations.name,
      familyName: registerEntries.familyName,
      givenName: registerEntries.givenName,
      birthName: registerEntries.birthName,
      birthPlace: registerEntries.birthPlace,
      birthDate: registerEntries.birthDate,
      motherName: registerEntries.motherName,
      citizenship: registerEntries.citizenship,
      residence: registerEntries.residence,
      representativeName: registerEntries.representativeName,
      representativeBirthPlace: registerEntries.representativeBirthPlace,
      representativeBirthDate: registerEntries.representativeBirthDate,
      representativeMotherName: registerEntries.representativeMotherName,
      representativeResidence: registerEntries.representativeResidence,
      activity: registerEntries.activity,
      place: registerEntries.place,
      timeAndRest: registerEntries.timeAndRest,
      startsOn: registerEntries.startsOn,
      endsOn: registerEntries.endsOn,
      updatedAt: registerEntries.updatedAt,
    })
    .from(registerEntries)
    .innerJoin(organizations, eq(organizations.id, registerEntries.organizationId))
    .where(eq(registerEntries.volunteerId, volunteerId))
    .orderBy(asc(registerEntries.startsOn), asc(registerEntries.id));
}

export function consentsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: volunteerConsents.id,
      kind: volunteerConsents.kind,
      granted: volunteerConsents.granted,
      textVersion: volunteerConsents.textVersion,
      at: volunteerConsents.at,
    })
    .from(volunteerConsents)
    .where(eq(volunteerConsents.volunteerId, volunteerId))
    .orderBy(asc(volunteerConsents.at), asc(volunteerConsents.id));
}

export function qualificationsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      id: volunteerQualifications.id,
      name: volunteerQualifications.name,
      validUntil: volunteerQualifications.validUntil,
      createdAt: volunteerQualifications.createdAt,
      /** The course whose completion granted it (trainings), if one did. */
      courseTitle: trainingCourses.title,
    })
    .from(volunteerQualifications)
    .leftJoin(trainingRegistrations, eq(trainingRegistrations.qualificationId, volunteerQualifications.id))
    .leftJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .leftJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(eq(volunteerQualifications.volunteerId, volunteerId))
    .orderBy(asc(volunteerQualifications.name));
}

const actor = alias(users, 'audit_actor');

/**
 * Audit entries whose subject is the person: their account, their volunteer record, their consents
 * and qualifications. Only what happened, when and by whom (the before/after snapshots may hold
 * other people's data and staff-internal fields, so they are not exported).
 */
export function auditAbout(db: Queryable, subject: { userId: string | null; volunteerId: string | null; consentIds: number[]; qualificationIds: string[] }) {
  // A walk-in volunteer has no account: only the entries about the volunteer record apply.
  const conditions = subject.userId ? [and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, subject.userId))] : [];
  if (subject.volunteerId) conditions.push(and(eq(auditLog.entityType, 'volunteer'), eq(auditLog.entityId, subject.volunteerId)));
  if (subject.consentIds.length) conditions.push(and(eq(auditLog.entityType, 'volunteer_consent'), inArray(auditLog.entityId, subject.consentIds.map(String))));
  if (subject.qualificationIds.length)
    conditions.push(and(eq(auditLog.entityType, 'volunteer_qualification'), inArray(auditLog.entityId, subject.qualificationIds)));
  return db
    .select({ at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, actorFamilyName: actor.familyName, actorGivenName: actor.givenName })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
    .where(or(...conditions))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

/**
 * The volunteer's training registrations (course, session, status, completion) with the feedback
 * they gave, for the personal-data download.
 */
export function trainingRegistrationsOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      courseTitle: trainingCourses.title,
      sessionStartsAt: trainingSessions.startsAt,
      status: trainingRegistrations.status,
      registeredAt: trainingRegistrations.createdAt,
      checkedInAt: trainingRegistrations.checkedInAt,
      completedAt: trainingRegistrations.completedAt,
      feedbackContent: trainingFeedback.contentRating,
      feedbackTrainer: trainingFeedback.trainerRating,
      feedbackUsefulness: trainingFeedback.usefulnessRating,
      feedbackComment: trainingFeedback.comment,
    })
    .from(trainingRegistrations)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .leftJoin(trainingFeedback, eq(trainingFeedback.registrationId, trainingRegistrations.id))
    .where(eq(trainingRegistrations.volunteerId, volunteerId))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingRegistrations.id));
}

/** Inquiries the center logged from the volunteer and linked to their record (question and answer). */
export function inquiriesOf(db: Queryable, volunteerId: string) {
  return db
    .select({
      receivedAt: inquiries.receivedAt,
      channel: inquiries.channel,
      question: inquiries.question,
      answer: inquiries.answer,
      status: inquiries.status,
    })
    .from(inquiries)
    .where(eq(inquiries.volunteerId, volunteerId))
    .orderBy(asc(inquiries.receivedAt), asc(inquiries.id));
}
