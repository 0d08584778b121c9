import { checkRewardCap, type RewardCapCheck } from '../volunteer-law/benefit-cap.js';
import type { LegalAmountRow } from '../volunteer-law/legal-amounts.js';

/**
 * The reward cap of one volunteer for one calendar year, as a host organization may see it.
 *
 * Which rewards count: HUNGARY.md §1.7 says "up to 20 % of the monthly minimum wage per year" and
 * does not say "per host organization". We take the stricter reading (ADR 012: the stricter reading
 * when unsure): every reward the volunteer received in that calendar year that is recorded in
 * Kapocs counts, from every organization. An organization sees its own entries in detail, and
 * other organizations' rewards only as one sum (`othersFt`), never who gave what.
 */
export type RewardCapStatus = RewardCapCheck & {
  /** Rewards from the organization asking (all its placements with the volunteer). */
  ownFt: number;
  /** Rewards from every other organization, as one sum. */
  othersFt: number;
};

export function rewardCapStatus(
  input: { onDay: string; rewards: readonly { amountHuf: number; own: boolean }[]; proposedFt?: number },
  minimumWages: readonly LegalAmountRow[],
): RewardCapStatus | null {
  const check = checkRewardCap({ onDay: input.onDay, givenFt: input.rewards.map((r) => r.amountHuf), proposedFt: input.proposedFt ?? 0 }, minimumWages);
  if (!check) return null;
  const ownFt = input.rewards.filter((r) => r.own).reduce((sum, r) => sum + r.amountHuf, 0);
  return { ...check, ownFt, othersFt: check.usedFt - ownFt };
}
