import { describe, expect, it } from 'vitest';
import { decisionsAllowed, legalDataChanged, membersMayEdit, membersMayResubmit, statusAfterDecision, statusAfterEdit } from './status-rules.js';

const legal = { name: 'Zöld Kör Egyesület', hostType: 'civil', taxNumber: '10773381-2-44', kotRegistrationNumber: '12749' };

describe('organization vetting rules', () => {
  it('lets the center decide on submitted ones, withdraw approval, and never reopen a rejection', () => {
    expect(decisionsAllowed('submitted')).toEqual(['approve', 'needs_changes', 'reject']);
    expect(decisionsAllowed('approved')).toEqual(['needs_changes', 'reject']);
    expect(decisionsAllowed('needs_changes')).toEqual([]);
    expect(decisionsAllowed('rejected')).toEqual([]);
    expect(decisionsAllowed('bogus')).toEqual([]);
  });

  it('maps decisions to statuses', () => {
    expect(statusAfterDecision('approve')).toBe('approved');
    expect(statusAfterDecision('needs_changes')).toBe('needs_changes');
    expect(statusAfterDecision('reject')).toBe('rejected');
  });

  it('lets members edit unless rejected, and resubmit only after "needs changes"', () => {
    expect(membersMayEdit('submitted')).toBe(true);
    expect(membersMayEdit('needs_changes')).toBe(true);
    expect(membersMayEdit('approved')).toBe(true);
    expect(membersMayEdit('rejected')).toBe(false);
    expect(membersMayResubmit('needs_changes')).toBe(true);
    expect(membersMayResubmit('submitted')).toBe(false);
    expect(membersMayResubmit('approved')).toBe(false);
  });

  it('sends an approved organization back to vetting only when its legal data changes', () => {
    expect(legalDataChanged(legal, { ...legal })).toBe(false);
    expect(legalDataChanged(legal, { ...legal, name: 'Zöld Kör Alapítvány' })).toBe(true);
    expect(legalDataChanged(legal, { ...legal, hostType: 'church' })).toBe(true);
    expect(legalDataChanged(legal, { ...legal, taxNumber: '10625790-4-44' })).toBe(true);
    expect(legalDataChanged(legal, { ...legal, kotRegistrationNumber: null })).toBe(true);
    expect(statusAfterEdit('approved', true)).toBe('submitted');
    expect(statusAfterEdit('approved', false)).toBe('approved');
    expect(statusAfterEdit('needs_changes', true)).toBe('needs_changes');
  });
});
