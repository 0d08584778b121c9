import type { ExportTable } from '../../platform/export.js';
import type { MessageKey, Translate } from '../../platform/i18n.js';
import type { RegisterRow } from './register-row.js';

/**
 * The register's columns, in the order of Köt. 14. § (HUNGARY.md §1.5), each with the item of the
 * law it records; after them the retention marks (not items of the law, the organization's duty
 * to delete). The CSV, the XLSX, the list page and the print view all use this one list.
 * - `day`: a calendar day "YYYY-MM-DD" (exported as is: sortable; shown as "2026. 11. 24.");
 * - `hours` and `amount`: numbers (exported as numbers, so spreadsheets sum them).
 */
export type RegisterColumnKind = 'text' | 'day' | 'hours' | 'amount' | 'count';
export type RegisterColumn = {
  /** The item of Köt. 14. § (1–8); null for the retention marks. */
  item: number | null;
  label: MessageKey;
  kind: RegisterColumnKind;
  value: (row: RegisterRow, t: Translate) => string | number | null;
};

/** 90 minutes → 1.5 hours (two decimals), a number so it sums. */
const hours = (minutes: number | null) => (minutes == null ? null : Math.round((minutes / 60) * 100) / 100);

export const registerColumns: readonly RegisterColumn[] = [
  { item: 1, label: 'register.field.familyName', kind: 'text', value: (r) => r.familyName },
  { item: 1, label: 'register.field.givenName', kind: 'text', value: (r) => r.givenName },
  { item: 1, label: 'register.field.birthName', kind: 'text', value: (r) => r.birthName },
  { item: 1, label: 'register.field.birthPlace', kind: 'text', value: (r) => r.birthPlace },
  { item: 1, label: 'register.field.birthDate', kind: 'day', value: (r) => r.birthDate },
  { item: 1, label: 'register.field.motherName', kind: 'text', value: (r) => r.motherName },
  { item: 1, label: 'register.field.citizenship', kind: 'text', value: (r, t) => r.citizenship ?? t('register.value.hungarian') },
  { item: 2, label: 'register.field.residence', kind: 'text', value: (r) => r.residence },
  { item: 3, label: 'register.field.representativeName', kind: 'text', value: (r) => r.representativeName },
  { item: 3, label: 'register.field.representativeBirthPlace', kind: 'text', value: (r) => r.representativeBirthPlace },
  { item: 3, label: 'register.field.representativeBirthDate', kind: 'day', value: (r) => r.representativeBirthDate },
  { item: 3, label: 'register.field.representativeMotherName', kind: 'text', value: (r) => r.representativeMotherName },
  { item: 3, label: 'register.field.representativeResidence', kind: 'text', value: (r) => r.representativeResidence },
  { item: 4, label: 'register.field.activity', kind: 'text', value: (r) => r.activity },
  { item: 4, label: 'register.field.place', kind: 'text', value: (r) => r.place },
  { item: 4, label: 'register.field.timeAndRest', kind: 'text', value: (r) => r.timeAndRest },
  { item: 5, label: 'register.field.startsOn', kind: 'day', value: (r) => r.startsOn },
  { item: 6, label: 'register.field.endsOn', kind: 'day', value: (r, t) => r.endsOn ?? t('register.value.ongoing') },
  { item: 7, label: 'register.field.minorHours', kind: 'hours', value: (r) => hours(r.minorMinutes) },
  { item: 8, label: 'register.field.benefitCount', kind: 'count', value: (r) => r.benefitCount },
  { item: 8, label: 'register.field.benefitTotal', kind: 'amount', value: (r) => r.benefitTotalHuf },
  { item: 8, label: 'register.field.benefitTypes', kind: 'text', value: (r, t) => r.benefitTypes.map((type) => t(`benefits.type.${type}`)).join(', ') },
  { item: null, label: 'register.field.retainUntil', kind: 'day', value: (r) => r.retainUntil },
  { item: null, label: 'register.field.toDelete', kind: 'text', value: (r, t) => (r.toDelete ? t('register.value.toDelete') : null) },
  { item: null, label: 'register.field.subjectErased', kind: 'text', value: (r, t) => (r.subjectErasedAt ? t('register.value.subjectErased') : null) },
];

/** "1. Családi név": the law's item number before the label; the retention marks without one. */
export function registerColumnHeader(t: Translate, column: RegisterColumn): string {
  return column.item == null ? t(column.label) : `${column.item}. ${t(column.label)}`;
}

export function registerExportTable(t: Translate, year: number, rows: RegisterRow[]): ExportTable<RegisterRow> {
  return {
    filename: `${t('register.export.filename')}-${year}`,
    sheetName: t('register.export.sheet', { year }),
    rows,
    columns: registerColumns.map((c) => ({
      header: registerColumnHeader(t, c),
      value: (row: RegisterRow) => c.value(row, t),
      width: c.kind === 'text' ? 28 : 14,
    })),
  };
}
