import { describe, expect, it } from 'vitest';
import { compareHungarian, hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { jsonTextForm } from './derived-forms.js';
import { personalKeys, withoutPersonalFields } from './personal-keys.js';
import { containsPattern, needlesOf, scrubberFor } from './personal-scrub.js';
import { erasedEmail, erasedFamilyName, erasedFullName, erasedGivenName, erasedSortKey, erasedText } from './placeholder.js';
import { erasureRefusal } from './refusal.js';

const anna = { familyName: 'Kovács', givenName: 'Anna', emails: ['kovacs.anna@pelda.hu'], phones: ['+36 30 123 4567'] };

describe('the JSON scrub (GDPR Art. 17: the name, e-mail and phone disappear from free text and JSON)', () => {
  const all = scrubberFor(needlesOf(anna));
  const strong = scrubberFor(needlesOf(anna).filter((n) => n.strength === 'strong'));

  it.each([
    ['the full name, family first', 'Kovács Anna jelentkezett.', `${erasedFullName} jelentkezett.`],
    ['the full name, given first', 'Anna Kovács (English order)', `${erasedFullName} (English order)`],
    ['another case', 'KOVÁCS ANNA', erasedFullName],
    ['the e-mail inside a sentence', 'Írj ide: kovacs.anna@pelda.hu, köszi', `Írj ide: ${erasedText}, köszi`],
    ['the e-mail in upper case', 'KOVACS.ANNA@PELDA.HU', erasedText],
    ['the phone', 'Hívd: +36 30 123 4567!', `Hívd: ${erasedText}!`],
    ['a name part with a Hungarian suffix', 'Annának szóltam, Kovácséknál voltunk', `${erasedGivenName}nak szóltam, ${erasedFamilyName}éknál voltunk`],
    ['a married name form', 'Kovácsné', `${erasedFamilyName}né`],
    ['a lengthened stem only before a suffix', 'Annát és Annáé, de nem Anná', `${erasedGivenName}t és ${erasedGivenName}é, de nem Anná`],
    ['not inside another word', 'Hannah és Lanna', 'Hannah és Lanna'],
    ['no mention', 'Két óra takarítás', 'Két óra takarítás'],
  ])('%s', (_case, input, expected) => {
    expect(all.text(input)).toBe(expected);
  });

  it('scrubs every string of nested objects and arrays, leaving keys, numbers, booleans and null', () => {
    const before = {
      familyName: 'Kovács',
      givenName: 'Anna',
      email: 'kovacs.anna@pelda.hu',
      minutes: 120,
      approved: true,
      note: null,
      holder: { name: 'Kovács Anna', phones: ['+36 30 123 4567', 'nincs'] },
      events: [{ text: 'Anna késett' }, 'Kovács Anna'],
    };
    expect(all.json(before)).toEqual({
      familyName: erasedFamilyName,
      givenName: erasedGivenName,
      email: erasedText,
      minutes: 120,
      approved: true,
      note: null,
      holder: { name: erasedFullName, phones: [erasedText, 'nincs'] },
      events: [{ text: `${erasedGivenName} késett` }, erasedFullName],
    });
  });

  it('leaves ids and timestamps alone even when a short name is hidden in them', () => {
    const ede = scrubberFor(needlesOf({ familyName: 'Kiss', givenName: 'Ede', emails: [], phones: [] }));
    const id = '0ede1234-aaaa-4ede-8ede-0123456789ab';
    expect(ede.json({ id, at: '2026-12-04T05:00:00.000Z', text: 'Ede jött' })).toEqual({ id, at: '2026-12-04T05:00:00.000Z', text: `${erasedGivenName} jött` });
  });

  it('replaces in one pass: the placeholder is never scrubbed again by a shorter needle', () => {
    const tor = scrubberFor(needlesOf({ familyName: 'Tör', givenName: 'Ödön', emails: [], phones: [] }));
    expect(tor.text('Tör Ödön és Tör')).toBe(`${erasedFullName} és ${erasedFamilyName}`);
  });

  it('the strong scrubber (for rows not linked to the person) leaves a bare family or given name', () => {
    expect(strong.text('Kovács Béla és Kovács Anna')).toBe(`Kovács Béla és ${erasedFullName}`);
    expect(strong.text('Anna')).toBe('Anna');
  });

  it('the guardian’s details are weak needles (only the minor’s own records); names under three letters are never searched alone', () => {
    const needles = needlesOf({ familyName: 'Ó', givenName: 'Ili', emails: [null, ''], phones: [undefined], guardian: ['Ó Péter', 'o.peter@pelda.hu', null] });
    expect(needles.filter((n) => n.strength === 'weak').map((n) => n.text)).toEqual(['o.peter@pelda.hu', 'Ó Péter', 'Ili']);
    expect(needles.filter((n) => n.strength === 'strong').map((n) => n.text)).toEqual(
      expect.arrayContaining(['Ó Ili', 'Ili Ó', hungarianSortKey('Ó Ili'), 'o ili', 'o-ili']),
    );
    const scrub = scrubberFor(needles.filter((n) => n.strength === 'strong'));
    expect(scrub.text('Ó Péter, o.peter@pelda.hu')).toBe('Ó Péter, o.peter@pelda.hu');
    expect(scrubberFor(needles).text('Ó Péter, o.peter@pelda.hu')).toBe(`${erasedText}, ${erasedText}`);
  });

  it('finds the forms the code derives of the name: the sort key (also as JSON writes it), the unaccented search form, the phone digits', () => {
    const key = hungarianSortKey('Kovács Anna');
    expect(all.text(key)).toBe(erasedSortKey);
    expect(all.json({ sortKey: key, note: `rendezve: ${key}` })).toEqual({ sortKey: erasedSortKey, note: `rendezve: ${erasedSortKey}` });
    expect(jsonTextForm(key)).toContain('\\u0001');
    expect(strong.text('kovacs anna jelentkezett')).toBe(`${erasedFullName} jelentkezett`);
    expect(strong.text('igazolas-kovacs-anna.pdf')).toBe(`igazolas-${erasedText}.pdf`);
    expect(strong.text('tel: 36301234567')).toBe(`tel: ${erasedText}`);
    // A sort key is found only whole: another name that starts the same keeps its key.
    expect(all.text(hungarianSortKey('Kovács Annamária'))).toBe(hungarianSortKey('Kovács Annamária'));
  });

  it('says whether a string mentions the person', () => {
    expect(all.matches('szia Anna')).toBe(true);
    expect(all.matches('szia Hanna')).toBe(false);
    expect(all.matches('szia Anna')).toBe(true);
  });

  it('escapes LIKE wildcards in the search pattern', () => {
    expect(containsPattern('a_b%c\\d')).toBe('%a\\_b\\%c\\\\d%');
  });
});

describe('the placeholder', () => {
  it('is the same in every language and sorts by its own Hungarian sort key', () => {
    expect(erasedFullName).toBe('Törölt önkéntes');
    expect(erasedSortKey).toBe(hungarianSortKey('Törölt önkéntes'));
    // Hungarian order: Tóth < Törölt < Tusor (ö after o, before u).
    expect(compareHungarian('Tóth Ádám', erasedFullName)).toBeLessThan(0);
    expect(compareHungarian(erasedFullName, 'Tusor Béla')).toBeLessThan(0);
    expect(hungarianSortKey('Tóth Ádám') < erasedSortKey && erasedSortKey < hungarianSortKey('Tusor Béla')).toBe(true);
  });

  it('an erased account gets an undeliverable, unique address (RFC 2606 .invalid)', () => {
    const id = '11111111-2222-4333-8444-555555555555';
    expect(erasedEmail(id)).toBe(`erased-${id}@erased.invalid`);
  });
});

describe('the refusal rule (GDPR Art. 17 (3) b): a staff account is not a volunteer’s data to erase)', () => {
  it.each([
    ['a plain volunteer', { status: 'requested', roles: ['volunteer'], organizationMemberships: 0 }, null],
    ['no login at all', { status: 'requested', roles: [], organizationMemberships: 0 }, null],
    ['a guardian as well', { status: 'requested', roles: ['volunteer', 'guardian'], organizationMemberships: 0 }, null],
    ['a center coordinator', { status: 'requested', roles: ['volunteer', 'center_coordinator'], organizationMemberships: 0 }, 'erasure.refusal.staffRoles'],
    ['a national admin', { status: 'requested', roles: ['national_admin'], organizationMemberships: 0 }, 'erasure.refusal.staffRoles'],
    ['an organization member', { status: 'requested', roles: ['volunteer'], organizationMemberships: 1 }, 'erasure.refusal.memberships'],
    ['an already completed request', { status: 'completed', roles: ['volunteer'], organizationMemberships: 0 }, 'erasure.refusal.notOpen'],
    ['a cancelled request', { status: 'cancelled', roles: [], organizationMemberships: 0 }, 'erasure.refusal.notOpen'],
    ['a rejected request', { status: 'rejected', roles: [], organizationMemberships: 0 }, 'erasure.refusal.notOpen'],
  ] as const)('%s', (_case, input, expected) => {
    expect(erasureRefusal({ ...input, roles: [...input.roles] })).toBe(expected);
  });
});

describe('personal fields by name (JSON copies of the erased person’s rows)', () => {
  it('replaces the personal fields of nested objects in camelCase and snake_case, and leaves the rest', () => {
    const audit = {
      id: 'v1',
      familyName: 'Kovács',
      sort_key: hungarianSortKey('Kovács Anna'),
      birthDate: '1990-01-01',
      homePlaceId: 1234,
      lat: 46.9,
      causes: ['kornyezetvedelem'],
      availability: [],
      ip: '203.0.113.7',
      remoteOnly: false,
      bio: null,
      centerId: 'c1',
      minutes: 120,
      organization: { name: 'Zöld Kör Egyesület', seat: 'Kecskemét' },
      volunteer: { familyName: 'Kovács', givenName: 'Anna', birthDate: '1990-01-01' },
    };
    expect(withoutPersonalFields(audit)).toEqual({
      id: 'v1',
      familyName: erasedFamilyName,
      sort_key: erasedSortKey,
      birthDate: null,
      homePlaceId: null,
      lat: null,
      causes: null,
      availability: null,
      ip: null,
      remoteOnly: null,
      bio: null,
      centerId: 'c1',
      minutes: 120,
      organization: { name: 'Zöld Kör Egyesület', seat: 'Kecskemét' },
      volunteer: { familyName: erasedFamilyName, givenName: erasedGivenName, birthDate: null },
    });
    expect(personalKeys).toEqual(expect.arrayContaining(['birth_date', 'home_place_id', 'guardian_email', 'mother_name']));
  });
});
