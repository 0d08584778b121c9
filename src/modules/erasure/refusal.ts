import { type Role, roleScope } from '../../platform/authz.js';

/**
 * Roles a person holds for themselves. Every other role is a job in Kapocs (center, point,
 * organization, school or company staff): the data of a staff account is the organization's
 * working record (who approved what, who signed what), not a volunteer's personal data to erase.
 */
const isPersonalRole = (role: Role) => roleScope[role] === 'none';

export type ErasureRefusal = 'erasure.refusal.staffRoles' | 'erasure.refusal.memberships' | 'erasure.refusal.notOpen';

/**
 * Whether the center may carry out an erasure now (GDPR Art. 17 (1), but see Art. 17 (3) b): a
 * legal obligation of the organization, here its staff work, is kept). A request that is no
 * longer open cannot be confirmed; an account with staff roles or organization memberships must
 * first lose them (an administrator removes them), then the volunteer's data can be erased.
 */
export function erasureRefusal(input: { status: string; roles: readonly Role[]; organizationMemberships: number }): ErasureRefusal | null {
  if (input.status !== 'requested') return 'erasure.refusal.notOpen';
  if (input.roles.some((r) => !isPersonalRole(r))) return 'erasure.refusal.staffRoles';
  if (input.organizationMemberships > 0) return 'erasure.refusal.memberships';
  return null;
}
