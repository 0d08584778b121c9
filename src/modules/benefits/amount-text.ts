import { formatWholeNumber } from '../../platform/i18n.js';

/**
 * Forints as Hungarians write them, in every language of the interface (HUNGARY.md §5.4):
 * "12 500 Ft" with no-break spaces, no fraction.
 */

export function formatFt(amount: number): string {
  return `${formatWholeNumber('hu', amount)}\u00a0Ft`;
}
