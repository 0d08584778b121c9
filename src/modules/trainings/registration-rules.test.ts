import { describe, expect, it } from 'vitest';
import { eligibilityReasons } from '../volunteer-law/eligibility.js';
import { confirmedAgeFor, hasFreeSeat, isCancellable, isOpenForRegistration, trainingRefusalReasons } from './registration-rules.js';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-01T09:00:00Z');
const session = { startsAt: at('2026-12-10T09:00:00Z'), endsAt: at('2026-12-10T12:00:00Z') };
const volunteer = (birthDate: string | null, consent = false) => ({
  birthDate,
  guardianConsentAt: consent ? at('2026-01-01T00:00:00Z') : null,
  healthStatus: 'unknown',
  conductStatus: 'unknown',
  qualifications: [],
});

describe('the age and guardian rules of a training', () => {
  const cases = [
    ['an adult', volunteer('1990-05-01'), null],
    ['a 12-year-old without consent', volunteer('2014-06-01'), null],
    ['a 12-year-old with consent', volunteer('2014-06-01', true), null],
    ['a 12-year-old with consent, course from 14', volunteer('2014-06-01', true), 14],
    ['a 9-year-old', volunteer('2017-06-01', true), null],
    ['no birth date', volunteer(null), null],
  ] as const;

  it.each(cases)('are the opportunities’ rules for %s', (_name, v, minAge) => {
    const opportunity = { minAge, requiredQualifications: [], requiresHealth: false, requiresConduct: false };
    expect(trainingRefusalReasons(v, { minAge }, session, now)).toEqual(eligibilityReasons(v, opportunity, session, now));
  });

  it('refuse by code', () => {
    expect(trainingRefusalReasons(volunteer('2014-06-01'), { minAge: null }, session, now).map((r) => r.code)).toEqual(['under_16']);
    expect(trainingRefusalReasons(volunteer('2014-06-01', true), { minAge: 14 }, session, now).map((r) => r.code)).toEqual(['below_min_age']);
    expect(trainingRefusalReasons(volunteer('1990-05-01'), { minAge: 14 }, session, now)).toEqual([]);
    const night = { startsAt: at('2026-12-10T18:00:00Z'), endsAt: at('2026-12-10T21:00:00Z') };
    expect(trainingRefusalReasons(volunteer('2010-01-01', true), { minAge: null }, night, now).map((r) => r.code)).toContain('minor_night');
  });

  it('confirm a person without a birth date as an adult, or of the course’s higher age', () => {
    expect(confirmedAgeFor({ minAge: null })).toBe(18);
    expect(confirmedAgeFor({ minAge: 14 })).toBe(18);
    expect(confirmedAgeFor({ minAge: 21 })).toBe(21);
  });
});

describe('seats and states', () => {
  it('a session is open until it starts, unless cancelled, for a published course', () => {
    expect(isOpenForRegistration({ startsAt: session.startsAt, cancelledAt: null }, 'published', now)).toBe(true);
    expect(isOpenForRegistration({ startsAt: session.startsAt, cancelledAt: now }, 'published', now)).toBe(false);
    expect(isOpenForRegistration({ startsAt: session.startsAt, cancelledAt: null }, 'draft', now)).toBe(false);
    expect(isOpenForRegistration({ startsAt: now, cancelledAt: null }, 'published', now)).toBe(false);
  });

  it('free seats and what may be cancelled', () => {
    expect(hasFreeSeat({ capacity: 2, seatsTaken: 1 })).toBe(true);
    expect(hasFreeSeat({ capacity: 2, seatsTaken: 2 })).toBe(false);
    expect(['registered', 'waitlisted', 'offered'].every((s) => isCancellable(s as 'registered'))).toBe(true);
    expect(['attended', 'completed', 'cancelled', 'declined', 'no_show'].some((s) => isCancellable(s as 'registered'))).toBe(false);
  });
});
