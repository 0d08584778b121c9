import { describe, expect, it } from 'vitest';
import { ageGroups } from '../statistics/approved-hours-repo.js';
import { type RawEvidence, shownEvidence } from './evidence-figures.js';

const noValue = { valueFt: null, minutesWithoutValue: 0, hourValues: [] };
const ages = (counts: Partial<Record<(typeof ageGroups)[number], number>>) =>
  Object.fromEntries(ageGroups.map((g) => [g, counts[g] ?? 0])) as RawEvidence['ageGroups'];

function raw(over: Partial<RawEvidence>): RawEvidence {
  return {
    year: 2026,
    current: { minutes: 600, volunteers: 6, organizations: 2, placements: 6 },
    previous: { minutes: 900, volunteers: 8, organizations: 3, placements: 8 },
    currentValue: noValue,
    previousValue: noValue,
    ageGroups: ages({ '18_29': 6 }),
    causes: [],
    months: [],
    ...over,
  };
}

describe('the evidence pack shown figures', () => {
  it('gives a fall with its sign and percent, and no percent against an empty year', () => {
    const minutes = shownEvidence(raw({})).trend.find((r) => r.figure === 'minutes');
    expect(minutes).toMatchObject({ difference: -300, percent: -33.3 });
    const fromNothing = shownEvidence(raw({ previous: { minutes: 0, volunteers: 0, organizations: 0, placements: 0 } })).trend[0];
    expect(fromNothing).toMatchObject({ figure: 'volunteers', difference: 6, percent: null });
  });

  it('hides a year of 1–4 volunteers with everything that belongs to them, and leaves the trend out', () => {
    const shown = shownEvidence(raw({ previous: { minutes: 90, volunteers: 2, organizations: 1, placements: 2 } }));
    const previous = shown.trend.map((r) => [r.figure, r.previous?.suppressed, r.difference]);
    expect(previous).toEqual([
      ['volunteers', true, null],
      ['organizations', true, null],
      ['placements', true, null],
      ['minutes', true, null],
      ['valueFt', undefined, null],
    ]);
  });

  it('hides a second age group when only one is small, so the total does not give it away', () => {
    const shown = shownEvidence(
      raw({ current: { minutes: 600, volunteers: 15, organizations: 2, placements: 15 }, ageGroups: ages({ '18_29': 3, '30_49': 5, '50_64': 7 }) }),
    );
    const hidden = shown.ageGroups.filter((a) => a.volunteers.suppressed).map((a) => a.group);
    expect(hidden).toEqual(['18_29', '30_49']);
    expect(shown.ageGroups.find((a) => a.group === '50_64')?.volunteers).toEqual({ value: 7, suppressed: false });
  });

  it('keeps the five causes with the most hours and hides the hours of a small one', () => {
    const causes = ['a', 'b', 'c', 'd', 'e', 'f'].map((key, i) => ({ key, name: key.toUpperCase(), minutes: (i + 1) * 60, volunteers: i + 1 }));
    const shown = shownEvidence(raw({ causes }));
    expect(shown.causes.map((c) => c.slug)).toEqual(['f', 'e', 'd', 'c', 'b']);
    expect(shown.causes.at(-1)).toMatchObject({ volunteers: { suppressed: true }, minutes: { suppressed: true } });
    expect(shown.causes[0]).toMatchObject({ volunteers: { value: 6 }, minutes: { value: 360 } });
  });
});
