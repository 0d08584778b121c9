import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';

/**
 * What an erased person's fields become. These are stored data, not user-interface text, so they
 * do not depend on the reader's language: every erased person reads "Törölt önkéntes" everywhere.
 */
export const erasedFamilyName = 'Törölt';
export const erasedGivenName = 'önkéntes';
export const erasedFullName = `${erasedFamilyName} ${erasedGivenName}`;
/** Replaces a contact detail (e-mail, phone) or a free text about the person. */
export const erasedText = '[törölve]';
/** The sort key of the placeholder name, so erased people sort together in Hungarian order. */
export const erasedSortKey = hungarianSortKey(erasedFullName);

/**
 * The e-mail of an erased account: unique (users.email is unique) and in the reserved `.invalid`
 * top-level domain (RFC 2606), so no mail can ever be delivered to it.
 */
export function erasedEmail(userId: string): string {
  return `erased-${userId}@erased.invalid`;
}

/**
 * The password hash of an erased account: not an argon2 hash, so no password ever verifies against
 * it (verifyPassword returns false for a malformed hash).
 */
export const unusablePasswordHash = '!erased';
