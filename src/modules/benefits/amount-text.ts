/**
 * Forints as Hungarians write them, in every language of the interface (HUNGARY.md §5.4):
 * "12 500 Ft" with no-break spaces, no fraction.
 */
const wholeNumber = new Intl.NumberFormat('hu-HU', { maximumFractionDigits: 0, useGrouping: 'always' });

export function formatFt(amount: number): string {
  return `${wholeNumber.format(amount)}\u00a0Ft`;
}
