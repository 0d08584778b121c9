import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { OrganizationYearReport } from './service.js';
import { decimalHours, monthName } from './views/report-formats.js';

/**
 * The report's by-month and by-activity tables as one download. export.ts writes one sheet, so the
 * two tables are stacked with a "kind" column (month / activity); the month-only columns stay
 * empty on the activity rows. A last "total" row carries the year's figures as the page's summary
 * shows them: the volunteers are counted once for the year (not the sum of the months), and the
 * economic value in whole forints (empty when no minimum wage is configured, "–" on the page).
 */
export type ReportExportRow = {
  kind: 'month' | 'activity' | 'total';
  name: string;
  minutes: number;
  volunteers?: number;
  minorMinutes?: number;
  valueFt?: number | null;
};

const kindKeys = { month: 'reports.kind.month', activity: 'reports.kind.activity', total: 'reports.kind.total' } as const;

export function reportExportTable(t: Translate, report: OrganizationYearReport): ExportTable<ReportExportRow> {
  const rows: ReportExportRow[] = [
    ...report.months.map((m) => ({
      kind: 'month' as const,
      name: monthName(t, m.month),
      minutes: m.minutes,
      volunteers: m.volunteers,
      minorMinutes: m.minorMinutes,
    })),
    ...report.activities.map((a) => ({ kind: 'activity' as const, name: a.activity, minutes: a.minutes })),
    {
      kind: 'total',
      name: t('reports.summary.title', { year: report.year }),
      minutes: report.minutes,
      volunteers: report.volunteers,
      minorMinutes: report.minorMinutes,
      valueFt: report.valueFt,
    },
  ];
  return {
    filename: `${t('reports.export.filename')}-${report.year}`,
    sheetName: t('reports.export.sheet', { year: report.year }),
    rows,
    columns: [
      { header: t('reports.field.kind'), value: (r) => t(kindKeys[r.kind]), width: 14 },
      { header: t('reports.field.name'), value: (r) => r.name, width: 36 },
      { header: t('reports.field.minutes'), value: (r) => r.minutes, width: 12 },
      { header: t('reports.field.hours'), value: (r) => decimalHours(r.minutes), width: 12 },
      { header: t('reports.field.volunteers'), value: (r) => r.volunteers, width: 12 },
      { header: t('reports.field.minorMinutes'), value: (r) => r.minorMinutes, width: 20 },
      { header: t('reports.field.valueFt'), value: (r) => r.valueFt, width: 20 },
    ],
  };
}
