import { describe, expect, it } from 'vitest';
import { acceptsShifts, canClose, canEdit, canSubmit, canVet, statusAfterEdit, statusAfterVet, vetNeedsReason } from './status-rules.js';

describe('opportunity status rules', () => {
  it('submits drafts and returned opportunities only', () => {
    expect(['draft', 'needs_changes'].filter(canSubmit)).toEqual(['draft', 'needs_changes']);
    expect(['submitted', 'published', 'rejected', 'closed'].some(canSubmit)).toBe(false);
  });

  it('vets only submitted ones, maps decisions to statuses and asks a reason unless approving', () => {
    expect(canVet('submitted')).toBe(true);
    expect(['draft', 'published', 'needs_changes', 'closed'].some(canVet)).toBe(false);
    expect(statusAfterVet('approve')).toBe('published');
    expect(statusAfterVet('needs_changes')).toBe('needs_changes');
    expect(statusAfterVet('reject')).toBe('rejected');
    expect(vetNeedsReason('approve')).toBe(false);
    expect(vetNeedsReason('needs_changes')).toBe(true);
    expect(vetNeedsReason('reject')).toBe(true);
  });

  it('sends a published opportunity back to vetting only when its substance changed', () => {
    expect(statusAfterEdit('published', true)).toBe('submitted');
    expect(statusAfterEdit('published', false)).toBe('published');
    expect(statusAfterEdit('draft', true)).toBe('draft');
    expect(statusAfterEdit('needs_changes', true)).toBe('needs_changes');
  });

  it('treats closed and rejected as final', () => {
    for (const s of ['closed', 'rejected']) {
      expect(canEdit(s)).toBe(false);
      expect(canClose(s)).toBe(false);
      expect(acceptsShifts(s)).toBe(false);
    }
    expect(canClose('published')).toBe(true);
  });
});
