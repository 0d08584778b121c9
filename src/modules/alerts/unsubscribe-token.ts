import { hmac, safeEqual } from '../../platform/secure-token.js';

/**
 * The one-click unsubscribe token: `<volunteerId>.<HMAC(SECRET_KEY, purpose + volunteerId)>`.
 * Stateless, so it keeps working in old mails and needs no table; the purpose prefix keeps
 * it from being valid as any other HMAC the app signs. Knowing a volunteer id is not enough
 * to forge one, and a changed SECRET_KEY invalidates every link.
 */
const purpose = 'alerts-unsubscribe:';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function unsubscribeToken(secretKey: string, volunteerId: string): string {
  return `${volunteerId}.${hmac(secretKey, purpose + volunteerId)}`;
}

/** The volunteer id the token was made for, or null for anything forged, truncated or malformed. */
export function volunteerIdFromToken(secretKey: string, token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const volunteerId = token.slice(0, dot).toLowerCase();
  if (!uuidPattern.test(volunteerId)) return null;
  return safeEqual(token.slice(dot + 1), hmac(secretKey, purpose + volunteerId)) ? volunteerId : null;
}

export function unsubscribeUrl(baseUrl: string, secretKey: string, volunteerId: string): string {
  return `${baseUrl}/alerts/unsubscribe?token=${encodeURIComponent(unsubscribeToken(secretKey, volunteerId))}`;
}
