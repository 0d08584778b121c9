import { describe, expect, it } from 'vitest';
import { type NextStepFacts, nextStepsFor } from './next-steps.js';

const base: NextStepFacts = {
  signupKind: 'volunteer',
  hasVolunteerProfile: false,
  hasApplied: false,
  awaiting: [],
  organizations: [],
  isStaff: false,
  isGuardian: false,
  minorsAwaitingConsent: [],
  guardianInvitations: 0,
};

const org = (status: string, counts: Partial<NextStepFacts['organizations'][number]> = {}) => ({
  id: 'o1',
  name: 'Példa Egyesület',
  status,
  openOpportunities: 0,
  unsubmittedOpportunities: 0,
  applicantsWaiting: 0,
  hoursWaiting: 0,
  ...counts,
});

const kinds = (facts: Partial<NextStepFacts>) => nextStepsFor({ ...base, ...facts }).map((s) => s.kind);

describe('next steps', () => {
  it('a new volunteer creates a profile first, then looks at suggestions', () => {
    expect(kinds({})).toEqual(['createProfile']);
    expect(kinds({ hasVolunteerProfile: true })).toEqual(['seeSuggestions']);
    expect(kinds({ hasVolunteerProfile: true, hasApplied: true })).toEqual([]);
  });

  it('staff, guardians and organization accounts are not asked to become volunteers', () => {
    expect(kinds({ isStaff: true })).toEqual([]);
    expect(kinds({ isGuardian: true })).toEqual(['followChild']);
    expect(kinds({ signupKind: 'organization' })).toEqual(['registerOrganization']);
    expect(kinds({ organizations: [org('approved', { openOpportunities: 1 })] })).toEqual([]);
  });

  it("what waits for the volunteer comes first, with the held seat's deadline", () => {
    const until = new Date('2026-12-07T10:00:00Z');
    const steps = nextStepsFor({
      ...base,
      hasVolunteerProfile: true,
      hasApplied: true,
      awaiting: [
        { id: 'a1', status: 'offered', title: 'Ételosztás', offerExpiresAt: until },
        { id: 'a2', status: 'invited', title: 'Faültetés', offerExpiresAt: null },
        { id: 'a3', status: 'proposed', title: 'Korrepetálás', offerExpiresAt: null },
      ],
    });
    expect(steps).toEqual([
      { kind: 'confirmSeat', href: '/applications/a1', name: 'Ételosztás', until },
      { kind: 'answerInvitation', href: '/applications/a2', name: 'Faültetés', until: undefined },
      { kind: 'answerProposal', href: '/applications/a3', name: 'Korrepetálás', until: undefined },
    ]);
  });

  it('a training seat offered from the waitlist is a step with its deadline', () => {
    const until = new Date('2026-12-08T10:00:00Z');
    const steps = nextStepsFor({
      ...base,
      hasVolunteerProfile: true,
      hasApplied: true,
      trainingOffers: [{ id: 'r1', courseTitle: 'Elsősegély-alapképzés', offerExpiresAt: until }],
    });
    expect(steps).toEqual([{ kind: 'confirmTrainingSeat', href: '/trainings/registrations/r1/offer', name: 'Elsősegély-alapképzés', until }]);
  });

  it('an organization is guided through vetting to its first opportunity', () => {
    expect(kinds({ signupKind: 'organization', organizations: [org('submitted')] })).toEqual(['awaitVetting']);
    expect(kinds({ signupKind: 'organization', organizations: [org('needs_changes')] })).toEqual(['fixOrganization']);
    expect(kinds({ signupKind: 'organization', organizations: [org('rejected')] })).toEqual([]);
    expect(kinds({ signupKind: 'organization', organizations: [org('approved')] })).toEqual(['postOpportunity']);
    expect(kinds({ organizations: [org('approved', { openOpportunities: 2, unsubmittedOpportunities: 1 })] })).toEqual(['submitOpportunities']);
  });

  it('a guardian is asked for the consents waiting for them and to confirm invitations, else to follow the child', () => {
    expect(nextStepsFor({ ...base, isGuardian: true, minorsAwaitingConsent: [{ id: 'm1', name: 'Kiss Bence' }], guardianInvitations: 1 })).toEqual([
      { kind: 'giveConsent', href: '/guardian/minors/m1', name: 'Kiss Bence' },
      { kind: 'confirmGuardianLink', href: '/guardian', count: 1 },
    ]);
    // An invitation reaches also an account that is not a guardian yet.
    expect(kinds({ hasVolunteerProfile: true, hasApplied: true, guardianInvitations: 2 })).toEqual(['confirmGuardianLink']);
  });

  it('an approved organization sees the applicants and hours waiting for it, with counts and links', () => {
    const steps = nextStepsFor({ ...base, isStaff: true, organizations: [org('approved', { openOpportunities: 1, applicantsWaiting: 3, hoursWaiting: 5 })] });
    expect(steps).toEqual([
      { kind: 'answerApplicants', href: '#dash-applicants', name: 'Példa Egyesület', count: 3 },
      { kind: 'approveHours', href: '/organizations/o1/hours', name: 'Példa Egyesület', count: 5 },
    ]);
  });

  it('an approved organization whose readiness self-assessment is due is asked to fill it in; training staff see overdue meeting follow-ups', () => {
    const due = new Set(['o1']);
    const approved = org('approved', { openOpportunities: 1 });
    expect(nextStepsFor({ ...base, isStaff: true, organizations: [approved], readinessDue: due })).toEqual([
      { kind: 'assessReadiness', href: '/organizations/o1/readiness', name: 'Példa Egyesület' },
    ]);
    expect(kinds({ isStaff: true, organizations: [approved], readinessDue: new Set() })).toEqual([]);
    // Vetting comes first: a submitted organization is not asked yet.
    expect(kinds({ signupKind: 'organization', organizations: [org('submitted')], readinessDue: due })).toEqual(['awaitVetting']);
    expect(nextStepsFor({ ...base, isStaff: true, overdueMeetingFollowUps: 2 })).toEqual([
      { kind: 'overdueMeetingFollowUps', href: '/exchange-meetings?followUps=overdue', count: 2 },
    ]);
  });
});
