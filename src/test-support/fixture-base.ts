/**
 * What createPathFixtures has made in center A before a feature module adds its own path fixtures:
 * an approved organization (its only member, an admin, is `memberUserId`), a volunteer of center A
 * and that volunteer's accepted placement at the organization.
 */
export type FixtureBase = {
  centerId: string;
  organizationId: string;
  memberUserId: string;
  volunteerId: string;
  applicationId: string;
};
