import type { OrganizationStatus, VettingDecision } from './schema.js';

/**
 * The vetting life cycle of a host organization (issue 4): registered → submitted; the center
 * approves, returns it for changes, or rejects it (final). Members resubmit after changes; an
 * approved organization whose legal data changes goes back to `submitted`, and the center may
 * withdraw an approval (e.g. after a complaint) by returning or rejecting it.
 */
const decisionTarget: Record<VettingDecision, OrganizationStatus> = {
  approve: 'approved',
  needs_changes: 'needs_changes',
  reject: 'rejected',
};

const decisionsFrom: Record<OrganizationStatus, readonly VettingDecision[]> = {
  submitted: ['approve', 'needs_changes', 'reject'],
  approved: ['needs_changes', 'reject'],
  needs_changes: [],
  rejected: [],
};

/** The decisions a vetter may take on an organization in this status. */
export function decisionsAllowed(status: string): readonly VettingDecision[] {
  return decisionsFrom[status as OrganizationStatus] ?? [];
}

export function statusAfterDecision(decision: VettingDecision): OrganizationStatus {
  return decisionTarget[decision];
}

/** Members may edit while waiting or asked for changes, and an approved profile (see legalDataChanged). */
export function membersMayEdit(status: string): boolean {
  return status === 'submitted' || status === 'needs_changes' || status === 'approved';
}

/** Only after "needs changes" is there something to resubmit. */
export function membersMayResubmit(status: string): boolean {
  return status === 'needs_changes';
}

/** Only approved organizations are public and may publish opportunities. */
export function isPublicStatus(status: string): boolean {
  return status === 'approved';
}

export type LegalData = { name: string; hostType: string; taxNumber: string | null; kotRegistrationNumber: string | null };

/** The data the center vetted: changing any of it on an approved organization needs vetting again. */
export function legalDataChanged(before: LegalData, after: LegalData): boolean {
  return (
    before.name.trim() !== after.name.trim() ||
    before.hostType !== after.hostType ||
    (before.taxNumber ?? '') !== (after.taxNumber ?? '') ||
    (before.kotRegistrationNumber ?? '') !== (after.kotRegistrationNumber ?? '')
  );
}

/** Status after members save an edit: approved + changed legal data → submitted; otherwise unchanged. */
export function statusAfterEdit(status: string, legalChanged: boolean): string {
  return status === 'approved' && legalChanged ? 'submitted' : status;
}
