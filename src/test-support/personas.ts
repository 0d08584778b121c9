import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applications, benefits, certificates, hourEntries, legalAmounts, outbox, roleGrants, schoolCalendarPeriods } from '../db/schema/index.js';
import { createAdvocacyFixtures } from '../modules/advocacy/advocacy-fixtures.js';
import { createAnnualReportFixtures } from '../modules/annual-report/annual-report-fixtures.js';
import { newVerificationCode } from '../modules/certificates/verification-code.js';
import { newCheckInCode } from '../modules/check-in/code.js';
import { createCompanyPathFixtures } from '../modules/companies/company-fixtures.js';
import { createContractFixtures } from '../modules/contracts/contracts-fixtures.js';
import { createErasureFixtures } from '../modules/erasure/erasure-fixtures.js';
import { createEventDayPathFixtures } from '../modules/event-day/event-day-fixtures.js';
import { createExchangeMeetingFixtures } from '../modules/exchange-meetings/exchange-meetings-fixtures.js';
import { createHospitalFixtures } from '../modules/hospital/hospital-fixtures.js';
import { createIkszPathFixtures } from '../modules/iksz/iksz-fixtures.js';
import { createInquiryFixtures } from '../modules/inquiries/inquiry-fixtures.js';
import { createKnowledgeFixtures } from '../modules/knowledge/knowledge-fixtures.js';
import { createProgramFixtures } from '../modules/programs/programs-fixtures.js';
import { createRegisterFixtures } from '../modules/register/register-fixtures.js';
import { createSchoolPathFixtures } from '../modules/schools/school-fixtures.js';
import { createAttendanceFixtures } from '../modules/trainings/attendance-fixtures.js';
import { createTrainingFixtures } from '../modules/trainings/training-fixtures.js';
import { type Actor, type Grant, type Role, roleScope, roles } from '../platform/authz.js';
import { csrfCookieName, csrfTokenFor } from '../platform/csrf.js';
import { hashToken, newToken } from '../platform/secure-token.js';
import { sessionCookieName } from '../platform/sessions.js';
import { createOpportunity, createOrganization, createShift, createVolunteer } from './brokering-factories.js';
import { createCenter, createPoint, createUser, placeByName, sessionFor } from './factories.js';
import type { FixtureBase } from './fixture-base.js';

/**
 * The cast of the route × role × tenant matrix: nobody, one user per role (center roles in center A,
 * the point role in point A of center A, national and personal roles without a tenant), the
 * admin of another center B, who must never see A's data, and the strangers: users of the same role
 * and tenant as an owner of the fixtures, who own other records (see strangerPersonaNames).
 */
export type Persona = {
  name: string;
  /** Null for the anonymous visitor. */
  userId: string | null;
  grants: Grant[];
};

export const anonymousPersonaName = 'anonymous';
export const foreignCenterAdminName = 'center_admin_of_B';

/**
 * Same role, same center, another owner: each must be refused the fixtures' records (ADR 003's stranger
 * policy). The fixtures' volunteer, organization and placement belong to someone else:
 * - a second volunteer, with a volunteer profile of their own in center A;
 * - staff (admin member) of another approved organization of center A;
 * - the coordinator of another Volunteer Point of center A (the fixtures' records belong to point A).
 */
export const strangerPersonaNames = ['second_volunteer', 'staff_of_other_organization', 'coordinator_of_other_point'] as const;

/** Persona names are known before any database exists, so tests can be generated from them. */
export const personaNames: readonly string[] = [anonymousPersonaName, ...roles, foreignCenterAdminName, ...strangerPersonaNames];

export type Tenants = { centerA: string; pointA: string; otherPointA: string; centerB: string; pointB: string };

export type Cast = {
  tenants: Tenants;
  personas: Map<string, Persona>;
  /** A new session cookie value for the persona (none for anonymous). */
  sessionOf(name: string): Promise<string | undefined>;
};

function grantFor(role: Role, tenants: Tenants): Grant {
  switch (roleScope[role]) {
    case 'center':
      return { role, centerId: tenants.centerA, pointId: null };
    // A point role also carries its point's center (see role_grants in db/schema/accounts.ts).
    case 'point':
      return { role, centerId: tenants.centerA, pointId: tenants.pointA };
    default:
      return { role, centerId: null, pointId: null };
  }
}

export async function buildCast(db: Database): Promise<Cast> {
  const centerA = await createCenter(db);
  const centerB = await createCenter(db);
  const pointA = await createPoint(db, centerA.id);
  const pointB = await createPoint(db, centerB.id);
  const otherPointA = await createPoint(db, centerA.id);
  const tenants: Tenants = { centerA: centerA.id, pointA: pointA.id, otherPointA: otherPointA.id, centerB: centerB.id, pointB: pointB.id };

  const personas = new Map<string, Persona>();
  personas.set(anonymousPersonaName, { name: anonymousPersonaName, userId: null, grants: [] });
  for (const role of roles) {
    const grant = grantFor(role, tenants);
    const user = await createUser(db, { familyName: 'Persona', givenName: role, grants: [grant] });
    personas.set(role, { name: role, userId: user.id, grants: [grant] });
  }
  const foreignGrant: Grant = { role: 'center_admin', centerId: centerB.id, pointId: null };
  const foreign = await createUser(db, { familyName: 'Persona', givenName: 'B', grants: [foreignGrant] });
  personas.set(foreignCenterAdminName, { name: foreignCenterAdminName, userId: foreign.id, grants: [foreignGrant] });

  const strangers: Record<(typeof strangerPersonaNames)[number], Grant> = {
    second_volunteer: { role: 'volunteer', centerId: null, pointId: null },
    staff_of_other_organization: { role: 'org_staff', centerId: centerA.id, pointId: null },
    coordinator_of_other_point: { role: 'point_coordinator', centerId: centerA.id, pointId: otherPointA.id },
  };
  for (const [name, grant] of Object.entries(strangers)) {
    const user = await createUser(db, { familyName: 'Idegen', givenName: name, grants: [grant] });
    personas.set(name, { name, userId: user.id, grants: [grant] });
  }
  // Their own records, so each is a real owner of something, just not of the fixtures.
  const secondVolunteer = personas.get('second_volunteer')?.userId as string;
  const volunteerOfOwn = await createVolunteer(db, { centerId: centerA.id, pointId: otherPointA.id, userId: secondVolunteer });
  const ownOrganization = await createOrganization(db, centerA.id, { memberUserIds: [personas.get('staff_of_other_organization')?.userId as string] });
  const ownOpportunity = await createOpportunity(db, ownOrganization);
  await db
    .insert(applications)
    .values({ volunteerId: volunteerOfOwn.id, opportunityId: ownOpportunity.id, centerId: centerA.id, origin: 'volunteer', status: 'accepted' });

  return {
    tenants,
    personas,
    sessionOf: async (name) => {
      const persona = personas.get(name);
      if (!persona) throw new Error(`unknown persona ${name}`);
      return persona.userId ? sessionFor(db, persona.userId) : undefined;
    },
  };
}

/** An Actor with the persona's grants, to ask `can` what the persona should be allowed. */
export function actorOf(persona: Persona): Actor | null {
  if (!persona.userId) return null;
  return { userId: persona.userId, email: '', familyName: '', givenName: '', emailConfirmed: true, grants: persona.grants };
}

/** Values for every path parameter of the URL contract, all belonging to center A. */
export type PathFixtures = Record<string, string>;

/**
 * Path parameters whose fixture belongs to center A (a foreign tenant must get 403/404 for them).
 * Not :opportunityId / :shiftId: a published opportunity is public and volunteers of any center
 * apply to it; the management routes' tenant checks are tested in src/modules/opportunities.
 */
export const tenantBoundParams: ReadonlySet<string> = new Set([
  'centerId',
  'pointId',
  'userId',
  'grantId',
  'organizationId',
  'applicationId',
  'volunteerId',
  'hourEntryId',
  'certificateId',
  'benefitId',
  'contractId',
  'registerEntryId',
  'erasureRequestId',
  'accessRequestId',
  'inquiryId',
  'topicId',
  'exchangeMeetingId',
  'followUpId',
  'articleId',
  'courseId',
  'registrationId',
  'stakeholderId',
  'advocacyActionId',
  'advocacyDocumentId',
  'annualReportId',
  'ikszStudentId',
  'ikszOccasionId',
  'ikszCertificateId',
  'programId',
  'companyId',
  'teamId',
  'teamMemberId',
  'offerId',
  'signupId',
  'hospitalProgramId',
  'wardId',
  'slotId',
  'rosterSignupId',
  'eventDayId',
  'taskId',
  'schoolId',
  'studentId',
  'agreementId',
]);

/**
 * Fresh path fixtures in center A: a point, a user holding a grant in A, that grant and an outbox
 * message. Fresh ones per state-changing request, so a delete or disable never spoils the next test.
 */
export async function createPathFixtures(db: Database, tenants: Tenants, options: { pointId?: string } = {}): Promise<PathFixtures> {
  const pointId = options.pointId ?? (await createPoint(db, tenants.centerA)).id;
  const grantee = await createUser(db, { familyName: 'Fixture', grants: [{ role: 'center_coordinator', centerId: tenants.centerA }] });
  const [grant] = await db.select({ id: roleGrants.id }).from(roleGrants).where(eq(roleGrants.userId, grantee.id));
  if (!grant) throw new Error('fixture grant missing');
  const [message] = await db
    .insert(outbox)
    .values({ toAddress: grantee.email, subject: 'Fixture message', textBody: 'https://kapocs.example/fixture' })
    .returning({ id: outbox.id });
  if (!message) throw new Error('fixture message missing');
  const kecskemet = await placeByName(db, 'Kecskemét');
  // An approved host organization of center A whose (only, admin) member is the grantee.
  // It belongs to point A, so the coordinator of point A reaches it and the one of another point does not.
  const organization = await createOrganization(db, tenants.centerA, { pointId: tenants.pointA, memberUserIds: [grantee.id] });
  // A published opportunity of that organization with one upcoming shift.
  const opportunity = await createOpportunity(db, organization);
  const shift = await createShift(db, opportunity.id, { checkInCode: newCheckInCode() });
  // A volunteer of point A (with an account) whom the organization accepted, and their personal calendar-feed token.
  const token = newToken();
  const volunteerUser = await createUser(db, { familyName: 'Fixture', grants: [{ role: 'volunteer' }] });
  const volunteer = await createVolunteer(db, {
    centerId: tenants.centerA,
    pointId: tenants.pointA,
    userId: volunteerUser.id,
    calendarTokenHash: hashToken(token),
  });
  const [application] = await db
    .insert(applications)
    .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: tenants.centerA, origin: 'volunteer', status: 'accepted' })
    .returning({ id: applications.id });
  if (!application) throw new Error('fixture application missing');
  // Two hours the organization's member logged for the volunteer yesterday, awaiting approval.
  const [hourEntry] = await db
    .insert(hourEntries)
    .values({
      applicationId: application.id,
      volunteerId: volunteer.id,
      organizationId: organization.id,
      centerId: tenants.centerA,
      activityDay: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      minutes: 120,
      activity: 'Fixture activity',
      loggedByUserId: grantee.id,
    })
    .returning({ id: hourEntries.id });
  if (!hourEntry) throw new Error('fixture hour entry missing');
  // A certificate of that placement (as if of two approved hours), with its public verification code.
  const [certificate] = await db
    .insert(certificates)
    .values({
      code: newVerificationCode(),
      volunteerId: volunteer.id,
      applicationId: application.id,
      organizationId: organization.id,
      totalMinutes: 120,
      snapshot: {
        kind: 'placement',
        holder: { familyName: volunteer.familyName, givenName: volunteer.givenName },
        organizations: [],
        activities: [],
        opportunityTitle: opportunity.title,
        period: { from: '2026-01-01', to: '2026-01-01' },
        signer: null,
        totalMinutes: 120,
      },
    })
    .returning({ id: certificates.id, code: certificates.code });
  if (!certificate) throw new Error('fixture certificate missing');
  // A travel reimbursement the organization's member recorded on that placement yesterday.
  const [benefit] = await db
    .insert(benefits)
    .values({
      applicationId: application.id,
      volunteerId: volunteer.id,
      organizationId: organization.id,
      centerId: tenants.centerA,
      type: 'travel',
      givenOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      amountHuf: 2_500,
      reimbursement: true,
      recordedByUserId: grantee.id,
    })
    .returning({ id: benefits.id });
  if (!benefit) throw new Error('fixture benefit missing');
  const base: FixtureBase = {
    centerId: tenants.centerA,
    organizationId: organization.id,
    memberUserId: grantee.id,
    volunteerId: volunteer.id,
    applicationId: application.id,
  };
  const contractFixtures = await createContractFixtures(db, base);
  const registerFixtures = await createRegisterFixtures(db, { ...base, ...contractFixtures });
  const erasureFixtures = await createErasureFixtures(db, base);
  // An inquiry of point A (the point coordinator's own; the coordinator of another point is a stranger to it).
  const inquiryFixtures = await createInquiryFixtures(db, { centerId: tenants.centerA, pointId: tenants.pointA });
  const exchangeMeetingFixtures = await createExchangeMeetingFixtures(db, base);
  const knowledgeFixtures = await createKnowledgeFixtures(db, base);
  // A published course of center A with an upcoming session and the fixture volunteer's registration for it.
  const trainingFixtures = await createTrainingFixtures(db, base);
  // That session's QR check-in code.
  const attendanceFixtures = await createAttendanceFixtures(db, trainingFixtures);
  // A stakeholder of center A, an advocacy action with it and a PDF of the action.
  const advocacyFixtures = await createAdvocacyFixtures(db, base);
  // A finished annual report of center A.
  const annualReportFixtures = await createAnnualReportFixtures(db, base);
  return {
    ...advocacyFixtures,
    ...annualReportFixtures,
    ...(await createProgramFixtures(db, base)),
    ...(await createCompanyPathFixtures(db, base)),
    ...(await createHospitalFixtures(db, base)),
    ...(await createEventDayPathFixtures(db, base)),
    ...(await createSchoolPathFixtures(db, base)),
    ...(await createIkszPathFixtures(db, base)),
    ...contractFixtures,
    ...registerFixtures,
    ...erasureFixtures,
    ...inquiryFixtures,
    ...exchangeMeetingFixtures,
    ...knowledgeFixtures,
    ...trainingFixtures,
    ...attendanceFixtures,
    centerId: tenants.centerA,
    pointId,
    userId: grantee.id,
    grantId: grant.id,
    messageId: String(message.id),
    placeId: String(kecskemet.id),
    // A starter article of the knowledge base (every prepared database has it published).
    slug: 'mi-a-kozerdeku-onkentesseg',
    organizationId: organization.id,
    opportunityId: opportunity.id,
    shiftId: shift.id,
    checkInCode: shift.checkInCode ?? '',
    applicationId: application.id,
    volunteerId: volunteer.id,
    volunteerUserId: volunteerUser.id,
    hourEntryId: hourEntry.id,
    certificateId: certificate.id,
    benefitId: benefit.id,
    ...(await legalDataFixtures(db)),
    code: certificate.code,
    token,
  };
}

/**
 * Fixtures for writes. A refused write (4xx) changed nothing, so the next one may use the same fixtures;
 * after any other answer (done, or a 5xx midway) they are spent and the next write gets fresh ones: a
 * delete or a sign-off must not spoil the next request, and making fixtures is most of a sweep's time.
 */
export function writeFixturePool(db: Database, tenants: Tenants) {
  let unspoiled: PathFixtures | undefined;
  return {
    async get(): Promise<PathFixtures> {
      unspoiled ??= await createPathFixtures(db, tenants);
      return unspoiled;
    },
    /** Tells the pool how a write with these fixtures was answered. */
    answered(fixtures: PathFixtures, status: number): void {
      if (fixtures === unspoiled && (status < 400 || status >= 500)) unspoiled = undefined;
    },
  };
}
export type WriteFixturePool = ReturnType<typeof writeFixturePool>;

/** Puts fixtures into a route URL; an unknown parameter is an error naming it. */
export function fillPath(url: string, fixtures: PathFixtures): string {
  return url.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?/g, (_whole, name: string) => {
    const value = fixtures[name];
    if (value === undefined) throw new Error(`add a fixture for :${name} (src/test-support/personas.ts)`);
    return encodeURIComponent(value);
  });
}

/** Names of the path parameters in a route URL. */
export function pathParams(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string);
}

/** Cookies and CSRF token for a request made as a persona (a fixed CSRF seed, as a browser keeps one). */
export function personaHeaders(secretKey: string, session: string | undefined): { cookie: string; csrfToken: string } {
  const seed = 'persona-csrf-seed-0123456789';
  const cookies = [`${csrfCookieName}=${seed}`];
  if (session) cookies.push(`${sessionCookieName}=${session}`);
  return { cookie: cookies.join('; '), csrfToken: csrfTokenFor(secretKey, seed) };
}

/**
 * The routes whose every path parameter has a fixture. The matrix's fixture test names the others
 * ("add a fixture for :param"); the remaining checks still run on every route they can fill.
 */
export function routesWithFixtures<R extends { url: string }>(routes: R[], fixtures: PathFixtures): R[] {
  return routes.filter((r) => pathParams(r.url).every((p) => fixtures[p] !== undefined));
}

/** A seeded legal amount and school period (migration 0009), for the legal-data admin routes. */
async function legalDataFixtures(db: Database): Promise<{ legalAmountId: string; schoolPeriodId: string }> {
  // Its own rows, far in the future: a suite that deletes through the admin forms (hostile input)
  // must not be able to take the fixtures of a later request away, nor touch the seeded law.
  const year = 2200 + Math.floor(Math.random() * 7000);
  const day = `${year}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const [amount] = await db
    .insert(legalAmounts)
    .values({ kind: 'monthly_minimum_wage', effectiveFrom: day, amountHuf: 400_000, source: 'teszt' })
    .onConflictDoNothing()
    .returning({ id: legalAmounts.id });
  const [period] = await db
    .insert(schoolCalendarPeriods)
    .values({ kind: 'holiday', name: 'Teszt szünet', startsOn: day, endsOn: day, source: 'teszt' })
    .returning({ id: schoolCalendarPeriods.id });
  const existing = amount ?? (await db.select({ id: legalAmounts.id }).from(legalAmounts).limit(1))[0];
  if (!existing || !period) throw new Error('legal data fixtures could not be made');
  return { legalAmountId: existing.id, schoolPeriodId: period.id };
}
