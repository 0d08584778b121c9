import { describe, expect, it } from 'vitest';
import { checkInWindow, looksLikeCheckInCode, newCheckInCode } from './code.js';

describe('check-in code', () => {
  it('is 16 URL-safe characters and different every time', () => {
    const a = newCheckInCode();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(looksLikeCheckInCode(a)).toBe(true);
    expect(newCheckInCode()).not.toBe(a);
    expect(looksLikeCheckInCode('short')).toBe(false);
    expect(looksLikeCheckInCode('abc/def+ghi=jklm')).toBe(false);
  });
});

describe('check-in window', () => {
  const shift = { startsAt: new Date('2026-11-25T10:00:00Z'), endsAt: new Date('2026-11-25T13:00:00Z') };
  it('opens 60 minutes before the start and closes at the end', () => {
    expect(checkInWindow(shift, new Date('2026-11-25T08:59:59Z'))).toBe('tooEarly');
    expect(checkInWindow(shift, new Date('2026-11-25T09:00:00Z'))).toBe('open');
    expect(checkInWindow(shift, new Date('2026-11-25T13:00:00Z'))).toBe('open');
    expect(checkInWindow(shift, new Date('2026-11-25T13:00:01Z'))).toBe('ended');
  });
});
