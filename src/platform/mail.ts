import { sql } from 'drizzle-orm';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { type Database, type Queryable, queryRows } from '../db/database.js';
import { type OutboxAttachment, outbox } from '../db/schema/index.js';

/** Extra header fields by name, e.g. `{ 'List-Unsubscribe': '<https://…>' }`. */
export type MailHeaders = Record<string, string>;

/** A text file sent with a mail (the outbox keeps its content as UTF-8 text), e.g. an iCalendar file. */
export type MailAttachment = OutboxAttachment;

export type OutgoingMail = { to: string; subject: string; text: string; headers?: MailHeaders; attachments?: MailAttachment[] };

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
    attachments: mail.attachments ?? [],
    forgetRecipient: options.forgetRecipient ?? false,
  });
}

/** The bare address of a From value: `Kapocs <noreply@kapocs.example>` → `noreply@kapocs.example`. */
export function addressOf(from: string): string {
  return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
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
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: withSystemHeaders(mail.headers),
    ...attachmentParts(mail.attachments ?? []),
  };
}

/** The `method` parameter of a text/calendar content type (RFC 6047 2.4), e.g. CANCEL; undefined for any other type. */
function calendarMethodOf(contentType: string): string | undefined {
  const [type, ...params] = contentType.split(';').map((part) => part.trim());
  if (type?.toLowerCase() !== 'text/calendar') return undefined;
  const method = params.find((p) => /^method=/i.test(p));
  return method?.slice('method='.length).replace(/"/g, '').toUpperCase() || undefined;
}

/**
 * An iCalendar file with a METHOD (an iTIP message, e.g. a CANCEL) goes out through nodemailer's
 * `icalEvent`, not as a plain attachment: nodemailer then puts it in the message twice, as a
 * `text/calendar; method=…` part of the multipart/alternative body (the iMIP form of RFC 6047 that
 * Outlook/Exchange send themselves, and the one Outlook and Gmail act on: "remove from calendar")
 * and as an attached `.ics` file (what Apple Mail and other clients offer to open). A text/calendar
 * file sent only as an attachment is, to Outlook, just a file. nodemailer takes one icalEvent per
 * message, so any further calendar is a plain attachment.
 */
function attachmentParts(attachments: MailAttachment[]): Pick<SendMailOptions, 'attachments' | 'icalEvent'> {
  const calendarIndex = attachments.findIndex((a) => calendarMethodOf(a.contentType));
  const calendar = attachments[calendarIndex];
  const files = attachments
    .filter((_, i) => i !== calendarIndex)
    .map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'utf8') }));
  return {
    ...(files.length > 0 ? { attachments: files } : {}),
    ...(calendar ? { icalEvent: { method: calendarMethodOf(calendar.contentType), filename: calendar.filename, content: calendar.content } } : {}),
  };
}

/** Sends through SMTP; nodemailer is loaded with the first message, not at start (issue 13: start time). */
export function smtpTransport(smtpUrl: string): MailTransport {
  let transporter: Promise<Transporter> | undefined;
  return {
    async send(mail) {
      transporter ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
      await (await transporter).sendMail(mailMessage(mail));
    },
  };
}

const maxAttempts = 8;

type DueMailRow = { id: number; to_address: string; subject: string; text_body: string; headers: MailHeaders; attachments: MailAttachment[]; attempts: number };

/**
 * Sends up to `batch` due messages. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app
 * processes can run this at once without sending a message twice. Failures back off exponentially.
 */
export async function sendDueMail(db: Database, transport: MailTransport, from: string, batch = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const [row] = await queryRows<DueMailRow>(
        tx,
        sql`select id, to_address, subject, text_body, headers, attachments, attempts from outbox
            where sent_at is null and next_attempt_at <= now() and attempts < ${maxAttempts}
            order by id limit 1 for update skip locked`,
      );
      if (!row) return false;
      try {
        await transport.send({ from, to: row.to_address, subject: row.subject, text: row.text_body, headers: row.headers, attachments: row.attachments });
        await tx.execute(sql`update outbox set sent_at = now(), attempts = attempts + 1, last_error = null,
            to_address = case when forget_recipient then ${forgottenRecipient.address} else to_address end,
            text_body = case when forget_recipient then ${forgottenRecipient.body} else text_body end,
            attachments = case when forget_recipient then '[]'::jsonb else attachments end
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
