import { addDays } from '../../platform/budapest-time.js';
import { confidentialityQualificationName, healthFitnessQualificationName, type ProgramRules } from '../programs/requirements.js';
import { normalizeQualificationName } from '../volunteer-law/eligibility.js';

/**
 * How a hospital program's requirements stand for one volunteer (ADR 025 decision 2): each is a
 * qualification, so the common eligibility check blocks an expired or missing one on every path;
 * here only what the pages show: an expiring one is warned about this many days ahead.
 */
export const expiryWarningDays = 30;

export const requirementKinds = ['induction', 'health', 'confidentiality'] as const;
export type RequirementKind = (typeof requirementKinds)[number];

/** ok; expiring within `expiryWarningDays` (warned); expired or missing (blocked). */
export type RequirementState = 'ok' | 'expiring' | 'expired' | 'missing';
export type RequirementStatus = { kind: RequirementKind; name: string; state: RequirementState; validUntil: string | null };

/** The program's requirements as qualification names, in the order the pages show them. */
export function hospitalRequirementNames(program: Pick<ProgramRules, 'slug' | 'inductionQualification'>): { kind: RequirementKind; name: string }[] {
  const list: { kind: RequirementKind; name: string }[] = [];
  const induction = program.inductionQualification?.trim();
  if (induction) list.push({ kind: 'induction', name: induction });
  list.push({ kind: 'health', name: healthFitnessQualificationName(program.slug) });
  list.push({ kind: 'confidentiality', name: confidentialityQualificationName(program.slug) });
  return list;
}

/** The state of one required qualification on `today` (YYYY-MM-DD, Budapest), from the best one held. */
export function requirementState(held: readonly { name: string; validUntil: string | null }[], name: string, today: string): Omit<RequirementStatus, 'kind'> {
  const wanted = normalizeQualificationName(name);
  const same = held.filter((q) => normalizeQualificationName(q.name) === wanted);
  if (same.length === 0) return { name, state: 'missing', validUntil: null };
  if (same.some((q) => q.validUntil == null)) return { name, state: 'ok', validUntil: null };
  const latest = same
    .map((q) => q.validUntil as string)
    .sort()
    .at(-1) as string;
  if (latest < today) return { name, state: 'expired', validUntil: latest };
  if (latest <= addDays(today, expiryWarningDays)) return { name, state: 'expiring', validUntil: latest };
  return { name, state: 'ok', validUntil: latest };
}

/** Every requirement's state for one volunteer. */
export function requirementStatuses(
  program: Pick<ProgramRules, 'slug' | 'inductionQualification'>,
  held: readonly { name: string; validUntil: string | null }[],
  today: string,
): RequirementStatus[] {
  return hospitalRequirementNames(program).map((r) => ({ kind: r.kind, ...requirementState(held, r.name, today) }));
}

/** True when a requirement is expiring: the sign-up is allowed with a warning. */
export function expiringOnes(statuses: readonly RequirementStatus[]): RequirementStatus[] {
  return statuses.filter((s) => s.state === 'expiring');
}
