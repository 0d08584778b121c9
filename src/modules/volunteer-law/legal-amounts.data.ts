/**
 * CONFIGURATION — amounts the Köt. rules depend on, each with the day it takes effect. Add a row
 * when a new amount is published (the minimum wage usually changes on 1 January); never change an
 * old row, past calculations use it. Only amounts with a cited source belong here (HUNGARY.md, or
 * the publication that announced it when HUNGARY.md does not have it yet).
 */
export const legalAmountRows: unknown = [
  {
    effectiveFrom: '2025-01-01',
    // HUNGARY.md §1.7: 290,800 Ft/month from 1 January 2025.
    monthlyMinimumWageFt: 290_800,
    source: 'https://nonprofit.hu/tudastar/A-minimalber-es-a-garantalt-berminimum-valtozasanak-hatasa-a-civil-szervezetekre-2025-januar-1-utan',
  },
  {
    effectiveFrom: '2026-01-01',
    // Not in HUNGARY.md yet: the VKF agreement announced on 4 December 2025 raises the minimum wage
    // by 11 % to 322,800 Ft/month from 1 January 2026 (two independent reports agree). Check it
    // against the government decree in the Magyar Közlöny and add the decree's number here.
    monthlyMinimumWageFt: 322_800,
    source: 'https://mandiner.hu/belfold/2025/12/emelkedik-a-minimalber-ezek-az-allami-juttatasok-kovetik ; https://www.kontrolloffice.hu/l/minimalber-emeles-2026',
  },
];
