import { formatDate, formatDuration, formatPersonName, formatWholeNumber, type Locale, type Translate } from '../../platform/i18n.js';
import type { Impact } from './impact-service.js';

/** The impact report's words and rows, shared by the page, the PDF and the XLSX. */
export function impactTexts(t: Translate, locale: Locale, impact: Impact) {
  const day = (d: string) => formatDate(locale, new Date(`${d}T12:00:00Z`));
  const f = impact.figures;
  const hours = (minutes: number) => formatDuration(t, locale, minutes);
  const causeName = (slug: string) => {
    const c = impact.causeNames.get(slug);
    return c ? (locale === 'hu' ? c.nameHu : c.nameEn) : slug;
  };
  return {
    title: t('companies.impact.title', { company: impact.company.name }),
    period: t('companies.impact.period', { from: day(impact.period.from), to: day(impact.period.to) }),
    hours,
    value: f.valueFt == null ? t('companies.impact.noValue') : `${formatWholeNumber(locale, f.valueFt)} Ft`,
    keyFigures: [
      [t('companies.impact.participants'), formatWholeNumber(locale, f.participants)],
      [t('companies.impact.hours'), hours(f.minutes)],
      [t('companies.impact.value'), f.valueFt == null ? t('companies.impact.noValue') : `${formatWholeNumber(locale, f.valueFt)} Ft`],
    ] as [string, string][],
    method: t('companies.impact.method', {
      values: f.hourValues.map((h) => `${formatWholeNumber(locale, h.hourValueFt)} Ft (${day(h.effectiveFrom)}, ${h.source})`).join('; ') || '—',
    }),
    causes: f.causes.map((c) => [causeName(c.slug), hours(c.minutes), formatWholeNumber(locale, c.participants)]),
    organizations: f.organizations.map((o) => [o.name, hours(o.minutes), formatWholeNumber(locale, o.participants)]),
    named: f.named.map((p) => [formatPersonName(p.familyName, p.givenName), hours(p.minutes)]),
    unnamed: t('companies.impact.unnamed', { count: f.unnamed }),
    stories: t('companies.impact.noStories'),
    causeName,
  };
}
