import { describe, expect, it } from 'vitest';
import { parseForm } from '../../platform/validation.js';
import { checksSchema, listFilterSchema, ownProfileSchema, postedRuleIssues, profileRuleIssues, staffProfileSchema } from './schema.js';

const today = new Date('2026-11-25T12:00:00Z');
const adult = { birthDate: '1990-05-01', remoteOnly: false, travelRadiusKm: 10 };

describe('profile rules across fields (Köt. 4. §, HUNGARY.md §1.6)', () => {
  it('refuses children under 10, from the day before the 10th birthday', () => {
    expect(profileRuleIssues({ ...adult, birthDate: '2016-11-26', guardianName: 'X', guardianPhone: '1' }, today)).toEqual([
      ['birthDate', 'volunteers.error.tooYoung'],
    ]);
    expect(profileRuleIssues({ ...adult, birthDate: '2016-11-25', guardianName: 'X', guardianPhone: '1' }, today)).toEqual([]);
  });

  it('needs a guardian name and a contact under 18', () => {
    expect(profileRuleIssues({ ...adult, birthDate: '2008-11-26' }, today)).toEqual([
      ['guardianName', 'volunteers.error.guardianName'],
      ['guardianEmail', 'volunteers.error.guardianContact'],
    ]);
    expect(profileRuleIssues({ ...adult, birthDate: '2008-11-26', guardianName: 'Szülő', guardianEmail: 'a@b.hu' }, today)).toEqual([]);
    expect(profileRuleIssues({ ...adult, birthDate: '2008-11-25' }, today)).toEqual([]);
  });

  it('refuses a birth date in the future or more than 120 years ago', () => {
    expect(profileRuleIssues({ ...adult, birthDate: '2026-11-26' }, today)).toEqual([['birthDate', 'volunteers.error.date']]);
    expect(profileRuleIssues({ ...adult, birthDate: '1900-01-01' }, today)).toEqual([['birthDate', 'volunteers.error.date']]);
  });

  it('needs a travel radius unless remote only', () => {
    expect(profileRuleIssues({ ...adult, travelRadiusKm: null }, today)).toEqual([['travelRadiusKm', 'volunteers.error.radius']]);
    expect(profileRuleIssues({ ...adult, travelRadiusKm: null, remoteOnly: true }, today)).toEqual([]);
  });

  it('reads the same rules from posted text', () => {
    expect(postedRuleIssues({ birthDate: '2012-01-01', travelRadiusKm: '5' }, today).map(([f]) => f)).toEqual(['guardianName', 'guardianEmail']);
    expect(postedRuleIssues({ birthDate: 'nem dátum', travelRadiusKm: 'sok' }, today)).toEqual([['travelRadiusKm', 'volunteers.error.radius']]);
  });
});

describe('profile form schema', () => {
  const form = {
    familyName: ' Kovács ',
    givenName: 'Anna',
    birthDate: '1990-05-01',
    homePlace: 'Kecskemét',
    travelRadiusKm: '25',
    causes: 'kornyezetvedelem',
    languages: ['hu', 'en'],
    availability: ['mon-morning'],
    groupPreference: 'any',
    alertFrequency: 'none',
    consentDataProcessing: 'on',
    consentNewsletter: 'on',
  };

  it('turns one ticked box into a list and checkboxes into booleans', () => {
    const result = parseForm(
      ownProfileSchema(() => today),
      form,
    );
    expect(result.ok && result.data).toMatchObject({
      familyName: 'Kovács',
      causes: ['kornyezetvedelem'],
      skills: [],
      travelRadiusKm: 25,
      remoteOnly: false,
      consentContact: false,
      consentNewsletter: true,
      phone: null,
    });
  });

  it.each([
    ['birthDate', '2026-02-30', 'volunteers.error.date'],
    ['travelRadiusKm', '201', 'volunteers.error.radius'],
    ['travelRadiusKm', '-1', 'volunteers.error.radius'],
    ['languages', ['hu', 'klingon'], 'validation.choice'],
    ['availability', 'mon-night', 'validation.choice'],
    ['causes', 'Környezet Védelem', 'validation.choice'],
    ['groupPreference', 'crowd', 'validation.choice'],
    ['consentDataProcessing', '', 'volunteers.error.consentRequired'],
    ['bio', 'x'.repeat(1001), 'validation.tooLong'],
  ])('rejects %s = %j with %s', (field, value, key) => {
    const result = parseForm(
      ownProfileSchema(() => today),
      { ...form, [field]: value },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.key).toBe(key);
  });

  it('lets staff leave out the e-mail and pass a center', () => {
    const result = parseForm(
      staffProfileSchema(() => today),
      { ...form, email: '', centerId: '7f1c9e6e-1b1a-4a47-9a55-0b4b7d0c1d2e' },
    );
    expect(result.ok && result.data).toMatchObject({ email: null, centerId: '7f1c9e6e-1b1a-4a47-9a55-0b4b7d0c1d2e' });
    const bad = parseForm(
      staffProfileSchema(() => today),
      { ...form, centerId: 'center-a' },
    );
    expect(!bad.ok && bad.errors.centerId?.key).toBe('validation.choice');
  });
});

describe('certificate checks schema', () => {
  it('needs the day only for a known status', () => {
    expect(parseForm(checksSchema, { healthStatus: 'unknown', conductStatus: 'unknown' }).ok).toBe(true);
    const missing = parseForm(checksSchema, { healthStatus: 'fit', healthCheckedAt: '', conductStatus: 'unknown' });
    expect(!missing.ok && missing.errors.healthCheckedAt?.key).toBe('volunteers.error.checkedAt');
  });
});

describe('list filters', () => {
  it('drops unusable values', () => {
    expect(listFilterSchema.parse({ q: ' anna ', cause: '<b>', minors: 'yes', unplaced: '1' })).toEqual({
      q: 'anna',
      cause: undefined,
      minors: undefined,
      unplaced: '1',
    });
  });
});
