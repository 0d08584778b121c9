/** The guardians module's entry point (issue 12): invitations, the guardian's pages, consent by one click. */
export {
  confirmInvitation,
  type GuardianInviteForm,
  getInvitation,
  guardianInviteForm,
  type InvitationKey,
  type InvitationView,
  type InviteTarget,
  inviteGuardian,
} from './invite-service.js';
export { type GuardianHome, giveGuardianConsent, guardianHome, type MinorOverview, minorOverview, withdrawGuardianConsent } from './minor-service.js';
