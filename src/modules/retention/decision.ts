import type { Role } from '../../platform/authz.js';
import { erasureRefusal } from '../erasure/refusal.js';
import {
  afterStep,
  anonymisationDate,
  firstWarningDaysBefore,
  type InactivityFacts,
  type InactivityStep,
  inactivityDeadline,
  inactivityStep,
} from './inactivity-rule.js';
import type { SubjectRow } from './repo.js';

/**
 * Who the job leaves alone, whatever their inactivity:
 * - staff: a login with a staff role or an organization membership (refusal.ts: a staff account's
 *   data is the organization's working record, not a volunteer's personal data to erase);
 * - a volunteer with an erasure request awaiting the center's decision (the center decides it);
 * - a volunteer with an application or placement not yet closed (any status but completed,
 *   declined, withdrawn, no-show), which also covers every shift still ahead of them: a placement
 *   in progress must not lose its volunteer. A stale application nobody answered keeps the person
 *   too, until the center or the host closes it.
 */
export type SkipReason = 'staff' | 'erasureRequest' | 'openPlacement';

export type Decision = { facts: InactivityFacts; step: InactivityStep; skip: SkipReason | null; hasLogin: boolean };

const when = (value: Date | string | null) => (value == null ? null : new Date(value));

export function factsOf(row: SubjectRow): InactivityFacts {
  return {
    lastActiveAt: new Date(row.last_active_at),
    firstWarnedAt: when(row.first_sent_at),
    secondWarnedAt: when(row.second_sent_at),
    reachable: !!row.email,
  };
}

function skipReasonOf(row: SubjectRow): SkipReason | null {
  const roles = row.roles ? (row.roles.split(',') as Role[]) : [];
  // The refusal rule of an erasure request, asked as if a request were open: staff roles or memberships refuse.
  if (erasureRefusal({ status: 'requested', roles, organizationMemberships: Number(row.memberships) })) return 'staff';
  if (row.open_erasure) return 'erasureRequest';
  if (row.open_placement) return 'openPlacement';
  return null;
}

export function decide(row: SubjectRow, years: number, now: Date): Decision {
  const facts = factsOf(row);
  return { facts, step: inactivityStep(facts, years, now), skip: skipReasonOf(row), hasLogin: row.user_id != null };
}

/** The anonymisation date once the step is taken now (what a warning sent now would promise). */
export function projectedAnonymisation(d: Decision, years: number, now: Date): Date {
  return anonymisationDate(afterStep(d.facts, d.step, now), years);
}

/** Last activity before this moment may make someone due (a day's slack: the exact rule runs in code). */
export function mayBeDueCutoff(now: Date, years: number): Date {
  return new Date(inactivityDeadline(now, -years).getTime() + (firstWarningDaysBefore + 1) * 24 * 3600_000);
}
