/**
 * The opportunity status machine (pure, unit-tested).
 *
 *   draft ─► submitted ─► published ─► closed
 *              │  ▲   └─► rejected
 *              ▼  │
 *          needs_changes
 *
 * - The organization submits a draft (or a returned one) once it is approved itself.
 * - The center vets a submitted opportunity: approve (published), needs_changes (back to the
 *   organization with a reason) or reject (final, with a reason).
 * - Editing the substance of a published opportunity sends it back to submitted: the public must
 *   only see what the center has checked.
 * - The organization may close any open opportunity; closed and rejected are final.
 */
export const opportunityStatuses = ['draft', 'submitted', 'published', 'needs_changes', 'rejected', 'closed'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

export const vetDecisions = ['approve', 'needs_changes', 'reject'] as const;
export type VetDecision = (typeof vetDecisions)[number];

export function canSubmit(status: string): boolean {
  return status === 'draft' || status === 'needs_changes';
}

export function canVet(status: string): boolean {
  return status === 'submitted';
}

export function canEdit(status: string): boolean {
  return status !== 'closed' && status !== 'rejected';
}

export function canClose(status: string): boolean {
  return canEdit(status);
}

/** Whether shifts may still be added to it (not after it ended or was refused). */
export function acceptsShifts(status: string): boolean {
  return canEdit(status);
}

export function statusAfterVet(decision: VetDecision): OpportunityStatus {
  return decision === 'approve' ? 'published' : decision === 'reject' ? 'rejected' : 'needs_changes';
}

/** A decision other than approval must say why, so the organization knows what to change. */
export function vetNeedsReason(decision: VetDecision): boolean {
  return decision !== 'approve';
}

/** Status after an edit: a published opportunity whose substance changed goes back to vetting. */
export function statusAfterEdit(status: string, substanceChanged: boolean): string {
  return status === 'published' && substanceChanged ? 'submitted' : status;
}
