import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { eraseLogin, loginAddressesOf } from './erase-login.js';
import { needlesOf, scrubberFor } from './personal-scrub.js';
import { erasedEmail } from './placeholder.js';
import { auditEntriesOf, forgetMailsOf, scrubAuditTrail } from './trail-scrub.js';

/**
 * Anonymises a login that has no volunteer profile (signed up, never made one) the same way the
 * anonymiser treats a volunteer's login: the audit trail about it or of its actions, its mail, and
 * the login itself (erase-login.ts). With no profile there are no placements, notes or certificates.
 * Staff accounts must not get here (the caller checks refusal.ts).
 */
export type AccountErasureCounts = { mailsDeleted: number; mailsScrubbed: number; auditEntriesScrubbed: number };

export async function anonymiseAccount(tx: Queryable, userId: string, now: Date): Promise<AccountErasureCounts> {
  const [user] = await queryRows<{ email: string; family_name: string; given_name: string }>(
    tx,
    sql`select email, family_name, given_name from users where id = ${userId} for update`,
  );
  if (!user) throw new Error('account to erase not found');
  const needles = needlesOf({ familyName: user.family_name, givenName: user.given_name, emails: [user.email], phones: [] });
  const strongNeedles = needles.filter((n) => n.strength === 'strong');
  const scrub = { strongNeedles, all: scrubberFor(needles), strong: scrubberFor(strongNeedles) };
  const emails = [user.email.toLowerCase()];
  const ips = await loginAddressesOf(tx, userId);
  const auditEntriesScrubbed = await scrubAuditTrail(tx, auditEntriesOf([userId], userId), scrub);
  const mails = await forgetMailsOf(tx, emails, erasedEmail(userId), scrub);
  await eraseLogin(tx, userId, { emails, ips }, now);
  return { mailsDeleted: mails.deleted, mailsScrubbed: mails.scrubbed, auditEntriesScrubbed };
}
