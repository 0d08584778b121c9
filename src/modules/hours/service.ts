/** The hours module's entry point for other modules (and its own routes). */

/** The placement and the actor's sides on it (404 for anyone outside it): routes check this before reading a form. */
export { placementForActor as getHoursPlacement } from './access.js';
export { approveAllOfPlacement, approveHourEntry, deleteOwnHourEntry, getEntryForAction, rejectHourEntry } from './decision-service.js';
export { MinorLimitError } from './errors.js';
export {
  countWaitingHours,
  type EntryStatus,
  entryStatuses,
  exportStaleHours,
  getPlacementHours,
  listOrganizationSubmitted,
  listStaleHours,
  type OrganizationHours,
  type PlacementHours,
  staleAfterDays,
} from './list-service.js';
export { loggableStatuses, logHours, logTimedHours, minOverrideReasonLength } from './log-service.js';
