import { describe, expect, it } from 'vitest';
import { invitationStateFor, maskedEmail, sameEmail, withdrawalEndsSignUps } from './link-rules.js';

const now = new Date('2026-12-06T10:00:00Z');
const link = { expiresAt: new Date('2026-12-10T10:00:00Z'), confirmedAt: null, revokedAt: null, invitedEmail: 'Anya@Example.hu', volunteerUserId: 'minor' };
const guardian = { userId: 'guardian', email: 'anya@example.hu', emailConfirmed: true };

describe('invitationStateFor', () => {
  it.each([
    ['no such link', undefined, guardian, 'invalid'],
    ['a replaced (revoked) link', { ...link, revokedAt: now }, guardian, 'invalid'],
    ['a confirmed link', { ...link, confirmedAt: now }, guardian, 'used'],
    ['an expired link', { ...link, expiresAt: now }, guardian, 'expired'],
    ['nobody logged in', link, null, 'anonymous'],
    ['the minor themself', link, { ...guardian, userId: 'minor' }, 'ownProfile'],
    ['another address', link, { ...guardian, email: 'apa@example.hu' }, 'wrongAccount'],
    ['the address, not yet confirmed', link, { ...guardian, emailConfirmed: false }, 'unconfirmedEmail'],
    ['the address (any letter case), confirmed', link, guardian, 'ok'],
  ] as const)('%s → %s', (_what, l, visitor, state) => {
    expect(invitationStateFor(l, visitor, now)).toBe(state);
  });
});

describe('e-mail addresses', () => {
  it('compare without letter case and outer spaces', () => {
    expect(sameEmail(' Anya@Example.HU', 'anya@example.hu')).toBe(true);
    expect(sameEmail('anya@example.hu', 'apa@example.hu')).toBe(false);
  });
  it('are masked to the first letter and the domain', () => {
    expect(maskedEmail('anna.kiss@example.hu')).toBe('a***@example.hu');
    expect(maskedEmail('nincs-kukac')).toBe('***');
  });
});

describe('withdrawalEndsSignUps (under 16 only, GDPR Art. 8 with Hungary’s 16)', () => {
  it.each<[birthDate: string | null, ends: boolean, why: string]>([
    ['2011-12-07', true, '14, a day before 15'],
    ['2010-12-07', true, 'the day before the 16th birthday'],
    ['2010-12-06', false, 'the 16th birthday'],
    ['2009-01-01', false, '17'],
    [null, false, 'no birth date'],
  ])('%s → %s (%s)', (birthDate, ends) => {
    expect(withdrawalEndsSignUps(birthDate, now)).toBe(ends);
  });
});
