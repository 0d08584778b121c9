import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Random bytes are drawn from the system's generator 4 KB at a time: a new visitor's CSRF seed on
 * every first page made one small synchronous draw per request, which the search benchmark showed
 * among the costliest calls. Each byte is handed out once.
 */
const poolBytes = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function randomSlice(bytes: number): Buffer {
  if (bytes > poolBytes) return randomBytes(bytes);
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(poolBytes);
    poolOffset = 0;
  }
  const slice = pool.subarray(poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return slice;
}

/** A random, URL-safe token for cookies and one-time links. */
export function newToken(bytes = 32): string {
  return randomSlice(bytes).toString('base64url');
}

/** Only hashes of tokens are stored, so a database leak does not leak live sessions or links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function hmac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
