import type { Queryable } from '../../db/database.js';
import { type Actor, can, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { formatPersonName } from '../../platform/i18n.js';
import { organizationIdsOfUser } from '../organizations/service.js';
import { listVolunteers } from '../volunteers/service.js';
import {
  findOrganizationNames,
  findParticipants,
  findPeopleOfOrganization,
  type OrganizationPerson,
  type ParticipantRow,
  registeredByOrFor,
} from './participants-repo.js';
import { mayRegisterInCenter, mayRegisterVolunteer } from './policy.js';
import { confirmedAgeFor, isOpenForRegistration } from './registration-rules.js';
import { findSession, type SessionRow } from './session-repo.js';

/** How many volunteers the staff's search on the enrolment page shows (narrow it by typing more). */
export const enrolSearchLimit = 20;

export type EnrolVolunteer = { id: string; name: string; birthDate: string | null; placeName: string | null };

export type EnrolPage = {
  session: SessionRow;
  open: boolean;
  /** The actor's organizations, each with its people (placed volunteers and members). */
  organizations: { id: string; name: string; people: OrganizationPerson[] }[];
  /** Whether the actor registers walk-ins and their tenant's volunteers (the session center's staff, its points' coordinators). */
  staff: boolean;
  /** Whether the actor may open the session's whole roster. */
  managesSession: boolean;
  q: string;
  volunteers: EnrolVolunteer[];
  /** The registrations for this session the actor made, or their organizations did. */
  theirs: ParticipantRow[];
  /** How old a person registered without a birth date must be confirmed to be. */
  confirmedAge: number;
};

/**
 * The page where people register others for a session: an organization's members their people,
 * the session center's staff and its points' coordinators volunteers of their tenant (searched by
 * name or e-mail) and walk-ins. Anyone with neither role (or an organization's member, for a course
 * not published): 404, as the page is not theirs.
 */
export async function getEnrolPage(db: Queryable, actor: Actor | null, sessionId: string, q: string, now = new Date()): Promise<EnrolPage> {
  const a = requireActor(actor);
  const session = await findSession(db, sessionId);
  if (!session) throw new NotFoundError('session');
  const organizationIds = await organizationIdsOfUser(db, a.userId);
  const staff = mayRegisterInCenter(a, session.centerId);
  // A course not yet published is the staff's alone; organizations see sessions the public sees.
  if (!staff && (organizationIds.length === 0 || session.courseStatus !== 'published')) throw new NotFoundError('session');
  const organizations = await Promise.all(
    (await findOrganizationNames(db, organizationIds)).map(async (o) => ({ ...o, people: await findPeopleOfOrganization(db, o.id) })),
  );
  const found = staff && q ? (await listVolunteers(db, a, { q }, { page: 1, pageSize: enrolSearchLimit, sort: 'name', dir: 'asc' })).items : [];
  return {
    session,
    open: isOpenForRegistration(session, session.courseStatus, now),
    organizations,
    staff,
    managesSession: can(a, 'trainings.manage', { centerId: session.centerId }),
    q,
    volunteers: found
      .filter((v) => mayRegisterVolunteer(a, v))
      .map((v) => ({ id: v.id, name: formatPersonName(v.familyName, v.givenName), birthDate: v.birthDate, placeName: v.placeName })),
    theirs: await findParticipants(db, session.id, registeredByOrFor(a.userId, organizationIds)),
    confirmedAge: confirmedAgeFor({ minAge: session.courseMinAge }),
  };
}
