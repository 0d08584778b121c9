import { randomBytes } from 'node:crypto';

/** A shift's check-in code: 16 URL-safe characters from 12 random bytes (96 bits), unguessable. */
export function newCheckInCode(): string {
  return randomBytes(12).toString('base64url');
}

/** The shape of a code, checked before any database lookup (anything else is simply unknown). */
export function looksLikeCheckInCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16}$/.test(value);
}

/** Check-in opens this long before the shift starts and closes when it ends. */
export const checkInOpensMinutesBefore = 60;

export type CheckInWindow = 'tooEarly' | 'open' | 'ended';

export function checkInWindow(shift: { startsAt: Date; endsAt: Date }, now: Date): CheckInWindow {
  if (now.getTime() < shift.startsAt.getTime() - checkInOpensMinutesBefore * 60_000) return 'tooEarly';
  if (now.getTime() > shift.endsAt.getTime()) return 'ended';
  return 'open';
}
