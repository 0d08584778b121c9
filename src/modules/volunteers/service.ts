/** The volunteers module's entry point for other modules (and its own routes). */
export { ageOn, earliestActivityAllowed, isMinorOn, needsGuardianConsent } from './age-rules.js';
export { getVolunteerById, getVolunteerByUserId, lockVolunteerRow, type VolunteerRow } from './lookup.js';
export { type ClaimState, type VolunteerProfile, claimProfile, getClaim, getOwnProfile, saveOwnProfile } from './profile-service.js';
export {
  type CenterChoice,
  addQualification,
  exportVolunteers,
  getVolunteerForStaff,
  inviteToClaim,
  listVolunteers,
  recordChecks,
  recordGuardianConsent,
  recordersOf,
  registerVolunteer,
  registrationCenters,
  registrationPoints,
  updateVolunteer,
  volunteerFilterOf,
} from './staff-service.js';
export { profileLookupErrors } from './profile-values.js';
export { activeCauses, activeSkills, type ListChoice } from './repo.js';
