import { describe, expect, it } from 'vitest';
import { newToken } from './secure-token.js';

describe('newToken', () => {
  it('hands out each random byte once, across refills of the pool', () => {
    // 2,000 tokens of 24 bytes draw the 4 KB pool more than ten times over.
    const tokens = Array.from({ length: 2000 }, () => newToken(24));
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(24);
  });

  it('draws a token longer than the pool directly', () => {
    expect(Buffer.from(newToken(5000), 'base64url')).toHaveLength(5000);
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
