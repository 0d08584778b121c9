/** The volunteers module's entry point for other modules. */
export { ageOn, budapestDay, isMinorOn, needsGuardianConsent } from './age-rules.js';
export { getVolunteerById, getVolunteerByUserId, type VolunteerRow } from './lookup.js';
