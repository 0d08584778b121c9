import { hmac, newToken, safeEqual } from './secure-token.js';

/**
 * CSRF protection by a signed double-submit token (ADR 004): the browser holds a random value in an
 * HttpOnly cookie; forms and htmx requests send HMAC(secret, value). A forged cross-site request
 * can neither read the cookie nor compute the HMAC. Works for anonymous forms (login, sign-up) too.
 */
export const csrfCookieName = 'kapocs_csrf';
export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'x-csrf-token';

export function newCsrfSeed(): string {
  return newToken(24);
}

export function csrfTokenFor(secret: string, seed: string): string {
  return hmac(secret, `csrf:${seed}`);
}

export function isValidCsrfToken(secret: string, seed: string | undefined, token: unknown): boolean {
  if (!seed || typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
  return safeEqual(csrfTokenFor(secret, seed), token);
}
