import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { erasedEmail, erasedFamilyName, erasedGivenName, erasedSortKey, unusablePasswordHash } from './placeholder.js';

/**
 * The IP addresses the person logged in from, as the audit trail recorded them (session.created).
 * Read before the audit entries lose them, to find the rate-limit windows counted under them.
 */
export async function loginAddressesOf(tx: Queryable, userId: string): Promise<string[]> {
  const rows = await queryRows<{ ip: string | null }>(
    tx,
    sql`select distinct after ->> 'ip' as ip from audit_log where actor_user_id = ${userId} and after ? 'ip'`,
  );
  return rows.map((r) => r.ip).filter((ip): ip is string => !!ip);
}

/**
 * Erases a login: it can never be used again, and nothing in it names the person. Sessions and
 * e-mail links are deleted; so are the rate-limit windows counted under the person's e-mail
 * addresses, user id or IP addresses (the windows are minutes to a day long: deleting them early
 * only forgives a few counted attempts).
 */
export async function eraseLogin(tx: Queryable, userId: string, traces: { emails: readonly string[]; ips: readonly string[] }, now: Date): Promise<void> {
  const at = sql`${now.toISOString()}::timestamptz`;
  await tx.execute(sql`delete from sessions where user_id = ${userId}`);
  await tx.execute(sql`delete from email_tokens where user_id = ${userId}`);
  const keyed = [...traces.emails, userId].map((key) => sql`strpos(lower(bucket), ${key.toLowerCase()}) > 0`);
  // An IP is the end of its bucket's name ("accounts.loginFailuresPerIp:203.0.113.7"), not a substring.
  const byAddress = traces.ips.map((ip) => sql`bucket like ${`%:${ip.replace(/[\\%_]/g, '\\$&')}`}`);
  await tx.execute(sql`delete from rate_limits where ${sql.join([...keyed, ...byAddress], sql` or `)}`);
  await tx.execute(
    sql`update users set
          email = ${erasedEmail(userId)}, family_name = ${erasedFamilyName}, given_name = ${erasedGivenName}, sort_key = ${erasedSortKey},
          password_hash = ${unusablePasswordHash}, disabled_at = coalesce(disabled_at, ${at}), erased_at = ${at}, updated_at = ${at}
        where id = ${userId}`,
  );
}
