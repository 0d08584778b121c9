/** The hours module's entry point for other modules (and its own routes). */
export { logHours, loggableStatuses, minOverrideReasonLength } from './log-service.js';
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
