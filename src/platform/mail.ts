import { sql } from 'drizzle-orm';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { type Database, type Queryable, queryRows } from '../db/database.js';
import { outbox } from '../db/schema/index.js';

/** Extra header fields by name, e.g. `{ 'List-Unsubscribe': '<https://…>' }`. */
export type MailHeaders = Record<string, string>;

export type OutgoingMail = { to: string; subject: string; text: string; headers?: MailHeaders };

/**
 * Every message Kapocs sends is written by the machine, so it says so (RFC 3834): vacation
 * auto-replies and other responders must not answer it, and providers class it as system mail.
 */
export const systemMailHeaders: MailHeaders = { 'Auto-Submitted': 'auto-generated' };

function withSystemHeaders(headers: MailHeaders | undefined): MailHeaders {
  return { ...headers, ...systemMailHeaders };
}

/**
 * Puts a message in the outbox, inside the caller's transaction: it is sent only if the write lands.
 * `forgetRecipient`: the last notice to a person whose data was erased; once it is sent, the outbox
 * keeps neither the address nor the body (GDPR Art. 17: nothing of theirs stays behind).
 */
export async function enqueueMail(db: Queryable, mail: OutgoingMail, options: { forgetRecipient?: boolean } = {}): Promise<void> {
  await db.insert(outbox).values({
    toAddress: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    headers: withSystemHeaders(mail.headers),
    forgetRecipient: options.forgetRecipient ?? false,
  });
}

/** What a sent forget-recipient row keeps instead of the address and the body. */
export const forgottenRecipient = { address: 'erased-recipient@erased.invalid', body: '[törölve]' } as const;

export type MailTransport = { send(mail: OutgoingMail & { from: string }): Promise<void> };

/**
 * The nodemailer message for an outbox mail. The SMTP transport sends exactly this, and the tests
 * render it with nodemailer's stream transport, so they read the bytes a mail server would get.
 * The system headers are added here too, for rows queued before the outbox stored headers.
 */
export function mailMessage(mail: OutgoingMail & { from: string }): SendMailOptions {
  return { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, headers: withSystemHeaders(mail.headers) };
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail(mailMessage(mail));
    },
  };
}

const maxAttempts = 8;

/**
 * Sends up to `batch` due messages. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app
 * processes can run this at once without sending a message twice. Failures back off exponentially.
 */
export async function sendDueMail(db: Database, transport: MailTransport, from: string, batch = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const [row] = await queryRows<{ id: number; to_address: string; subject: string; text_body: string; headers: MailHeaders; attempts: number }>(
        tx,
        sql`select id, to_address, subject, text_body, headers, attempts from outbox
            where sent_at is null and next_attempt_at <= now() and attempts < ${maxAttempts}
            order by id limit 1 for update skip locked`,
      );
      if (!row) return false;
      try {
        await transport.send({ from, to: row.to_address, subject: row.subject, text: row.text_body, headers: row.headers });
        await tx.execute(sql`update outbox set sent_at = now(), attempts = attempts + 1, last_error = null,
            to_address = case when forget_recipient then ${forgottenRecipient.address} else to_address end,
            text_body = case when forget_recipient then ${forgottenRecipient.body} else text_body end
            where id = ${row.id}`);
        sent++;
      } catch (err) {
        const delay = 30 * 2 ** row.attempts;
        await tx.execute(
          sql`update outbox set attempts = attempts + 1, last_error = ${String((err as Error).message).slice(0, 500)},
              next_attempt_at = now() + make_interval(secs => ${delay}) where id = ${row.id}`,
        );
      }
      return true;
    });
    if (!done) break;
  }
  return sent;
}
