import type { Locale } from '../../../platform/i18n.js';
import { formatWholeNumber } from '../../../platform/i18n.js';
import { formatAmount } from '../../reports/views/report-formats.js';
import type { CompareMeasure } from '../compare-schema.js';

/** A figure as the table writes it: counts whole, hours with one decimal, per 1,000 with two; "–" for none. */
export function compareFigureText(locale: Locale, measure: CompareMeasure, value: number | null, per1000 = false): string {
  if (value === null) return '–';
  if (per1000) return formatAmount(locale, Math.round(value * 100) / 100);
  return measure === 'hours' ? formatAmount(locale, Math.round(value * 10) / 10) : formatWholeNumber(locale, value);
}
