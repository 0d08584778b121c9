import type { ExportCell, ExportTable } from '../../platform/export.js';
import type { Locale, Translate } from '../../platform/i18n.js';
import type { Shown } from '../statistics/small-numbers.js';
import type { keyFigures } from './evidence-figures.js';
import type { EvidencePack } from './evidence-service.js';
import { evidenceTexts, evidenceTitle } from './evidence-texts.js';

/** One line of the evidence pack's spreadsheet: a section, what is counted, this year, the year before, the change. */
type EvidenceLine = { section: string; item: string; value: ExportCell; previous?: ExportCell; difference?: ExportCell; percent?: ExportCell };

/** Hours with two decimals, a number so it sums (90 minutes → 1.5). */
const decimalHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The download's name: "bizonyitekcsomag-Kecskemét-2026" (the date is added by the export). */
export function evidenceFileBase(pack: EvidencePack): string {
  const area = pack.request.area;
  const name = area.kind === 'settlement' ? area.place.name : area.kind === 'district' ? area.district : area.county;
  return `bizonyitekcsomag-${name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${pack.year}`;
}

/**
 * The evidence pack as one sheet (CSV or XLSX), the same figures the page shows: numbers stay
 * numbers (hours as decimal hours, forints whole), hidden ones are the text "< 5" or "rejtve".
 */
export function evidenceExportTable(t: Translate, locale: Locale, pack: EvidencePack): ExportTable<EvidenceLine> {
  const x = evidenceTexts(t, locale);
  const count = (s: Shown): ExportCell => (s.suppressed ? x.count(s) : s.value);
  const hours = (s: Shown): ExportCell => (s.suppressed ? x.hidden : decimalHours(s.value));
  const figureCell = (f: (typeof keyFigures)[number], s: Shown | null): ExportCell => {
    if (s === null) return null;
    if (s.suppressed) return f === 'volunteers' ? x.count(s) : x.hidden;
    return f === 'minutes' ? decimalHours(s.value) : s.value;
  };
  const section = {
    figures: t('advocacy.evidence.figures.title'),
    ages: t('advocacy.evidence.ages.title'),
    causes: t('advocacy.evidence.causes.title'),
    months: t('advocacy.evidence.months.title'),
    value: t('advocacy.evidence.value.title'),
  };
  const lines: EvidenceLine[] = [{ section: t('advocacy.evidence.title'), item: evidenceTitle(t, locale, pack.request), value: pack.year }];
  for (const row of pack.trend) {
    lines.push({
      section: section.figures,
      item: x.figureLabel(row.figure) + (row.figure === 'minutes' ? ` (${t('advocacy.evidence.export.hoursUnit')})` : ''),
      value: figureCell(row.figure, row.current),
      previous: figureCell(row.figure, row.previous),
      difference: row.difference === null ? null : row.figure === 'minutes' ? decimalHours(row.difference) : row.difference,
      percent: row.percent,
    });
  }
  for (const a of pack.ageGroups) lines.push({ section: section.ages, item: x.ageLabel(a.group), value: count(a.volunteers) });
  for (const c of pack.causes) {
    lines.push({ section: section.causes, item: `${c.name}: ${t('advocacy.evidence.figure.volunteers')}`, value: count(c.volunteers) });
    lines.push({ section: section.causes, item: `${c.name}: ${t('advocacy.evidence.export.hoursUnit')}`, value: hours(c.minutes) });
  }
  for (const m of pack.months)
    lines.push({ section: section.months, item: `${x.monthLabel(m.month)} (${t('advocacy.evidence.export.hoursUnit')})`, value: hours(m.minutes) });
  for (const v of pack.hourValues) {
    lines.push({
      section: section.value,
      item: t('advocacy.evidence.export.hourValue', { from: x.day(v.effectiveFrom), source: v.source }),
      value: v.hourValueFt,
    });
  }
  lines.push({ section: section.value, item: t('advocacy.evidence.method'), value: null });
  return {
    filename: evidenceFileBase(pack),
    sheetName: t('advocacy.evidence.title'),
    columns: [
      { header: t('advocacy.evidence.export.section'), value: (l) => l.section, width: 28 },
      { header: t('advocacy.evidence.export.item'), value: (l) => l.item, width: 48 },
      { header: String(pack.year), value: (l) => l.value, width: 16 },
      { header: String(pack.year - 1), value: (l) => l.previous, width: 16 },
      { header: t('advocacy.evidence.field.difference'), value: (l) => l.difference, width: 16 },
      { header: t('advocacy.evidence.field.percent'), value: (l) => l.percent, width: 16 },
    ],
    rows: lines,
  };
}
