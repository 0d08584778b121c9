import { describe, expect, it } from 'vitest';
import { ageOn, earliestActivityAllowed, isMinorOn, needsGuardianConsent } from './age-rules.js';

describe('ageOn (Budapest calendar)', () => {
  it.each([
    ['2010-06-15', '2026-06-14T12:00:00Z', 15],
    ['2010-06-15', '2026-06-15T12:00:00Z', 16],
    // 23:30 UTC on 14 June is already 15 June in Budapest (CEST).
    ['2010-06-15', '2026-06-14T23:30:00Z', 16],
    ['2008-02-29', '2026-02-28T12:00:00Z', 17],
    ['2008-02-29', '2026-03-01T12:00:00Z', 18],
  ])('born %s, on %s → %i', (birth, on, age) => {
    expect(ageOn(birth, new Date(on))).toBe(age);
  });

  it('knows minors', () => {
    expect(isMinorOn('2009-01-01', new Date('2026-12-31T12:00:00Z'))).toBe(true);
    expect(isMinorOn('2008-01-01', new Date('2026-01-01T12:00:00Z'))).toBe(false);
    expect(isMinorOn(null, new Date())).toBe(false);
  });
});

describe('needsGuardianConsent (under 16, GDPR Art. 8 / HUNGARY.md §4)', () => {
  const on = new Date('2026-11-25T12:00:00Z');
  it('requires it under 16 without consent', () => {
    expect(needsGuardianConsent({ birthDate: '2011-01-01', guardianConsentAt: null }, on)).toBe(true);
  });
  it('not once consent is recorded', () => {
    expect(needsGuardianConsent({ birthDate: '2011-01-01', guardianConsentAt: new Date() }, on)).toBe(false);
  });
  it('not from 16', () => {
    expect(needsGuardianConsent({ birthDate: '2010-11-25', guardianConsentAt: null }, on)).toBe(false);
  });
});

describe('earliestActivityAllowed', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('is now for an adult, and for a 14-year-old with a guardian consent', () => {
    expect(earliestActivityAllowed({ birthDate: '1990-05-05', guardianConsentAt: null }, now)).toEqual(now);
    expect(earliestActivityAllowed({ birthDate: '2012-05-05', guardianConsentAt: now }, now)).toEqual(now);
  });

  it('is a day before the 16th birthday without a consent, and before the 10th birthday for a child of 9', () => {
    expect(earliestActivityAllowed({ birthDate: '2012-05-05', guardianConsentAt: null }, now)).toEqual(new Date('2028-05-04T00:00:00Z'));
    expect(earliestActivityAllowed({ birthDate: '2017-03-10', guardianConsentAt: now }, now)).toEqual(new Date('2027-03-09T00:00:00Z'));
  });

  it('never lies after a day the rules allow (every Budapest day around the birthday, leap day included)', () => {
    for (const birthDate of ['2012-05-05', '2012-02-29', '2011-12-31', '2012-03-31']) {
      const bound = earliestActivityAllowed({ birthDate, guardianConsentAt: null }, now);
      let allowedSeen = 0;
      for (let h = -72; h <= 72; h += 1) {
        const instant = new Date(bound.getTime() + h * 3_600_000);
        if (ageOn(birthDate, instant) < 16) continue;
        allowedSeen += 1;
        expect(instant.getTime()).toBeGreaterThanOrEqual(bound.getTime());
      }
      expect(allowedSeen).toBeGreaterThan(24);
    }
  });
});
