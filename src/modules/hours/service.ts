/** The hours module's entry point for other modules (and its own routes). */
export { logHours, logTimedHours, loggableStatuses, minOverrideReasonLength } from './log-service.js';
export { approveAllOfPlacement, approveHourEntry, deleteOwnHourEntry, getEntryForAction, rejectHourEntry } from './decision-service.js';
export {
  entryStatuses,
  exportStaleHours,
  getPlacementHours,
  listOrganizationSubmitted,
  listStaleHours,
  staleAfterDays,
  type EntryStatus,
  type OrganizationHours,
  type PlacementHours,
} from './list-service.js';
export { MinorLimitError } from './errors.js';
/** The placement and the actor's sides on it (404 for anyone outside it): routes check this before reading a form. */
export { placementForActor as getHoursPlacement } from './access.js';
