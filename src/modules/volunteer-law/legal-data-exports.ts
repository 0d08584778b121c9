import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { volunteerHourValueFt, yearlyRewardCapFt } from './legal-amounts.js';
import type { LegalAmountRecord, SchoolPeriodRecord } from './legal-data-repo.js';
import { schoolYearOf } from './school-calendar.js';

/** The legal amounts as a spreadsheet, with the derived hour value and reward cap. */
export function legalAmountExportTable(t: Translate, rows: LegalAmountRecord[]): ExportTable<LegalAmountRecord> {
  return {
    filename: 'kapocs-jogszabalyi-osszegek',
    sheetName: t('legal.amounts.title'),
    rows,
    columns: [
      { header: t('legal.field.effectiveFrom'), value: (r) => r.effectiveFrom, width: 14 },
      { header: t('legal.field.kind'), value: (r) => t(`legal.kind.${r.kind}`), width: 22 },
      { header: t('legal.field.amount'), value: (r) => r.amountHuf },
      { header: t('legal.field.hourValue'), value: (r) => volunteerHourValueFt(r.amountHuf) },
      { header: t('legal.field.rewardCap'), value: (r) => yearlyRewardCapFt(r.amountHuf) },
      { header: t('legal.field.source'), value: (r) => r.source, width: 60 },
      { header: t('legal.field.updatedAt'), value: (r) => r.updatedAt, width: 18 },
    ],
  };
}

export function schoolPeriodExportTable(t: Translate, rows: SchoolPeriodRecord[]): ExportTable<SchoolPeriodRecord> {
  return {
    filename: 'kapocs-tanev-rendje',
    sheetName: t('legal.calendar.title'),
    rows,
    columns: [
      { header: t('legal.field.name'), value: (r) => r.name, width: 32 },
      { header: t('legal.field.periodKind'), value: (r) => t(`legal.period.${r.kind}`), width: 18 },
      { header: t('legal.field.schoolYear'), value: (r) => schoolYearOf(r.startsOn).label },
      { header: t('legal.field.startsOn'), value: (r) => r.startsOn, width: 14 },
      { header: t('legal.field.endsOn'), value: (r) => r.endsOn, width: 14 },
      { header: t('legal.field.source'), value: (r) => r.source, width: 60 },
      { header: t('legal.field.updatedAt'), value: (r) => r.updatedAt, width: 18 },
    ],
  };
}
