import { formatDate, formatDuration, formatWholeNumber, type Locale, type MessageKey, type Translate } from '../../platform/i18n.js';
import type { AgeGroup } from '../statistics/approved-hours-repo.js';
import { type Shown, shownText } from '../statistics/small-numbers.js';
import type { KeyFigure, TrendRow } from './evidence-figures.js';
import { areaName, type EvidenceArea, type EvidenceRequest } from './evidence-service.js';

const decimalFormats: Record<Locale, Intl.NumberFormat> = {
  hu: new Intl.NumberFormat('hu-HU', { useGrouping: 'always', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 2 }),
};

/**
 * The evidence pack's figures as text, the same on the page, in the PDF and in the spreadsheet: a
 * hidden head count reads "< 5", hours and forints hidden with it read "rejtve".
 */
export function evidenceTexts(t: Translate, locale: Locale) {
  /** "2 017,5" in Hungarian (grouped from 1 000, decimal comma). */
  const decimal = (n: number) => decimalFormats[locale].format(n);
  const number = (n: number) => formatWholeNumber(locale, n);
  const hidden = t('advocacy.evidence.hidden');
  const count = (shown: Shown) => shownText(shown, number);
  const hours = (shown: Shown) => (shown.suppressed ? hidden : formatDuration(t, locale, shown.value));
  const money = (shown: Shown | null) => (shown === null ? '–' : shown.suppressed ? hidden : t('advocacy.evidence.money', { amount: number(shown.value) }));
  const figure = (f: KeyFigure, shown: Shown | null): string => {
    if (f === 'valueFt') return money(shown);
    if (shown === null) return '–';
    return f === 'minutes' ? hours(shown) : count(shown);
  };
  /** A change with its sign: "+45 óra", "−3" (the text is of the absolute value). */
  const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text);
  const difference = (row: TrendRow): string => {
    if (row.difference === null) return '–';
    const d = row.difference;
    const text =
      row.figure === 'minutes'
        ? formatDuration(t, locale, Math.abs(d))
        : row.figure === 'valueFt'
          ? money({ value: Math.abs(d), suppressed: false })
          : number(Math.abs(d));
    return signed(d, text);
  };
  const percent = (row: TrendRow): string => (row.percent === null ? '–' : signed(row.percent, `${decimal(Math.abs(row.percent))} %`));
  return {
    hidden,
    number,
    /** A month's bar in a chart: its whole hours ("12"), or "–" when hidden (the table beside it says why). */
    monthBarText: (shown: Shown) => (shown.suppressed ? '–' : number(Math.round(shown.value / 60))),
    count,
    hours,
    money,
    figure,
    difference,
    percent,
    figureLabel: (f: KeyFigure) => t(`advocacy.evidence.figure.${f}` as MessageKey),
    ageLabel: (g: AgeGroup) => t(`advocacy.evidence.age.${g}` as MessageKey),
    monthLabel: (month: number) => t(`reports.month.${month}` as MessageKey),
    monthShort: (month: number) => t(`reports.monthShort.${month}` as MessageKey),
    day: (day: string) => formatDate(locale, new Date(`${day}T12:00:00Z`)),
    hourValue: decimal,
  };
}

/** "Kecskemét (Bács-Kiskun)", "Kecskeméti járás (Bács-Kiskun)", "Bács-Kiskun vármegye" (Budapest is no county by name). */
export function areaLabel(t: Translate, area: EvidenceArea): string {
  if (area.kind === 'county' && area.county !== 'Budapest') return t('advocacy.evidence.countyName', { name: area.county });
  return areaName(area);
}

/** "Bizonyítékcsomag: Kecskemét (Bács-Kiskun), 2026" (with the cause when one is chosen). */
export function evidenceTitle(t: Translate, locale: Locale, request: EvidenceRequest): string {
  const title = t('advocacy.evidence.packTitle', { area: areaLabel(t, request.area), year: request.year });
  return request.cause ? `${title} – ${causeLabel(locale, request.cause)}` : title;
}

export const causeLabel = (locale: Locale, cause: { nameHu: string; nameEn: string }) => (locale === 'hu' ? cause.nameHu : cause.nameEn);
