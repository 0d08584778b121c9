/** The organizations module's entry point for other modules. */
export { isOrganizationMember, organizationIdsOfUser, requireOrganizationMember } from './membership.js';
