import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { containsPattern } from './personal-scrub.js';
import { erasedText } from './placeholder.js';
import { inList, type Scrubbers, scrubTable } from './scrub-table.js';

/**
 * The two traces every erased person leaves outside their own rows, for a volunteer (anonymiser.ts)
 * and for a login without a profile (account-anonymiser.ts) alike: the audit trail and the outbox.
 */

/** Audit entries about the person's records (their ids anywhere in the entry) or of their own actions. */
export function auditEntriesOf(ownIds: readonly string[], userId: string | null): SQL {
  const idMentioned = ownIds.flatMap((id) => [sql`before::text like ${containsPattern(id)}`, sql`after::text like ${containsPattern(id)}`]);
  return sql`(${inList(sql`entity_id`, ownIds)} or ${userId ? sql`actor_user_id = ${userId}` : sql`false`} or ${sql.join(idMentioned, sql` or `)})`;
}

/**
 * The audit trail: entries linked to the person lose every needle and every personal field (a
 * birth date, a home settlement, an IP address); any other entry that quotes the full name (or its
 * sort key), e-mail or phone loses those. Ids stay: they identify no one once the rows they point
 * at are anonymised. Returns how many entries changed.
 */
export function scrubAuditTrail(tx: Queryable, linked: SQL, scrub: Scrubbers): Promise<number> {
  return scrubTable(tx, { table: 'audit_log', id: 'id', texts: [], jsons: ['before', 'after'], linked }, scrub);
}

/**
 * The outbox. Unsent mail to the person is deleted (the address is gone, and nothing more may be
 * sent to them); sent mail stays as the delivery log with the address replaced by `erasedAddress`,
 * the subject scrubbed and the body, extra headers (e.g. an unsubscribe link) and attachments (e.g.
 * a calendar entry naming them) replaced, since it was correspondence with the person. Mail to
 * others that mentions the person (e.g. to an organization) is scrubbed, not deleted.
 */
export async function forgetMailsOf(tx: Queryable, emails: readonly string[], erasedAddress: string, scrub: Scrubbers) {
  const toPerson = inList(sql`lower(to_address)`, emails);
  const deleted = (await queryRows<{ id: number }>(tx, sql`delete from outbox where ${toPerson} and sent_at is null returning id`)).length;
  const sent = await queryRows<{ id: number; subject: string }>(tx, sql`select id, subject from outbox where ${toPerson}`);
  for (const mail of sent) {
    await tx.execute(
      sql`update outbox set to_address = ${erasedAddress}, subject = ${scrub.all.text(mail.subject)}, text_body = ${erasedText},
          headers = '{}'::jsonb, attachments = '[]'::jsonb where id = ${mail.id}`,
    );
  }
  const mentioning = await scrubTable(tx, { table: 'outbox', id: 'id', texts: ['subject', 'text_body'], jsons: ['attachments'], linked: sql`false` }, scrub);
  return { deleted, scrubbed: sent.length + mentioning };
}
