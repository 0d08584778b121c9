import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { OpportunityRow, ShiftRecord } from './repo.js';

/** An organization's opportunities (or the vetting queue) as a spreadsheet. */
export function opportunityExportTable(t: Translate, filename: string, rows: OpportunityRow[]): ExportTable<OpportunityRow> {
  return {
    filename,
    sheetName: t('opportunities.export.sheet'),
    rows,
    columns: [
      { header: t('opportunities.field.title'), value: (o) => o.title, width: 40 },
      { header: t('opportunities.field.organization'), value: (o) => o.organizationName, width: 32 },
      { header: t('opportunities.field.status'), value: (o) => t(`opportunities.status.${o.status as 'draft'}`) },
      { header: t('opportunities.field.kind'), value: (o) => t(`opportunities.kind.${o.kind as 'one_off'}`) },
      { header: t('opportunities.field.remote'), value: (o) => t(o.remote ? 'opportunities.yes' : 'opportunities.no'), width: 10 },
      { header: t('opportunities.field.place'), value: (o) => o.placeName },
      { header: t('opportunities.field.address'), value: (o) => o.address, width: 32 },
      { header: t('opportunities.field.minAge'), value: (o) => o.minAge, width: 10 },
      { header: t('opportunities.field.causes'), value: (o) => o.causes.join(', '), width: 32 },
      { header: t('opportunities.field.skills'), value: (o) => o.skills.join(', '), width: 32 },
      { header: t('opportunities.field.contactName'), value: (o) => o.contactName },
      { header: t('opportunities.field.contactEmail'), value: (o) => o.contactEmail, width: 32 },
      { header: t('opportunities.field.updated'), value: (o) => o.updatedAt, width: 18 },
      { header: 'ID', value: (o) => o.id, width: 38 },
    ],
  };
}

export function shiftExportTable(t: Translate, rows: ShiftRecord[]): ExportTable<ShiftRecord> {
  return {
    filename: 'kapocs-muszakok',
    sheetName: t('opportunities.shifts.title'),
    rows,
    columns: [
      { header: t('opportunities.shifts.starts'), value: (s) => s.startsAt, width: 18 },
      { header: t('opportunities.shifts.ends'), value: (s) => s.endsAt, width: 18 },
      { header: t('opportunities.shifts.capacity'), value: (s) => s.capacity, width: 10 },
      { header: t('opportunities.shifts.taken'), value: (s) => s.seatsTaken, width: 10 },
      { header: t('opportunities.shifts.waitlist'), value: (s) => t(s.waitlistEnabled ? 'opportunities.yes' : 'opportunities.no'), width: 10 },
      { header: t('opportunities.shifts.cancelledAt'), value: (s) => s.cancelledAt, width: 18 },
      { header: 'ID', value: (s) => s.id, width: 38 },
    ],
  };
}
