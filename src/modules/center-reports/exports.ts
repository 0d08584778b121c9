import type { ExportTable } from '../../platform/export.js';
import type { Locale, Translate } from '../../platform/i18n.js';
import { decimalHours, monthName } from '../reports/views/report-formats.js';
import { ageGroups } from '../statistics/approved-hours-repo.js';
import type { CenterFigures } from '../statistics/center-figures.js';
import { funnelSteps } from '../statistics/funnel-repo.js';
import type { NationalReport } from './national-service.js';
import type { CenterReportTable } from './schema.js';

/** The dashboard's tables as spreadsheets, one per chart (`?format=csv|xlsx&table=…`), whole numbers as numbers. */
type Row = Record<string, string | number | null>;

/** "2026. március" from "2026-03". */
export function monthLabel(t: Translate, month: string, form: 'long' | 'short' = 'long'): string {
  return `${month.slice(0, 4)}. ${monthName(t, Number(month.slice(5, 7)), form)}`;
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

function tableOf(t: Translate, locale: Locale, figures: CenterFigures, table: CenterReportTable): { sheet: string; columns: [string, string][]; rows: Row[] } {
  const hours = t('centerReports.col.hours');
  const volunteers = t('centerReports.col.volunteers');
  switch (table) {
    case 'funnel':
      return {
        sheet: t('centerReports.funnel.title'),
        columns: [
          ['step', t('centerReports.funnel.step')],
          ['volunteers', volunteers],
          ['share', `${t('centerReports.funnel.share')} (%)`],
        ],
        rows: funnelSteps.map((s) => ({
          step: t(`centerReports.funnel.${s}`),
          volunteers: figures.funnel[s],
          share: share(figures.funnel[s], figures.funnel.registered),
        })),
      };
    case 'months':
      return {
        sheet: t('centerReports.months.title'),
        columns: [
          ['month', t('centerReports.col.month')],
          ['hours', hours],
          ['volunteers', volunteers],
        ],
        rows: figures.byMonth.map((m) => ({ month: monthLabel(t, m.month), hours: decimalHours(m.minutes), volunteers: m.volunteers })),
      };
    case 'causes':
      return {
        sheet: t('centerReports.causes.title'),
        columns: [
          ['name', t('centerReports.col.cause')],
          ['hours', hours],
          ['volunteers', volunteers],
        ],
        rows: figures.byCause.map((c) => ({ name: locale === 'hu' ? c.nameHu : c.nameEn, hours: decimalHours(c.minutes), volunteers: c.volunteers })),
      };
    case 'settlements':
      return {
        sheet: t('centerReports.settlements.title'),
        columns: [
          ['name', t('centerReports.col.settlement')],
          ['county', t('centerReports.col.county')],
          ['hours', hours],
          ['volunteers', volunteers],
        ],
        rows: figures.bySettlement.map((s) => ({ name: s.name, county: s.county, hours: decimalHours(s.minutes), volunteers: s.volunteers })),
      };
    case 'responsiveness': {
      const { organizations, total } = figures.responsiveness;
      return {
        sheet: t('centerReports.responsiveness.title'),
        columns: [
          ['name', t('centerReports.col.organization')],
          ['within', t('centerReports.responsiveness.within')],
          ['late', t('centerReports.responsiveness.late')],
          ['unanswered', t('centerReports.responsiveness.unanswered')],
          ['pending', t('centerReports.responsiveness.pending')],
        ],
        rows: [...organizations.map((o) => ({ ...o, name: o.organizationName })), { ...total, name: t('centerReports.responsiveness.total') }],
      };
    }
    case 'ages':
      return {
        sheet: t('centerReports.ages.title'),
        columns: [
          ['group', t('centerReports.col.ageGroup')],
          ['volunteers', volunteers],
          ['share', `${t('centerReports.col.share')} (%)`],
        ],
        rows: ageGroups.map((g) => ({
          group: t(`centerReports.ageGroup.${g}`),
          volunteers: figures.ages[g],
          share: share(figures.ages[g], figures.minors.volunteers),
        })),
      };
  }
}

export function centerReportExportTable(t: Translate, locale: Locale, centerName: string, figures: CenterFigures, table: CenterReportTable): ExportTable<Row> {
  const { sheet, columns, rows } = tableOf(t, locale, figures, table);
  const { from, to } = figures.scope;
  return {
    filename: `kapocs-kozponti-kimutatas-${table}-${from}-${to}`,
    sheetName: sheet.slice(0, 31),
    rows: [...rows],
    columns: [
      ...columns.map(([key, header], i) => ({ header, value: (r: Row) => r[key], width: i === 0 ? 36 : 14 })),
      { header: t('centerReports.field.center'), value: () => centerName, width: 30 },
    ],
  };
}

type NationalExportRow = NationalReport['rows'][number] | (NationalReport['total'] & { name: string });

export function nationalExportTable(t: Translate, report: NationalReport): ExportTable<NationalExportRow> {
  return {
    filename: `kapocs-orszagos-osszesito-${report.from}-${report.to}`,
    sheetName: t('centerReports.national.title').slice(0, 31),
    rows: [...report.rows, { ...report.total, name: t('centerReports.national.total') }],
    columns: [
      { header: t('centerReports.national.center'), value: (r) => r.name, width: 36 },
      { header: t('centerReports.national.registered'), value: (r) => r.registered },
      { header: t('centerReports.national.active'), value: (r) => r.active },
      { header: t('centerReports.national.placements'), value: (r) => r.placements },
      { header: t('centerReports.national.hours'), value: (r) => decimalHours(r.minutes) },
      { header: t('centerReports.national.value'), value: (r) => r.valueFt },
      { header: `${t('centerReports.national.minors')} (%)`, value: (r) => (r.minorsShare === null ? null : Math.round(r.minorsShare * 1000) / 10) },
      { header: t('centerReports.national.median'), value: (r) => (r.medianDays === null ? null : Math.round(r.medianDays * 10) / 10) },
    ],
  };
}
