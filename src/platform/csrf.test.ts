import { describe, expect, it } from 'vitest';
import { csrfTokenFor, isValidCsrfToken, newCsrfSeed } from './csrf.js';

const secret = 'unit-test-secret-key-at-least-32-chars';

describe('CSRF tokens (signed double submit)', () => {
  const seed = newCsrfSeed();
  const token = csrfTokenFor(secret, seed);

  it('accepts the token made for this browser’s seed', () => {
    expect(isValidCsrfToken(secret, seed, token)).toBe(true);
  });

  it('makes a fresh random seed each time', () => {
    const seeds = new Set(Array.from({ length: 50 }, () => newCsrfSeed()));
    expect(seeds.size).toBe(50);
    expect(seed).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('is deterministic for one seed and differs between seeds and secrets', () => {
    expect(csrfTokenFor(secret, seed)).toBe(token);
    expect(csrfTokenFor(secret, newCsrfSeed())).not.toBe(token);
    expect(csrfTokenFor(`${secret}x`, seed)).not.toBe(token);
  });

  it.each([
    ['another browser’s token', csrfTokenFor(secret, 'another-seed')],
    ['a token signed with another key', csrfTokenFor('another-secret-key-at-least-32-chars', seed)],
    ['the seed itself', seed],
    ['the token with one character changed', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['the token cut short', token.slice(0, -2)],
    ['the token with a suffix', `${token}x`],
    ['an empty string', ''],
    ['a very long string', 'a'.repeat(5000)],
    ['undefined', undefined],
    ['null', null],
    ['a number', 12345],
    ['an array holding the right token', [token]],
    ['an object', { token }],
  ])('refuses %s', (_name, submitted) => {
    expect(isValidCsrfToken(secret, seed, submitted)).toBe(false);
  });

  it('refuses everything when the browser has no seed cookie', () => {
    expect(isValidCsrfToken(secret, undefined, token)).toBe(false);
    expect(isValidCsrfToken(secret, '', csrfTokenFor(secret, ''))).toBe(false);
  });
});
