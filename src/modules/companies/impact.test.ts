import { describe, expect, it } from 'vitest';
import { type ImpactEntry, impactFigures } from './impact.js';

const wages = [
  { effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 290_800, source: 'teszt 2025' },
  { effectiveFrom: '2026-01-01', monthlyMinimumWageFt: 322_800, source: 'teszt 2026' },
];

const entry = (e: Partial<ImpactEntry> & { entryId: string; volunteerId: string }): ImpactEntry => ({
  activityDay: '2026-03-10',
  minutes: 60,
  organizationName: 'Liget Egyesület',
  causes: ['kornyezetvedelem'],
  ...e,
});

describe('company impact figures', () => {
  it('counts an entry once even when its volunteer is in two teams; the value uses the hour value of each day (minimum wage / 160)', () => {
    const entries = [
      entry({ entryId: 'h1', volunteerId: 'a', minutes: 120 }),
      entry({ entryId: 'h1', volunteerId: 'a', minutes: 120 }),
      entry({ entryId: 'h2', volunteerId: 'b', minutes: 60, activityDay: '2025-12-31', organizationName: 'Bástya Alapítvány', causes: [] }),
    ];
    const f = impactFigures(entries, [], wages);
    expect(f.participants).toBe(2);
    expect(f.minutes).toBe(180);
    // 2 h × 322 800 / 160 + 1 h × 290 800 / 160 = 4 035 + 1 817,5 → 5 853 (rounded once)
    expect(f.valueFt).toBe(Math.round((322_800 * 120 + 290_800 * 60) / (160 * 60)));
    expect(f.organizations.map((o) => [o.name, o.minutes, o.participants])).toEqual([
      ['Liget Egyesület', 120, 1],
      ['Bástya Alapítvány', 60, 1],
    ]);
    expect(f.causes).toEqual([{ slug: 'kornyezetvedelem', minutes: 120, participants: 1 }]);
  });

  it('names only those who consented, in Hungarian order; the rest are a count', () => {
    const entries = [entry({ entryId: 'h1', volunteerId: 'a' }), entry({ entryId: 'h2', volunteerId: 'b' }), entry({ entryId: 'h3', volunteerId: 'c' })];
    const f = impactFigures(
      entries,
      [
        { volunteerId: 'c', familyName: 'Őri', givenName: 'Anna' },
        { volunteerId: 'a', familyName: 'Oláh', givenName: 'Béla' },
        { volunteerId: 'z', familyName: 'Zsiga', givenName: 'Nincs órája' },
      ],
      wages,
    );
    expect(f.named.map((p) => p.familyName)).toEqual(['Oláh', 'Őri']);
    expect(f.unnamed).toBe(1);
  });

  it('has no value before the first configured minimum wage', () => {
    const f = impactFigures([entry({ entryId: 'h1', volunteerId: 'a', activityDay: '2020-05-01' })], [], wages);
    expect(f.valueFt).toBeNull();
    expect(f.minutesWithoutValue).toBe(60);
  });
});
