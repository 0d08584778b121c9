/**
 * Guardian links (issue 12), pure rules: when an e-mailed invitation may be confirmed, and by whom.
 * The link is confirmed only by a logged-in account whose confirmed e-mail is the invited address,
 * so a forwarded or leaked mail does not make anyone else a child's guardian.
 */
import { ageOn, guardianConsentRequiredUnder } from '../volunteers/age-rules.js';

/** How long an e-mailed guardian invitation stays valid. */
export const guardianLinkValidDays = 7;

/** Invitations a volunteer (or staff, per volunteer) may send per hour: enough for typos, not for spam. */
export const invitationLimit = { limit: 5, windowSeconds: 3600 } as const;

export type InvitationLink = { expiresAt: Date; confirmedAt: Date | null; revokedAt: Date | null; invitedEmail: string; volunteerUserId: string | null };
export type InvitationVisitor = { userId: string; email: string; emailConfirmed: boolean } | null;

export type InvitationState = 'ok' | 'invalid' | 'used' | 'expired' | 'anonymous' | 'unconfirmedEmail' | 'wrongAccount' | 'ownProfile';

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** What the invitation page may offer this visitor for this link (see InvitationState). */
export function invitationStateFor(link: InvitationLink | undefined, visitor: InvitationVisitor, now: Date): InvitationState {
  if (!link || link.revokedAt) return 'invalid';
  if (link.confirmedAt) return 'used';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (!visitor) return 'anonymous';
  if (link.volunteerUserId === visitor.userId) return 'ownProfile';
  if (!sameEmail(link.invitedEmail, visitor.email)) return 'wrongAccount';
  if (!visitor.emailConfirmed) return 'unconfirmedEmail';
  return 'ok';
}

/** "anna.kiss@example.hu" → "a***@example.hu": enough to recognise one's own address, not to learn another's. */
export function maskedEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * Withdrawing consent ends the minor's future sign-ups only under 16, where consent is required
 * before any application (age-rules.ts: GDPR Art. 8 with Hungary's 16). From 16 it is recorded only.
 */
export function withdrawalEndsSignUps(birthDate: string | null, now: Date): boolean {
  return birthDate != null && ageOn(birthDate, now) < guardianConsentRequiredUnder;
}
