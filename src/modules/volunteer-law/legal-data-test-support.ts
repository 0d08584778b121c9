import type { LegalAmountRow } from './legal-amounts.js';
import type { SchoolCalendar } from './school-calendar.js';

/**
 * For unit tests: the legal data migration 0009 seeds (ADR 016), as the loaders return it. The
 * integration test legal-data.int.test.ts checks that the database really holds exactly this, so
 * the two cannot drift apart.
 */
const wage2025Source =
  'HUNGARY.md §1.7: 290 800 Ft/hó 2025. január 1-jétől (https://nonprofit.hu/tudastar/A-minimalber-es-a-garantalt-berminimum-valtozasanak-hatasa-a-civil-szervezetekre-2025-januar-1-utan)';
const wage2026Source =
  'VKF-megállapodás, 2025. december 4.: 322 800 Ft/hó 2026. január 1-jétől (https://mandiner.hu/belfold/2025/12/emelkedik-a-minimalber-ezek-az-allami-juttatasok-kovetik ; https://www.kontrolloffice.hu/l/minimalber-emeles-2026); a Magyar Közlönyben megjelent kormányrendelet számát pótolni kell';

export const seededMinimumWages: LegalAmountRow[] = [
  { effectiveFrom: '2025-01-01', monthlyMinimumWageFt: 290_800, source: wage2025Source },
  { effectiveFrom: '2026-01-01', monthlyMinimumWageFt: 322_800, source: wage2026Source },
];

const decree2025 = '27/2025. (VII. 24.) BM rendelet a 2025/2026. tanév rendjéről (https://24.hu/belfold/2025/08/24/ezt-kell-tudni-a-kovetkezo-tanevrol/)';

export const seededSchoolCalendar: SchoolCalendar = {
  holidays: [
    { name: 'őszi szünet 2025', from: '2025-10-23', to: '2025-11-02', source: decree2025 },
    { name: 'téli szünet 2025/2026', from: '2025-12-20', to: '2026-01-04', source: decree2025 },
    { name: 'tavaszi szünet 2026', from: '2026-04-02', to: '2026-04-12', source: decree2025 },
    {
      name: 'nyári szünet 2026',
      from: '2026-06-20',
      to: '2026-08-31',
      source: `${decree2025}: az utolsó tanítási nap 2026. június 19., a tanév augusztus 31-éig tart`,
    },
  ],
  teachingSaturdays: [{ day: '2025-10-18', source: 'https://www.zaol.hu/helyi-kozelet/2025/10/oszi-szunet-tanitas-nelkuli-tanev' }],
};
