import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { erasedEmail, erasedFamilyName, erasedFullName, erasedGivenName, erasedSortKey, erasedText, unusablePasswordHash } from '../erasure/placeholder.js';

/**
 * Anonymises a login that has no volunteer profile (signed up, never made one), as the erasure
 * anonymiser does with a volunteer's login: sessions and e-mail links deleted, the rate-limit
 * buckets keyed by the address deleted, e-mail → erased-<id>@erased.invalid, the placeholder name
 * and sort key, an unusable password hash, disabled and erased. With no profile there are no
 * placements, notes or certificates to scrub; what can still name the person is their mail (unsent
 * deleted, sent kept as the delivery log without address and body) and the audit entries about the
 * account (their own sign-up: the exact e-mail and name values there become placeholders).
 */
export type AccountErasureCounts = { mailsDeleted: number; mailsScrubbed: number; auditEntriesScrubbed: number };

type Account = { id: string; email: string; family_name: string; given_name: string };

/** Replaces every JSON string value that is exactly one of the keys (case-insensitive). */
function replaceValues(value: unknown, replacements: Map<string, string>): unknown {
  if (typeof value === 'string') return replacements.get(value.trim().toLowerCase()) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceValues(v, replacements));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceValues(v, replacements)]));
  return value;
}

const jsonOrNull = (value: unknown) => (value == null ? sql`null` : sql`${JSON.stringify(value)}::jsonb`);

export async function anonymiseAccountWithoutProfile(tx: Queryable, userId: string, nowDate: Date): Promise<AccountErasureCounts> {
  const now = sql`${nowDate.toISOString()}::timestamptz`;
  const [user] = await queryRows<Account>(tx, sql`select id, email, family_name, given_name from users where id = ${userId} for update`);
  if (!user) throw new Error('account to erase not found');
  const email = user.email.toLowerCase();

  await tx.execute(sql`delete from sessions where user_id = ${userId}`);
  await tx.execute(sql`delete from email_tokens where user_id = ${userId}`);
  await tx.execute(sql`delete from rate_limits where strpos(lower(bucket), ${email}) > 0 or strpos(lower(bucket), ${userId}) > 0`);

  const mailsDeleted = (await queryRows<{ id: number }>(tx, sql`delete from outbox where lower(to_address) = ${email} and sent_at is null returning id`))
    .length;
  const mailsScrubbed = (
    await queryRows<{ id: number }>(
      tx,
      sql`update outbox set to_address = ${erasedEmail(userId)}, text_body = ${erasedText}, headers = '{}'::jsonb
          where lower(to_address) = ${email} returning id`,
    )
  ).length;

  const replacements = new Map<string, string>([
    [email, erasedText],
    [`${user.family_name} ${user.given_name}`.toLowerCase(), erasedFullName],
    [user.family_name.trim().toLowerCase(), erasedFamilyName],
    [user.given_name.trim().toLowerCase(), erasedGivenName],
  ]);
  const entries = await queryRows<{ id: number; before: unknown; after: unknown }>(
    tx,
    sql`select id, before, after from audit_log where entity_id = ${userId} or actor_user_id = ${userId}`,
  );
  let auditEntriesScrubbed = 0;
  for (const entry of entries) {
    const before = replaceValues(entry.before, replacements);
    const after = replaceValues(entry.after, replacements);
    if (JSON.stringify(before) === JSON.stringify(entry.before) && JSON.stringify(after) === JSON.stringify(entry.after)) continue;
    await tx.execute(sql`update audit_log set before = ${jsonOrNull(before)}, after = ${jsonOrNull(after)} where id = ${entry.id}`);
    auditEntriesScrubbed++;
  }

  await tx.execute(
    sql`update users set
          email = ${erasedEmail(userId)}, family_name = ${erasedFamilyName}, given_name = ${erasedGivenName}, sort_key = ${erasedSortKey},
          password_hash = ${unusablePasswordHash}, disabled_at = coalesce(disabled_at, ${now}), erased_at = ${now}, updated_at = ${now}
        where id = ${userId}`,
  );
  return { mailsDeleted, mailsScrubbed, auditEntriesScrubbed };
}
