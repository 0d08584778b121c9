/**
 * Digest periods in Budapest time: a daily digest goes out at most once per calendar day, a
 * weekly one at most once per ISO week (Monday to Sunday). A volunteer is due when their last
 * digest was sent before the start of the current period.
 */
import { budapestDay, budapestDayStart, mondayOf } from '../../platform/budapest-time.js';

export type AlertFrequency = 'daily' | 'weekly';
export const alertFrequencies = ['none', 'daily', 'weekly'] as const;

/** Budapest midnight of today (daily) or of this week's Monday (weekly). */
export function periodStart(frequency: AlertFrequency, now: Date): Date {
  const today = budapestDay(now);
  return budapestDayStart(frequency === 'daily' ? today : mondayOf(today));
}

/** How far back the very first digest looks, when nothing was sent before. */
export function firstDigestLookback(frequency: AlertFrequency): number {
  return (frequency === 'daily' ? 1 : 7) * 86_400_000;
}
