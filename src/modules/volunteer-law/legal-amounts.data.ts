/**
 * CONFIGURATION — amounts the Köt. rules depend on, each with the day it takes effect. Add a row
 * when a new amount is published (the minimum wage usually changes on 1 January); never change an
 * old row, past calculations use it. Only amounts with a source in HUNGARY.md belong here.
 */
export const legalAmountRows: unknown = [
  {
    effectiveFrom: '2025-01-01',
    // HUNGARY.md §1.7: 290,800 Ft/month from 1 January 2025.
    monthlyMinimumWageFt: 290_800,
    source: 'https://nonprofit.hu/tudastar/A-minimalber-es-a-garantalt-berminimum-valtozasanak-hatasa-a-civil-szervezetekre-2025-januar-1-utan',
  },
];
