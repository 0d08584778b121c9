import type { AwaitingVolunteerRow, OrganizationProgressRow } from './repo.js';

/**
 * What a user should do next, from the facts of their account (pure, unit-tested). A new volunteer
 * creates a profile, then looks at suggestions; a new organization registers (which submits it
 * for vetting), fixes what the center returned, then posts an opportunity; members of approved
 * organizations see what waits for them. Each step links to a page the user may open.
 */
export type NextStepFacts = {
  signupKind: string;
  hasVolunteerProfile: boolean;
  hasApplied: boolean;
  awaiting: AwaitingVolunteerRow[];
  /** Training seats offered to the volunteer from a waitlist, to accept before they pass on. */
  trainingOffers?: { id: string; courseTitle: string; offerExpiresAt: Date | null }[];
  organizations: Pick<
    OrganizationProgressRow,
    'id' | 'name' | 'status' | 'openOpportunities' | 'unsubmittedOpportunities' | 'applicantsWaiting' | 'hoursWaiting'
  >[];
  /** Holds a role other than volunteer or guardian (staff work elsewhere on the dashboard). */
  isStaff: boolean;
  isGuardian: boolean;
  /** The minors linked to the account whose consent waits for it, and invitations to become a guardian. */
  minorsAwaitingConsent: { id: string; name: string }[];
  guardianInvitations: number;
  /** Knowledge-base articles waiting in review that the user may publish (0 or absent for those who write none). */
  articlesInReview?: number;
  /** The user's organizations whose readiness self-assessment is due: never filled in, or a year old (readiness/gaps.ts). */
  readinessDue?: ReadonlySet<string>;
  /** Open follow-ups of experience-exchange meetings past their day, in the meetings the user holds. */
  overdueMeetingFollowUps?: number;
  /** The inquiry log in the user's reach: inquiries still open, follow-ups due today or earlier (absent without the permission). */
  inquiries?: { open: number; due: number };
  /** Agreed actions of point consultations past their due day, and the center with the most of them. */
  overdueConsultationActions?: { count: number; centerId: string };
  /** Advocacy actions whose follow-up day has come (absent without the permission). */
  dueAdvocacyFollowUps?: number;
};

export const nextStepKinds = [
  'createProfile',
  'seeSuggestions',
  'answerProposal',
  'answerInvitation',
  'confirmSeat',
  'confirmTrainingSeat',
  'registerOrganization',
  'fixOrganization',
  'awaitVetting',
  'postOpportunity',
  'submitOpportunities',
  'answerApplicants',
  'approveHours',
  'giveConsent',
  'confirmGuardianLink',
  'followChild',
  'reviewArticles',
  'assessReadiness',
  'overdueMeetingFollowUps',
  'inquiryFollowUps',
  'openInquiries',
  'overdueConsultationActions',
  'dueAdvocacyFollowUps',
] as const;
export type NextStepKind = (typeof nextStepKinds)[number];

export type NextStep = {
  kind: NextStepKind;
  href: string;
  /** Values for the step's sentence: an organization's or opportunity's name, a count, a deadline. */
  name?: string;
  count?: number;
  until?: Date;
};

const answerKind: Record<AwaitingVolunteerRow['status'], NextStepKind> = {
  proposed: 'answerProposal',
  invited: 'answerInvitation',
  offered: 'confirmSeat',
};

function volunteerSteps(facts: NextStepFacts): NextStep[] {
  if (!facts.hasVolunteerProfile) {
    const mayVolunteer = facts.signupKind !== 'organization' && !facts.isStaff && !facts.isGuardian && facts.organizations.length === 0;
    return mayVolunteer ? [{ kind: 'createProfile', href: '/volunteer/profile' }] : [];
  }
  const steps: NextStep[] = facts.awaiting.map((a) => ({
    kind: answerKind[a.status],
    href: `/applications/${a.id}`,
    name: a.title,
    until: a.offerExpiresAt ?? undefined,
  }));
  for (const offer of facts.trainingOffers ?? []) {
    steps.push({
      kind: 'confirmTrainingSeat',
      href: `/trainings/registrations/${offer.id}/offer`,
      name: offer.courseTitle,
      until: offer.offerExpiresAt ?? undefined,
    });
  }
  if (!facts.hasApplied) steps.push({ kind: 'seeSuggestions', href: '/volunteer/suggestions' });
  return steps;
}

function organizationSteps(org: NextStepFacts['organizations'][number]): NextStep[] {
  const name = org.name;
  if (org.status === 'needs_changes') return [{ kind: 'fixOrganization', href: `/organizations/${org.id}/edit`, name }];
  if (org.status === 'submitted') return [{ kind: 'awaitVetting', href: `/organizations/${org.id}`, name }];
  if (org.status !== 'approved') return [];
  const steps: NextStep[] = [];
  if (org.openOpportunities === 0) steps.push({ kind: 'postOpportunity', href: `/organizations/${org.id}/opportunities/new`, name });
  if (org.unsubmittedOpportunities > 0)
    steps.push({ kind: 'submitOpportunities', href: `/organizations/${org.id}/opportunities`, name, count: org.unsubmittedOpportunities });
  if (org.applicantsWaiting > 0) steps.push({ kind: 'answerApplicants', href: '#dash-applicants', name, count: org.applicantsWaiting });
  if (org.hoursWaiting > 0) steps.push({ kind: 'approveHours', href: `/organizations/${org.id}/hours`, name, count: org.hoursWaiting });
  return steps;
}

function guardianSteps(facts: NextStepFacts): NextStep[] {
  const steps: NextStep[] = facts.minorsAwaitingConsent.map((m) => ({ kind: 'giveConsent', href: `/guardian/minors/${m.id}`, name: m.name }));
  if (facts.guardianInvitations > 0) steps.push({ kind: 'confirmGuardianLink', href: '/guardian', count: facts.guardianInvitations });
  if (steps.length === 0 && facts.isGuardian) steps.push({ kind: 'followChild', href: '/guardian' });
  return steps;
}

export function nextStepsFor(facts: NextStepFacts): NextStep[] {
  const steps = volunteerSteps(facts);
  if (facts.signupKind === 'organization' && facts.organizations.length === 0) steps.push({ kind: 'registerOrganization', href: '/organizations/register' });
  for (const org of facts.organizations) steps.push(...organizationSteps(org));
  for (const org of facts.organizations) {
    if (org.status === 'approved' && facts.readinessDue?.has(org.id))
      steps.push({ kind: 'assessReadiness', href: `/organizations/${org.id}/readiness`, name: org.name });
  }
  if (facts.overdueMeetingFollowUps) {
    steps.push({ kind: 'overdueMeetingFollowUps', href: '/exchange-meetings?followUps=overdue', count: facts.overdueMeetingFollowUps });
  }
  if (facts.overdueConsultationActions) {
    const { count, centerId } = facts.overdueConsultationActions;
    steps.push({ kind: 'overdueConsultationActions', href: `/admin/centers/${centerId}/points/consulting`, count });
  }
  if (facts.dueAdvocacyFollowUps) steps.push({ kind: 'dueAdvocacyFollowUps', href: '/advocacy/actions?followUp=due', count: facts.dueAdvocacyFollowUps });
  if (facts.articlesInReview) steps.push({ kind: 'reviewArticles', href: '/knowledge/manage?status=review', count: facts.articlesInReview });
  if (facts.inquiries?.due) steps.push({ kind: 'inquiryFollowUps', href: '/inquiries/follow-ups', count: facts.inquiries.due });
  if (facts.inquiries?.open) steps.push({ kind: 'openInquiries', href: '/inquiries?status=open', count: facts.inquiries.open });
  return [...steps, ...guardianSteps(facts)];
}
