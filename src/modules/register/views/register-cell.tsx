import { formatDate, formatWholeNumber, type Locale } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { RegisterColumn } from '../columns.js';
import type { RegisterRow } from '../register-row.js';

const hourFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 2 }),
};

/** "2026. 11. 24." for a day stored as "2026-11-24" (noon UTC is the same day in Budapest). */
export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** One register value as text for the page: days and numbers in the reader's format, "–" for none. */
export function cellText(locale: Locale, column: RegisterColumn, value: string | number | null): string {
  if (value == null || value === '') return '–';
  if (typeof value === 'number') {
    if (column.kind === 'amount') return `${formatWholeNumber(locale, value)}\u00a0Ft`;
    return column.kind === 'hours' ? hourFormats[locale].format(value) : formatWholeNumber(locale, value);
  }
  return column.kind === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayText(locale, value) : value;
}

export function RegisterCell({ column, row }: { column: RegisterColumn; row: RegisterRow }) {
  const { t, locale } = usePage();
  const text = cellText(locale, column, column.value(row, t));
  return row.toDelete && column.label === 'register.field.toDelete' ? <strong>{text}</strong> : text;
}
