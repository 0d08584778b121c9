/** The placements module's entry point for other modules (and its own routes). */
export { applyToOpportunity, inviteVolunteer, referVolunteer, signUpForShift, type ApplyResult, type PlacementOptions } from './apply-service.js';
export { addPlacementNote, changeApplicationStatus, getApplicationTimeline, withdrawFromShift, type ApplicationTimeline } from './status-service.js';
export { personalCalendarFeed, rotateCalendarToken, shiftCalendarFile } from './calendar-service.js';
export { dashboardFor, exportDueFollowUps, listDueFollowUps, type Dashboard } from './overview-service.js';
export { AlreadyAppliedError, ApplyRefusedError, NoVolunteerProfileError } from './errors.js';
export { applicationStatuses, type ApplicationStatus } from './status-rules.js';
export { releaseApplicationsOfCancelledShift } from './cancelled-shift.js';
export { findApplicationView, type ApplicationView } from './repo.js';
