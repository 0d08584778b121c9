import { recordAudit } from '../../platform/audit.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { hashPassword } from '../../platform/passwords.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { resetLink } from './mails.js';
import { findUserByEmail, insertEmailToken, insertNationalAdminGrant, insertUserUnlessEmailTaken } from './repo.js';
import type { FirstAdminInput } from './schema.js';
import type { AccountsDeps } from './service-deps.js';

/** The set-password link of a new administrator lives one day: long enough to reach the person. */
export const firstAdminLinkValidHours = 24;

export type FirstAdminOutcome = { outcome: 'created'; userId: string; link: string; validHours: number } | { outcome: 'exists'; userId: string };

/**
 * Creates a national administrator with no usable password and returns a one-time link to set one
 * (the reset-password page; using it also confirms the address). There is no acting user: this runs
 * from the server's shell (`npm run admin:create`), and whoever can run it can reach the database
 * anyway. An existing address is reported and left exactly as it is. Audited.
 */
export async function createNationalAdmin(deps: AccountsDeps, input: FirstAdminInput): Promise<FirstAdminOutcome> {
  const existing = await findUserByEmail(deps.db, input.email);
  if (existing) return { outcome: 'exists', userId: existing.id };
  // A random password nobody knows: the account can only be entered through the link.
  const passwordHash = await hashPassword(newToken());
  const token = newToken();
  const created = await deps.db.transaction(async (tx) => {
    const user = await insertUserUnlessEmailTaken(tx, {
      email: input.email,
      passwordHash,
      familyName: input.familyName,
      givenName: input.givenName,
      sortKey: hungarianSortKey(`${input.familyName} ${input.givenName}`),
      locale: 'hu',
      signupKind: 'volunteer',
    });
    if (!user) return undefined;
    await insertNationalAdminGrant(tx, user.id);
    await insertEmailToken(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      purpose: 'reset',
      validMinutes: firstAdminLinkValidHours * 60,
    });
    await recordAudit(tx, {
      actorUserId: null,
      action: 'user.national_admin_created',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, familyName: user.familyName, givenName: user.givenName, role: 'national_admin', via: 'admin:create' },
    });
    return user;
  });
  if (!created) {
    // Another run took the address between our check and the insert.
    const winner = await findUserByEmail(deps.db, input.email);
    if (!winner) throw new Error('the administrator could not be created');
    return { outcome: 'exists', userId: winner.id };
  }
  return { outcome: 'created', userId: created.id, link: resetLink(deps.config.baseUrl, token), validHours: firstAdminLinkValidHours };
}
