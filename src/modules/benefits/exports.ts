import type { ExportTable } from '../../platform/export.js';
import { formatPersonName, type Translate } from '../../platform/i18n.js';
import type { LedgerRow } from './repo.js';
import type { YearTotals } from './service.js';

/**
 * A placement's ledger as one download: every entry (corrected ones with their reason), then the
 * yearly totals per type and each year's total, as the page's "yearly totals" table shows them
 * (corrected entries left out). The totals rows have no date; their "kind" column says what they are.
 */
export type LedgerExportRow =
  | { kind: 'entry'; row: LedgerRow }
  | { kind: 'typeTotal'; year: number; type: string; entries: number; amountHuf: number }
  | { kind: 'yearTotal'; year: number; amountHuf: number };

export function ledgerExportTable(t: Translate, entries: LedgerRow[], yearTotals: YearTotals[]): ExportTable<LedgerExportRow> {
  const totals: LedgerExportRow[] = yearTotals.flatMap((y) => [
    ...Object.entries(y.byType).map(([type, v]) => ({
      kind: 'typeTotal' as const,
      year: y.year,
      type,
      entries: v?.entries ?? 0,
      amountHuf: v?.amountHuf ?? 0,
    })),
    { kind: 'yearTotal' as const, year: y.year, amountHuf: y.totalHuf },
  ]);
  const entry = <V>(r: LedgerExportRow, value: (row: LedgerRow) => V) => (r.kind === 'entry' ? value(r.row) : null);
  const name = (family: string | null, given: string | null) => (family ? formatPersonName(family, given ?? '') : '');
  return {
    filename: t('benefits.export.filename'),
    sheetName: t('benefits.title'),
    rows: [...entries.map((row) => ({ kind: 'entry' as const, row })), ...totals],
    columns: [
      { header: t('benefits.field.givenOn'), value: (r) => entry(r, (e) => e.benefit.givenOn) },
      {
        header: t('benefits.field.type'),
        value: (r) =>
          r.kind === 'entry'
            ? t(`benefits.type.${r.row.benefit.type}`)
            : r.kind === 'typeTotal'
              ? t('benefits.export.typeTotal', { year: r.year, type: t(`benefits.type.${r.type as LedgerRow['benefit']['type']}`) })
              : t('benefits.export.yearTotal', { year: r.year }),
      },
      { header: t('benefits.field.amount'), value: (r) => (r.kind === 'entry' ? r.row.benefit.amountHuf : r.amountHuf) },
      { header: t('benefits.export.entries'), value: (r) => (r.kind === 'typeTotal' ? r.entries : null) },
      {
        header: t('benefits.field.kind'),
        value: (r) => entry(r, (e) => (e.benefit.reimbursement ? t('benefits.kind.reimbursement') : t('benefits.kind.inKind'))),
      },
      { header: t('benefits.field.description'), value: (r) => entry(r, (e) => e.benefit.description) },
      { header: t('benefits.field.recordedBy'), value: (r) => entry(r, (e) => name(e.recordedByFamilyName, e.recordedByGivenName)) },
      { header: t('benefits.field.deleted'), value: (r) => entry(r, (e) => (e.benefit.deletedAt ? e.benefit.deletionReason : '')) },
    ],
  };
}
