/** The volunteers module's entry point for other modules (and its own routes). */
export { ageOn, earliestActivityAllowed, isMinorOn, needsGuardianConsent } from './age-rules.js';
export { recordGuardianDecision } from './guardian-consent.js';
export { getVolunteerById, getVolunteerByUserId, lockVolunteerRow, type VolunteerRow } from './lookup.js';
export { type ClaimState, claimProfile, getClaim, getOwnProfile, saveOwnProfile, type VolunteerProfile } from './profile-service.js';
export { profileLookupErrors } from './profile-values.js';
export { activeCauses, activeSkills, findQualifications, type ListChoice } from './repo.js';
export {
  addQualification,
  type CenterChoice,
  exportVolunteers,
  getVolunteerForStaff,
  inviteToClaim,
  listVolunteers,
  recordChecks,
  recordersOf,
  recordGuardianConsent,
  registerVolunteer,
  registrationCenters,
  registrationPoints,
  updateVolunteer,
  volunteerFilterOf,
} from './staff-service.js';
