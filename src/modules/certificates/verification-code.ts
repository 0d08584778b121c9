import { randomBytes } from 'node:crypto';

/**
 * Verification codes: 12 characters of Crockford base32 (60 random bits) — unguessable, yet easy
 * to read aloud and type from paper: no I, L, O or U, and stored without dashes.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const codeLength = 12;

export function newVerificationCode(): string {
  const bytes = randomBytes(codeLength);
  let code = '';
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
  for (const byte of bytes) code += alphabet[byte % 32];
  return code;
}

/** "ABCD-EFGH-JKLM": how the code is printed and shown. */
export function formatVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * What a person typed, as stored: case-insensitive, dashes and spaces ignored, and Crockford's
 * look-alikes read as digits (O → 0, I and L → 1). Null when it cannot be a code at all.
 */
export function normalizeVerificationCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== codeLength) return null;
  for (const ch of cleaned) if (!alphabet.includes(ch)) return null;
  return cleaned;
}
