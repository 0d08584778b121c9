import { describe, expect, it } from 'vitest';
import { amountChanges, dayKindChanges, minimumWageTableWith } from './legal-data-preview.js';
import { seededMinimumWages, seededSchoolCalendar } from './legal-data-test-support.js';
import { termTimeOnlyCalendar } from './school-calendar.js';

describe('legal-data previews (ADR 016)', () => {
  it('shows the amounts before → after from a new row’s day, and until the next row', () => {
    const after = minimumWageTableWith(seededMinimumWages, { put: { effectiveFrom: '2025-07-01', monthlyMinimumWageFt: 300_000, source: 't' } });
    const [change] = amountChanges(seededMinimumWages, after, ['2025-07-01']);
    expect(change).toMatchObject({ day: '2025-07-01', until: '2026-01-01' });
    expect([change?.before?.yearlyRewardCapFt, change?.after?.yearlyRewardCapFt]).toEqual([58_160, 60_000]);
    expect([change?.before?.volunteerHourValueFt, change?.after?.volunteerHourValueFt]).toEqual([1817.5, 1875]);
  });

  it('shows what a deletion leaves in force (nothing before the first row)', () => {
    const after = minimumWageTableWith(seededMinimumWages, { remove: '2025-01-01' });
    expect(amountChanges(seededMinimumWages, after, ['2025-01-01'])[0]).toMatchObject({ after: null });
  });

  it('lists the runs of days whose kind changes', () => {
    expect(dayKindChanges(termTimeOnlyCalendar, seededSchoolCalendar, '2025-10-17', '2025-10-24')).toEqual([
      { from: '2025-10-18', to: '2025-10-18', before: 'non_school_day', after: 'school_day' },
      { from: '2025-10-23', to: '2025-10-24', before: 'school_day', after: 'school_holiday' },
    ]);
    expect(dayKindChanges(seededSchoolCalendar, seededSchoolCalendar, '2025-10-01', '2025-11-30')).toEqual([]);
  });
});
