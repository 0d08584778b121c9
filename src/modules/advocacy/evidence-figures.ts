import { hungarianCollator } from '../../platform/i18n.js';
import { type AgeGroup, type ApprovedHourTotals, ageGroups, type HoursGroup } from '../statistics/approved-hours-repo.js';
import type { EconomicValue } from '../statistics/economic-value.js';
import { type Shown, suppressedCount, suppressedWith } from '../statistics/small-numbers.js';

/**
 * The evidence pack's figures as they may be shown (issue 15), built once from the statistics layer's
 * raw figures: the page, the PDF and the spreadsheet only render this, so small numbers are hidden
 * the same way everywhere. A group of 1–4 volunteers shows "< 5", and the hours, forints, placements
 * and organizations that belong to it are hidden with it (statistics/small-numbers.ts).
 */
export type RawEvidence = {
  year: number;
  current: ApprovedHourTotals;
  previous: ApprovedHourTotals;
  currentValue: EconomicValue;
  previousValue: EconomicValue;
  ageGroups: Record<AgeGroup, number>;
  /** Hours per cause slug with the cause's name in the reader's language. */
  causes: (HoursGroup & { name: string })[];
  /** Hours per month ('YYYY-MM'). */
  months: HoursGroup[];
};

export const keyFigures = ['volunteers', 'organizations', 'placements', 'minutes', 'valueFt'] as const;
export type KeyFigure = (typeof keyFigures)[number];

/** A key figure this year and the year before; the change only where both are shown. */
export type TrendRow = { figure: KeyFigure; current: Shown | null; previous: Shown | null; difference: number | null; percent: number | null };

export type ShownEvidence = {
  year: number;
  /** The whole area has 1–4 volunteers this year: every figure is hidden. */
  suppressed: boolean;
  trend: TrendRow[];
  ageGroups: { group: AgeGroup; volunteers: Shown }[];
  /** The top causes by hours (at most `topCauses`). */
  causes: { slug: string; name: string; volunteers: Shown; minutes: Shown }[];
  /** January to December. */
  months: { month: number; volunteers: Shown; minutes: Shown }[];
  /** null: no minimum wage is configured for any of the hours. */
  valueFt: Shown | null;
  hourValues: { effectiveFrom: string; hourValueFt: number; source: string; minutes: Shown }[];
  minutesWithoutValue: Shown;
};

export const topCauses = 5;

function trendRow(figure: KeyFigure, current: Shown | null, previous: Shown | null): TrendRow {
  if (!current || !previous || current.suppressed || previous.suppressed) return { figure, current, previous, difference: null, percent: null };
  const difference = current.value - previous.value;
  const percent = previous.value > 0 ? Math.round((difference / previous.value) * 1000) / 10 : null;
  return { figure, current, previous, difference, percent };
}

function yearShown(totals: ApprovedHourTotals, value: EconomicValue) {
  const people = totals.volunteers;
  return {
    volunteers: suppressedCount(people),
    organizations: suppressedWith(people, totals.organizations),
    placements: suppressedWith(people, totals.placements),
    minutes: suppressedWith(people, totals.minutes),
    valueFt: value.valueFt === null ? null : suppressedWith(people, value.valueFt),
  };
}

/**
 * Age groups: besides the small groups themselves, when exactly one group is hidden and the total is
 * shown, the next smallest group is hidden too, or the total minus the others would reveal it.
 */
function shownAgeGroups(counts: Record<AgeGroup, number>, total: number): ShownEvidence['ageGroups'] {
  const rows = ageGroups.map((group) => ({ group, volunteers: suppressedCount(counts[group]) }));
  const hidden = rows.filter((r) => r.volunteers.suppressed);
  if (hidden.length === 1 && !suppressedCount(total).suppressed) {
    const next = rows.filter((r) => !r.volunteers.suppressed && counts[r.group] > 0).sort((a, b) => counts[a.group] - counts[b.group])[0];
    if (next) next.volunteers = { value: null, suppressed: true };
  }
  return rows;
}

export function shownEvidence(raw: RawEvidence): ShownEvidence {
  const current = yearShown(raw.current, raw.currentValue);
  const previous = yearShown(raw.previous, raw.previousValue);
  const people = raw.current.volunteers;
  const causes = [...raw.causes]
    .sort((a, b) => b.minutes - a.minutes || hungarianCollator.compare(a.name, b.name))
    .slice(0, topCauses)
    .map((c) => ({ slug: c.key, name: c.name, volunteers: suppressedCount(c.volunteers), minutes: suppressedWith(c.volunteers, c.minutes) }));
  const months = Array.from({ length: 12 }, (_, i) => {
    const key = `${raw.year}-${String(i + 1).padStart(2, '0')}`;
    const row = raw.months.find((m) => m.key === key) ?? { minutes: 0, volunteers: 0 };
    return { month: i + 1, volunteers: suppressedCount(row.volunteers), minutes: suppressedWith(row.volunteers, row.minutes) };
  });
  return {
    year: raw.year,
    suppressed: current.volunteers.suppressed,
    trend: keyFigures.map((f) => trendRow(f, current[f], previous[f])),
    ageGroups: shownAgeGroups(raw.ageGroups, people),
    causes,
    months,
    valueFt: current.valueFt,
    hourValues: raw.currentValue.hourValues.map((v) => ({
      effectiveFrom: v.effectiveFrom,
      hourValueFt: v.hourValueFt,
      source: v.source,
      minutes: suppressedWith(people, v.minutes),
    })),
    minutesWithoutValue: suppressedWith(people, raw.currentValue.minutesWithoutValue),
  };
}
