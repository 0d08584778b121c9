/** The placements module's entry point for other modules (and its own routes). */
export {
  type ApplyResult,
  applyFormPath,
  applyToOpportunity,
  inviteVolunteer,
  type PlacementOptions,
  referralReasons,
  referVolunteer,
  signUpForShift,
} from './apply-service.js';
export { seatedShiftsOfVolunteer } from './calendar-repo.js';
export { cancelledShiftMailCalendars, personalCalendarFeed, rotateCalendarToken, shiftCalendarFile, updatedShiftMailCalendars } from './calendar-service.js';
export { releaseApplicationsOfCancelledShift } from './cancelled-shift.js';
export { coordinatorReachOf } from './coordinator-reach.js';
export { AlreadyAppliedError, ApplyRefusedError, NotEligibleError, NoVolunteerProfileError } from './errors.js';
export type { FollowUpReach } from './follow-up-repo.js';
export { countUnansweredHostAnswers, exportOverdueHostAnswers, listOverdueHostAnswers, nudgeHost, runHostAnswerReminders } from './host-answer-service.js';
export { countDueFollowUpsFor, exportDueFollowUps, listDueFollowUps } from './overview-service.js';
export { type ApplicationView, findApplicationView, lockShift } from './repo.js';
export { offerFreeSeats, type SeatChangeContext } from './seat-offers.js';
export { closeWaitlist, moveLastAcceptedToWaitlist, takeOffShift, whoWouldMove } from './shift-seat-changes.js';
export { type ApplicationStatus, applicationStatuses, finalStatuses } from './status-rules.js';
export {
  type ApplicationTimeline,
  addPlacementNote,
  changeApplicationStatus,
  endFutureApplicationsOfMinor,
  getApplicationTimeline,
  withdrawFromShift,
} from './status-service.js';
