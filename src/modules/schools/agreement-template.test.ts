import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.js';
import { defaultAgreementTemplate, fillAgreementTemplate, hungarianDay } from './agreement-template.js';

const parties = {
  school: { name: 'Próba Gimnázium', omId: '123456', address: 'Kecskemét, Iskola utca 1.' },
  host: { name: 'Példa Egyesület', address: 'Kecskemét, Fő tér 2.' },
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
  mentorName: 'Mentor Mária',
  mentorTasks: 'A diákok fogadása.',
  areas: ['a', 'e'],
};

/** The cooperation agreement's template (HUNGARY.md §2.2: parties, obligations, duration, the mentor's name and tasks). */
describe('the cooperation agreement template', () => {
  it('fills in the parties, the duration, the mentor and the 133. § (2) areas, leaving no placeholder', () => {
    const text = fillAgreementTemplate(defaultAgreementTemplate, parties, translator('hu'));
    for (const part of [
      'Próba Gimnázium (OM-azonosító: 123456; cím: Kecskemét, Iskola utca 1.)',
      'Példa Egyesület (cím: Kecskemét, Fő tér 2.)',
      '2026. 09. 01. napjától 2027. 08. 31. napjáig',
      'A Fogadó szervezet mentora: Mentor Mária.',
      'A mentor feladatai: A diákok fogadása.',
      'a) egészségügyi; e) környezet- és természetvédelmi',
      '133. § (3)',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/\{[a-z_]+\}/);
  });

  it('keeps an unknown placeholder as written and writes days as Hungarian documents do', () => {
    expect(fillAgreementTemplate('{iskola_neve} – {ismeretlen}', parties, translator('hu'))).toBe('Próba Gimnázium – {ismeretlen}');
    expect(hungarianDay('2026-11-24')).toBe('2026. 11. 24.');
  });
});
