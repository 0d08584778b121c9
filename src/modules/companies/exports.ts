import type { ExportTable } from '../../platform/export.js';
import type { Locale, Translate } from '../../platform/i18n.js';
import type { Impact } from './impact-service.js';
import type { CompanyListRow } from './repo.js';

/** Downloads of corporate volunteering: the companies list and the impact report. */

export function companiesExportTable(t: Translate, rows: CompanyListRow[]): ExportTable<CompanyListRow> {
  return {
    filename: t('companies.export.filename'),
    sheetName: t('companies.manage.title'),
    rows,
    columns: [
      { header: t('companies.field.name'), value: (r) => r.name },
      { header: t('companies.field.taxNumber'), value: (r) => r.taxNumber },
      { header: t('companies.field.place'), value: (r) => r.placeName },
      { header: t('companies.list.coordinators'), value: (r) => r.coordinators },
      { header: t('companies.list.teams'), value: (r) => r.teams },
    ],
  };
}

type ImpactRow = { section: string; label: string; hours: number | null; participants: number | null; valueFt: number | null };

/** The impact report as one sheet: the key figures, causes, organizations and the named participants (hours as numbers). */
export function impactExportTable(t: Translate, locale: Locale, impact: Impact): ExportTable<ImpactRow> {
  const f = impact.figures;
  const h = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
  const causeName = (slug: string) => {
    const c = impact.causeNames.get(slug);
    return c ? (locale === 'hu' ? c.nameHu : c.nameEn) : slug;
  };
  const rows: ImpactRow[] = [
    { section: t('companies.impact.total'), label: impact.company.name, hours: h(f.minutes), participants: f.participants, valueFt: f.valueFt },
    ...f.causes.map((c) => ({
      section: t('companies.impact.cause'),
      label: causeName(c.slug),
      hours: h(c.minutes),
      participants: c.participants,
      valueFt: null,
    })),
    ...f.organizations.map((o) => ({
      section: t('companies.impact.organization'),
      label: o.name,
      hours: h(o.minutes),
      participants: o.participants,
      valueFt: null,
    })),
    ...f.named.map((p) => ({
      section: t('companies.impact.name'),
      label: `${p.familyName} ${p.givenName}`,
      hours: h(p.minutes),
      participants: null,
      valueFt: null,
    })),
    { section: t('companies.impact.unnamedLabel'), label: '', hours: null, participants: f.unnamed, valueFt: null },
  ];
  return {
    filename: t('companies.impact.filename', { from: impact.period.from, to: impact.period.to }),
    sheetName: t('companies.impact.sheet'),
    rows,
    columns: [
      { header: t('companies.impact.section'), value: (r) => r.section },
      { header: t('companies.impact.label'), value: (r) => r.label },
      { header: t('companies.impact.hoursNumber'), value: (r) => r.hours },
      { header: t('companies.impact.participants'), value: (r) => r.participants },
      { header: t('companies.impact.valueFt'), value: (r) => r.valueFt },
    ],
  };
}
